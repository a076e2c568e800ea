/**
 * Versioned schema migrations for PostgreSQL: numbered SQL files (`001_records.sql`, `002_….sql`) applied
 * in order, each in its own transaction, and recorded in `schema_migrations` with a checksum. The whole
 * run holds a session advisory lock on a dedicated connection, so two instances starting together do not
 * race: the second waits, then finds nothing left to do. A file changed after it was applied stops the
 * start instead of leaving the schema in an unknown state.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';

/** Beside this file in the sources, and copied beside the compiled file by `npm run build`. */
export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

const LOCK = 'inkluderingsveilederen.schema-migrations';

export class MigrationError extends Error {}

export interface Migration {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  const out: Migration[] = [];
  for (const file of fs.readdirSync(dir).sort()) {
    if (!file.endsWith('.sql')) continue;
    const m = /^(\d{3})_([a-z0-9_-]+)\.sql$/.exec(file);
    if (!m) throw new MigrationError(`Migration file ${file} must be named NNN_name.sql (three digits, lower-case name)`);
    const sql = fs.readFileSync(path.join(dir, file), 'utf8');
    out.push({ version: Number(m[1]), name: m[2], sql, checksum: createHash('sha256').update(sql).digest('hex') });
  }
  out.forEach((mig, i) => {
    if (mig.version !== i + 1) throw new MigrationError(`Migrations must be numbered 001, 002, … without gaps: found ${String(mig.version).padStart(3, '0')} at place ${i + 1}`);
  });
  return out;
}

/** Applies what is missing; returns the versions applied by this call. */
export async function migrate(pool: pg.Pool, migrations: Migration[] = readMigrations()): Promise<number[]> {
  const client = await pool.connect();
  const applied: number[] = [];
  try {
    // A session lock on this one connection (not the pool): held across the transactions below.
    await client.query('select pg_advisory_lock(hashtextextended($1, 0))', [LOCK]);
    try {
      await client.query(`create table if not exists schema_migrations (
        version integer primary key, name text not null, checksum text not null, applied_at timestamptz not null default now())`);
      const done = new Map<number, string>(
        (await client.query<{ version: number; checksum: string }>('select version, checksum from schema_migrations')).rows.map((r) => [r.version, r.checksum]),
      );
      for (const mig of migrations) {
        const had = done.get(mig.version);
        if (had !== undefined) {
          if (had !== mig.checksum) {
            throw new MigrationError(
              `Migration ${String(mig.version).padStart(3, '0')}_${mig.name}.sql was changed after it was applied to this database; add a new migration instead`,
            );
          }
          continue;
        }
        await client.query('begin');
        try {
          await client.query(mig.sql);
          await client.query('insert into schema_migrations (version, name, checksum) values ($1, $2, $3)', [mig.version, mig.name, mig.checksum]);
          await client.query('commit');
        } catch (e) {
          await client.query('rollback').catch(() => undefined);
          throw new MigrationError(`Migration ${String(mig.version).padStart(3, '0')}_${mig.name}.sql failed: ${(e as Error).message}`);
        }
        applied.push(mig.version);
      }
      const newest = Math.max(0, ...done.keys());
      if (newest > migrations.length) {
        throw new MigrationError(`The database is at schema version ${newest}, newer than this build knows (${migrations.length}): run the newer version of the bot`);
      }
    } finally {
      await client.query('select pg_advisory_unlock(hashtextextended($1, 0))', [LOCK]).catch(() => undefined);
    }
  } finally {
    client.release();
  }
  return applied;
}
