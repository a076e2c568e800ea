/** The rule modules: the law as code. Pure functions, no Teams, no I/O. */
export { assess, RULESET_VERSION } from './assess.js';
export { AssessmentCaseSchema, parseCase, GROUNDS, CV_GAP_CAUSES, type AssessmentCase, type Candidate, type FieldError, type ParseResult, type Ground } from './schema.js';
export type { Assessment, PathResult, Notice, Measure, ScheduleStep, SourceRef, Applies, Tri, RuleMeta } from './types.js';
export { TITLES, FIELD_LABELS } from './titles.js';
export { STATE_PATH_IDS, STATE_RULES } from './state.js';
export { MUNICIPAL_PATH_IDS, MUNICIPAL_RULES } from './municipal.js';
export { NAV_RULES } from './nav.js';
export { DISABILITY, CV_GAP } from './targetGroup.js';

import { MUNICIPAL_PATH_IDS } from './municipal.js';
import { STATE_PATH_IDS } from './state.js';

export const PATH_IDS = { state: STATE_PATH_IDS, municipal: MUNICIPAL_PATH_IDS } as const;
