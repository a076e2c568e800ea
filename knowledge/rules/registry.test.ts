import { describe, expect, it } from 'vitest';
import { PATH_IDS } from './index.js';
import { ALL_RULES } from './registry.js';
import { EARLIEST_AS_OF, inForce, whyText } from './rule.js';
import { TITLES } from './titles.js';
import { hasParameter, valueOn } from '../parameters/registry.js';
import { parameterIdsIn, renderParameters } from '../parameters/format.js';
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
    const texts = [
      t.text,
      ...Object.values(t.why ?? {}),
      ...(t.conditions ?? []),
      ...(t.steps ?? []),
      t.before?.why,
      ...(t.before?.conditions ?? []),
      ...(t.before?.steps ?? []),
    ].filter((x): x is string => x !== undefined);
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
    // The first version covers the rule set's horizon (it may have started earlier, e.g. aml 2005 in 2006).
    expect(sorted[0].effectiveFrom <= EARLIEST_AS_OF).toBe(true);
    for (let i = 1; i < sorted.length; i++) {
      const end = new Date(`${sorted[i - 1].effectiveTo}T00:00:00Z`);
      end.setUTCDate(end.getUTCDate() + 1);
      expect(end.toISOString().slice(0, 10)).toBe(sorted[i].effectiveFrom);
    }
    expect(sorted.at(-1)?.effectiveTo).toBeUndefined();
    expect(inForce(sorted, '2099-01-01')).toBe(sorted.at(-1));
  });
});

describe('a path that took effect after the horizon has texts for the dates before it (never the later version)', () => {
  const late = ALL_RULES.filter(
    (r): r is PathRuleVersion => 'why' in r && r.effectiveFrom > EARLIEST_AS_OF && !ALL_RULES.some((o) => o.id === r.id && o.effectiveFrom < r.effectiveFrom),
  );
  it('there are such paths (forskriften § 3a: trainee conversion 2020, wage subsidy 2022)', () =>
    expect(late.map((r) => r.id).sort()).toEqual(['state.trainee-conversion', 'state.wage-subsidy-exemption']));
  it.each(late.map((r) => [r.id, r] as const))('%s', (_id, r) => {
    expect(r.before?.why).toMatch(/\{from\}/);
    expect(r.before?.conditions.length).toBeGreaterThan(0);
    expect(r.before?.steps.length).toBeGreaterThan(0);
  });
});

// Every amount, rate and duration in a rule text is a dated parameter ({{p:id}}); each must be known and
// have a value on every day its rule version is in force (checked at the version's first and last day).
describe('rule texts name only parameters that have a value while the rule is in force', () => {
  const today = new Date().toISOString().slice(0, 10);
  const textsOf = (r: RuleVersion): string[] => {
    const t = r as Partial<PathRuleVersion & NoticeRuleVersion>;
    return [t.text, ...Object.values(t.why ?? {}), ...(t.conditions ?? []), ...(t.steps ?? [])].filter((x): x is string => x !== undefined);
  };
  const withParams = ALL_RULES.filter((r) => textsOf(r).some((x) => parameterIdsIn(x).length > 0));
  it('rules use parameters', () => expect(withParams.length).toBeGreaterThanOrEqual(8));
  it.each(withParams.map((r) => [`${r.id}${r.sector ? ` (${r.sector})` : ''} from ${r.effectiveFrom}`, r] as const))('%s', (_n, r) => {
    const last = r.effectiveTo ?? today;
    for (const text of textsOf(r)) {
      for (const id of parameterIdsIn(text)) {
        expect(hasParameter(id), id).toBe(true);
        expect(valueOn(id, r.effectiveFrom), `${id} on ${r.effectiveFrom}`).toBeDefined();
        expect(valueOn(id, last), `${id} on ${last}`).toBeDefined();
      }
      expect(() => renderParameters(text, last)).not.toThrow();
    }
  });
});

describe('a path is never shown without its why', () => {
  const path = ALL_RULES.find((r): r is PathRuleVersion => 'why' in r && typeof r.why === 'object' && r.why !== null)!;
  it('fills the text for a reason the rule has', () => {
    const reason = Object.keys(path.why)[0];
    expect(whyText(path, { val: { v: true }, reason } as never).length).toBeGreaterThan(0);
  });
  it('throws for a reason the rule has no text for', () => {
    expect(() => whyText(path, { val: { v: true }, reason: 'no-such-reason' } as never)).toThrow(`${path.id}: no why text for the reason no-such-reason`);
  });
});
