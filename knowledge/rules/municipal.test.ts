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
])('missing-temporary-ground, municipal, asOf $asOf, $months months', ({ asOf, months, warned }) => {
  it(`warns: ${warned}`, () => expect(run(muniTemp(months, 'none', { asOf })).has('warnings', 'missing-temporary-ground')).toBe(warned));
});

it.each(['education_position', 'unforeseen_need'] as const)('ground-not-valid-in-sector: municipal with %s', (ground) => {
  expect(run(muniTemp(6, ground)).has('warnings', 'ground-not-valid-in-sector')).toBe(true);
});
