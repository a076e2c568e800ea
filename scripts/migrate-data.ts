/**
 * npm run migrate-data [-- --file=<path>] [--tenant=<id>] [--dry-run]
 * Copies the lowdb data file (DATA_DIR/inkluderingsveilederen.json, or --file) into the PostgreSQL
 * database of DATABASE_URL, every tenant, repo and record with its revision. Idempotent: a record that
 * is already in the database is left as it is there (and counted as such), so running it twice copies
 * nothing the second time, and nothing the bots wrote to PostgreSQL since is overwritten. A file of a
 * single-employer installation (schema 1) goes into --tenant, else DEFAULT_TENANT_ID, else "local".
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadDotEnv } from '../bot/config.js';
import { createLogger } from '../bot/logger.js';
import { DATA_FILE, runningBotPid } from '../bot/storage/files.js';
import { DataFileError, openJsonStore } from '../bot/storage/jsonStore.js';
import { DatabaseRoleError, openPgStore } from '../bot/storage/pgStore.js';
import { MigrationError } from '../bot/storage/migrate.js';

export interface MigrateResult {
  tenants: Record<string, { copied: number; identical: number; different: number }>;
}

type Rec = { id: string; rev?: number } & Record<string, unknown>;

/** Reads the file the way the bot does (refusing a broken one), then yields tenant → repo → records. */
async function readDataFile(file: string, legacyTenant: string): Promise<Record<string, Record<string, Rec[]>>> {
  const check = await openJsonStore(file, { legacyTenant });
  await check.close();
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { schema: 1; repos: Record<string, Rec[]> } | { schema: 2; tenants: Record<string, Record<string, Rec[]>> };
  return data.schema === 1 ? { [legacyTenant]: data.repos } : data.tenants;
}

export async function migrateData(o: { file: string; url: string; legacyTenant: string; dryRun?: boolean }): Promise<MigrateResult> {
  const tenants = await readDataFile(o.file, o.legacyTenant);
  const store = await openPgStore({ url: o.url, logger: createLogger('warn'), poolMax: 2 });
  const out: MigrateResult = { tenants: {} };
  try {
    for (const [tenant, repos] of Object.entries(tenants)) {
      const counts = { copied: 0, identical: 0, different: 0 };
      out.tenants[tenant] = counts;
      const c = await store.pool.connect();
      try {
        await c.query('begin');
        await c.query("select set_config('app.tenant', $1, true)", [tenant]);
        await c.query('insert into tenants (tenant_id) values ($1) on conflict do nothing', [tenant]);
        for (const [repo, records] of Object.entries(repos)) {
          for (let i = 0; i < records.length; i += 500) {
            const batch = records.slice(i, i + 500);
            const ids = batch.map((r) => r.id);
            const revs = batch.map((r) => (typeof r.rev === 'number' && r.rev > 0 ? r.rev : 1));
            const datas = batch.map(({ rev: _rev, ...rest }) => JSON.stringify(rest));
            const inserted = await c.query<{ id: string }>(
              `insert into records (tenant_id, repo, id, rev, data)
               select $1, $2, x.id, x.rev, x.data::jsonb from unnest($3::text[], $4::int[], $5::text[]) with ordinality as x(id, rev, data, n) order by x.n
               on conflict (tenant_id, repo, id) do nothing returning id`,
              [tenant, repo, ids, revs, datas],
            );
            counts.copied += inserted.rowCount ?? 0;
            const fresh = new Set(inserted.rows.map((r) => r.id));
            const present = batch.filter((r) => !fresh.has(r.id));
            if (present.length) {
              const same = await c.query<{ id: string; same: boolean }>(
                `select r.id, r.data = x.data::jsonb as same from records r join unnest($3::text[], $4::text[]) as x(id, data) on r.id = x.id
                 where r.tenant_id = $1 and r.repo = $2`,
                [tenant, repo, present.map((r) => r.id), present.map(({ rev: _rev, ...rest }) => JSON.stringify(rest))],
              );
              for (const r of same.rows) {
                if (r.same) counts.identical++;
                else counts.different++;
              }
            }
          }
        }
        await c.query(o.dryRun ? 'rollback' : 'commit');
      } catch (e) {
        await c.query('rollback').catch(() => undefined);
        throw e;
      } finally {
        c.release();
      }
    }
  } finally {
    await store.close();
  }
  return out;
}

// The command line (not when imported by the tests).
if (process.argv[1] && path.resolve(process.argv[1]).replace(/\.[jt]s$/, '') === path.resolve(import.meta.filename).replace(/\.[jt]s$/, '')) {
  loadDotEnv();
  const args = process.argv.slice(2);
  const flag = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const unknown = args.filter((a) => !/^--(file|tenant)=.+$/.test(a) && a !== '--dry-run');
  if (unknown.length) {
    console.error('Usage: npm run migrate-data [-- --file=<data file>] [--tenant=<id for a schema 1 file>] [--dry-run]');
    process.exit(2);
  }
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('DATABASE_URL must name the PostgreSQL database to copy into (postgres://user:password@host:5432/database).');
    process.exit(2);
  }
  const dataDir = process.env.DATA_DIR || './data';
  const file = flag('file') ?? path.join(dataDir, DATA_FILE);
  if (!fs.existsSync(file)) {
    console.error(`No data file at ${file}: set DATA_DIR or --file.`);
    process.exit(2);
  }
  const pid = runningBotPid(path.dirname(file));
  if (pid) console.error(`Note: a bot (process ${pid}) still writes to ${file}; what it writes after this copy stays in the file. Stop it first for a complete move.`);
  try {
    const dryRun = args.includes('--dry-run');
    const r = await migrateData({ file, url, legacyTenant: (flag('tenant') ?? process.env.DEFAULT_TENANT_ID ?? 'local').toLowerCase(), dryRun });
    for (const [tenant, c] of Object.entries(r.tenants)) {
      console.log(`${tenant}: ${c.copied} copied, ${c.identical} already there, ${c.different} already there with other content (kept as in PostgreSQL)`);
    }
    console.log(dryRun ? 'Dry run: nothing was written.' : 'Done. Start the bot with DATABASE_URL set.');
  } catch (e) {
    console.error(
      e instanceof DataFileError || e instanceof DatabaseRoleError || e instanceof MigrationError
        ? e.message
        : `Copy failed, nothing of the failing tenant was written: ${(e as Error).message}`,
    );
    process.exit(1);
  }
}
