/**
 * Storage write latency with 1,000, 10,000 and 100,000 stored records: the lowdb file (rewritten whole on
 * every write) and PostgreSQL (one row per record; each write one tenant transaction). The write is a
 * put that replaces an existing record, as most writes are.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inTenant } from '../../dialogs/shared/tenant.js';
import { openJsonStore } from '../../bot/storage/jsonStore.js';
import { createLogger } from '../../bot/logger.js';
import { openPgStore } from '../../bot/storage/pgStore.js';
import { createTestDatabase } from '../../test/support/pgTest.js';
import { summarize } from './stats.js';

const record = (i: number) => ({
  id: `vac-${i}`,
  externalId: `hr-${i}`,
  title: 'Saksbehandler',
  unit: 'Avdeling for tilskudd',
  reason: 'sick_leave',
  permanent: false,
  durationMonths: 6,
  startDate: '2026-12-01',
  managerAadObjectId: '00000000-0000-0000-0000-000000000001',
  checklist: { nav: true, expectations: false, requirements: false, interview: false, internal: false, welcome: false, temporary: true },
  createdAt: '2026-11-23T08:00:00.000Z',
});

export interface StorageRow {
  store: 'lowdb' | 'PostgreSQL';
  records: number;
  p50: number;
  p99: number;
  /** lowdb: the file; PostgreSQL: the records table with its indexes. */
  sizeMB: number;
}

export async function benchStorage(sizes = [1_000, 10_000, 100_000], writes = 200): Promise<StorageRow[]> {
  const rows: StorageRow[] = [];
  for (const n of sizes) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inkl-bench-store-'));
    const file = path.join(dir, 'data.json');
    const store = await openJsonStore(file);
    const samples: number[] = [];
    await inTenant('bench', async () => {
      const repo = store.repo<ReturnType<typeof record>>('vacancies');
      await Promise.all(Array.from({ length: n }, (_, i) => repo.put(record(i))));
      for (let i = 0; i < writes; i++) {
        const t = performance.now();
        await repo.put({ ...record(i), title: `Endret ${i}` });
        samples.push(performance.now() - t);
      }
    });
    await store.close();
    const { p50, p99 } = summarize(samples);
    rows.push({ store: 'lowdb', records: n, p50, p99, sizeMB: fs.statSync(file).size / 1e6 });
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

/** The same on PostgreSQL (undefined when no server is reachable): the table is filled in bulk, spread over ten tenants. */
export async function benchStoragePg(sizes = [1_000, 10_000, 100_000], writes = 1_000): Promise<StorageRow[] | undefined> {
  const db = await createTestDatabase('benchstore');
  if (!db) return undefined;
  const rows: StorageRow[] = [];
  const store = await openPgStore({ url: db.url, logger: createLogger('silent'), poolMax: 4 });
  try {
    for (const n of sizes) {
      await store.pool.query('truncate records');
      const c = await store.pool.connect();
      try {
        for (let t = 0; t < 10; t++) {
          await c.query('begin');
          await c.query("select set_config('app.tenant', $1, true)", [`bench-${t}`]);
          await c.query(
            `insert into records (tenant_id, repo, id, rev, data)
             select $1, 'vacancies', 'vac-' || g, 1, jsonb_set($2::jsonb, '{id}', to_jsonb('vac-' || g)) from generate_series($3::int, $4::int) g`,
            [`bench-${t}`, JSON.stringify(record(0)), Math.floor((t * n) / 10), Math.floor(((t + 1) * n) / 10) - 1],
          );
          await c.query('commit');
        }
        await c.query('analyze records');
      } finally {
        c.release();
      }
      const samples: number[] = [];
      await inTenant('bench-3', async () => {
        const repo = store.repo<ReturnType<typeof record>>('vacancies');
        const first = Math.floor((3 * n) / 10);
        for (let i = 0; i < 200; i++) await repo.put({ ...record(first + (i % 50)), title: `Oppvarming ${i}` });
        for (let i = 0; i < writes; i++) {
          const t = performance.now();
          await repo.put({ ...record(first + (i % (n / 10))), title: `Endret ${i}` });
          samples.push(performance.now() - t);
        }
      });
      const size = (await store.pool.query<{ b: string }>("select pg_total_relation_size('records') as b")).rows[0].b;
      const { p50, p99 } = summarize(samples);
      rows.push({ store: 'PostgreSQL', records: n, p50, p99, sizeMB: Number(size) / 1e6 });
    }
  } finally {
    await store.close();
    await db.drop();
  }
  return rows;
}
