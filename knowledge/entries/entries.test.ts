import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCuratedEntries } from './index.js';
import { CuratedEntrySchema, type Entry } from './schema.js';

const SEEDS_DIR = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));

describe('the curated entries', () => {
  const entries = loadCuratedEntries();

  it('cover the domain with at least 60 entries', () => {
    expect(entries.length).toBeGreaterThanOrEqual(60);
  });

  it.each(entries.map((e) => [e.id, e] as const))('%s is valid', (_id, entry) => {
    expect(CuratedEntrySchema.safeParse(entry).success).toBe(true);
  });

  it('have unique ids', () => {
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('relate only to entries that exist, never to themselves', () => {
    const ids = new Set(entries.map((e) => e.id));
    for (const e of entries) {
      for (const rel of e.related ?? []) {
        expect(ids.has(rel), `${e.id} → ${rel}`).toBe(true);
        expect(rel, e.id).not.toBe(e.id);
      }
    }
  });

  it.runIf(existsSync(SEEDS_DIR))('cite seed files that exist in ../shared/seeds', () => {
    for (const e of entries) {
      for (const s of e.sources) {
        if (s.type === 'seed') expect(existsSync(join(SEEDS_DIR, s.file)), `${e.id}: ${s.file}`).toBe(true);
      }
    }
  });
});

describe('loadCuratedEntries rejects a broken file', () => {
  const good = (id: string, extra: Partial<Entry> = {}): Entry => ({
    id,
    title: 'Et gyldig spørsmål',
    questions: ['Første formulering?', 'Andre formulering?', 'Tredje formulering?'],
    answer: 'Et kort svar med neste steg.',
    sector: 'state',
    sources: [{ type: 'law', law: 'statsansatteloven', section: '§ 7' }],
    tags: ['test'],
    lastReviewed: '2025-01-01',
    ...extra,
  });
  let dir = '';
  const write = (files: Record<string, unknown>) => {
    dir = mkdtempSync(join(tmpdir(), 'entries-'));
    for (const [name, content] of Object.entries(files)) {
      writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
    }
    return dir;
  };
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('loads good files in name order', () => {
    const loaded = loadCuratedEntries(write({ 'b.json': [good('b-1')], 'a.json': [good('a-1', { related: ['b-1'] })] }));
    expect(loaded.map((e) => e.id)).toEqual(['a-1', 'b-1']);
  });

  it.each([
    ['a field fails the schema', { 'x.json': [good('ok-1'), good('short-q', { questions: ['Bare én?'] })] }, /x\.json.*"short-q".*"questions"/],
    ['a source names an unknown seed', { 'x.json': [{ ...good('bad-src'), sources: [{ type: 'seed', file: 'nope.txt', section: '1' }] }] }, /x\.json.*"bad-src".*"sources\.0\.file"/],
    ['an unknown field', { 'x.json': [{ ...good('extra'), author: 'someone' }] }, /x\.json.*"extra"/],
    ['a duplicate id across files', { 'x.json': [good('same')], 'y.json': [good('same')] }, /y\.json.*"same".*"id".*x\.json/],
    ['a related id that does not exist', { 'x.json': [good('lonely', { related: ['ghost'] })] }, /x\.json.*"lonely".*"related".*ghost/],
    ['invalid JSON', { 'x.json': '[{"id": ' }, /x\.json.*JSON/],
    ['an object instead of an array', { 'x.json': good('single') }, /x\.json.*array/],
  ])('%s', (_what, files, message) => {
    expect(() => loadCuratedEntries(write(files))).toThrow(message);
  });
});
