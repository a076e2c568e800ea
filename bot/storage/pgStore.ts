/**
 * The app's records in PostgreSQL (chosen when DATABASE_URL is set): one `records` table, one row per
 * tenant, repo and id, the record as jsonb (migrations/001_records.sql). Every operation is one short
 * transaction that first sets the tenant (`set_config('app.tenant', …, true)`); row-level security then
 * hides and protects every other tenant's rows, on top of the tenant filter in each statement. The app
 * must connect as an ordinary role: a superuser or a role with BYPASSRLS is refused at start, since
 * row-level security does not apply to it.
 *
 * `put` with `ifRev` is a compare-and-set on the row's revision, and `ifRev: 0` an insert that the
 * primary key refuses when the row exists, so two instances racing on one key store it once.
 * Writes to watched repos (HR's knowledge entries) send a notification in the same transaction; every
 * instance listens on its own connection and hears of the change once it is committed.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { StaleWriteError, type FindOptions, type Repo, type Stored, type Where } from '../../dialogs/shared/ports.js';
import { currentTenant } from '../../dialogs/shared/tenant.js';
import type { Logger } from '../logger.js';
import { migrate, readMigrations, type Migration } from './migrate.js';
import { StoreWriteError, type AppStore, type StoreChange } from './types.js';

export const CHANGES_CHANNEL = 'inkl_changes';

export interface PgStoreOptions {
  url: string;
  logger: Logger;
  poolMax?: number;
  connectTimeoutMs?: number;
  statementTimeoutMs?: number;
  /** Shown in pg_stat_activity. */
  applicationName?: string;
  /** Repos whose changes other instances must hear of. */
  watchRepos?: readonly string[];
  migrations?: Migration[];
}

export interface PgStore extends AppStore {
  readonly kind: 'postgres';
  readonly pool: pg.Pool;
  /** This process's id in change notifications (its own changes are not reported back to it). */
  readonly instanceId: string;
}

export class DatabaseRoleError extends Error {}

type Row = { data: Record<string, unknown>; rev: number };

/** jsonb refuses NUL characters and lone surrogates, which JavaScript strings may hold: store U+FFFD instead. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const jsonFor = (record: object): string =>
  JSON.stringify(record, (_k, v: unknown) => (typeof v === 'string' ? v.replace(LONE_SURROGATE, '\uFFFD').replaceAll(String.fromCharCode(0), '\uFFFD') : v));

const withRev = <T>(r: Row): Stored<T> => ({ ...(r.data as T), rev: r.rev });

export async function openPgStore(o: PgStoreOptions): Promise<PgStore> {
  const pool = new pg.Pool({
    connectionString: o.url,
    max: o.poolMax ?? 10,
    connectionTimeoutMillis: o.connectTimeoutMs ?? 5_000,
    idleTimeoutMillis: 30_000,
    statement_timeout: o.statementTimeoutMs ?? 15_000,
    application_name: o.applicationName ?? 'inkluderingsveilederen',
  });
  // An idle connection that the server closes must not take the process down; the pool replaces it.
  pool.on('error', (err) => o.logger.warn({ err: err.message }, 'PostgreSQL: an idle connection failed'));

  try {
    const role = await pool.query<{ rolname: string; rolsuper: boolean; rolbypassrls: boolean }>(
      'select rolname, rolsuper, rolbypassrls from pg_roles where rolname = current_user',
    );
    const r = role.rows[0];
    if (r?.rolsuper || r?.rolbypassrls) {
      throw new DatabaseRoleError(
        `DATABASE_URL connects as ${r.rolname}, a ${r.rolsuper ? 'superuser' : 'role with BYPASSRLS'}: row-level security would not separate the tenants. Connect as an ordinary role (e.g. create role inkl login password '…'; create database inkl owner inkl;)`,
      );
    }
    await migrate(pool, o.migrations ?? readMigrations());
  } catch (e) {
    await pool.end().catch(() => undefined);
    throw e;
  }

  const instanceId = randomUUID();
  const watched = new Set(o.watchRepos ?? []);
  const registered = new Set<string>();

  /**
   * One statement per operation: the functions of migrations/002 set the tenant for their own
   * transaction and then query under row-level security (one round trip instead of four).
   */
  async function call<R extends pg.QueryResultRow>(repo: string, write: boolean, sql: string, params: unknown[]): Promise<pg.QueryResult<R>> {
    try {
      return await pool.query<R>(sql, params);
    } catch (e) {
      throw write ? new StoreWriteError(repo, e) : e;
    }
  }
  const notice = (tenant: string, repo: string, id: string) => (watched.has(repo) ? JSON.stringify({ i: instanceId, t: tenant, r: repo, id }) : null);
  const whereJson = (where: Where | undefined) => (where && Object.keys(where).length ? JSON.stringify(where) : null);

  const repoCache = new Map<string, Repo<{ id: string }>>();
  const repo = <T extends { id: string }>(name: string): Repo<T> => {
    const cached = repoCache.get(name);
    if (cached) return cached as unknown as Repo<T>;
    const r: Repo<T> = {
      get: async (id) => {
        const row = (await call<Row>(name, false, 'select data, rev from inkl_get($1, $2, $3)', [currentTenant(), name, id])).rows[0];
        return row ? withRev<T>(row) : undefined;
      },
      find: async ({ where, limit }: FindOptions = {}) =>
        (
          await call<Row>(name, false, 'select data, rev from inkl_find($1, $2, $3::jsonb, $4)', [
            currentTenant(),
            name,
            whereJson(where),
            limit === undefined ? null : Math.max(0, Math.floor(limit)),
          ])
        ).rows.map((row) => withRev<T>(row)),
      count: async (where) => (await call<{ n: number }>(name, false, 'select inkl_count($1, $2, $3::jsonb) as n', [currentTenant(), name, whereJson(where)])).rows[0].n,
      put: async (record, { ifRev } = {}) => {
        const tenant = currentTenant();
        const { rev: _drop, ...rest } = record as T & { rev?: number };
        const data = jsonFor(rest);
        const rev = (
          await call<{ rev: number }>(name, true, 'select inkl_put($1, $2, $3, $4::jsonb, $5, $6, $7) as rev', [
            tenant,
            name,
            record.id,
            data,
            ifRev ?? null,
            !registered.has(tenant),
            notice(tenant, name, record.id),
          ])
        ).rows[0].rev;
        if (rev < 0) throw new StaleWriteError(name, record.id, ifRev!, -rev - 1);
        registered.add(tenant);
        return { ...(JSON.parse(data) as T), rev } as Stored<T>;
      },
      remove: async (id) => {
        const tenant = currentTenant();
        return (await call<{ removed: boolean }>(name, true, 'select inkl_remove($1, $2, $3, $4) as removed', [tenant, name, id, notice(tenant, name, id)])).rows[0].removed;
      },
    };
    repoCache.set(name, r as unknown as Repo<{ id: string }>);
    return r;
  };

  const changes = createChangeFeed({ url: o.url, instanceId, logger: o.logger, applicationName: `${o.applicationName ?? 'inkluderingsveilederen'} (changes)` });

  return {
    kind: 'postgres',
    pool,
    instanceId,
    tenant: currentTenant,
    repo,
    async tenants() {
      return (await pool.query<{ tenant_id: string }>('select tenant_id from tenants order by tenant_id')).rows.map((r) => r.tenant_id);
    },
    async flush() {
      /* every acknowledged write is committed */
    },
    async health() {
      try {
        await Promise.race([pool.query('select 1'), new Promise((_, reject) => setTimeout(() => reject(new Error('no answer from PostgreSQL within 3 s')), 3_000).unref())]);
      } catch (e) {
        return { readable: false, error: `database: ${(e as Error).message}` };
      }
      return { readable: true };
    },
    onChange: (listener) => changes.listen(listener),
    async close() {
      await changes.close();
      await pool.end();
    },
  };
}

/**
 * LISTEN on a long-lived connection of its own (a pooled one would be handed to someone else). On a lost
 * connection it reconnects with backoff and then reports a resync: notifications sent meanwhile are not
 * replayed, so listeners must re-read what they cache.
 */
function createChangeFeed(o: { url: string; instanceId: string; logger: Logger; applicationName: string }) {
  const listeners: Array<(c: StoreChange | { resync: true }) => void> = [];
  let client: pg.Client | undefined;
  let closed = false;
  let delay = 250;
  let timer: NodeJS.Timeout | undefined;
  let started: Promise<void> | undefined;

  const emit = (c: StoreChange | { resync: true }) => {
    for (const l of listeners) {
      try {
        l(c);
      } catch (err) {
        o.logger.error({ err }, 'change listener failed');
      }
    }
  };

  const connect = async (resync: boolean): Promise<void> => {
    if (closed) return;
    const c = new pg.Client({ connectionString: o.url, application_name: o.applicationName, keepAlive: true });
    c.on('notification', (msg) => {
      // A payload that is not ours must not throw inside pg's socket handler.
      try {
        const p = JSON.parse(msg.payload ?? '') as { i?: unknown; t?: unknown; r?: unknown; id?: unknown };
        if (p.i !== o.instanceId && typeof p.t === 'string' && typeof p.r === 'string') emit({ tenant: p.t, repo: p.r, ...(typeof p.id === 'string' ? { id: p.id } : {}) });
      } catch {
        o.logger.warn({ channel: msg.channel }, 'ignored a change notification that is not JSON');
      }
    });
    const lost = (why: string) => {
      if (client !== c || closed) return;
      client = undefined;
      o.logger.warn({ why }, 'PostgreSQL change feed lost; reconnecting');
      c.removeAllListeners('end');
      c.end().catch(() => undefined);
      schedule();
    };
    c.on('error', (err) => lost(err.message));
    c.on('end', () => lost('connection ended'));
    try {
      await c.connect();
      await c.query(`listen ${CHANGES_CHANNEL}`);
    } catch (err) {
      c.removeAllListeners('end');
      await c.end().catch(() => undefined);
      o.logger.warn({ err: (err as Error).message }, 'PostgreSQL change feed could not connect; retrying');
      schedule();
      return;
    }
    if (closed) {
      await c.end().catch(() => undefined);
      return;
    }
    client = c;
    delay = 250;
    if (resync) emit({ resync: true });
  };

  const schedule = () => {
    if (closed || timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      void connect(true);
    }, delay);
    timer.unref();
    delay = Math.min(delay * 2, 10_000);
  };

  return {
    listen(l: (c: StoreChange | { resync: true }) => void) {
      listeners.push(l);
      started ??= connect(false);
    },
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      await started;
      const c = client;
      client = undefined;
      if (c) {
        c.removeAllListeners('end');
        await c.end().catch(() => undefined);
      }
    },
  };
}
