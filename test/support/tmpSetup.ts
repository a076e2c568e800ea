/**
 * vitest globalSetup: one temporary folder per test run, set as TMPDIR before the workers start, so every
 * folder a test makes with `fs.mkdtempSync(path.join(os.tmpdir(), …))` — data files, bots' DATA_DIRs, the
 * Playground's — is inside it, and the whole run's leftovers go when the run ends (a test that fails halfway
 * leaves nothing behind in /tmp either).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inkl-test-run-'));
  const before = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
