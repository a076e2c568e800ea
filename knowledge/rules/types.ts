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

/**
 * One version of a rule, as OpenFisca and Catala keep them: its id, the law it encodes, the dates it was
 * in force, where our sources describe it, and (in the subtypes) the Norwegian texts a person reads.
 */
export interface RuleVersion {
  id: string;
  legalBasis: string[];
  /** YYYY-MM-DD: the date this version took effect. */
  effectiveFrom: string;
  /** YYYY-MM-DD: the last day this version applied, if it has ceased to. */
  effectiveTo?: string;
  /** Where the rule is described in our sources. */
  source: string;
  /** Only for rules whose text or basis differs by sector. */
  sector?: 'state' | 'municipal';
}
/** Kept for callers of the first version of this module. */
export type RuleMeta = RuleVersion;

/** A hiring path: `why` is keyed by the reason the path's rule gives; `{name}` placeholders are filled in. */
export interface PathRuleVersion extends RuleVersion {
  why: Record<string, string>;
  conditions: string[];
  steps: string[];
  /**
   * Only on the first version of a path that took effect after the rule set's horizon: the texts for an
   * asOf before it (`why` may use {from}, the date it took effect). The path is then "no".
   */
  before?: { why: string; conditions: string[]; steps: string[] };
}

export interface NoticeRuleVersion extends RuleVersion {
  text: string;
}

export interface MeasureRuleVersion extends RuleVersion {
  text: string;
}
