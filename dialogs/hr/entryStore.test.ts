import { describe, expect, it } from 'vitest';
import type { Entry } from '../../knowledge/entries/schema.js';
import type { KnowledgeIndex } from '../../knowledge/kb.js';
import { memoryStore } from '../../test/support/memoryStore.js';
import { createCuratedKnowledge, ENTRY_HISTORY, ENTRY_OVERLAYS, type EntryHistoryEvent, type EntryOverlay } from './entryStore.js';

const entry = (id: string, title = `Tittel ${id}`): Entry => ({
  id,
  title,
  questions: [`Spørsmål om ${id}?`],
  answer: 'Et svar som er langt nok.',
  sector: 'both',
  sources: [{ type: 'handbook', section: '2.3' }],
  tags: [],
  lastReviewed: '2026-01-01',
});

/** Records what reaches the index. */
function fakeIndex(initial: Entry[]) {
  const entries = new Map(initial.map((e) => [e.id, e]));
  const calls: string[] = [];
  const index: KnowledgeIndex = {
    answer: () => ({ answered: false, score: 0, suggestions: [] }),
    search: () => [],
    get: (id) => entries.get(id),
    all: () => [...entries.values()],
    upsert: (e) => {
      calls.push(`upsert ${e.id}`);
      entries.set(e.id, e);
    },
    remove: (id) => {
      calls.push(`remove ${id}`);
      entries.delete(id);
    },
  };
  return { index, calls };
}

const at = new Date('2026-11-23T10:00:00Z');

describe('curated knowledge with HR overlays', () => {
  it('saves over a shipped entry as an overlay, never touching the shipped object, and updates the index at once', async () => {
    const shipped = [entry('a'), entry('b')];
    const frozen = structuredClone(shipped);
    const store = memoryStore();
    const { index, calls } = fakeIndex(shipped);
    const kb = createCuratedKnowledge({ store, curated: shipped, newIndex: () => index });
    await kb.index();
    expect(calls).toEqual([]); // nothing to apply yet
    expect(await kb.get('a')).toMatchObject({ version: 0, origin: 'curated', changed: false, status: 'active' });

    const r = await kb.save({ ...entry('a'), title: 'Ny tittel' }, 0, 'hr-1', at);
    expect(r.ok).toBe(true);
    expect(calls).toEqual(['upsert a']);
    expect(index.get('a')?.title).toBe('Ny tittel');
    expect(shipped).toEqual(frozen);
    expect(await store.repo<EntryOverlay>(ENTRY_OVERLAYS).get('a')).toMatchObject({ version: 1, status: 'active', updatedBy: 'hr-1', updatedAt: at.toISOString() });
  });

  it('refuses a save based on an old version and writes nothing', async () => {
    const store = memoryStore();
    const { index } = fakeIndex([entry('a')]);
    const kb = createCuratedKnowledge({ store, curated: [entry('a')], newIndex: () => index });
    await kb.save({ ...entry('a'), title: 'Første' }, 0, 'hr-1', at);
    const second = await kb.save({ ...entry('a'), title: 'Andre' }, 0, 'hr-2', at);
    expect(second).toMatchObject({ ok: false, conflict: { version: 1, entry: { title: 'Første' } } });
    expect((await kb.get('a'))?.entry.title).toBe('Første');
    expect(await kb.history('a')).toHaveLength(1);
  });

  it('two concurrent saves from the same version: exactly one wins', async () => {
    const store = memoryStore();
    const kb = createCuratedKnowledge({ store, curated: [entry('a')], newIndex: () => fakeIndex([entry('a')]).index });
    const results = await Promise.all([kb.save({ ...entry('a'), title: 'X1' }, 0, 'hr-1', at), kb.save({ ...entry('a'), title: 'X2' }, 0, 'hr-2', at)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  it('keeps who, what, when and the versions before and after in the history', async () => {
    const store = memoryStore();
    const kb = createCuratedKnowledge({ store, curated: [entry('a')], newIndex: () => fakeIndex([entry('a')]).index });
    await kb.create(entry('ny'), 'hr-1', at);
    await kb.save({ ...entry('ny'), title: 'Endret' }, 1, 'hr-2', at);
    await kb.setStatus('ny', 'retired', 2, 'hr-1', at);
    await kb.setStatus('ny', 'active', undefined, 'hr-2', at);
    await kb.importEntry(entry('ny'), 'retired', 4, 'cli', at);
    expect((await kb.history('ny')).map((h: EntryHistoryEvent) => [h.action, h.by, h.versionBefore, h.versionAfter])).toEqual([
      ['created', 'hr-1', null, 1],
      ['edited', 'hr-2', 1, 2],
      ['retired', 'hr-1', 2, 3],
      ['restored', 'hr-2', 3, 4],
      ['imported', 'cli', 4, 5],
    ]);
    expect(await store.repo(ENTRY_HISTORY).count()).toBe(5);
    expect((await kb.get('ny'))?.status).toBe('retired');
  });

  it('a create with a taken id is refused', async () => {
    const kb = createCuratedKnowledge({ store: memoryStore(), curated: [entry('a')], newIndex: () => fakeIndex([entry('a')]).index });
    expect((await kb.create(entry('a', 'Annen'), 'hr-1', at)).ok).toBe(false);
    expect((await kb.get('a'))?.entry.title).toBe('Tittel a');
  });

  it('applies stored overlays to a fresh index at start-up: edits upserted, retired entries removed', async () => {
    const store = memoryStore();
    const shipped = [entry('a'), entry('b'), entry('c')];
    const first = createCuratedKnowledge({ store, curated: shipped, newIndex: () => fakeIndex(shipped).index });
    await first.save({ ...entry('a'), title: 'HR-tekst' }, 0, 'hr-1', at);
    await first.setStatus('b', 'retired', 0, 'hr-1', at);
    await first.create(entry('d'), 'hr-1', at);

    const { index, calls } = fakeIndex(shipped);
    const second = createCuratedKnowledge({ store, curated: shipped, newIndex: () => index });
    await second.index();
    expect(calls.sort()).toEqual(['remove b', 'upsert a', 'upsert d']);
    expect(index.get('a')?.title).toBe('HR-tekst');
    expect(index.get('b')).toBeUndefined();
    expect(index.get('d')).toBeDefined();
    expect((await second.list()).map((v) => `${v.entry.id}:${v.status}:${v.origin}`).sort()).toEqual(['a:active:curated', 'b:retired:curated', 'c:active:curated', 'd:active:hr']);
  });

  it('retire and restore with a stale version are refused', async () => {
    const kb = createCuratedKnowledge({ store: memoryStore(), curated: [entry('a')], newIndex: () => fakeIndex([entry('a')]).index });
    await kb.save({ ...entry('a'), title: 'Endret' }, 0, 'hr-1', at);
    expect(await kb.setStatus('a', 'retired', 0, 'hr-2', at)).toMatchObject({ ok: false });
    expect((await kb.get('a'))?.status).toBe('active');
    expect(await kb.setStatus('missing', 'retired', 0, 'hr-2', at)).toBeUndefined();
  });
});
