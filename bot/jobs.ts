/**
 * Background jobs (reminders, delivery retries, retention), each run once per tenant:
 * - with the lowdb file (one instance), on timers in this process (scheduler.ts);
 * - with PostgreSQL (any number of instances), as pg-boss jobs: a cron schedule makes one job per tick
 *   for all instances together, whose handler queues one job per tenant; a tenant's job of a kind never
 *   runs twice at the same time (queue policy "singleton", keyed by tenant), whichever instance takes it.
 * The jobs themselves are safe to repeat: reminders are claimed with a revision check before they are
 * sent, and retention only touches what is past its time.
 */
import pg from 'pg';
import PgBoss from 'pg-boss';
import type { Store } from '../dialogs/shared/ports.js';
import type { Logger } from './logger.js';
import { startJobs } from './scheduler.js';
import type { Tenancy } from './tenancy.js';

export interface JobDef {
  name: string;
  /** With lowdb: how often. */
  everyMs: number;
  /** With PostgreSQL: when (cron, Europe/Oslo). */
  cron: string;
  /** The work for one tenant, run inside it; returns how many things it did. */
  run(): Promise<number>;
}

export interface JobRunner {
  readonly kind: 'in-process' | 'pg-boss';
  /** Runs a job for every tenant now (once, however many instances ask at the same moment). */
  runNow(name: string): Promise<void>;
  stop(): Promise<void>;
}

interface Deps {
  store: Store;
  tenancy: Tenancy;
  logger: Logger;
}

/** Runs one job in every tenant that has records; a tenant's failure does not stop the others. */
async function everyTenant(def: JobDef, d: Deps): Promise<number> {
  let total = 0;
  for (const tenant of await d.store.tenants()) {
    try {
      total += await d.tenancy.run(tenant, def.run);
    } catch (err) {
      d.logger.error({ err, job: def.name, tenant }, 'job failed for a tenant; will retry on the next run');
    }
  }
  return total;
}

export function startInProcessJobs(defs: JobDef[], d: Deps): JobRunner {
  const stop = startJobs(
    defs.map((def) => ({ name: def.name, everyMs: def.everyMs, run: () => everyTenant(def, d) })),
    d.logger,
  );
  return {
    kind: 'in-process',
    async runNow(name) {
      const def = defs.find((x) => x.name === name);
      if (!def) throw new Error(`unknown job ${name}`);
      await everyTenant(def, d);
    },
    async stop() {
      stop();
    },
  };
}

export interface BossOptions {
  url: string;
  applicationName?: string;
  /** Connections pg-boss may use (besides the store's pool). */
  max?: number;
  /** How often an idle worker looks for jobs (pg-boss polls; minimum 0.5 s). */
  pollingIntervalSeconds?: number;
  /** False in tests that do not need the cron clock. */
  schedule?: boolean;
}

const tenantQueue = (name: string) => `${name}.tenant`;

/** Runs `fn` holding a session advisory lock on a connection of its own. */
async function withLock<T>(url: string, name: string, fn: () => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url, application_name: 'inkluderingsveilederen (setup)' });
  await c.connect();
  try {
    await c.query('select pg_advisory_lock(hashtextextended($1, 0))', [name]);
    return await fn();
  } finally {
    await c.end().catch(() => undefined);
  }
}

export async function startBossJobs(defs: JobDef[], d: Deps, o: BossOptions): Promise<JobRunner & { boss: PgBoss }> {
  const boss = new PgBoss({
    connectionString: o.url,
    application_name: o.applicationName ?? 'inkluderingsveilederen (jobs)',
    max: o.max ?? 3,
    schedule: o.schedule ?? true,
    // Completed jobs are kept a week for troubleshooting, then removed by pg-boss's own maintenance.
    deleteAfterDays: 7,
  });
  boss.on('error', (err) => d.logger.error({ err }, 'job queue error'));
  await boss.start();
  const polling = o.pollingIntervalSeconds ?? 2;

  // Creating a queue is DDL (a table partition each): instances starting together take turns, or deadlock.
  await withLock(o.url, 'inkluderingsveilederen.job-queues', async () => {
    for (const def of defs) {
      if (!(await boss.getQueue(def.name))) await boss.createQueue(def.name, { name: def.name, policy: 'standard' });
      if (!(await boss.getQueue(tenantQueue(def.name)))) {
        await boss.createQueue(tenantQueue(def.name), {
          name: tenantQueue(def.name),
          policy: 'singleton',
          retryLimit: 3,
          retryDelay: 60,
          retryBackoff: true,
          expireInSeconds: 30 * 60,
        });
      }
      if (o.schedule ?? true) await boss.schedule(def.name, def.cron, {}, { tz: 'Europe/Oslo' });
    }
  });

  for (const def of defs) {
    // The tick: one job for all instances, fanned out to one job per tenant.
    await boss.work(def.name, { pollingIntervalSeconds: polling }, async (jobs) => {
      const tenants = await d.store.tenants();
      for (const _job of jobs) {
        for (const tenant of tenants) await boss.send(tenantQueue(def.name), { tenant }, { singletonKey: tenant });
      }
    });
    await boss.work<{ tenant: string }>(tenantQueue(def.name), { pollingIntervalSeconds: polling, batchSize: 10 }, async (jobs) => {
      for (const job of jobs) {
        try {
          const n = await d.tenancy.run(job.data.tenant, def.run);
          d.logger.debug({ job: def.name, tenant: job.data.tenant, result: n }, 'job ran');
        } catch (err) {
          d.logger.error({ err, job: def.name, tenant: job.data.tenant }, 'job failed for a tenant; pg-boss retries it');
          await boss.fail(tenantQueue(def.name), job.id, { message: (err as Error).message });
        }
      }
    });
  }

  return {
    kind: 'pg-boss',
    boss,
    async runNow(name) {
      if (!defs.some((x) => x.name === name)) throw new Error(`unknown job ${name}`);
      // Two instances asking within the same ten seconds make one tick.
      await boss.send(name, {}, { singletonKey: 'now', singletonSeconds: 10 });
    },
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
