/** The output of the assessment (contract: shared/contracts/assessment-v1.md). */

export type Applies = 'yes' | 'no' | 'maybe';
/** Three-valued: true, false, or null for "not known". */
export type Tri = boolean | null;

export interface PathResult {
  id: string;
  applies: Applies;
  legalBasis: string[];
  why: string;
  conditions: string[];
  steps: string[];
}

export interface Notice {
  id: string;
  legalBasis: string[];
  text: string;
}

export interface ScheduleStep {
  fromMonth: number;
  toMonth: number;
  percent: number;
}

export interface Measure {
  id: string;
  text: string;
  schedule?: ScheduleStep[];
}

export interface SourceRef {
  title: string;
  ref: string;
}

export interface Assessment {
  targetGroup: { disability: Tri; cvGap: Tri; member: Tri };
  paths: PathResult[];
  obligations: Notice[];
  warnings: Notice[];
  measures: Measure[];
  missing: string[];
  sources: SourceRef[];
}

/** What every rule declares about itself: the law it encodes and when that version took effect. */
export interface RuleMeta {
  id: string;
  legalBasis: string[];
  /** YYYY-MM-DD: the date this version of the rule took effect. */
  effectiveFrom: string;
  /** YYYY-MM-DD: the day it ceased to apply, if it has. */
  effectiveTo?: string;
  /** Where the rule is described in our sources. */
  source: string;
}
