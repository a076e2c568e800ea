import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundled, npm } from '../support/processes.js';

const root = path.resolve(import.meta.dirname, '../..');
/** The script from this run's bundle; `command` runs it another way (the first test: `npm run`, as the README says). */
const run = (input: string, args: string[] = [], command = bundled('assess', args)) => spawnSync(command.cmd, command.args, { cwd: root, input, encoding: 'utf8' });

describe('npm run assess', () => {
  it('prints the assessment for a valid case (exit 0)', () => {
    const r = run(JSON.stringify({ sector: 'state', position: { permanent: false, durationMonths: 3, ground: 'substitute' } }), [], npm(['run', '--silent', 'assess']));
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.paths.find((p: { id: string }) => p.id === 'state.administrative-appointment').applies).toBe('yes');
  });

  it('prints field errors on stderr and exits 2 for a bad case', () => {
    const r = run(JSON.stringify({ sector: 'state', position: { permanent: false, durationMonths: 0, ground: 'substitute' }, extra: true }));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('position.durationMonths');
    expect(r.stderr).toContain('extra');
  });

  it('exits 2 for input that is not JSON', () => {
    const r = run('{nope');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/ugyldig JSON/);
  });

  it('--jsonl answers line by line and goes on past a bad line', () => {
    const input = [
      JSON.stringify({ sector: 'municipal', position: { permanent: true } }),
      '',
      'not json',
      JSON.stringify({ sector: 'state', position: { permanent: false } }),
      JSON.stringify({ sector: 'state', position: { permanent: true } }),
    ].join('\n');
    const r = run(input, ['--jsonl']);
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0].paths[0].id).toBe('municipal.ordinary');
    expect(lines[1].error.message).toMatch(/ugyldig JSON/);
    expect(lines[2].error.fields.map((f: { path: string }) => f.path)).toEqual(expect.arrayContaining(['position.durationMonths', 'position.ground']));
    expect(lines[3].paths[0].id).toBe('state.ordinary');
  });
});
