/** The real clock: the edge gives it to the dialogs (tests give a fixed one). */
import type { Clock } from '../dialogs/shared/ports.js';

export const systemClock: Clock = { now: () => new Date() };
