import { describe, expect, it } from 'vitest';
import type { AssessmentCase } from './schema.js';
import { run } from '../../test/support/ruleCases.js';

const withCandidate = (candidate: AssessmentCase['candidate'], asOf?: string): AssessmentCase => ({
  sector: 'state',
  position: { permanent: true },
  candidate,
  ...(asOf ? { asOf } : {}),
});

// statsansatteforskriften § 4 (disability) and § 4a first paragraph (CV gap, from 2020-01-01).
describe.each([
  { rule: '§ 4', name: 'disability needing accommodation', candidate: { disabilityNeedingAccommodation: true }, disability: true, cvGap: null, member: true },
  { rule: '§ 4', name: 'no disability, no gap info', candidate: { disabilityNeedingAccommodation: false }, disability: false, cvGap: null, member: null },
  {
    rule: '§ 4a',
    name: 'exactly 2 years, a listed ground, not employed',
    candidate: { disabilityNeedingAccommodation: false, cvGap: { yearsOutsideLastFive: 2, causeListed: true, employedOverOneYearNow: false } },
    disability: false,
    cvGap: true,
    member: true,
  },
  {
    rule: '§ 4a',
    name: 'just under 2 years',
    candidate: { disabilityNeedingAccommodation: false, cvGap: { yearsOutsideLastFive: 1.99, causeListed: true, employedOverOneYearNow: false } },
    disability: false,
    cvGap: false,
    member: false,
  },
  {
    rule: '§ 4a',
    name: '5 years, a listed ground, disability unknown',
    candidate: { cvGap: { yearsOutsideLastFive: 5, causeListed: true, employedOverOneYearNow: false } },
    disability: null,
    cvGap: true,
    member: true,
  },
  {
    rule: '§ 4a',
    name: 'whether the ground is listed is unknown',
    candidate: { cvGap: { yearsOutsideLastFive: 2.5, employedOverOneYearNow: false } },
    disability: null,
    cvGap: null,
    member: null,
  },
  {
    rule: '§ 4a',
    name: 'a ground the regulation does not list does not count',
    candidate: { disabilityNeedingAccommodation: false, cvGap: { yearsOutsideLastFive: 3, causeListed: false, employedOverOneYearNow: false } },
    disability: false,
    cvGap: false,
    member: false,
  },
  {
    rule: '§ 4a',
    name: 'now employed over one year',
    candidate: { disabilityNeedingAccommodation: false, cvGap: { yearsOutsideLastFive: 3, causeListed: true, employedOverOneYearNow: true } },
    disability: false,
    cvGap: false,
    member: false,
  },
  {
    rule: '§ 4a',
    name: 'employment unknown',
    candidate: { disabilityNeedingAccommodation: false, cvGap: { yearsOutsideLastFive: 3, causeListed: true } },
    disability: false,
    cvGap: null,
    member: null,
  },
  {
    rule: '§ 4a history',
    name: 'a gap before 2020 was no target group',
    candidate: { disabilityNeedingAccommodation: false, cvGap: { yearsOutsideLastFive: 3, causeListed: true, employedOverOneYearNow: false } },
    asOf: '2019-06-01',
    disability: false,
    cvGap: false,
    member: false,
  },
])('target group ($rule): $name', ({ candidate, asOf, disability, cvGap, member }) => {
  it('is classified as expected', () => {
    const { r } = run(withCandidate(candidate as AssessmentCase['candidate'], asOf));
    expect(r.targetGroup).toEqual({ disability, cvGap, member });
  });
});

describe('missing fields for an unsettled target group', () => {
  it('lists what would settle it', () => {
    const { r } = run(withCandidate({ disabilityNeedingAccommodation: false, cvGap: { yearsOutsideLastFive: 3 } }));
    expect(r.missing).toEqual(expect.arrayContaining(['candidate.cvGap.causeListed', 'candidate.cvGap.employedOverOneYearNow']));
  });
  it('lists nothing about the gap when disability already decides', () => {
    const { r } = run(
      withCandidate({
        disabilityNeedingAccommodation: true,
        temporaryWageSubsidy: false,
        higherEducation: false,
        completedStateTraineeHere: false,
        qualified: true,
        reducedWorkCapacity: false,
      }),
    );
    expect(r.missing.filter((m) => m.startsWith('candidate.cvGap'))).toEqual([]);
  });
});
