import { describe, expect, it } from 'vitest';
import type { AssessmentCase } from './schema.js';
import { disabledWithSubsidy, run, stateTemp } from '../../test/support/ruleCases.js';

interface Row {
  rule: string;
  name: string;
  c: AssessmentCase;
  id: string;
  applies: 'yes' | 'no' | 'maybe';
  missing?: string[];
}

const reg = (yes: boolean) => ({ employer: { personnelRegulationAllowsOneYear: yes } });
const permanent = (extra: Partial<AssessmentCase> = {}): AssessmentCase => ({ sector: 'state', position: { permanent: true }, ...extra });
const AA = 'state.administrative-appointment';
const WS = 'state.wage-subsidy-exemption';
const TP = 'state.trainee-programme';
const TC = 'state.trainee-conversion';
const cvGapIllness = (years: number) => ({
  disabilityNeedingAccommodation: false,
  cvGap: { yearsOutsideLastFive: years, causeListed: true, employedOverOneYearNow: false },
  temporaryWageSubsidy: true,
});

const rows: Row[] = [
  // statsansatteloven § 7 with § 9: up to six months, one year where the personnel regulation allows it.
  { rule: 'statsansatteloven § 7', name: '6 months, no regulation', c: stateTemp(6, 'substitute', reg(false)), id: AA, applies: 'yes' },
  { rule: 'statsansatteloven § 7', name: '7 months, no regulation', c: stateTemp(7, 'substitute', reg(false)), id: AA, applies: 'no' },
  { rule: 'statsansatteloven § 7', name: '6.5 months, no regulation', c: stateTemp(6.5, 'substitute'), id: AA, applies: 'no' },
  { rule: 'statsansatteloven § 7', name: 'two weeks', c: stateTemp(0.5, 'substitute'), id: AA, applies: 'yes' },
  { rule: 'statsansatteloven § 7', name: '7 months, regulation allows one year', c: stateTemp(7, 'substitute', reg(true)), id: AA, applies: 'yes' },
  { rule: 'statsansatteloven § 7', name: '12 months, regulation allows one year', c: stateTemp(12, 'substitute', reg(true)), id: AA, applies: 'yes' },
  { rule: 'statsansatteloven § 7', name: '13 months, regulation allows one year', c: stateTemp(13, 'substitute', reg(true)), id: AA, applies: 'no' },
  { rule: 'statsansatteloven § 7', name: '12 months, no regulation', c: stateTemp(12, 'substitute', reg(false)), id: AA, applies: 'no' },
  { rule: 'statsansatteloven § 7', name: '13 months, no regulation', c: stateTemp(13, 'substitute'), id: AA, applies: 'no' },
  { rule: 'statsansatteloven § 7', name: 'permanent position', c: permanent(), id: AA, applies: 'no' },
  { rule: 'statsansatteloven § 9 (1)', name: 'ground none', c: stateTemp(3, 'none'), id: AA, applies: 'no' },
  { rule: 'statsansatteloven § 9 (1)', name: 'municipal-only ground', c: stateTemp(3, 'labour_market_measure'), id: AA, applies: 'no' },
  { rule: 'statsansatteloven § 9 (1) a', name: 'temporary work, 6 months', c: stateTemp(6, 'temporary_work'), id: AA, applies: 'yes' },
  { rule: 'statsansatteloven § 9 (1) c', name: 'practice work, 4 months', c: stateTemp(4, 'practice'), id: AA, applies: 'yes' },
  { rule: 'statsansatteloven § 9 (1) d', name: 'education position, 5 months', c: stateTemp(5, 'education_position'), id: AA, applies: 'yes' },
  { rule: 'statsansatteloven § 9 (1) e', name: 'unforeseen need, 6 months', c: stateTemp(6, 'unforeseen_need'), id: AA, applies: 'yes' },
  { rule: 'statsansatteloven § 9 (1) e', name: 'unforeseen need, 7 months, regulation allows one year', c: stateTemp(7, 'unforeseen_need', reg(true)), id: AA, applies: 'no' },

  // statsansatteforskriften § 3a (wage subsidy): created by forskrift 22 June 2022 nr. 1113, in force 1 July
  // 2022, up to two years (DFØ 22.06.2022; regjeringen.no 22.06.2022; review F1.1). There was no earlier
  // "one-year" version: before that date the path is "no" whatever the duration.
  { rule: 'forskriften § 3a (wage subsidy)', name: '24 months (today)', c: stateTemp(24, 'temporary_work', { candidate: disabledWithSubsidy }), id: WS, applies: 'yes' },
  { rule: 'forskriften § 3a (wage subsidy)', name: '25 months (today)', c: stateTemp(25, 'temporary_work', { candidate: disabledWithSubsidy }), id: WS, applies: 'no' },
  {
    rule: 'forskriften § 3a (wage subsidy), not yet in force',
    name: '12 months asOf 2022-06-30',
    c: stateTemp(12, 'temporary_work', { candidate: disabledWithSubsidy, asOf: '2022-06-30' }),
    id: WS,
    applies: 'no',
  },
  {
    rule: 'forskriften § 3a (wage subsidy), not yet in force',
    name: '3 months asOf 2019-03-01',
    c: stateTemp(3, 'temporary_work', { candidate: disabledWithSubsidy, asOf: '2019-03-01' }),
    id: WS,
    applies: 'no',
  },
  {
    rule: 'forskriften § 3a (wage subsidy), not yet in force',
    name: 'no candidate asOf 2017-07-01: no, nothing missing',
    c: stateTemp(10, 'temporary_work', { asOf: '2017-07-01' }),
    id: WS,
    applies: 'no',
  },
  {
    rule: 'forskriften § 3a (wage subsidy), from 2022-07-01',
    name: '13 months asOf 2022-07-01',
    c: stateTemp(13, 'temporary_work', { candidate: disabledWithSubsidy, asOf: '2022-07-01' }),
    id: WS,
    applies: 'yes',
  },
  {
    rule: 'forskriften § 3a (wage subsidy), from 2022-07-01',
    name: '24 months asOf 2022-07-01',
    c: stateTemp(24, 'temporary_work', { candidate: disabledWithSubsidy, asOf: '2022-07-01' }),
    id: WS,
    applies: 'yes',
  },
  { rule: 'forskriften § 3a (wage subsidy)', name: 'permanent position', c: permanent({ candidate: disabledWithSubsidy }), id: WS, applies: 'no' },
  {
    rule: 'forskriften § 3a (wage subsidy)',
    name: 'no candidate yet: NAV may find one',
    c: stateTemp(10, 'temporary_work'),
    id: WS,
    applies: 'maybe',
    missing: ['candidate.temporaryWageSubsidy', 'candidate.disabilityNeedingAccommodation'],
  },
  {
    rule: 'forskriften § 3a (wage subsidy)',
    name: 'candidate without subsidy',
    c: stateTemp(10, 'temporary_work', { candidate: { ...disabledWithSubsidy, temporaryWageSubsidy: false } }),
    id: WS,
    applies: 'no',
  },
  {
    rule: 'forskriften § 3a (wage subsidy)',
    name: 'subsidy unknown, disability known',
    c: stateTemp(10, 'temporary_work', { candidate: { disabilityNeedingAccommodation: true } }),
    id: WS,
    applies: 'maybe',
    missing: ['candidate.temporaryWageSubsidy'],
  },
  {
    rule: 'forskriften § 3a (wage subsidy) with § 4a',
    name: 'exactly 2 years of gap, with subsidy',
    c: stateTemp(10, 'temporary_work', { candidate: cvGapIllness(2) }),
    id: WS,
    applies: 'yes',
  },
  {
    rule: 'forskriften § 3a (wage subsidy) with § 4a',
    name: 'just under 2 years of gap, with subsidy',
    c: stateTemp(10, 'temporary_work', { candidate: cvGapIllness(1.9) }),
    id: WS,
    applies: 'no',
  },

  // Traineeprogrammet i staten: target group with higher education (§ 9 (1) c).
  {
    rule: 'statsansatteloven § 9 (1) c (trainee)',
    name: 'disability and higher education',
    c: permanent({ candidate: { disabilityNeedingAccommodation: true, higherEducation: true } }),
    id: TP,
    applies: 'yes',
  },
  {
    rule: 'statsansatteloven § 9 (1) c (trainee)',
    name: 'disability, no higher education',
    c: permanent({ candidate: { disabilityNeedingAccommodation: true, higherEducation: false } }),
    id: TP,
    applies: 'no',
  },
  {
    rule: 'statsansatteloven § 9 (1) c (trainee)',
    name: 'education unknown',
    c: permanent({ candidate: { disabilityNeedingAccommodation: true } }),
    id: TP,
    applies: 'maybe',
    missing: ['candidate.higherEducation'],
  },
  {
    rule: 'statsansatteloven § 9 (1) c (trainee)',
    name: 'outside the target group',
    c: permanent({ candidate: { disabilityNeedingAccommodation: false, cvGap: { yearsOutsideLastFive: 0 }, higherEducation: true } }),
    id: TP,
    applies: 'no',
  },

  // statsansatteforskriften § 3a (trainee conversion): from 1 January 2020 (forskrift 13 Dec 2019 nr. 1750;
  // Difi 23.01.2020 «Fra 1. januar 2020 kan ansatte etter gjennomført traineeperiode ansettes fast, uten at
  // stillingen må lyses ut»; review F1.4). Before that the permanent post had to be advertised.
  {
    rule: 'forskriften § 3a (trainee)',
    name: 'completed here and qualified',
    c: permanent({ candidate: { completedStateTraineeHere: true, qualified: true } }),
    id: TC,
    applies: 'yes',
  },
  {
    rule: 'forskriften § 3a (trainee)',
    name: 'completed here, not qualified',
    c: permanent({ candidate: { completedStateTraineeHere: true, qualified: false } }),
    id: TC,
    applies: 'no',
  },
  { rule: 'forskriften § 3a (trainee)', name: 'not completed here', c: permanent({ candidate: { completedStateTraineeHere: false, qualified: true } }), id: TC, applies: 'no' },
  {
    rule: 'forskriften § 3a (trainee)',
    name: 'qualification unknown',
    c: permanent({ candidate: { completedStateTraineeHere: true } }),
    id: TC,
    applies: 'maybe',
    missing: ['candidate.qualified'],
  },
  {
    rule: 'forskriften § 3a (trainee) (our decision)',
    name: 'a temporary vacancy',
    c: stateTemp(12, 'temporary_work', { candidate: { completedStateTraineeHere: true, qualified: true } }),
    id: TC,
    applies: 'no',
  },
  {
    rule: 'forskriften § 3a (trainee), not yet in force',
    name: 'completed and qualified asOf 2019-12-31',
    c: permanent({ candidate: { completedStateTraineeHere: true, qualified: true }, asOf: '2019-12-31' }),
    id: TC,
    applies: 'no',
  },
  {
    rule: 'forskriften § 3a (trainee), from 2020-01-01',
    name: 'completed and qualified asOf 2020-01-01',
    c: permanent({ candidate: { completedStateTraineeHere: true, qualified: true }, asOf: '2020-01-01' }),
    id: TC,
    applies: 'yes',
  },
];

describe.each(rows)('$rule: $name', ({ c, id, applies, missing }) => {
  it(`${id} is ${applies}`, () => {
    const { r, path } = run(c);
    expect(path(id)).toBe(applies);
    if (missing) expect(r.missing).toEqual(expect.arrayContaining(missing));
  });
});

describe('statsansatteforskriften § 3a (wage subsidy): only the fields that matter are missing', () => {
  it('a known disability settles the target group: nothing about the CV gap is asked', () => {
    const { r } = run(stateTemp(10, 'temporary_work', { candidate: { disabilityNeedingAccommodation: true } }));
    expect(r.missing.filter((m) => m.startsWith('candidate.cvGap'))).toEqual([]);
  });
  it('the why text names the limit in force', () => {
    expect(run(stateTemp(25, 'temporary_work', { candidate: disabledWithSubsidy })).r.paths.find((p) => p.id === WS)?.why).toMatch(/to år.*25 måneder/);
  });
});

// Review F1.1/F1.4: a date before the provision existed gives "no" with a reason saying so, and the
// conditions of the later rule are not shown as if they applied then.
describe.each([
  {
    id: WS,
    asOf: '2022-06-30',
    c: (asOf: string) => stateTemp(12, 'temporary_work', { candidate: disabledWithSubsidy, asOf }),
    from: '1. juli 2022',
    law: /forskrift 22\. juni 2022 nr\. 1113/,
  },
  {
    id: TC,
    asOf: '2019-12-31',
    c: (asOf: string) => permanent({ candidate: { completedStateTraineeHere: true, qualified: true }, asOf }),
    from: '1. januar 2020',
    law: /forskrift 13\. desember 2019 nr\. 1750/,
  },
])('$id before it took effect (asOf $asOf)', ({ id, asOf, c, from, law }) => {
  it('says the provision did not exist yet, and when it took effect', () => {
    const { r } = run(c(asOf));
    const p = r.paths.find((x) => x.id === id)!;
    expect(p.applies).toBe('no');
    expect(p.why).toContain(from);
    expect(p.why).toMatch(law);
    expect(p.why).toMatch(/gjaldt ikke|fantes ikke/);
    expect(p.conditions.join(' ')).not.toMatch(/inntil 24 måneder|kvalifisert for stillingen\.$/);
    // Nothing is asked for a path that did not exist.
    expect(r.missing.filter((m) => /temporaryWageSubsidy|completedStateTraineeHere|qualified/.test(m))).toEqual([]);
  });
});

// Review F1.3/F1.8: the exemption lifts only the advertisement duty; §§ 3, 5, 6 and a § 9 ground remain, NAV
// decides on the subsidy, and a permanent post afterwards must be advertised (DFØ 22.06.2022).
it('statsansatteforskriften § 3a (wage subsidy): the conditions say what still applies (DFØ 22.06.2022)', () => {
  const p = run(stateTemp(12, 'temporary_work', { candidate: disabledWithSubsidy })).r.paths.find((x) => x.id === WS)!;
  const text = p.conditions.join(' ');
  expect(text).toMatch(/inntil 24 måneder/);
  expect(text).toMatch(/statsansatteloven § 9/);
  expect(text).toMatch(/Kvalifikasjonsprinsippet \(§ 3\), innstilling \(§ 5\) og ansettelsesvedtak \(§ 6\) gjelder fortsatt/);
  expect(text).toMatch(/NAV som avgjør/);
  expect(text).toMatch(/fast.*lyses ut offentlig/);
  expect(p.legalBasis).toContain('statsansatteforskriften § 3a');
});

// Statsansatteforskriften § 5 (2) via parameters: two years, extendable by one (DFØ: Relevant regelverk).
it('Traineeprogrammet: the durations come from the parameter table', () => {
  const p = run(permanent({ candidate: { disabilityNeedingAccommodation: true, higherEducation: true } })).r.paths.find((x) => x.id === TP)!;
  expect(p.conditions.join(' ')).toMatch(/inntil 24 måneder \(to år\), med mulighet for forlengelse i inntil 12 måneder/);
  expect(p.legalBasis).toContain('statsansatteforskriften § 5 andre ledd');
});

it('statsansatteloven §§ 3-6: state.ordinary always applies, and every state path is listed once with its texts', () => {
  const { r } = run(stateTemp(3));
  expect(r.paths.map((p) => p.id)).toEqual(['state.ordinary', AA, WS, TP, TC]);
  expect(r.paths[0].applies).toBe('yes');
  for (const p of r.paths) {
    expect(p.legalBasis.length).toBeGreaterThan(0);
    expect(p.why).toMatch(/^[A-ZÆØÅ].{10,}[.)]$/);
    expect(p.why).not.toMatch(/\{\w+\}/);
    expect(p.conditions.length).toBeGreaterThan(0);
    expect(p.steps.length).toBeGreaterThan(0);
  }
});
