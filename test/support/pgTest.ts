/**
 * A real PostgreSQL for the store tests, one database per test file (so parallel files never see each
 * other's rows), and an ordinary login role to connect as: row-level security does not apply to a
 * superuser, so a test that connected as one would prove nothing.
 *
 * Where the server comes from, in order: DATABASE_URL (CI's .ci/run exports one; its role may create
 * databases); else the machine's PostgreSQL 15 on 127.0.0.1:5432 with trust auth, where the superuser
 * `postgres` is used only to create the role and the database. Without either, the PostgreSQL suites are
 * skipped with a printed notice, except with CI=true, where that fails the run.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface TestDatabase {
  /** Connects as the ordinary role that owns the database. */
  url: string;
  /** Connects as the administrative role (to inspect or to terminate connections), same database. */
  adminUrl: string;
  role: string;
  drop(): Promise<void>;
}

/** The machine's server: database `test` where the machine has it, else the `postgres` database. */
const LOCAL = ['postgresql://postgres@127.0.0.1:5432/test', 'postgresql://postgres@127.0.0.1:5432/postgres'];

function withDatabase(url: string, db: string, user?: { name: string; password: string }): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  if (user) {
    u.username = user.name;
    u.password = user.password;
  }
  return u.toString();
}

async function tryConnect(url: string): Promise<pg.Client | undefined> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  c.on('error', () => undefined);
  try {
    await c.connect();
    return c;
  } catch {
    await c.end().catch(() => undefined);
    return undefined;
  }
}

let notice = false;

/** A fresh database and role, or undefined (with a notice) when no server is reachable outside CI. */
export async function createTestDatabase(label = 'test'): Promise<TestDatabase | undefined> {
  let base = process.env.DATABASE_URL ?? LOCAL[0];
  let admin = await tryConnect(base);
  if (!admin && !process.env.DATABASE_URL) admin = await tryConnect((base = LOCAL[1]));
  if (!admin) {
    const msg = `PostgreSQL not reachable at ${process.env.DATABASE_URL ? 'DATABASE_URL' : '127.0.0.1:5432 as postgres'}`;
    if (process.env.CI === 'true') throw new Error(`${msg}: CI needs it for the store tests (.ci/run starts one)`);
    if (!notice) console.warn(`[pg] ${msg}: the PostgreSQL store tests are skipped`);
    notice = true;
    return undefined;
  }
  try {
    const suffix = `${label
      .replace(/[^a-z0-9]/gi, '')
      .toLowerCase()
      .slice(0, 20)}_${process.pid}_${randomBytes(3).toString('hex')}`;
    const db = `inkl_${suffix}`;
    const me = (await admin.query<{ rolsuper: boolean; rolname: string }>('select rolsuper, rolname from pg_roles where rolname = current_user')).rows[0];
    if (me.rolsuper) {
      const role = { name: `inkl_${suffix}`, password: randomBytes(12).toString('hex') };
      await admin.query(`create role ${role.name} login nosuperuser nobypassrls password '${role.password}'`);
      await admin.query(`create database ${db} owner ${role.name}`);
      return {
        url: withDatabase(base, db, role),
        adminUrl: withDatabase(base, db),
        role: role.name,
        drop: async () => {
          const c = await tryConnect(base);
          if (!c) return;
          await c.query(`drop database if exists ${db} with (force)`).catch(() => undefined);
          await c.query(`drop role if exists ${role.name}`).catch(() => undefined);
          await c.end();
        },
      };
    }
    // CI: the URL's role is ordinary already and may create databases.
    await admin.query(`create database ${db}`);
    return {
      url: withDatabase(base, db),
      adminUrl: withDatabase(base, db),
      role: me.rolname,
      drop: async () => {
        const c = await tryConnect(base);
        if (!c) return;
        await c.query(`drop database if exists ${db} with (force)`).catch(() => undefined);
        await c.end();
      },
    };
  } finally {
    await admin.end();
  }
}
