/**
 * The knowledge base as HR edits it: the curated entries shipped in the repository, with HR's changes
 * stored as overlays in the data file (they win over the shipped text; the shipped files are never
 * written). Every change is versioned and kept in the history; the search index is updated at once.
 * A save names the version the editor started from: if the entry changed in between, nothing is
 * written and the caller gets the current version back (optimistic concurrency).
 */
import { randomUUID } from 'node:crypto';
import type { Entry } from '../../knowledge/entries/schema.js';
import type { KnowledgeIndex } from '../../knowledge/kb.js';
import type { Store } from '../shared/ports.js';

export type EntryStatus = 'active' | 'retired';

export interface EntryOverlay {
  id: string;
  entry: Entry;
  status: EntryStatus;
  version: number;
  updatedBy: string;
  updatedAt: string;
}

export type HistoryAction = 'created' | 'edited' | 'retired' | 'restored' | 'imported';

export interface EntryHistoryEvent {
  id: string;
  entryId: string;
  action: HistoryAction;
  by: string;
  at: string;
  versionBefore: number | null;
  versionAfter: number;
  title: string;
}

export const ENTRY_OVERLAYS = 'entryOverlays';
export const ENTRY_HISTORY = 'entryHistory';

export interface EntryView {
  entry: Entry;
  status: EntryStatus;
  version: number;
  origin: 'curated' | 'hr';
  changed: boolean;
}

export type SaveResult = { ok: true; view: EntryView } | { ok: false; conflict: EntryView };

export interface CuratedKnowledge {
  get(id: string): EntryView | undefined;
  list(): EntryView[];
  create(entry: Entry, by: string, at: Date): Promise<SaveResult>;
  save(entry: Entry, expectedVersion: number, by: string, at: Date): Promise<SaveResult>;
  /** Writes an entry and its status in one version (npm run faq import): history "imported". */
  importEntry(entry: Entry, status: EntryStatus, expectedVersion: number, by: string, at: Date): Promise<SaveResult>;
  setStatus(id: string, status: EntryStatus, expectedVersion: number | undefined, by: string, at: Date): Promise<SaveResult | undefined>;
  history(id: string): EntryHistoryEvent[];
}

export function createCuratedKnowledge(deps: { store: Store; curated: readonly Entry[]; knowledge: KnowledgeIndex }): CuratedKnowledge {
  const overlays = deps.store.repo<EntryOverlay>(ENTRY_OVERLAYS);
  const history = deps.store.repo<EntryHistoryEvent>(ENTRY_HISTORY);
  const curated = new Map(deps.curated.map((e) => [e.id, e]));

  const view = (id: string): EntryView | undefined => {
    const o = overlays.get(id);
    if (o) return { entry: o.entry, status: o.status, version: o.version, origin: curated.has(id) ? 'curated' : 'hr', changed: true };
    const c = curated.get(id);
    return c ? { entry: c, status: 'active', version: 0, origin: 'curated', changed: false } : undefined;
  };

  const index = (v: EntryView): void => {
    if (v.status === 'active') deps.knowledge.upsert(v.entry);
    else deps.knowledge.remove(v.entry.id);
  };

  // Start-up: HR's overlays win over the shipped text.
  for (const o of overlays.all()) index(view(o.id)!);

  // Writes to one entry are serialized, so two saves cannot both pass the version check.
  let chain: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = chain.then(fn, fn);
    chain = next.catch(() => undefined);
    return next;
  };

  const write = async (entry: Entry, status: EntryStatus, before: EntryView | undefined, by: string, at: Date, action: HistoryAction): Promise<EntryView> => {
    const version = (before?.version ?? 0) + 1;
    await overlays.put({ id: entry.id, entry, status, version, updatedBy: by, updatedAt: at.toISOString() });
    await history.put({ id: randomUUID(), entryId: entry.id, action, by, at: at.toISOString(), versionBefore: before ? before.version : null, versionAfter: version, title: entry.title });
    const v = view(entry.id)!;
    index(v);
    return v;
  };

  return {
    get: view,
    list() {
      const ids = new Set([...curated.keys(), ...overlays.all().map((o) => o.id)]);
      return [...ids].map((id) => view(id)!);
    },
    create(entry, by, at) {
      return serial(async () => {
        const existing = view(entry.id);
        if (existing) return { ok: false, conflict: existing };
        return { ok: true, view: await write(entry, 'active', undefined, by, at, 'created') };
      });
    },
    save(entry, expectedVersion, by, at) {
      return serial(async () => {
        const current = view(entry.id);
        if (current && current.version !== expectedVersion) return { ok: false, conflict: current };
        return { ok: true, view: await write(entry, current?.status ?? 'active', current, by, at, current ? 'edited' : 'created') };
      });
    },
    importEntry(entry, status, expectedVersion, by, at) {
      return serial(async () => {
        const current = view(entry.id);
        if (current && current.version !== expectedVersion) return { ok: false, conflict: current };
        return { ok: true, view: await write(entry, status, current, by, at, 'imported') };
      });
    },
    setStatus(id, status, expectedVersion, by, at) {
      return serial(async () => {
        const current = view(id);
        if (!current) return undefined;
        if (expectedVersion !== undefined && current.version !== expectedVersion) return { ok: false, conflict: current };
        if (current.status === status) return { ok: true, view: current };
        return { ok: true, view: await write(current.entry, status, current, by, at, status === 'retired' ? 'retired' : 'restored') };
      });
    },
    history(id) {
      return history
        .all()
        .filter((h) => h.entryId === id)
        .sort((a, b) => a.at.localeCompare(b.at));
    },
  };
}
