import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataFileError, openJsonStore } from '../../bot/storage/jsonStore.js';
import { StaleWriteError } from '../../dialogs/shared/ports.js';
import { inTenant } from '../../dialogs/shared/tenant.js';

const tmp = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'inkl-store-')), 'data.json');
const T = (fn: () => Promise<unknown>) => inTenant('t1', fn);

describe('jsonStore over a real lowdb file', () => {
  it('persists records per tenant and reads them back after reopening', async () => {
    const file = tmp();
    const s = await openJsonStore(file);
    await T(async () => {
      await s.repo<{ id: string; n: number }>('things').put({ id: 'a', n: 1 });
      await s.repo<{ id: string; n: number }>('things').put({ id: 'b', n: 2 });
      expect(await s.repo('things').remove('a')).toBe(true);
      expect(await s.repo('things').remove('missing')).toBe(false);
    });
    await s.close();
    const again = await openJsonStore(file);
    await T(async () => expect(await again.repo('things').find()).toEqual([{ id: 'b', n: 2, rev: 1 }]));
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({ schema: 2, tenants: { t1: { things: [{ id: 'b', n: 2, rev: 1 }] } } });
  });

  it('keeps a transient repo in memory only: its writes leave the file as it was, and a restart starts it empty', async () => {
    const file = tmp();
    const s = await openJsonStore(file);
    await T(() => s.repo<{ id: string; n: number }>('things').put({ id: 'kept', n: 1 }));
    await s.flush();
    const before = fs.readFileSync(file, 'utf8');
    const mtime = fs.statSync(file).mtimeMs;
    await T(async () => {
      const ctx = s.repo<{ id: string; n: number }>('ctx', { transient: true });
      expect(await ctx.put({ id: 'c', n: 1 })).toEqual({ id: 'c', n: 1, rev: 1 });
      expect(await ctx.put({ id: 'c', n: 2 })).toEqual({ id: 'c', n: 2, rev: 2 });
      expect(await ctx.get('c')).toEqual({ id: 'c', n: 2, rev: 2 });
      expect(await inTenant('other', () => ctx.get('c'))).toBeUndefined();
    });
    await s.flush();
    expect(fs.readFileSync(file, 'utf8')).toBe(before);
    expect(fs.statSync(file).mtimeMs).toBe(mtime);
    // A durable write after it writes the durable records only.
    await T(async () => {
      await s.repo<{ id: string; n: number }>('things').put({ id: 'next', n: 2 });
      expect(await s.repo('ctx', { transient: true }).remove('c')).toBe(true);
      expect(await s.repo('ctx', { transient: true }).remove('c')).toBe(false);
      await s.repo<{ id: string; n: number }>('ctx', { transient: true }).put({ id: 'd', n: 3 });
    });
    await s.close();
    expect(Object.keys(JSON.parse(fs.readFileSync(file, 'utf8')).tenants.t1)).toEqual(['things']);
    const again = await openJsonStore(file);
    expect(await T(() => again.repo('ctx', { transient: true }).count())).toBe(0);
    expect(await T(() => again.repo('things').count())).toBe(2);
  });

  it("never lets one tenant see or change another tenant's records", async () => {
    const s = await openJsonStore(tmp());
    await inTenant('a', () => s.repo<{ id: string; who: string }>('x').put({ id: '1', who: 'a' }));
    await inTenant('b', async () => {
      expect(await s.repo('x').get('1')).toBeUndefined();
      expect(await s.repo('x').find()).toEqual([]);
      expect(await s.repo('x').remove('1')).toBe(false);
    });
    expect(await inTenant('a', () => s.repo('x').count())).toBe(1);
    expect((await s.tenants()).sort()).toEqual(['a']);
    await expect(s.repo('x').get('1')).rejects.toThrow(/No tenant in scope/);
  });

  it('reads a single-employer (schema 1) file into the configured tenant', async () => {
    const file = tmp();
    fs.writeFileSync(file, JSON.stringify({ schema: 1, repos: { things: [{ id: 'old' }] } }));
    const s = await openJsonStore(file, { legacyTenant: 'local' });
    expect(await inTenant('local', () => s.repo('things').get('old'))).toEqual({ id: 'old', rev: 1 });
  });

  it('refuses a stale write and keeps the newer record', async () => {
    const s = await openJsonStore(tmp());
    await T(async () => {
      const repo = s.repo<{ id: string; n: number }>('r');
      const first = await repo.put({ id: 'k', n: 1 });
      await repo.put({ id: 'k', n: 2 }, { ifRev: first.rev });
      await expect(repo.put({ id: 'k', n: 3 }, { ifRev: first.rev })).rejects.toThrow(StaleWriteError);
      await expect(repo.put({ id: 'k', n: 4 }, { ifRev: 0 })).rejects.toThrow(StaleWriteError);
      expect(await repo.get('k')).toEqual({ id: 'k', n: 2, rev: 2 });
    });
  });

  it('finds by equality on fields, with a limit', async () => {
    const s = await openJsonStore(tmp());
    await T(async () => {
      const repo = s.repo<{ id: string; status: string }>('v');
      for (let i = 0; i < 5; i++) await repo.put({ id: `v${i}`, status: i % 2 ? 'open' : 'closed' });
      expect((await repo.find({ where: { status: 'open' } })).map((r) => r.id)).toEqual(['v1', 'v3']);
      expect((await repo.find({ limit: 2 })).map((r) => r.id)).toEqual(['v0', 'v1']);
      expect(await repo.count({ status: 'closed' })).toBe(3);
    });
  });

  it('serializes concurrent writes: every acknowledged put is on disk', async () => {
    const file = tmp();
    const s = await openJsonStore(file);
    await T(async () => {
      const repo = s.repo<{ id: string; i: number }>('many');
      await Promise.all(Array.from({ length: 500 }, (_, i) => repo.put({ id: `r${i}`, i })));
    });
    const onDisk = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(onDisk.tenants.t1.many).toHaveLength(500);
  });

  it('keeps a copy: changing a record object after put or get does not change the store', async () => {
    const s = await openJsonStore(tmp());
    await T(async () => {
      const rec = { id: 'x', list: [1] };
      await s.repo<typeof rec>('r').put(rec);
      rec.list.push(2);
      const got = (await s.repo<typeof rec>('r').get('x'))!;
      expect(got.list).toEqual([1]);
      got.list.push(3);
      expect((await s.repo<typeof rec>('r').get('x'))!.list).toEqual([1]);
    });
  });

  it.each([
    ['not JSON', '{"schema": 2, "tenants": {'],
    ['an array', '[]'],
    ['an unknown schema', '{"schema": 7, "repos": {}}'],
    ['a repo that is not a list', '{"schema": 1, "repos": {"a": {}}}'],
    ['a record without id', '{"schema": 2, "tenants": {"t": {"a": [{"x": 1}]}}}'],
    ['tenants that are not an object', '{"schema": 2, "tenants": []}'],
  ])('refuses to open a file holding %s, and leaves it untouched', async (_name, content) => {
    const file = tmp();
    fs.writeFileSync(file, content);
    await expect(openJsonStore(file)).rejects.toThrow(DataFileError);
    await expect(openJsonStore(file)).rejects.toThrow(/has not been changed/);
    expect(fs.readFileSync(file, 'utf8')).toBe(content);
  });

  it('reports health, and counts per repo', async () => {
    const s = await openJsonStore(tmp());
    await T(() => s.repo('a').put({ id: '1' }));
    expect(await s.health()).toEqual({ readable: true });
    expect(s.counts()).toEqual({ a: 1 });
  });
});
