/** Storage write latency and file size with 1,000, 10,000 and 100,000 stored records. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inTenant } from '../../dialogs/shared/tenant.js';
import { openJsonStore } from '../../bot/storage/jsonStore.js';
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

export async function benchStorage(sizes = [1_000, 10_000, 100_000], writes = 200): Promise<Array<{ records: number; p50: number; p99: number; fileMB: number }>> {
  const rows = [];
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
    rows.push({ records: n, p50, p99, fileMB: fs.statSync(file).size / 1e6 });
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
