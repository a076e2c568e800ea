import { describe, expect, it } from 'vitest';
import { muniTemp, run } from './testCase.js';

// aml § 14-9 (2) d: participants in labour-market measures run by or in cooperation with NAV.
describe.each([
  { name: 'permanent', c: { sector: 'municipal' as const, position: { permanent: true } }, expected: 'no' },
  { name: 'ground labour_market_measure', c: muniTemp(12, 'labour_market_measure'), expected: 'yes' },
  { name: 'temporary, candidate with wage subsidy', c: muniTemp(12, 'temporary_work', { candidate: { temporaryWageSubsidy: true } }), expected: 'yes' },
  { name: 'temporary, candidate without subsidy', c: muniTemp(12, 'temporary_work', { candidate: { temporaryWageSubsidy: false } }), expected: 'no' },
  { name: 'temporary, no candidate yet', c: muniTemp(12, 'temporary_work'), expected: 'maybe' },
])('municipal.labour-market-measure-temporary: $name', ({ c, expected }) => {
  it(`is ${expected}`, () => expect(run(c).path('municipal.labour-market-measure-temporary')).toBe(expected));
});

// The ministry's letter to KS, 3 Nov 2023: advertising to the target group only is always an option.
it.each([{ permanent: true }, { permanent: false, durationMonths: 6, ground: 'substitute' as const }])('municipal.targeted-advertisement and municipal.ordinary apply (%j)', (position) => {
  const { path, r } = run({ sector: 'municipal', position });
  expect(path('municipal.targeted-advertisement')).toBe('yes');
  expect(path('municipal.ordinary')).toBe('yes');
  expect(r.paths.every((p) => p.id.startsWith('municipal.'))).toBe(true);
});

// aml § 14-9 (2) f (general access up to 12 months) repealed from 2022-07-01.
describe.each([
  { asOf: '2022-06-30', months: 12, warned: false },
  { asOf: '2022-06-30', months: 13, warned: true },
  { asOf: '2022-07-01', months: 12, warned: true },
  { asOf: '2022-07-01', months: 6, warned: true },
  { asOf: '2019-01-01', months: 0.5, warned: false },
])('missing-temporary-ground, municipal, asOf $asOf, $months months', ({ asOf, months, warned }) => {
  it(`warns: ${warned}`, () => expect(run(muniTemp(months, 'none', { asOf })).has('warnings', 'missing-temporary-ground')).toBe(warned));
});

it.each(['education_position', 'unforeseen_need'] as const)('ground-not-valid-in-sector: municipal with %s', (ground) => {
  expect(run(muniTemp(6, ground)).has('warnings', 'ground-not-valid-in-sector')).toBe(true);
});

it('aml § 14-9 (2) f never covered the state: a state case with ground none is warned before 2022-07-01 too', () => {
  expect(run({ sector: 'state', position: { permanent: false, durationMonths: 6, ground: 'none' }, asOf: '2021-01-01' }).has('warnings', 'missing-temporary-ground')).toBe(true);
});

it('aml § 14-9 (2): the municipal text for a missing ground names the repeal', () => {
  const w = run(muniTemp(8, 'none')).r.warnings.find((x) => x.id === 'missing-temporary-ground');
  expect(w?.legalBasis).toEqual(['arbeidsmiljøloven § 14-9 andre ledd']);
  expect(w?.text).toMatch(/opphevet 1\. juli 2022/);
});

it('aml § 14-9 (2) d: only temporaryWageSubsidy is missing when no candidate is known', () => {
  expect(run(muniTemp(12, 'temporary_work')).r.missing).toEqual(['candidate.temporaryWageSubsidy']);
});
