/** Every rule version of every module in one list: for documentation, review and the tests. */
import { GENERAL_TEMPORARY_ACCESS, MUNICIPAL_RULES } from './municipal.js';
import { NAV_RULES } from './nav.js';
import { OBLIGATION_RULES, WARNING_RULES } from './notices.js';
import { STATE_RULES } from './state.js';
import { TARGET_GROUP_RULES } from './targetGroup.js';
import type { RuleVersion } from './types.js';

export const ALL_RULES: readonly RuleVersion[] = [
  ...TARGET_GROUP_RULES,
  ...Object.values(STATE_RULES).flat(),
  ...Object.values(MUNICIPAL_RULES).flat(),
  GENERAL_TEMPORARY_ACCESS,
  ...Object.values(OBLIGATION_RULES).flat(),
  ...Object.values(WARNING_RULES).flat(),
  ...Object.values(NAV_RULES),
];
