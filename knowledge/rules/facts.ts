/**
 * Three-valued reads of a case, recording which absent fields a rule looked at. A rule that ends in
 * "maybe" reports those fields as `missing`: the answers that would settle it.
 */
import type { AssessmentCase } from './schema.js';
import type { Tri } from './types.js';

export class Facts {
  private readonly unknownReads = new Set<string>();
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
  get months(): number {
    return this.c.position.durationMonths ?? 0;
  }
  get ground() {
    return this.c.position.ground;
  }
  get hasCandidate(): boolean {
    return this.c.candidate !== undefined;
  }

  /** A yes/no fact about the candidate; null (and recorded) when absent. */
  candidate(field: 'disabilityNeedingAccommodation' | 'temporaryWageSubsidy' | 'reducedWorkCapacity' | 'higherEducation' | 'completedStateTraineeHere' | 'qualified'): Tri {
    const v = this.c.candidate?.[field];
    if (v === undefined) {
      this.unknownReads.add(`candidate.${field}`);
      return null;
    }
    return v;
  }

  cvGapYears(): number | null {
    return this.gapField('yearsOutsideLastFive') as number | null;
  }
  cvGapCause(): string | null {
    return this.gapField('cause') as string | null;
  }
  cvGapEmployed(): boolean | null {
    return this.gapField('employedOverOneYearNow') as boolean | null;
  }

  private gapField(field: 'yearsOutsideLastFive' | 'cause' | 'employedOverOneYearNow'): unknown {
    const v = this.c.candidate?.cvGap?.[field];
    if (v === undefined) {
      this.unknownReads.add(`candidate.cvGap.${field}`);
      return null;
    }
    return v;
  }

  /** Runs fn and returns its value with the absent fields it read. */
  track<T>(fn: () => T): { value: T; unknown: string[] } {
    const before = new Set(this.unknownReads);
    this.unknownReads.clear();
    const value = fn();
    const unknown = [...this.unknownReads];
    for (const u of before) this.unknownReads.add(u);
    for (const u of unknown) this.unknownReads.add(u);
    return { value, unknown };
  }

  onOrAfter(date: string): boolean {
    return this.asOf >= date;
  }
}

export const and = (...xs: Tri[]): Tri => (xs.some((x) => x === false) ? false : xs.some((x) => x === null) ? null : true);
export const or = (...xs: Tri[]): Tri => (xs.some((x) => x === true) ? true : xs.some((x) => x === null) ? null : false);
export const not = (x: Tri): Tri => (x === null ? null : !x);
export const applies = (x: Tri): 'yes' | 'no' | 'maybe' => (x === true ? 'yes' : x === false ? 'no' : 'maybe');
