/**
 * Crash safety: SIGKILL the real server in the middle of sustained writes, restart it, and check that
 * the data file parses and that every write acknowledged (202) before the kill is there.
 * The kill comes once CRASH_WRITES writes (default 150) are acknowledged, with eight more in flight, so
 * the run does not depend on how fast the machine is; CRASH_SECONDS instead writes for that long (a longer run).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_FILE } from '../../bot/main.js';
import { freePort } from '../e2e/playground.js';
import { signedHeaders } from '../helpers/webhook.js';
import { bundled } from '../support/processes.js';

const SECRET = 'crash-test-secret-0123456789';
const ROOT = path.resolve(import.meta.dirname, '../..');
const SECONDS = process.env.CRASH_SECONDS ? Number(process.env.CRASH_SECONDS) : undefined;
const WRITES = Number(process.env.CRASH_WRITES ?? 150);

async function startBot(port: number, dataDir: string) {
  const { cmd, args } = bundled('bot');
  const proc = spawn(cmd, args, {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, WEBHOOK_SECRET: SECRET, LOG_LEVEL: 'error' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  proc.stderr!.on('data', (d) => (err += d));
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return proc;
    } catch {
      /* starting */
    }
    if (proc.exitCode !== null) throw new Error(`bot exited: ${err}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`bot did not start: ${err}`);
}

describe('crash safety', () => {
  it('keeps every acknowledged write across a SIGKILL', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inkl-crash-'));
    const port = await freePort();
    const proc = await startBot(port, dataDir);
    const acknowledged: string[] = [];
    let enough: () => void = () => undefined;
    const enoughWritten = new Promise<void>((r) => (enough = r));
    let stop = false;
    let n = 0;
    const writer = async () => {
      while (!stop) {
        const externalId = `crash-${n++}`;
        const raw = JSON.stringify({
          externalId,
          title: 'Rådgiver',
          unit: 'Enhet',
          reason: 'new_position',
          permanent: true,
          startDate: '2027-01-04',
          managerAadObjectId: '00000000-0000-0000-0000-0000000000d4',
          sector: 'state',
        });
        try {
          const res = await fetch(`http://127.0.0.1:${port}/api/vacancies`, { method: 'POST', headers: signedHeaders(raw, SECRET), body: raw });
          if (res.status === 202 && acknowledged.push(externalId) >= WRITES) enough();
        } catch {
          return; // the server is gone
        }
      }
    };
    const writers = Array.from({ length: 8 }, writer);
    await (SECONDS === undefined ? enoughWritten : new Promise((r) => setTimeout(r, SECONDS * 1000)));
    proc.kill('SIGKILL');
    stop = true;
    await Promise.all(writers);
    await new Promise((r) => (proc.exitCode !== null || proc.signalCode ? r(null) : proc.once('exit', r)));
    expect(acknowledged.length).toBeGreaterThanOrEqual(SECONDS === undefined ? WRITES : 10);

    const data = JSON.parse(fs.readFileSync(path.join(dataDir, DATA_FILE), 'utf8'));
    const stored = new Set((data.tenants.local.vacancyKeys as Array<{ id: string }>).map((k) => k.id));
    const lost = acknowledged.filter((id) => !stored.has(`ext:${id}`));
    expect(lost, `${lost.length} of ${acknowledged.length} acknowledged writes lost`).toEqual([]);

    // And the bot starts again on that file.
    const again = await startBot(port, dataDir);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    again.kill('SIGTERM');
    await new Promise((r) => again.once('exit', r));
  }, 60_000);

  it('shuts down on SIGTERM with exit 0, every acknowledged write on disk', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inkl-term-'));
    const port = await freePort();
    const proc = await startBot(port, dataDir);
    const ids = Array.from({ length: 30 }, (_, i) => `term-${i}`);
    const posts = ids.map(async (externalId) => {
      const raw = JSON.stringify({
        externalId,
        title: 'Rådgiver',
        unit: 'Enhet',
        reason: 'project',
        permanent: false,
        durationMonths: 12,
        startDate: '2027-01-04',
        managerAadObjectId: '00000000-0000-0000-0000-0000000000d5',
        sector: 'municipal',
      });
      const res = await fetch(`http://127.0.0.1:${port}/api/vacancies`, { method: 'POST', headers: signedHeaders(raw, SECRET), body: raw });
      return res.status;
    });
    expect(await Promise.all(posts)).toEqual(ids.map(() => 202));
    proc.kill('SIGTERM');
    const code = await new Promise((r) => proc.once('exit', (c) => r(c)));
    expect(code).toBe(0);
    const data = JSON.parse(fs.readFileSync(path.join(dataDir, DATA_FILE), 'utf8'));
    const stored = new Set((data.tenants.local.vacancyKeys as Array<{ id: string }>).map((k) => k.id));
    expect(ids.filter((id) => !stored.has(`ext:${id}`))).toEqual([]);
  }, 60_000);
});
