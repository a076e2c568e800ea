import { describe, expect, it } from 'vitest';
import { muniTemp, run } from '../../test/support/ruleCases.js';

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
it.each([{ permanent: true }, { permanent: false, durationMonths: 6, ground: 'substitute' as const }])(
  'municipal.targeted-advertisement and municipal.ordinary apply (%j)',
  (position) => {
    const { path, r } = run({ sector: 'municipal', position });
    expect(path('municipal.targeted-advertisement')).toBe('yes');
    expect(path('municipal.ordinary')).toBe('yes');
    expect(r.paths.every((p) => p.id.startsWith('municipal.'))).toBe(true);
  },
);

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

// Review F3.1/F3.2: the targeted advertisement rests on ldl § 11 (positive action; DFØ quotes § 11 a-c) and,
// from its date, on the letter of 3 Nov 2023; it is KS, not the ministry, that calls it a «saklig unntak».
describe.each([
  { asOf: '2017-07-01', basis: ['Det ulovfestede kvalifikasjonsprinsippet', 'diskriminerings- og tilgjengelighetsloven (positiv særbehandling)'], letter: false },
  { asOf: '2018-01-01', basis: ['Det ulovfestede kvalifikasjonsprinsippet', 'likestillings- og diskrimineringsloven § 11'], letter: false },
  { asOf: '2023-11-02', basis: ['Det ulovfestede kvalifikasjonsprinsippet', 'likestillings- og diskrimineringsloven § 11'], letter: false },
  {
    asOf: '2023-11-03',
    basis: [
      'Det ulovfestede kvalifikasjonsprinsippet',
      'likestillings- og diskrimineringsloven § 11',
      'Brev fra Arbeids- og inkluderingsdepartementet til KS, 3. november 2023 (ref. 17/267)',
    ],
    letter: true,
  },
])('municipal.targeted-advertisement asOf $asOf', ({ asOf, basis, letter }) => {
  it('is yes and cites the law in force then', () => {
    const p = run({ sector: 'municipal', position: { permanent: true }, asOf }).r.paths.find((x) => x.id === 'municipal.targeted-advertisement')!;
    expect(p.applies).toBe('yes');
    expect(p.legalBasis).toEqual(basis);
    expect(/KS mener/.test(p.why)).toBe(letter);
  });
});

it('municipal.targeted-advertisement: the ministry is not said to hold it a saklig unntak (seed 000), and the § 11 conditions are listed', () => {
  const p = run({ sector: 'municipal', position: { permanent: true } }).r.paths.find((x) => x.id === 'municipal.targeted-advertisement')!;
  expect(p.why).not.toMatch(/Departementet mener dette kan være et saklig unntak/);
  expect(p.why).toMatch(/departementet mener begrensede unntak kan være hensiktsmessige/);
  expect(p.conditions.join(' ')).toMatch(/egnet.*rimelig forhold.*opphører når formålet er nådd \(likestillings- og diskrimineringsloven § 11\)/);
});

// Review F2.2: the grounds sat in § 14-9 første ledd until 31 Dec 2018 and in andre ledd from 1 Jan 2019.
describe.each([
  { asOf: '2018-12-31', ledd: 'første ledd' },
  { asOf: '2019-01-01', ledd: 'andre ledd' },
])('aml § 14-9 numbering asOf $asOf', ({ asOf, ledd }) => {
  it(`cites § 14-9 ${ledd}`, () => {
    const { r } = run(muniTemp(12, 'labour_market_measure', { asOf }));
    expect(r.paths.find((x) => x.id === 'municipal.labour-market-measure-temporary')?.legalBasis).toEqual([`arbeidsmiljøloven § 14-9 ${ledd} bokstav d`]);
    expect(run(muniTemp(14, 'none', { asOf })).r.warnings.find((w) => w.id === 'missing-temporary-ground')?.legalBasis).toEqual([`arbeidsmiljøloven § 14-9 ${ledd}`]);
    expect(run(muniTemp(6, 'education_position', { asOf })).r.warnings.find((w) => w.id === 'ground-not-valid-in-sector')?.legalBasis).toEqual([
      `arbeidsmiljøloven § 14-9 ${ledd}`,
    ]);
  });
});

// Review F2.5: which measures letter d covers is set in regulations; the texts say to check with NAV.
it('aml § 14-9 (2) d: the why and conditions say to check with NAV that the measure is covered', () => {
  const p = run(muniTemp(12, 'labour_market_measure')).r.paths.find((x) => x.id === 'municipal.labour-market-measure-temporary')!;
  expect(p.why).toMatch(/Avklar med NAV at tiltaket er et av dem bokstav d omfatter/);
  expect(p.conditions.join(' ')).toMatch(/tredje ledd/);
});

it('aml § 14-9 f: before its repeal the missing-ground text names the twelve months from the parameter table', () => {
  expect(run(muniTemp(14, 'none', { asOf: '2021-06-01' })).r.warnings.find((w) => w.id === 'missing-temporary-ground')?.text).toMatch(
    /\(bokstav f\) i inntil 12 måneder \(ett år\)/,
  );
});
