/** The rule modules: the law as code. Pure functions, no Teams, no I/O. */
export { assess, RULESET_VERSION, todayInNorway } from './assess.js';
export {
  AssessmentCaseSchema,
  PositionSchema,
  CandidateSchema,
  parseCase,
  GROUNDS,
  ABSENCE_REASONS,
  MAX_DURATION_MONTHS,
  type AssessmentCase,
  type Position,
  type Candidate,
  type CvGap,
  type FieldError,
  type ParseResult,
  type Ground,
} from './schema.js';
export type {
  Assessment,
  PathResult,
  Notice,
  Measure,
  ScheduleStep,
  SourceRef,
  Applies,
  Tri,
  RuleMeta,
  RuleVersion,
  PathRuleVersion,
  NoticeRuleVersion,
  MeasureRuleVersion,
} from './types.js';
export { TITLES, FIELD_LABELS } from './titles.js';
export { EARLIEST_AS_OF, inForce } from './rule.js';
export { STATE_PATH_IDS, STATE_RULES, WAGE_SUBSIDY_EXEMPTION } from './state.js';
export { MUNICIPAL_PATH_IDS, MUNICIPAL_RULES, GENERAL_TEMPORARY_ACCESS, TARGETED_VERSIONS } from './municipal.js';
export { NAV_RULES, wageSubsidySchedule } from './nav.js';
export { OBLIGATION_RULES, WARNING_RULES } from './notices.js';
export { DISABILITY, CV_GAP } from './targetGroup.js';
export { ALL_RULES } from './registry.js';

import { MUNICIPAL_PATH_IDS } from './municipal.js';
import { STATE_PATH_IDS } from './state.js';

/** Every path id of each sector, in the order the assessment lists them. */
export const PATH_IDS = { state: STATE_PATH_IDS, municipal: MUNICIPAL_PATH_IDS } as const;
