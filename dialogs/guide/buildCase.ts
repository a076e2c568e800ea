/** Turns the guide's answers into a vacancy case of the assessment contract. */
import type { Answers } from './questions.js';
import type { AssessmentCase } from './rules.js';

type Mutable = {
  sector: 'state' | 'municipal';
  position: Record<string, unknown>;
  employer?: Record<string, unknown>;
  candidate?: Record<string, unknown>;
};

const yesNo = (v: unknown): boolean | undefined => (v === 'yes' ? true : v === 'no' ? false : undefined);

/**
 * The case the answers describe. "Vet ikke" leaves a field out, so the rules answer "maybe" where it
 * matters. A CV gap of less than two years is recorded as 0 years: the guide only asks whether it is at
 * least two, the one threshold the rules use.
 */
export function buildCase(a: Answers): AssessmentCase {
  const c: Mutable = { sector: a.sector === 'municipal' ? 'municipal' : 'state', position: { permanent: a.permanent !== 'temporary' } };
  if (a.permanent === 'temporary') {
    if (typeof a.duration === 'number') c.position.durationMonths = a.duration;
    if (typeof a.ground === 'string') {
      const [ground, absenceReason] = a.ground.split(':');
      c.position.ground = ground;
      if (absenceReason) c.position.absenceReason = absenceReason;
    }
  }
  const regulation = yesNo(a.regulation);
  if (regulation !== undefined) c.employer = { personnelRegulationAllowsOneYear: regulation };
  if (a.hasCandidate === 'yes') {
    const cand: Record<string, unknown> = {};
    const set = (key: string, v: unknown) => {
      const b = yesNo(v);
      if (b !== undefined) cand[key] = b;
    };
    set('disabilityNeedingAccommodation', a.disability);
    const gap = cvGapOf(a);
    if (gap) cand.cvGap = gap;
    const subsidy = typeof a.subsidy === 'string' ? a.subsidy : undefined;
    if (subsidy?.startsWith('subsidy:')) {
      cand.temporaryWageSubsidy = true;
      if (subsidy !== 'subsidy:yes') cand.reducedWorkCapacity = subsidy === 'subsidy:reduced';
    } else set('temporaryWageSubsidy', subsidy);
    if (cand.reducedWorkCapacity === undefined) set('reducedWorkCapacity', a.reducedCapacity);
    set('higherEducation', a.higherEducation);
    set('completedStateTraineeHere', a.completedTrainee);
    set('qualified', a.qualified);
    c.candidate = cand;
  }
  return c as unknown as AssessmentCase;
}

function cvGapOf(a: Answers): Record<string, unknown> | undefined {
  const v = a.cvGap;
  if (v === undefined || v === 'gap:unknown') return undefined;
  if (v === 'gap:no') return { yearsOutsideLastFive: 0 };
  const gap: Record<string, unknown> = { yearsOutsideLastFive: 2, causeListed: true };
  const employed = yesNo(a.employedNow);
  if (employed !== undefined) gap.employedOverOneYearNow = employed;
  return gap;
}
