/** Builds cases for the rule tables: a base vacancy with overrides. Used only by tests. */
import type { AssessmentCase } from '../../knowledge/rules/schema.js';
import { assess } from '../../knowledge/rules/assess.js';
import { TEST_DAY } from './clock.js';

export const TODAY = TEST_DAY;

export function stateTemp(months: number, ground: NonNullable<AssessmentCase['position']['ground']> = 'substitute', extra: Partial<AssessmentCase> = {}): AssessmentCase {
  return { sector: 'state', position: { permanent: false, durationMonths: months, ground }, ...extra };
}

export function muniTemp(months: number, ground: NonNullable<AssessmentCase['position']['ground']> = 'substitute', extra: Partial<AssessmentCase> = {}): AssessmentCase {
  return { sector: 'municipal', position: { permanent: false, durationMonths: months, ground }, ...extra };
}

export const disabledWithSubsidy = {
  disabilityNeedingAccommodation: true,
  temporaryWageSubsidy: true,
  reducedWorkCapacity: false,
  higherEducation: false,
  completedStateTraineeHere: false,
  qualified: true,
};

export function run(c: AssessmentCase) {
  const r = assess(c, { today: TODAY });
  return {
    r,
    path: (id: string) => r.paths.find((p) => p.id === id)?.applies,
    has: (kind: 'obligations' | 'warnings' | 'measures', id: string) => r[kind].some((x) => x.id === id),
  };
}
