/** npm run migrate-data: the lowdb file into PostgreSQL, every tenant and revision, idempotently. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../bot/logger.js';
import { openJsonStore } from '../../bot/storage/jsonStore.js';
import { openPgStore } from '../../bot/storage/pgStore.js';
import { inTenant } from '../../dialogs/shared/tenant.js';
import { migrateData } from '../../scripts/migrate-data.js';
import { createTestDatabase, type TestDatabase } from '../support/pgTest.js';

const db: TestDatabase | undefined = await createTestDatabase('migratedata');
afterAll(() => db?.drop());

describe.skipIf(!db)('migrate-data', () => {
  it('copies every tenant, repo and record with its revision and order, then copies nothing on a second run', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'inkl-migrate-')), 'inkluderingsveilederen.json');
    const lowdb = await openJsonStore(file);
    await inTenant('t-a', async () => {
      const v = lowdb.repo<{ id: string; n: number; title?: string }>('vacancies');
      await Promise.all(Array.from({ length: 1_203 }, (_, i) => v.put({ id: `v${String(i).padStart(4, '0')}`, n: i })));
      await v.put({ id: 'v0000', n: 0, title: 'endret «to» ganger' });
      await lowdb.repo('hrGrants').put({ id: 'hr-1' });
    });
    await inTenant('t-b', () => lowdb.repo<{ id: string; n: number }>('vacancies').put({ id: 'v0000', n: -1 }));
    await lowdb.close();

    const first = await migrateData({ file, url: db!.url, legacyTenant: 'local' });
    expect(first.tenants).toEqual({ 't-a': { copied: 1_204, identical: 0, different: 0 }, 't-b': { copied: 1, identical: 0, different: 0 } });
    const pgStore = await openPgStore({ url: db!.url, logger: createLogger('silent'), poolMax: 2 });
    try {
      const fromFile = await openJsonStore(file);
      for (const t of ['t-a', 't-b']) {
        for (const repo of ['vacancies', 'hrGrants']) {
          expect(await inTenant(t, () => pgStore.repo(repo).find()), `${t}/${repo}`).toEqual(await inTenant(t, () => fromFile.repo(repo).find()));
        }
      }
      expect(await inTenant('t-a', () => pgStore.repo('vacancies').get('v0000'))).toMatchObject({ rev: 2, title: 'endret «to» ganger' });
      expect((await pgStore.tenants()).sort()).toEqual(['t-a', 't-b']);

      // Changed in PostgreSQL since: kept as it is there.
      await inTenant('t-b', () => pgStore.repo<{ id: string; n: number }>('vacancies').put({ id: 'v0000', n: 99 }));
      const second = await migrateData({ file, url: db!.url, legacyTenant: 'local' });
      expect(second.tenants).toEqual({ 't-a': { copied: 0, identical: 1_204, different: 0 }, 't-b': { copied: 0, identical: 0, different: 1 } });
      expect(await inTenant('t-b', () => pgStore.repo('vacancies').get('v0000'))).toMatchObject({ n: 99, rev: 2 });
    } finally {
      await pgStore.close();
    }
  });

  it('puts a single-employer (schema 1) file into the given tenant, and a dry run writes nothing', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'inkl-migrate1-')), 'old.json');
    fs.writeFileSync(file, JSON.stringify({ schema: 1, repos: { feedback: [{ id: 'f1', vote: 'up' }] } }));
    expect((await migrateData({ file, url: db!.url, legacyTenant: 'kommune-1', dryRun: true })).tenants).toEqual({ 'kommune-1': { copied: 1, identical: 0, different: 0 } });
    expect((await migrateData({ file, url: db!.url, legacyTenant: 'kommune-1' })).tenants).toEqual({ 'kommune-1': { copied: 1, identical: 0, different: 0 } });
    expect((await migrateData({ file, url: db!.url, legacyTenant: 'kommune-1' })).tenants['kommune-1']).toEqual({ copied: 0, identical: 1, different: 0 });
  });

  it('refuses a broken data file and writes nothing', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'inkl-migrate2-')), 'broken.json');
    fs.writeFileSync(file, '{"schema": 2, "tenants": {');
    await expect(migrateData({ file, url: db!.url, legacyTenant: 'local' })).rejects.toThrow(/cannot be read/);
  });
});
