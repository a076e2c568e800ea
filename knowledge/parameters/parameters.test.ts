import { describe, expect, it } from 'vitest';
import { PARAMETERS, valueOn } from './registry.js';
import { formatAmount, parameterIdsIn, renderParameters } from './format.js';

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const today = new Date().toISOString().slice(0, 10);

describe.each(PARAMETERS.map((p) => [p.id, p] as const))('parameter %s', (_id, p) => {
  it('has a well-formed, gap-free history and a public source', () => {
    expect(p.id).toMatch(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/);
    expect(p.values.length).toBeGreaterThan(0);
    for (const v of p.values) {
      expect(v.from).toMatch(ISO);
      if (v.to !== undefined) expect(v.to >= v.from).toBe(true);
    }
    for (let i = 1; i < p.values.length; i++) {
      const prev = p.values[i - 1];
      expect(prev.to, `${p.id}: only the last value may be open-ended`).toBeDefined();
      const next = new Date(`${prev.to}T00:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      expect(p.values[i].from, `${p.id}: values must follow each other without gap or overlap`).toBe(next.toISOString().slice(0, 10));
    }
    expect(p.sources.length).toBeGreaterThan(0);
    for (const s of p.sources) if (s.url) expect(s.url).toMatch(/^https:\/\//);
    expect(p.checked).toMatch(ISO);
    expect(p.checkBy).toMatch(ISO);
  });

  // Deliberately calendar-bound: a parameter past its "check again by" date must be checked against its
  // source, then `checked` and `checkBy` moved on (README: "Updating a parameter").
  it('is not past its check-again date', () => {
    expect(p.checkBy >= today, `${p.id} should have been checked again by ${p.checkBy}`).toBe(true);
  });
});

it('ids are unique', () => {
  const ids = PARAMETERS.map((p) => p.id);
  expect(new Set(ids).size).toBe(ids.length);
});

describe('rendering', () => {
  it('picks the value in force on the date', () => {
    const g = PARAMETERS.find((p) => p.id === 'g')!;
    const [first] = g.values;
    expect(valueOn('g', first.from)?.value).toBe(first.value);
    expect(valueOn('g', '1990-01-01')).toBeUndefined();
  });
  it('replaces placeholders and lists the ids used', () => {
    const text = 'G er {{p:g}}; igjen {{p:g}}.';
    expect(parameterIdsIn(text)).toEqual(['g']);
    expect(renderParameters(text, today)).toMatch(/^G er \d[\d ]* kr; igjen \d[\d ]* kr\.$/);
  });
  it.each([
    ['months', 6, '6 måneder'],
    ['months', 1, '1 måned'],
    ['months', 12, '12 måneder (ett år)'],
    ['months', 24, '24 måneder (to år)'],
    ['months', 48, '48 måneder (fire år)'],
    ['months', 18, '18 måneder'],
    ['months', 120, '120 måneder'],
    ['share', 50, 'halvparten'],
    ['share', 40, '40 %'],
    ['percent', 50, '50 %'],
    ['nok', 136549, '136 549 kr'],
  ] as const)('writes %s %d as «%s»', (unit, n, text) => {
    expect(formatAmount(unit, n)).toBe(text);
  });
  it('fails loudly on an unknown id', () => {
    expect(() => renderParameters('{{p:no.such.thing}}', today)).toThrow(/Unknown parameter/);
  });
});

// Round twenty-two NAV review (2026-12-03): parameter corrections, each with its source.
describe('round twenty-two NAV parameter corrections', () => {
  it.each([
    // nav.no «Utdypende om AAP-endringene fra 1. januar 2018»: step-up in work up to 12 months from 1 Jan 2018, «Tidligere var
    // denne perioden maksimalt i inntil 6 måneder»
    ['nav.aap.step-up-months', '2017-12-31', 6],
    ['nav.aap.step-up-months', '2018-01-01', 12],
    ['nav.aap.step-up-months', '2026-12-03', 12],
  ] as const)('%s on %s is %d', (id, day, value) => {
    expect(valueOn(id, day)?.value).toBe(value);
  });
});
