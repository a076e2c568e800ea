/**
 * Security probe F8.1: a write the store could not make durable is taken back in memory, so it neither
 * reaches the disk with a later, unrelated write nor survives only until a restart. The failure is made
 * real: a directory where the store writes its temporary file (EISDIR), as a full or read-only disk
 * would fail the same write.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openJsonStore } from '../../bot/storage/jsonStore.js';
import { StoreWriteError } from '../../bot/storage/types.js';
import { inTenant } from '../../dialogs/shared/tenant.js';

type Grant = { id: string; by: string };
const T = <X>(fn: () => Promise<X>) => inTenant('t1', fn);

function setup() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inkl-fail-'));
  const file = path.join(dir, 'data', 'store.json');
  const tmp = path.join(dir, 'data', '.store.json.tmp');
  return { file, breakDisk: () => fs.mkdirSync(tmp, { recursive: true }), mendDisk: () => fs.rmSync(tmp, { recursive: true, force: true }) };
}

describe('lowdb: a failed write is not applied later', () => {
  it('takes back a failed grant, so a later unrelated write does not persist it', async () => {
    const { file, breakDisk, mendDisk } = setup();
    const s = await openJsonStore(file);
    await T(() => s.repo<Grant>('hrGrants').put({ id: 'admin', by: 'config' }));
    breakDisk();
    const err = await T(() => s.repo<Grant>('hrGrants').put({ id: 'evil', by: 'admin' })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreWriteError);
    expect((err as Error).message).toMatch(/Could not save to hrGrants: .*EISDIR/);
    expect(await T(() => s.repo('hrGrants').get('evil'))).toBeUndefined();
    expect((await s.health()).readable).toBe(false);
    mendDisk();
    await T(() => s.repo('feedback').put({ id: 'unrelated' }));
    expect(await s.health()).toEqual({ readable: true });
    await s.close();
    const again = await openJsonStore(file);
    expect(await T(() => again.repo('hrGrants').find())).toEqual([{ id: 'admin', by: 'config', rev: 1 }]);
  });

  it('takes back a failed removal, so a restart does not undo what the user was told failed', async () => {
    const { file, breakDisk, mendDisk } = setup();
    const s = await openJsonStore(file);
    await T(() => s.repo<Grant>('hrGrants').put({ id: 'evil', by: 'admin' }));
    breakDisk();
    await expect(T(() => s.repo('hrGrants').remove('evil'))).rejects.toThrow(StoreWriteError);
    // Memory says what the disk says: the grant is still there, and the admin was told the removal failed.
    expect(await T(() => s.repo('hrGrants').get('evil'))).toEqual({ id: 'evil', by: 'admin', rev: 1 });
    mendDisk();
    expect(await T(() => s.repo('hrGrants').remove('evil'))).toBe(true);
    await s.close();
    expect(await T(async () => (await openJsonStore(file)).repo('hrGrants').get('evil'))).toBeUndefined();
  });

  it('rolls back every change of a failed batch to where it was, and keeps a later batch that succeeded', async () => {
    const { file, breakDisk, mendDisk } = setup();
    const s = await openJsonStore(file);
    await T(() => s.repo<{ id: string; n: number }>('r').put({ id: 'a', n: 1 }));
    breakDisk();
    const repo = () => s.repo<{ id: string; n: number }>('r');
    // Three changes to one record and one new record, all in the failing write.
    const failed = await T(() => Promise.allSettled([repo().put({ id: 'a', n: 2 }), repo().put({ id: 'a', n: 3 }), repo().put({ id: 'b', n: 1 }), repo().remove('a')]));
    expect(failed.every((r) => r.status === 'rejected')).toBe(true);
    expect(await T(() => repo().find())).toEqual([{ id: 'a', n: 1, rev: 1 }]);
    mendDisk();
    await T(() => repo().put({ id: 'c', n: 1 }));
    await s.close();
    expect(await T(async () => (await openJsonStore(file)).repo('r').find())).toEqual([
      { id: 'a', n: 1, rev: 1 },
      { id: 'c', n: 1, rev: 1 },
    ]);
  });

  it('writes the data file 0600 in a 0700 folder, and narrows an existing file and folder', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inkl-mode-'));
    const data = path.join(dir, 'data');
    fs.mkdirSync(data, { mode: 0o755 });
    fs.chmodSync(data, 0o755);
    fs.writeFileSync(path.join(data, 'store.json'), JSON.stringify({ schema: 2, tenants: {} }), { mode: 0o644 });
    fs.chmodSync(path.join(data, 'store.json'), 0o644);
    const s = await openJsonStore(path.join(data, 'store.json'));
    expect(fs.statSync(data).mode & 0o777).toBe(0o700);
    expect(fs.statSync(path.join(data, 'store.json')).mode & 0o777).toBe(0o600);
    await T(() => s.repo('r').put({ id: 'x' }));
    expect(fs.statSync(path.join(data, 'store.json')).mode & 0o777).toBe(0o600);
    await s.close();
    const fresh = path.join(dir, 'new', 'deeper');
    await (await openJsonStore(path.join(fresh, 'store.json'))).close();
    expect(fs.statSync(fresh).mode & 0o777).toBe(0o700);
  });
});
