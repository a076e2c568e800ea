/** The guide's single door to the rule modules (knowledge/rules, contract assessment-v1). */
export { assess, parseCase, RULESET_VERSION, TITLES, PATH_IDS, AssessmentCaseSchema } from '../../knowledge/rules/index.js';
export type { AssessmentCase, Assessment, PathResult } from '../../knowledge/rules/index.js';
