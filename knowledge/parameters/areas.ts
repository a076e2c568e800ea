/** The area files that together make the parameter table. Each area file is owned by its topic. */
import type { Parameter } from './types.js';
import { G } from './g.js';

export const PARAMETER_AREAS: readonly (readonly Parameter[])[] = [G];
