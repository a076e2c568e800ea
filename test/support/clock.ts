/** The fixed day the tests run on, so no test passes or fails by the calendar. */
import type { Clock } from '../../dialogs/shared/ports.js';

/** A Monday in Norway (YYYY-MM-DD): the date the rules, parameters and rendered texts are read on. */
export const TEST_DAY = '2026-11-23';
/** Mid-morning of TEST_DAY in Oslo. */
export const TEST_NOW = new Date('2026-11-23T09:30:00Z');

/** A clock standing still at `at` (default TEST_NOW). */
export function fixedClock(at: Date = TEST_NOW): Clock {
  return { now: () => at };
}
