import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataFileError, openJsonStore } from '../../bot/storage/jsonStore.js';
import { JsonTurnStateStorage } from '../../bot/storage/turnStateStorage.js';

const tmp = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'inkl-store-')), 'data.json');

describe('jsonStore over a real lowdb file', () => {
  it('persists records and reads them back after reopening', async () => {
    const file = tmp();
    const s = await openJsonStore(file);
    await s.repo<{ id: string; n: number }>('things').put({ id: 'a', n: 1 });
    await s.repo<{ id: string; n: number }>('things').put({ id: 'b', n: 2 });
    expect(await s.repo('things').remove('a')).toBe(true);
    expect(await s.repo('things').remove('missing')).toBe(false);
    await s.close();
    const again = await openJsonStore(file);
    expect(again.repo('things').all()).toEqual([{ id: 'b', n: 2 }]);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({ schema: 1, repos: { things: [{ id: 'b', n: 2 }] } });
  });

  it('serializes concurrent writes: every acknowledged put is on disk', async () => {
    const file = tmp();
    const s = await openJsonStore(file);
    const repo = s.repo<{ id: string; i: number }>('many');
    await Promise.all(Array.from({ length: 500 }, (_, i) => repo.put({ id: `r${i}`, i })));
    const onDisk = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(onDisk.repos.many).toHaveLength(500);
  });

  it('keeps a copy: changing a record object after put does not change the store', async () => {
    const s = await openJsonStore(tmp());
    const rec = { id: 'x', list: [1] };
    await s.repo<typeof rec>('r').put(rec);
    rec.list.push(2);
    expect(s.repo<typeof rec>('r').get('x')!.list).toEqual([1]);
  });

  it.each([
    ['not JSON', '{"schema": 1, "repos": {'],
    ['an array', '[]'],
    ['an unknown schema', '{"schema": 7, "repos": {}}'],
    ['a repo that is not a list', '{"schema": 1, "repos": {"a": {}}}'],
    ['a record without id', '{"schema": 1, "repos": {"a": [{"x": 1}]}}'],
  ])('refuses to open a file holding %s, and leaves it untouched', async (_name, content) => {
    const file = tmp();
    fs.writeFileSync(file, content);
    await expect(openJsonStore(file)).rejects.toThrow(DataFileError);
    await expect(openJsonStore(file)).rejects.toThrow(/has not been changed/);
    expect(fs.readFileSync(file, 'utf8')).toBe(content);
  });

  it('reports health, and counts per repo', async () => {
    const s = await openJsonStore(tmp());
    await s.repo('a').put({ id: '1' });
    expect(await s.health()).toEqual({ readable: true });
    expect(s.counts()).toEqual({ a: 1 });
  });
});

describe('the botbuilder Storage for turn state', () => {
  it('reads, writes with eTags and deletes', async () => {
    const storage = new JsonTurnStateStorage(await openJsonStore(tmp()));
    await storage.write({ k1: { value: 1 } });
    const read = await storage.read(['k1', 'k2']);
    expect(read.k1.value).toBe(1);
    expect(read.k2).toBeUndefined();
    const etag = read.k1.eTag;
    await storage.write({ k1: { value: 2, eTag: etag } });
    await expect(storage.write({ k1: { value: 3, eTag: etag } })).rejects.toThrow(/eTag conflict/);
    await storage.write({ k1: { value: 4, eTag: '*' } });
    expect((await storage.read(['k1'])).k1.value).toBe(4);
    await storage.delete(['k1']);
    expect(await storage.read(['k1'])).toEqual({});
  });
});
