import type { ParameterValue } from './types.js';

/** The first day the rule set covers (statsansatteloven in force); a value already in force then starts here. */
export const HORIZON = '2017-07-01';

export const HORIZON_NOTE = "In force before this date too; the table starts at the rule set's horizon.";

/** A value in force before the horizon and unchanged since. */
export const sinceHorizon = (value: number): ParameterValue => ({ value, from: HORIZON, note: HORIZON_NOTE });
