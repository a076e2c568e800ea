import { describe, expect, it } from 'vitest';
import { disabledWithSubsidy, muniTemp, run, stateTemp } from '../../test/support/ruleCases.js';

// Three-year rule (statsansatteloven § 9; aml § 14-9 (7)): 36 months no warning, 37 a warning.
describe.each([
  { months: 36, ground: 'temporary_work' as const, warned: false },
  { months: 37, ground: 'temporary_work' as const, warned: true },
  { months: 37, ground: 'substitute' as const, warned: true },
  { months: 37, ground: 'unforeseen_need' as const, warned: true },
  { months: 37, ground: 'practice' as const, warned: false },
  { months: 37, ground: 'education_position' as const, warned: false },
])('three-year-rule: $ground, $months months', ({ months, ground, warned }) => {
  it(`warns: ${warned}`, () => expect(run(stateTemp(months, ground)).has('warnings', 'three-year-rule')).toBe(warned));
});

// aml § 14-9 (7) for municipalities: more than four years in work of a temporary nature (a), more than
// three as a substitute (b) (NHO 25.03.2015; Engelsrud, Styring og vern 7.5; review F2.3/F2.4).
// unforeseen_need is not a municipal ground: no three-year warning, a ground-not-valid warning instead.
describe.each([
  { months: 36, ground: 'substitute' as const, warned: false },
  { months: 37, ground: 'substitute' as const, warned: true },
  { months: 37, ground: 'temporary_work' as const, warned: false },
  { months: 48, ground: 'temporary_work' as const, warned: false },
  { months: 49, ground: 'temporary_work' as const, warned: true },
  { months: 49, ground: 'unforeseen_need' as const, warned: false },
  { months: 49, ground: 'labour_market_measure' as const, warned: false },
  { months: 49, ground: 'practice' as const, warned: false },
])('three-year-rule (municipal): $ground, $months months', ({ months, ground, warned }) => {
  it(`warns: ${warned}`, () => expect(run(muniTemp(months, ground)).has('warnings', 'three-year-rule')).toBe(warned));
});

it('three-year-rule (municipal) text names four and three years and, from 2022-07-01, § 14-9 sjuende ledd', () => {
  const w = run(muniTemp(49, 'temporary_work')).r.warnings.find((x) => x.id === 'three-year-rule')!;
  expect(w.legalBasis).toEqual(['arbeidsmiljøloven § 14-9 sjuende ledd']);
  expect(w.text).toMatch(/mer enn 4 år i arbeid av midlertidig karakter \(bokstav a\).*mer enn 3 år som vikar/);
  const before = run(muniTemp(49, 'temporary_work', { asOf: '2020-01-01' })).r.warnings.find((x) => x.id === 'three-year-rule')!;
  expect(before.legalBasis).toEqual(['arbeidsmiljøloven § 14-9 (tre- og fireårsregelen)']);
  expect(before.text).toMatch(/bokstav f/);
});

it('three-year-rule (state) text takes the three years from the parameter table', () => {
  expect(run(stateTemp(37, 'substitute')).r.warnings.find((x) => x.id === 'three-year-rule')?.text).toMatch(/mer enn 3 år/);
});

// statsansatteloven § 9 (1) e: unforeseen need at most six months.
it.each([
  [6, false],
  [7, true],
])('unforeseen-need-max-six-months at %i months: %s', (months, warned) => {
  expect(run(stateTemp(months, 'unforeseen_need')).has('warnings', 'unforeseen-need-max-six-months')).toBe(warned);
});

describe('obligations', () => {
  it('interview-obligation (forskrift §§ 4, 4a) in the state, not in municipalities', () => {
    expect(run({ sector: 'state', position: { permanent: true } }).has('obligations', 'interview-obligation')).toBe(true);
    expect(run({ sector: 'municipal', position: { permanent: true } }).has('obligations', 'interview-obligation')).toBe(false);
  });
  it('inform-internally (aml § 14-1) only when a path without public advertisement is yes', () => {
    expect(run(stateTemp(3)).has('obligations', 'inform-internally')).toBe(true);
    expect(run(stateTemp(20, 'temporary_work')).has('obligations', 'inform-internally')).toBe(false);
    expect(run(stateTemp(20, 'temporary_work', { candidate: disabledWithSubsidy })).has('obligations', 'inform-internally')).toBe(true);
    expect(run({ sector: 'municipal', position: { permanent: true } }).has('obligations', 'inform-internally')).toBe(false);
    expect(run(muniTemp(12, 'labour_market_measure')).has('obligations', 'inform-internally')).toBe(true);
  });
  it('union-discussion (statsansatteloven § 9) for temporary state positions only', () => {
    expect(run(stateTemp(3)).has('obligations', 'union-discussion')).toBe(true);
    expect(run({ sector: 'state', position: { permanent: true } }).has('obligations', 'union-discussion')).toBe(false);
    expect(run(muniTemp(3)).has('obligations', 'union-discussion')).toBe(false);
  });
  it('accommodation-duty (aml § 4-6, ldl § 22) when the candidate needs accommodation', () => {
    expect(run(stateTemp(3, 'substitute', { candidate: { disabilityNeedingAccommodation: true } })).has('obligations', 'accommodation-duty')).toBe(true);
    expect(run(stateTemp(3, 'substitute', { candidate: { disabilityNeedingAccommodation: false } })).has('obligations', 'accommodation-duty')).toBe(false);
  });
});

describe.each([
  { rule: 'statsansatteforskriften § 4 (before the CV gap)', asOf: '2019-12-31', basis: ['statsansatteforskriften § 4'], mentionsGap: false },
  { rule: 'statsansatteforskriften §§ 4, 4a (from 2020-01-01)', asOf: '2020-01-01', basis: ['statsansatteforskriften § 4', 'statsansatteforskriften § 4a'], mentionsGap: true },
])('interview-obligation history: $rule', ({ asOf, basis, mentionsGap }) => {
  it(`cites ${basis.join(', ')}`, () => {
    const o = run({ sector: 'state', position: { permanent: true }, asOf }).r.obligations.find((x) => x.id === 'interview-obligation');
    expect(o?.legalBasis).toEqual(basis);
    expect(/hull i CV-en/.test(o?.text ?? '')).toBe(mentionsGap);
  });
});

describe.each([
  { asOf: '2017-12-31', law: 'diskriminerings- og tilgjengelighetsloven § 26' },
  { asOf: '2018-01-01', law: 'likestillings- og diskrimineringsloven § 22' },
])('accommodation-duty history: asOf $asOf cites $law', ({ asOf, law }) => {
  it('cites the law in force', () => {
    const o = run(stateTemp(3, 'substitute', { candidate: { disabilityNeedingAccommodation: true }, asOf })).r.obligations.find((x) => x.id === 'accommodation-duty');
    expect(o?.legalBasis).toContain(law);
  });
});

describe('warnings about the case', () => {
  it('missing-temporary-ground when temporary with ground none (state)', () => {
    expect(run(stateTemp(3, 'none')).has('warnings', 'missing-temporary-ground')).toBe(true);
  });
  it('a permanent position is never warned about its ground or length (ground and duration are ignored)', () => {
    const { r } = run({ sector: 'state', position: { permanent: true, durationMonths: 48, ground: 'unforeseen_need' } });
    expect(r.warnings).toEqual([]);
  });
  it('not-target-group only when a candidate is given and in neither group', () => {
    expect(run(stateTemp(3, 'substitute', { candidate: { disabilityNeedingAccommodation: false, cvGap: { yearsOutsideLastFive: 0 } } })).has('warnings', 'not-target-group')).toBe(
      true,
    );
    expect(run(stateTemp(3)).has('warnings', 'not-target-group')).toBe(false);
    expect(run(stateTemp(3, 'substitute', { candidate: { disabilityNeedingAccommodation: false } })).has('warnings', 'not-target-group')).toBe(false);
  });
  it('ground-not-valid-in-sector for the municipal-only ground in the state (our decision)', () => {
    expect(run(stateTemp(6, 'labour_market_measure')).has('warnings', 'ground-not-valid-in-sector')).toBe(true);
  });
});
