/**
 * Three-valued reads of a case. Every value carries the absent fields it hangs on, so a rule that ends
 * in "maybe" can report exactly the answers that would settle it (Publicodes' "missing variables";
 * NAV's nare answers JA/NEI/KANSKJE the same way). A decided branch drops its unknowns: when a candidate
 * is known to have a disability, nothing about the CV gap is missing for target-group membership.
 */
import type { AssessmentCase } from './schema.js';
import type { Tri } from './types.js';

export interface Val {
  v: Tri;
  /** Absent fields that would settle v; empty unless v is null. */
  unknown: readonly string[];
}

export const known = (v: boolean): Val => ({ v, unknown: [] });
export const unknownField = (path: string): Val => ({ v: null, unknown: [path] });

const unknownsOf = (xs: Val[]): string[] => [...new Set(xs.filter((x) => x.v === null).flatMap((x) => x.unknown))];

/** False if any is false; otherwise unknown if any is unknown; otherwise true. */
export function and(...xs: Val[]): Val {
  if (xs.some((x) => x.v === false)) return known(false);
  return xs.some((x) => x.v === null) ? { v: null, unknown: unknownsOf(xs) } : known(true);
}

/** True if any is true; otherwise unknown if any is unknown; otherwise false. */
export function or(...xs: Val[]): Val {
  if (xs.some((x) => x.v === true)) return known(true);
  return xs.some((x) => x.v === null) ? { v: null, unknown: unknownsOf(xs) } : known(false);
}

export const applies = (x: Val): 'yes' | 'no' | 'maybe' => (x.v === true ? 'yes' : x.v === false ? 'no' : 'maybe');

export type CandidateFlag = 'disabilityNeedingAccommodation' | 'temporaryWageSubsidy' | 'reducedWorkCapacity' | 'higherEducation' | 'completedStateTraineeHere' | 'qualified';

export class Facts {
  readonly asOf: string;

  constructor(
    readonly c: AssessmentCase,
    today: string,
  ) {
    this.asOf = c.asOf ?? today;
  }

  get sector(): 'state' | 'municipal' {
    return this.c.sector;
  }
  get temporary(): boolean {
    return this.c.position.permanent === false;
  }
  /** The duration of a temporary position; 0 for a permanent one (any duration given is ignored). */
  get months(): number {
    return this.temporary ? (this.c.position.durationMonths ?? 0) : 0;
  }
  /** The temporary ground; undefined for a permanent position (any ground given is ignored). */
  get ground() {
    return this.temporary ? this.c.position.ground : undefined;
  }
  get hasCandidate(): boolean {
    return this.c.candidate !== undefined;
  }

  /** A yes/no fact about the candidate; unknown when absent. */
  candidate(field: CandidateFlag): Val {
    const v = this.c.candidate?.[field];
    return v === undefined ? unknownField(`candidate.${field}`) : known(v);
  }

  /** A test on one field of the CV gap; unknown when the field is absent. */
  cvGap<K extends 'yearsOutsideLastFive' | 'causeListed' | 'employedOverOneYearNow'>(
    field: K,
    test: (v: NonNullable<NonNullable<NonNullable<AssessmentCase['candidate']>['cvGap']>[K]>) => boolean,
  ): Val {
    const v = this.c.candidate?.cvGap?.[field];
    return v === undefined || v === null ? unknownField(`candidate.cvGap.${field}`) : known(test(v as never));
  }

  /** Whether the rules of `date` (YYYY-MM-DD) were already in force on asOf. */
  onOrAfter(date: string): boolean {
    return this.asOf >= date;
  }
}
