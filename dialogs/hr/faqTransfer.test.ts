import { describe, expect, it } from 'vitest';
import { loadCuratedEntries } from '../../knowledge/entries/index.js';
import { createKnowledgeIndex } from '../../knowledge/search/index.js';
import { memoryStore } from '../../test/support/memoryStore.js';
import { createCuratedKnowledge, ENTRY_OVERLAYS, type EntryOverlay } from './entryStore.js';
import { exportFaq, importFaq, type FaqFile } from './faqTransfer.js';
import { TEST_DAY } from '../../test/support/clock.js';

const curated = loadCuratedEntries();
const at = new Date('2026-11-23T10:00:00Z');
const copy = (f: FaqFile): FaqFile => JSON.parse(JSON.stringify(f));

describe('faq export and import', () => {
  it('exports every entry with overlays applied, retired ones with their status', async () => {
    const store = memoryStore();
    const kb = createCuratedKnowledge({ store, curated, newIndex: () => createKnowledgeIndex(curated, { date: TEST_DAY }) });
    await kb.save({ ...curated[0], title: 'Tittel fra HR' }, 0, 'hr-1', at);
    await kb.setStatus(curated[1].id, 'retired', 0, 'hr-1', at);
    const file = await exportFaq(store, curated, at);
    expect(file.entries).toHaveLength(curated.length);
    expect(file.entries[0]).toMatchObject({ entry: { title: 'Tittel fra HR' }, status: 'active', version: 1 });
    expect(file.entries[1]).toMatchObject({ entry: { id: curated[1].id }, status: 'retired' });
  });

  it('round trip: a dry run lists the changes and writes nothing; the import writes them as "imported" by cli', async () => {
    const store = memoryStore();
    const file = copy(await exportFaq(store, curated, at));
    file.entries[0].entry.title = 'Endret i filen';
    file.entries[1].status = 'retired';
    file.entries.push({ entry: { ...file.entries[2].entry, id: 'fra-test', title: 'Fra test' }, status: 'active' });

    const dry = await importFaq(store, curated, file, { dryRun: true, at });
    expect(dry).toMatchObject({ ok: true, applied: false, plan: { added: ['fra-test'], changed: [curated[0].id], retired: [curated[1].id], restored: [] } });
    expect(dry.ok && dry.plan.unchanged).toHaveLength(curated.length - 2);
    expect(await store.repo(ENTRY_OVERLAYS).count()).toBe(0);

    const real = await importFaq(store, curated, file, { dryRun: false, at });
    expect(real).toMatchObject({ ok: true, applied: true });
    const knowledge = await createCuratedKnowledge({ store, curated, newIndex: () => createKnowledgeIndex(curated, { date: TEST_DAY }) }).index();
    expect(knowledge.get(curated[0].id)?.title).toBe('Endret i filen');
    expect(knowledge.get(curated[1].id)).toBeUndefined();
    expect(knowledge.get('fra-test')).toBeDefined();
    expect((await store.repo<EntryOverlay>(ENTRY_OVERLAYS).find()).map((o) => o.id).sort()).toEqual([curated[0].id, curated[1].id, 'fra-test'].sort());

    const kb = createCuratedKnowledge({ store, curated, newIndex: () => createKnowledgeIndex(curated, { date: TEST_DAY }) });
    expect(await kb.history(curated[0].id)).toEqual([expect.objectContaining({ action: 'imported', by: 'cli', versionBefore: 0, versionAfter: 1 })]);

    const back = await exportFaq(store, curated, at);
    expect(back.entries.map((e) => [e.entry, e.status])).toEqual(file.entries.map((e) => [e.entry, e.status]));
    const again = await importFaq(store, curated, back, { dryRun: true, at });
    expect(again.ok && again.plan.unchanged).toHaveLength(file.entries.length);
  });

  it('restores a retired entry from the file', async () => {
    const store = memoryStore();
    const kb = createCuratedKnowledge({ store, curated, newIndex: () => createKnowledgeIndex(curated, { date: TEST_DAY }) });
    await kb.setStatus(curated[3].id, 'retired', 0, 'hr-1', at);
    const r = await importFaq(store, curated, await exportFaq(memoryStore(), curated, at), { dryRun: false, at });
    expect(r.ok && r.plan.restored).toEqual([curated[3].id]);
    expect((await createCuratedKnowledge({ store, curated, newIndex: () => createKnowledgeIndex(curated, { date: TEST_DAY }) }).get(curated[3].id))?.status).toBe('active');
  });

  it.each([
    ['a wrong format', (f: FaqFile) => ({ ...f, format: 'annet' }), /format/],
    ['a missing answer', (f: FaqFile) => ({ ...f, entries: [{ entry: { ...f.entries[0].entry, answer: undefined }, status: 'active' }] }), /entries\.0\.entry\.answer/],
    ['HTML in an answer', (f: FaqFile) => ({ ...f, entries: [{ entry: { ...f.entries[0].entry, answer: 'Se <script>x</script> her.' }, status: 'active' }] }), /HTML/],
    ['an http link', (f: FaqFile) => ({ ...f, entries: [{ entry: { ...f.entries[0].entry, answer: 'Les [mer](http://example.com) her.' }, status: 'active' }] }), /https/],
    ['a duplicate id', (f: FaqFile) => ({ ...f, entries: [f.entries[0], f.entries[0]] }), /to ganger/],
    ['an unknown status', (f: FaqFile) => ({ ...f, entries: [{ ...f.entries[0], status: 'deleted' }] }), /status/],
  ])('refuses %s and writes nothing', async (_name, spoil, message) => {
    const store = memoryStore();
    const r = await importFaq(store, curated, spoil(copy(await exportFaq(store, curated, at))), { dryRun: false, at });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.join('\n')).toMatch(message);
    expect(await store.repo(ENTRY_OVERLAYS).count()).toBe(0);
  });
});
