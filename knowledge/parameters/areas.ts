/** The area files that together make the parameter table. Each area file is owned by its topic. */
import type { Parameter } from './types.js';
import { G } from './g.js';
import { NAV_MEASURES } from './navMeasures.js';
import { SICK_PAY } from './sickPay.js';
import { EMPLOYMENT } from './employment.js';
import { EQUALITY } from './equality.js';

export const PARAMETER_AREAS: readonly (readonly Parameter[])[] = [G, NAV_MEASURES, SICK_PAY, EMPLOYMENT, EQUALITY];
