/**
 * Runs periodic jobs (reminders, retention) on a timer. A job never overlaps itself, a failure is
 * logged and retried on the next tick, and the jobs' own state lives in the store, so a restart
 * loses nothing: the next tick after start picks up whatever is due.
 */
import type { Logger } from './logger.js';

export interface Job {
  name: string;
  everyMs: number;
  run(): Promise<unknown>;
}

export function startJobs(jobs: Job[], logger: Logger): () => void {
  const timers: NodeJS.Timeout[] = [];
  for (const job of jobs) {
    let running = false;
    const tick = async () => {
      if (running) return;
      running = true;
      try {
        const result = await job.run();
        logger.debug({ job: job.name, result }, 'job ran');
      } catch (err) {
        logger.error({ err, job: job.name }, 'job failed; will retry on the next tick');
      } finally {
        running = false;
      }
    };
    const first = setTimeout(tick, 1_000);
    first.unref();
    const t = setInterval(tick, job.everyMs);
    t.unref();
    timers.push(first, t);
  }
  return () => timers.forEach((t) => clearInterval(t));
}
