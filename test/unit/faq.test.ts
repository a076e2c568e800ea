import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundled, npm } from '../support/processes.js';

const root = path.resolve(import.meta.dirname, '../..');
/** The script from this run's bundle; `command` runs it another way (the first export: `npm run`, as the README says). */
const faq = (dataDir: string, args: string[], command = bundled('faq', args)) =>
  // The export of every entry is over spawnSync's 1 MB default buffer (which kills the child, status null).
  spawnSync(command.cmd, command.args, { cwd: root, encoding: 'utf8', env: { ...process.env, DATA_DIR: dataDir }, maxBuffer: 64 * 1024 * 1024 });

describe('npm run faq: export and import round trip on a real data file', () => {
  it('exports, dry-runs an edited file without writing, imports it, and exports the change', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inkl-faq-'));
    const exported = faq(dataDir, ['export'], npm(['run', '--silent', 'faq', '--', 'export']));
    expect(exported.status).toBe(0);
    const file = JSON.parse(exported.stdout);
    expect(file.entries.length).toBeGreaterThanOrEqual(60);

    file.entries[0].entry.title = 'Ny tittel fra importen';
    file.entries[1].status = 'retired';
    file.entries.push({ entry: { ...file.entries[2].entry, id: 'importert-oppforing', title: 'Importert oppføring' }, status: 'active' });
    const edited = path.join(dataDir, 'faq.json');
    fs.writeFileSync(edited, JSON.stringify(file));

    const dry = faq(dataDir, ['import', edited, '--dry-run']);
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('Tørrkjøring');
    expect(dry.stdout).toMatch(/nye: 1 \(importert-oppforing\)/);
    expect(dry.stdout).toMatch(/endret: 1/);
    expect(dry.stdout).toMatch(/arkivert: 1/);
    const untouched = faq(dataDir, ['export']);
    expect(JSON.parse(untouched.stdout).entries[0].entry.title).not.toBe('Ny tittel fra importen');

    const real = faq(dataDir, ['import', edited]);
    expect(real.status).toBe(0);
    expect(real.stdout).toContain('Importert.');
    const after = JSON.parse(faq(dataDir, ['export']).stdout);
    expect(after.entries[0].entry.title).toBe('Ny tittel fra importen');
    expect(after.entries[1].status).toBe('retired');
    expect(after.entries.some((e: { entry: { id: string } }) => e.entry.id === 'importert-oppforing')).toBe(true);

    const again = faq(dataDir, ['import', edited, '--dry-run']);
    expect(again.stdout).toMatch(/nye: 0/);
    expect(again.stdout).toMatch(/endret: 0/);
  }, 60_000);

  it('refuses an invalid file naming the field, and changes nothing', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inkl-faq-'));
    const bad = path.join(dataDir, 'bad.json');
    fs.writeFileSync(bad, JSON.stringify({ format: 'inkluderingsveilederen.faq', version: 1, entries: [{ entry: { id: 'x', title: 'T' }, status: 'active' }] }));
    const r = faq(dataDir, ['import', bad]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/entries\.0\.entry\.(questions|title|answer)/);
    expect(faq(dataDir, ['import']).status).toBe(2);
    expect(faq(dataDir, ['frobnicate']).status).toBe(2);
  }, 60_000);

  it('refuses a real import while a bot process uses the data folder, and allows a dry run', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inkl-faq-'));
    const exported = faq(dataDir, ['export']);
    const file = path.join(dataDir, 'faq.json');
    fs.writeFileSync(file, exported.stdout);
    // A live process (this test runner's parent) claims the folder, as bot/index.ts does at start.
    fs.writeFileSync(path.join(dataDir, 'bot.pid'), String(process.ppid || 1));
    const r = faq(dataDir, ['import', file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Boten kjører');
    expect(faq(dataDir, ['import', file, '--dry-run']).status).toBe(0);
    // A stale pid file (no such process) does not block.
    fs.writeFileSync(path.join(dataDir, 'bot.pid'), '999999');
    expect(faq(dataDir, ['import', file]).status).toBe(0);
  }, 60_000);
});
