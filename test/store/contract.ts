/**
 * One contract for every store adapter (lowdb on a real file, PostgreSQL on a real server): what the
 * dialogs may rely on. Each adapter's test file runs it with a factory for a fresh store.
 */
import { describe, expect, it } from 'vitest';
import type { AppStore } from '../../bot/storage/types.js';
import { StaleWriteError } from '../../dialogs/shared/ports.js';
import { inTenant } from '../../dialogs/shared/tenant.js';

export interface Subject {
  store: AppStore;
  /** Closes the store and opens the same data again, as a restart would. */
  reopen(): Promise<AppStore>;
  close(): Promise<void>;
}

type Thing = { id: string; n: number; status?: string; owner?: string | null; tags?: string[]; nested?: { a: number } };

export function storeContract(name: string, open: () => Promise<Subject>): void {
  const withStore = (fn: (s: Subject) => Promise<void>) => async () => {
    const s = await open();
    try {
      await fn(s);
    } finally {
      await s.close();
    }
  };
  const A = <T>(fn: () => Promise<T>) => inTenant('tenant-a', fn);
  const B = <T>(fn: () => Promise<T>) => inTenant('tenant-b', fn);

  describe(`store contract: ${name}`, () => {
    it(
      'creates, reads, replaces and removes a record, counting revisions from 1',
      withStore(async ({ store }) => {
        await A(async () => {
          const r = store.repo<Thing>('things');
          expect(await r.get('x')).toBeUndefined();
          const first = await r.put({ id: 'x', n: 1, tags: ['a', 'æøå'], nested: { a: 1 } });
          expect(first).toEqual({ id: 'x', n: 1, tags: ['a', 'æøå'], nested: { a: 1 }, rev: 1 });
          expect(await r.get('x')).toEqual(first);
          const second = await r.put({ ...first, n: 2 });
          expect(second.rev).toBe(2);
          expect(await r.get('x')).toEqual({ id: 'x', n: 2, tags: ['a', 'æøå'], nested: { a: 1 }, rev: 2 });
          expect(await r.remove('x')).toBe(true);
          expect(await r.remove('x')).toBe(false);
          expect(await r.get('x')).toBeUndefined();
          // A record made again after removal starts over at revision 1.
          expect((await r.put({ id: 'x', n: 3 })).rev).toBe(1);
        });
      }),
    );

    it(
      'keeps a copy: changing an object after put or get does not change the store',
      withStore(async ({ store }) => {
        await A(async () => {
          const r = store.repo<Thing>('things');
          const rec = { id: 'c', n: 1, tags: ['one'] };
          await r.put(rec);
          rec.tags.push('two');
          const got = (await r.get('c'))!;
          got.tags!.push('three');
          expect((await r.get('c'))!.tags).toEqual(['one']);
        });
      }),
    );

    it(
      'finds by equality on top-level fields (strings, numbers, booleans, null), in insertion order, with a limit; counts',
      withStore(async ({ store }) => {
        await A(async () => {
          const r = store.repo<Thing & { open?: boolean }>('vacancies');
          for (let i = 0; i < 7; i++) await r.put({ id: `v${i}`, n: i % 3, status: i % 2 ? 'open' : 'closed', owner: i === 5 ? null : `u${i % 2}`, open: i % 2 === 1 });
          // Rewriting an early record keeps its place.
          await r.put({ id: 'v1', n: 1, status: 'open', owner: 'u1', open: true });
          expect((await r.find()).map((x) => x.id)).toEqual(['v0', 'v1', 'v2', 'v3', 'v4', 'v5', 'v6']);
          expect((await r.find({ where: { status: 'open' } })).map((x) => x.id)).toEqual(['v1', 'v3', 'v5']);
          expect((await r.find({ where: { status: 'open', owner: 'u1' } })).map((x) => x.id)).toEqual(['v1', 'v3']);
          expect((await r.find({ where: { n: 0 } })).map((x) => x.id)).toEqual(['v0', 'v3', 'v6']);
          expect((await r.find({ where: { open: false } })).map((x) => x.id)).toEqual(['v0', 'v2', 'v4', 'v6']);
          expect((await r.find({ where: { owner: null } })).map((x) => x.id)).toEqual(['v5']);
          expect(await r.find({ where: { status: 'gone' } })).toEqual([]);
          expect((await r.find({ limit: 2 })).map((x) => x.id)).toEqual(['v0', 'v1']);
          expect((await r.find({ where: { status: 'closed' }, limit: 2 })).map((x) => x.id)).toEqual(['v0', 'v2']);
          expect(await r.count()).toBe(7);
          expect(await r.count({ status: 'closed' })).toBe(4);
          expect(await r.count({ status: 'open', n: 2 })).toBe(1);
        });
      }),
    );

    it(
      'refuses a stale write with StaleWriteError and keeps the newer record; ifRev 0 creates only',
      withStore(async ({ store }) => {
        await A(async () => {
          const r = store.repo<Thing>('r');
          const first = await r.put({ id: 'k', n: 1 }, { ifRev: 0 });
          expect(first.rev).toBe(1);
          await expect(r.put({ id: 'k', n: 9 }, { ifRev: 0 })).rejects.toThrow(StaleWriteError);
          const second = await r.put({ id: 'k', n: 2 }, { ifRev: first.rev });
          const stale = await r.put({ id: 'k', n: 3 }, { ifRev: first.rev }).catch((e: unknown) => e);
          expect(stale).toBeInstanceOf(StaleWriteError);
          expect(stale).toMatchObject({ repo: 'r', id: 'k', expected: 1, actual: 2 });
          expect(await r.get('k')).toEqual({ id: 'k', n: 2, rev: second.rev });
          // A revision check on a record that does not exist fails too.
          await expect(r.put({ id: 'none', n: 1 }, { ifRev: 4 })).rejects.toMatchObject({ expected: 4, actual: 0 });
          expect(await r.get('none')).toBeUndefined();
        });
      }),
    );

    it(
      'lets exactly one of many concurrent compare-and-set writes win',
      withStore(async ({ store }) => {
        await A(async () => {
          const r = store.repo<Thing>('race');
          const base = await r.put({ id: 'k', n: 0 });
          const results = await Promise.allSettled(Array.from({ length: 12 }, (_, i) => r.put({ id: 'k', n: i + 1 }, { ifRev: base.rev })));
          expect(results.filter((x) => x.status === 'fulfilled')).toHaveLength(1);
          expect(results.filter((x) => x.status === 'rejected' && x.reason instanceof StaleWriteError)).toHaveLength(11);
          const creates = await Promise.allSettled(Array.from({ length: 12 }, (_, i) => r.put({ id: 'once', n: i }, { ifRev: 0 })));
          expect(creates.filter((x) => x.status === 'fulfilled')).toHaveLength(1);
        });
      }),
    );

    it(
      "never lets one tenant see, count, change or remove another tenant's records",
      withStore(async ({ store }) => {
        await A(() => store.repo<Thing>('x').put({ id: '1', n: 1, owner: 'a' }));
        await B(async () => {
          const r = store.repo<Thing>('x');
          expect(await r.get('1')).toBeUndefined();
          expect(await r.find()).toEqual([]);
          expect(await r.find({ where: { owner: 'a' } })).toEqual([]);
          expect(await r.count()).toBe(0);
          expect(await r.remove('1')).toBe(false);
          await expect(r.put({ id: '1', n: 666 }, { ifRev: 1 })).rejects.toThrow(StaleWriteError);
          // B's own record with the same id is B's, not a change to A's.
          expect((await r.put({ id: '1', n: 2, owner: 'b' })).rev).toBe(1);
        });
        expect(await A(() => store.repo<Thing>('x').get('1'))).toEqual({ id: '1', n: 1, owner: 'a', rev: 1 });
        expect(await B(() => store.repo<Thing>('x').get('1'))).toEqual({ id: '1', n: 2, owner: 'b', rev: 1 });
        expect((await store.tenants()).sort()).toEqual(['tenant-a', 'tenant-b']);
        expect(await A(async () => store.tenant())).toBe('tenant-a');
      }),
    );

    it(
      'refuses to work outside a tenant scope',
      withStore(async ({ store }) => {
        await expect(store.repo('x').get('1')).rejects.toThrow(/No tenant in scope/);
        await expect(store.repo('x').put({ id: '1' })).rejects.toThrow(/No tenant in scope/);
      }),
    );

    it(
      'keeps every acknowledged write across a restart, revisions included',
      withStore(async (s) => {
        await A(async () => {
          const r = s.store.repo<Thing>('keep');
          await Promise.all(Array.from({ length: 60 }, (_, i) => r.put({ id: `k${i}`, n: i, status: i % 2 ? 'odd' : 'even' })));
          await r.put({ id: 'k0', n: 100, status: 'even' });
          await r.remove('k59');
        });
        await B(() => s.store.repo<Thing>('keep').put({ id: 'b', n: 1 }));
        const again = await s.reopen();
        await A(async () => {
          const r = again.repo<Thing>('keep');
          expect(await r.count()).toBe(59);
          expect(await r.get('k0')).toEqual({ id: 'k0', n: 100, status: 'even', rev: 2 });
          expect(await r.get('k59')).toBeUndefined();
          expect(await r.count({ status: 'odd' })).toBe(29);
        });
        expect(await B(() => again.repo<Thing>('keep').find())).toEqual([{ id: 'b', n: 1, rev: 1 }]);
        expect(await again.health()).toEqual({ readable: true });
      }),
    );

    it(
      'stores text as given, Norwegian letters, quotes and emoji included',
      withStore(async ({ store }) => {
        const text = 'Kan jeg «ansette» en \'kandidat\' \\ "uten" utlysning? æøå ÆØÅ 😀 \n\t';
        await A(async () => {
          await store.repo<{ id: string; text: string }>('texts').put({ id: 'q', text });
          expect((await store.repo<{ id: string; text: string }>('texts').get('q'))!.text).toBe(text);
          expect(await store.repo('texts').count({ text })).toBe(1);
        });
      }),
    );
  });
}
