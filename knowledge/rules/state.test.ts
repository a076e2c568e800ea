import { describe, expect, it } from 'vitest';
import type { AssessmentCase } from './schema.js';
import { disabledWithSubsidy, run, stateTemp } from './testCase.js';

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
const cvGapIllness = (years: number) => ({ disabilityNeedingAccommodation: false, cvGap: { yearsOutsideLastFive: years, causeListed: true, employedOverOneYearNow: false }, temporaryWageSubsidy: true });

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

  // statsansatteforskriften § 3a first paragraph b: up to 24 months from 2022-07-01, 12 before.
  { rule: 'forskriften § 3a (1) b', name: '24 months (today)', c: stateTemp(24, 'temporary_work', { candidate: disabledWithSubsidy }), id: WS, applies: 'yes' },
  { rule: 'forskriften § 3a (1) b', name: '25 months (today)', c: stateTemp(25, 'temporary_work', { candidate: disabledWithSubsidy }), id: WS, applies: 'no' },
  { rule: 'forskriften § 3a (1) b, before 2022-07-01', name: '12 months asOf 2022-06-30', c: stateTemp(12, 'temporary_work', { candidate: disabledWithSubsidy, asOf: '2022-06-30' }), id: WS, applies: 'yes' },
  { rule: 'forskriften § 3a (1) b, before 2022-07-01', name: '13 months asOf 2022-06-30', c: stateTemp(13, 'temporary_work', { candidate: disabledWithSubsidy, asOf: '2022-06-30' }), id: WS, applies: 'no' },
  { rule: 'forskriften § 3a (1) b, from 2022-07-01', name: '13 months asOf 2022-07-01', c: stateTemp(13, 'temporary_work', { candidate: disabledWithSubsidy, asOf: '2022-07-01' }), id: WS, applies: 'yes' },
  { rule: 'forskriften § 3a (1) b, from 2022-07-01', name: '24 months asOf 2022-07-01', c: stateTemp(24, 'temporary_work', { candidate: disabledWithSubsidy, asOf: '2022-07-01' }), id: WS, applies: 'yes' },
  { rule: 'forskriften § 3a (1) b', name: 'permanent position', c: permanent({ candidate: disabledWithSubsidy }), id: WS, applies: 'no' },
  { rule: 'forskriften § 3a (1) b', name: 'no candidate yet: NAV may find one', c: stateTemp(10, 'temporary_work'), id: WS, applies: 'maybe', missing: ['candidate.temporaryWageSubsidy', 'candidate.disabilityNeedingAccommodation'] },
  { rule: 'forskriften § 3a (1) b', name: 'candidate without subsidy', c: stateTemp(10, 'temporary_work', { candidate: { ...disabledWithSubsidy, temporaryWageSubsidy: false } }), id: WS, applies: 'no' },
  { rule: 'forskriften § 3a (1) b', name: 'subsidy unknown, disability known', c: stateTemp(10, 'temporary_work', { candidate: { disabilityNeedingAccommodation: true } }), id: WS, applies: 'maybe', missing: ['candidate.temporaryWageSubsidy'] },
  { rule: 'forskriften § 3a (1) b with § 4a', name: 'exactly 2 years of gap, with subsidy', c: stateTemp(10, 'temporary_work', { candidate: cvGapIllness(2) }), id: WS, applies: 'yes' },
  { rule: 'forskriften § 3a (1) b with § 4a', name: 'just under 2 years of gap, with subsidy', c: stateTemp(10, 'temporary_work', { candidate: cvGapIllness(1.9) }), id: WS, applies: 'no' },

  // Traineeprogrammet i staten: target group with higher education (§ 9 (1) c).
  { rule: 'statsansatteloven § 9 (1) c (trainee)', name: 'disability and higher education', c: permanent({ candidate: { disabilityNeedingAccommodation: true, higherEducation: true } }), id: TP, applies: 'yes' },
  { rule: 'statsansatteloven § 9 (1) c (trainee)', name: 'disability, no higher education', c: permanent({ candidate: { disabilityNeedingAccommodation: true, higherEducation: false } }), id: TP, applies: 'no' },
  { rule: 'statsansatteloven § 9 (1) c (trainee)', name: 'education unknown', c: permanent({ candidate: { disabilityNeedingAccommodation: true } }), id: TP, applies: 'maybe', missing: ['candidate.higherEducation'] },
  { rule: 'statsansatteloven § 9 (1) c (trainee)', name: 'outside the target group', c: permanent({ candidate: { disabilityNeedingAccommodation: false, cvGap: { yearsOutsideLastFive: 0 }, higherEducation: true } }), id: TP, applies: 'no' },

  // statsansatteforskriften § 3a first paragraph a.
  { rule: 'forskriften § 3a (1) a', name: 'completed here and qualified', c: permanent({ candidate: { completedStateTraineeHere: true, qualified: true } }), id: TC, applies: 'yes' },
  { rule: 'forskriften § 3a (1) a', name: 'completed here, not qualified', c: permanent({ candidate: { completedStateTraineeHere: true, qualified: false } }), id: TC, applies: 'no' },
  { rule: 'forskriften § 3a (1) a', name: 'not completed here', c: permanent({ candidate: { completedStateTraineeHere: false, qualified: true } }), id: TC, applies: 'no' },
  { rule: 'forskriften § 3a (1) a', name: 'qualification unknown', c: permanent({ candidate: { completedStateTraineeHere: true } }), id: TC, applies: 'maybe', missing: ['candidate.qualified'] },
  { rule: 'forskriften § 3a (1) a (our decision)', name: 'a temporary vacancy', c: stateTemp(12, 'temporary_work', { candidate: { completedStateTraineeHere: true, qualified: true } }), id: TC, applies: 'no' },
];

describe.each(rows)('$rule: $name', ({ c, id, applies, missing }) => {
  it(`${id} is ${applies}`, () => {
    const { r, path } = run(c);
    expect(path(id)).toBe(applies);
    if (missing) expect(r.missing).toEqual(expect.arrayContaining(missing));
  });
});

describe('statsansatteforskriften § 3a (1) b: only the fields that matter are missing', () => {
  it('a known disability settles the target group: nothing about the CV gap is asked', () => {
    const { r } = run(stateTemp(10, 'temporary_work', { candidate: { disabilityNeedingAccommodation: true } }));
    expect(r.missing.filter((m) => m.startsWith('candidate.cvGap'))).toEqual([]);
  });
  it('the why text names the version in force', () => {
    expect(run(stateTemp(13, 'temporary_work', { candidate: disabledWithSubsidy, asOf: '2022-06-30' })).r.paths.find((p) => p.id === WS)?.why).toMatch(/ett år/);
    expect(run(stateTemp(25, 'temporary_work', { candidate: disabledWithSubsidy })).r.paths.find((p) => p.id === WS)?.why).toMatch(/to år.*25 måneder/);
  });
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
