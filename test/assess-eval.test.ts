/** The shared evaluation set for the rule modules (../shared/eval/assess.dev.jsonl): every case must pass. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assess, parseCase } from '../knowledge/rules/index.js';
import { sharedFile } from '../scripts/sharedDir.js';
import { TEST_DAY } from './support/clock.js';

const file = sharedFile(import.meta.dirname, 'eval/assess.dev.jsonl');
const lines: Array<{ name: string; case: unknown; expect: Record<string, unknown> }> = fs
  .readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));

/** The kinds of expectation ../shared/eval/README.md describes; any other key fails the case. */
const KINDS = [
  'paths',
  'absentPaths',
  'obligations',
  'warnings',
  'measures',
  'notObligations',
  'notWarnings',
  'notMeasures',
  'targetGroupMember',
  'targetGroupCvGap',
  'schedule',
  'missing',
];

describe('assess.dev.jsonl', () => {
  it('has its ten cases', () => expect(lines.length).toBeGreaterThanOrEqual(10));

  it.each(lines.map((l) => [l.name, l] as const))('%s', (_name, { case: c, expect: e }) => {
    expect(Object.keys(e).filter((k) => !KINDS.includes(k))).toEqual([]);
    const p = parseCase(c);
    expect(p.ok, JSON.stringify(p)).toBe(true);
    if (!p.ok) return;
    const r = assess(p.value, { today: TEST_DAY });
    for (const [id, v] of Object.entries((e.paths ?? {}) as Record<string, string>)) expect(r.paths.find((x) => x.id === id)?.applies, id).toBe(v);
    for (const id of (e.absentPaths ?? []) as string[]) expect(r.paths.map((x) => x.id)).not.toContain(id);
    for (const kind of ['obligations', 'warnings', 'measures'] as const) {
      const ids = r[kind].map((x) => x.id);
      for (const id of (e[kind] ?? []) as string[]) expect(ids, kind).toContain(id);
      for (const id of (e[`not${kind[0].toUpperCase()}${kind.slice(1)}`] ?? []) as string[]) expect(ids, kind).not.toContain(id);
    }
    if (e.targetGroupMember !== undefined) expect(r.targetGroup.member).toBe(e.targetGroupMember);
    if (e.targetGroupCvGap !== undefined) expect(r.targetGroup.cvGap).toBe(e.targetGroupCvGap);
    if (e.schedule) expect(r.measures.find((m) => m.id === 'nav.temporary-wage-subsidy')?.schedule).toEqual(e.schedule);
    for (const m of (e.missing ?? []) as string[]) expect(r.missing).toContain(m);
  });
});
