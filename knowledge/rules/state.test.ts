import { describe, expect, it } from 'vitest';
import { disabledWithSubsidy, run, stateTemp } from './testCase.js';

// statsansatteloven § 7 with § 9: administrative appointment up to 6 months, 12 with the personnel regulation.
describe.each([
  { months: 6, regulation: false, expected: 'yes' },
  { months: 7, regulation: false, expected: 'no' },
  { months: 7, regulation: true, expected: 'yes' },
  { months: 12, regulation: true, expected: 'yes' },
  { months: 13, regulation: true, expected: 'no' },
  { months: 12, regulation: false, expected: 'no' },
])('state.administrative-appointment (§ 7): $months months, personnel regulation $regulation', ({ months, regulation, expected }) => {
  it(`is ${expected}`, () => {
    expect(run(stateTemp(months, 'substitute', { employer: { personnelRegulationAllowsOneYear: regulation } })).path('state.administrative-appointment')).toBe(expected);
  });
});

describe.each([
  { name: 'permanent position', c: { sector: 'state' as const, position: { permanent: true } }, expected: 'no' },
  { name: 'ground none', c: stateTemp(3, 'none'), expected: 'no' },
  { name: 'municipal-only ground', c: stateTemp(3, 'labour_market_measure'), expected: 'no' },
  { name: 'unforeseen need, 6 months', c: stateTemp(6, 'unforeseen_need'), expected: 'yes' },
  { name: 'unforeseen need, 7 months with regulation', c: stateTemp(7, 'unforeseen_need', { employer: { personnelRegulationAllowsOneYear: true } }), expected: 'no' },
  { name: 'practice work, 4 months', c: stateTemp(4, 'practice'), expected: 'yes' },
])('state.administrative-appointment (§ 9 ground): $name', ({ c, expected }) => {
  it(`is ${expected}`, () => expect(run(c).path('state.administrative-appointment')).toBe(expected));
});

// statsansatteforskriften § 3a first paragraph b: up to 24 months from 2022-07-01, 12 before.
describe.each([
  { months: 24, asOf: undefined, expected: 'yes' },
  { months: 25, asOf: undefined, expected: 'no' },
  { months: 12, asOf: '2022-06-30', expected: 'yes' },
  { months: 13, asOf: '2022-06-30', expected: 'no' },
  { months: 13, asOf: '2022-07-01', expected: 'yes' },
])('state.wage-subsidy-exemption (§ 3a b): $months months, asOf $asOf', ({ months, asOf, expected }) => {
  it(`is ${expected}`, () => {
    expect(run(stateTemp(months, 'temporary_work', { candidate: disabledWithSubsidy, ...(asOf ? { asOf } : {}) })).path('state.wage-subsidy-exemption')).toBe(expected);
  });
});

describe.each([
  { name: 'no candidate yet: may be found through NAV', candidate: undefined, expected: 'maybe', missing: 'candidate.temporaryWageSubsidy' },
  { name: 'candidate without subsidy', candidate: { ...disabledWithSubsidy, temporaryWageSubsidy: false }, expected: 'no' },
  { name: 'subsidy unknown', candidate: { disabilityNeedingAccommodation: true }, expected: 'maybe', missing: 'candidate.temporaryWageSubsidy' },
  { name: 'subsidy but not in the target group', candidate: { disabilityNeedingAccommodation: false, cvGap: { yearsOutsideLastFive: 1, cause: 'illness' as const, employedOverOneYearNow: false }, temporaryWageSubsidy: true }, expected: 'no' },
])('state.wage-subsidy-exemption (§ 3a b, candidate): $name', ({ candidate, expected, missing }) => {
  it(`is ${expected}`, () => {
    const { r, path } = run(stateTemp(10, 'temporary_work', candidate ? { candidate } : {}));
    expect(path('state.wage-subsidy-exemption')).toBe(expected);
    if (missing) expect(r.missing).toContain(missing);
  });
});

it('state.wage-subsidy-exemption (§ 3a b) does not apply to a permanent position', () => {
  expect(run({ sector: 'state', position: { permanent: true }, candidate: disabledWithSubsidy }).path('state.wage-subsidy-exemption')).toBe('no');
});

// Traineeprogrammet i staten: target group with higher education (§ 9 (1) c).
describe.each([
  { candidate: { disabilityNeedingAccommodation: true, higherEducation: true }, expected: 'yes' },
  { candidate: { disabilityNeedingAccommodation: true, higherEducation: false }, expected: 'no' },
  { candidate: { disabilityNeedingAccommodation: true }, expected: 'maybe' },
  { candidate: { disabilityNeedingAccommodation: false, cvGap: { yearsOutsideLastFive: 0 }, higherEducation: true }, expected: 'no' },
])('state.trainee-programme: $candidate', ({ candidate, expected }) => {
  it(`is ${expected}`, () => expect(run({ sector: 'state', position: { permanent: true }, candidate }).path('state.trainee-programme')).toBe(expected));
});

// statsansatteforskriften § 3a first paragraph a: trainee who completed here, and qualified.
describe.each([
  { candidate: { completedStateTraineeHere: true, qualified: true }, expected: 'yes' },
  { candidate: { completedStateTraineeHere: true, qualified: false }, expected: 'no' },
  { candidate: { completedStateTraineeHere: false, qualified: true }, expected: 'no' },
  { candidate: { completedStateTraineeHere: true }, expected: 'maybe' },
])('state.trainee-conversion (§ 3a a): $candidate', ({ candidate, expected }) => {
  it(`is ${expected}`, () => expect(run({ sector: 'state', position: { permanent: true }, candidate }).path('state.trainee-conversion')).toBe(expected));
});

it('state.trainee-conversion (§ 3a a) is for a permanent appointment: no for a temporary vacancy', () => {
  expect(run(stateTemp(12, 'temporary_work', { candidate: { completedStateTraineeHere: true, qualified: true } })).path('state.trainee-conversion')).toBe('no');
});

it('state.ordinary (§§ 3-6) always applies and lists every state path once', () => {
  const { r } = run(stateTemp(3));
  expect(r.paths.map((p) => p.id)).toEqual(['state.ordinary', 'state.administrative-appointment', 'state.wage-subsidy-exemption', 'state.trainee-programme', 'state.trainee-conversion']);
  expect(r.paths[0].applies).toBe('yes');
  for (const p of r.paths) {
    expect(p.legalBasis.length).toBeGreaterThan(0);
    expect(p.why.length).toBeGreaterThan(10);
    expect(p.conditions.length).toBeGreaterThan(0);
    expect(p.steps.length).toBeGreaterThan(0);
  }
});
