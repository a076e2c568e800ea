/**
 * What PostgreSQL itself enforces: row-level security checked with raw SQL as the app's role (not through
 * the adapter), the refusal of a superuser, and migrations that two instances starting together apply once.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../bot/logger.js';
import { migrate, readMigrations, MigrationError } from '../../bot/storage/migrate.js';
import { DatabaseRoleError, openPgStore, type PgStore } from '../../bot/storage/pgStore.js';
import { inTenant } from '../../dialogs/shared/tenant.js';
import { createTestDatabase, type TestDatabase } from '../support/pgTest.js';

const db: TestDatabase | undefined = await createTestDatabase('schema');
const logger = createLogger('silent');

describe.skipIf(!db)('PostgreSQL schema, row-level security and migrations', () => {
  let store: PgStore;
  beforeAll(async () => {
    store = await openPgStore({ url: db!.url, logger, poolMax: 4 });
    await inTenant('tenant-a', () => store.repo<{ id: string; secret: string }>('entries').put({ id: 'e1', secret: 'A sin hemmelighet' }));
    await inTenant('tenant-b', () => store.repo<{ id: string; secret: string }>('entries').put({ id: 'e2', secret: 'B sin' }));
  });
  afterAll(async () => {
    await store?.close();
    await db?.drop();
  });

  /** One raw transaction as the app's role, with the given tenant set (or none). */
  const asApp = async <T>(tenant: string | null, fn: (c: pg.Client) => Promise<T>): Promise<T> => {
    const c = new pg.Client({ connectionString: db!.url });
    await c.connect();
    try {
      await c.query('begin');
      if (tenant !== null) await c.query("select set_config('app.tenant', $1, true)", [tenant]);
      const out = await fn(c);
      await c.query('commit');
      return out;
    } catch (e) {
      await c.query('rollback');
      throw e;
    } finally {
      await c.end();
    }
  };

  it('connects as an ordinary role that row-level security applies to, with FORCE on the table it owns', async () => {
    const r = await asApp(null, (c) =>
      c.query<{ rolsuper: boolean; rolbypassrls: boolean; owner: string; rls: boolean; force: boolean }>(
        `select r.rolsuper, r.rolbypassrls, pg_get_userbyid(t.relowner) as owner, t.relrowsecurity as rls, t.relforcerowsecurity as force
         from pg_roles r, pg_class t where r.rolname = current_user and t.relname = 'records'`,
      ),
    );
    expect(r.rows[0]).toEqual({ rolsuper: false, rolbypassrls: false, owner: db!.role, rls: true, force: true });
  });

  it('shows a raw query only the rows of the tenant set for the transaction, and none without a tenant', async () => {
    const rows = (t: string | null) => asApp(t, async (c) => (await c.query<{ tenant_id: string; id: string }>('select tenant_id, id from records order by id')).rows);
    expect(await rows('tenant-a')).toEqual([{ tenant_id: 'tenant-a', id: 'e1' }]);
    expect(await rows('tenant-b')).toEqual([{ tenant_id: 'tenant-b', id: 'e2' }]);
    expect(await rows(null)).toEqual([]);
    expect(await rows('')).toEqual([]);
    // Even a query that asks for the other tenant by name gets nothing.
    expect(await asApp('tenant-b', async (c) => (await c.query("select * from records where tenant_id = 'tenant-a'")).rowCount)).toBe(0);
  });

  it('refuses a raw write into another tenant and changes nothing of it', async () => {
    await expect(asApp('tenant-b', (c) => c.query("insert into records (tenant_id, repo, id, rev, data) values ('tenant-a', 'entries', 'evil', 1, '{}')"))).rejects.toMatchObject({
      code: '42501',
    });
    expect(await asApp('tenant-b', async (c) => (await c.query('update records set data = \'{"secret":"pwned"}\' where tenant_id = \'tenant-a\'')).rowCount)).toBe(0);
    expect(await asApp('tenant-b', async (c) => (await c.query("delete from records where tenant_id = 'tenant-a'")).rowCount)).toBe(0);
    // Moving one's own row into the other tenant is refused as well.
    await expect(asApp('tenant-b', (c) => c.query("update records set tenant_id = 'tenant-a' where id = 'e2'"))).rejects.toMatchObject({ code: '42501' });
    expect(await inTenant('tenant-a', () => store.repo('entries').find())).toEqual([{ id: 'e1', secret: 'A sin hemmelighet', rev: 1 }]);
  });

  it('leaves no tenant behind on a pooled connection after a transaction', async () => {
    const c = await store.pool.connect();
    try {
      await c.query('begin');
      await c.query("select set_config('app.tenant', 'tenant-a', true)");
      await c.query('commit');
      expect((await c.query('select count(*)::int as n from records')).rows[0].n).toBe(0);
    } finally {
      c.release();
    }
  });

  it('refuses to start as a superuser, naming the reason', async () => {
    if (db!.adminUrl === db!.url) return; // CI's role is ordinary: there is no superuser URL to try
    const err = await openPgStore({ url: db!.adminUrl, logger, poolMax: 1 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DatabaseRoleError);
    expect((err as Error).message).toMatch(/superuser: row-level security would not separate the tenants/);
  });

  it('applies migrations once when two instances start together, and refuses a changed file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inkl-migrations-'));
    const fresh = await createTestDatabase('migrate');
    const pools = [0, 1].map(() => {
      const pool = new pg.Pool({ connectionString: fresh!.url, max: 2 });
      // drop() terminates the database's backends; a connection still closing after end() must not surface as an unhandled error.
      pool.on('error', () => undefined);
      pool.on('connect', (client) => client.on('error', () => undefined));
      return pool;
    });
    try {
      fs.writeFileSync(path.join(dir, '001_first.sql'), 'create table t (n int); insert into t values (1);');
      // Slow enough that the two runs overlap: the second must wait for the lock, then find it done.
      fs.writeFileSync(path.join(dir, '002_second.sql'), 'select pg_sleep(0.3); insert into t values (2);');
      const [a, b] = await Promise.all(pools.map((p) => migrate(p, readMigrations(dir))));
      expect([...a, ...b].sort()).toEqual([1, 2]);
      expect((await pools[0].query('select n from t order by n')).rows).toEqual([{ n: 1 }, { n: 2 }]);
      expect(await migrate(pools[1], readMigrations(dir))).toEqual([]);
      fs.writeFileSync(path.join(dir, '002_second.sql'), 'insert into t values (3);');
      await expect(migrate(pools[0], readMigrations(dir))).rejects.toThrow(/002_second.sql was changed after it was applied/);
      fs.writeFileSync(path.join(dir, '004_gap.sql'), 'select 1;');
      expect(() => readMigrations(dir)).toThrow(MigrationError);
    } finally {
      await Promise.all(pools.map((p) => p.end()));
      await fresh?.drop();
    }
  });

  it('indexes find() on the records table', async () => {
    const plan = await asApp('tenant-a', async (c) => {
      await c.query('set local enable_seqscan = off');
      return (await c.query(`explain select data from records where tenant_id = 'tenant-a' and repo = 'entries' and data @> '{"secret":"x"}' order by seq`)).rows
        .map((r) => r['QUERY PLAN'])
        .join('\n');
    });
    expect(plan).toMatch(/records_data|records_order|records_pkey/);
  });

  it('stores text jsonb would refuse (NUL, a lone surrogate) with a replacement character instead of failing', async () => {
    const got = await inTenant('tenant-a', async () => {
      await store.repo<{ id: string; q: string }>('unanswered').put({ id: 'odd', q: 'a\u0000b\uD800c' });
      return (await store.repo<{ id: string; q: string }>('unanswered').get('odd'))!.q;
    });
    expect(got).toBe('a\uFFFDb\uFFFDc');
  });
});
