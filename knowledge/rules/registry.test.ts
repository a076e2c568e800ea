import { describe, expect, it } from 'vitest';
import { PATH_IDS } from './index.js';
import { ALL_RULES } from './registry.js';
import { EARLIEST_AS_OF, inForce } from './rule.js';
import { TITLES } from './titles.js';
import type { NoticeRuleVersion, PathRuleVersion, RuleVersion } from './types.js';

const INTERNAL = new Set(['target-group.disability', 'target-group.cv-gap', 'aml-14-9-f']);

describe('every rule carries its id, legal basis, dates and Norwegian texts', () => {
  it.each(ALL_RULES.map((r) => [`${r.id}${r.sector ? ` (${r.sector})` : ''} from ${r.effectiveFrom}`, r] as const))('%s', (_n, r) => {
    expect(r.legalBasis.length).toBeGreaterThan(0);
    expect(r.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    if (r.effectiveTo) expect(r.effectiveTo > r.effectiveFrom).toBe(true);
    expect(r.source.length).toBeGreaterThan(3);
    if (!INTERNAL.has(r.id)) expect(TITLES[r.id], `title for ${r.id}`).toBeTruthy();
    const t = r as Partial<PathRuleVersion & NoticeRuleVersion>;
    const texts = [t.text, ...Object.values(t.why ?? {}), ...(t.conditions ?? []), ...(t.steps ?? [])].filter((x): x is string => x !== undefined);
    for (const t of texts) expect(t).toMatch(/^[A-ZÆØÅ«].*[.)]$/);
  });
});

it('TITLES has a Norwegian title for every path of both sectors', () => {
  for (const id of [...PATH_IDS.state, ...PATH_IDS.municipal]) expect(TITLES[id]).toBeTruthy();
});

describe('the versions of one rule follow each other without gap or overlap', () => {
  const groups = new Map<string, RuleVersion[]>();
  for (const r of ALL_RULES) {
    const k = `${r.id}|${r.sector ?? ''}`;
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  const multi = [...groups.entries()].filter(([, vs]) => vs.length > 1 && !vs[0].id.startsWith('nav.'));
  it('there are rules with history', () => expect(multi.length).toBeGreaterThanOrEqual(3));
  it.each(multi)('%s', (_k, versions) => {
    const sorted = [...versions].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
    expect(sorted[0].effectiveFrom).toBe(EARLIEST_AS_OF);
    for (let i = 1; i < sorted.length; i++) {
      const end = new Date(`${sorted[i - 1].effectiveTo}T00:00:00Z`);
      end.setUTCDate(end.getUTCDate() + 1);
      expect(end.toISOString().slice(0, 10)).toBe(sorted[i].effectiveFrom);
    }
    expect(sorted.at(-1)?.effectiveTo).toBeUndefined();
    expect(inForce(sorted, '2099-01-01')).toBe(sorted.at(-1));
  });
});
