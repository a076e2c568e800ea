/** The area files that together make the parameter table. Each area file is owned by its topic. */
import type { Parameter } from './types.js';
import { ACCESSIBILITY_PARAMETERS } from './accessibility.js';
import { ACCOMMODATION_PARAMETERS } from './accommodation.js';
import { EMPLOYMENT } from './employment.js';
import { EQUALITY } from './equality.js';
import { FOLKETRYGD_PARAMETERS } from './folketrygd.js';
import { G } from './g.js';
import { HEALTH_PARAMETERS } from './health.js';
import { INVITE_PARAMETERS } from './invite.js';
import { MUNICIPAL_PARAMETERS } from './municipal.js';
import { NAV_MEASURES } from './navMeasures.js';
import { NAV_WAGE_SUBSIDY_PARAMETERS } from './navWageSubsidy.js';
import { SICK_PAY } from './sickPay.js';
import { STATE_PARAMETERS } from './state.js';
import { TARGET_GROUP_PARAMETERS } from './targetGroup.js';

export const PARAMETER_AREAS: readonly (readonly Parameter[])[] = [
  G,
  STATE_PARAMETERS,
  MUNICIPAL_PARAMETERS,
  TARGET_GROUP_PARAMETERS,
  NAV_WAGE_SUBSIDY_PARAMETERS,
  FOLKETRYGD_PARAMETERS,
  NAV_MEASURES,
  SICK_PAY,
  EMPLOYMENT,
  EQUALITY,
  ACCESSIBILITY_PARAMETERS,
  ACCOMMODATION_PARAMETERS,
  INVITE_PARAMETERS,
  HEALTH_PARAMETERS,
];
