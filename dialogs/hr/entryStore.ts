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
import { StaleWriteError, type Store } from '../shared/ports.js';

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
  /** The version HR's edits are checked against (optimistic concurrency): 0 for the shipped text. */
  version: number;
  /** The version as HR sees it: the shipped text and a new entry are version 1, and each change adds one. */
  shownVersion: number;
  origin: 'curated' | 'hr';
  changed: boolean;
  /** When and by whom HR last changed it (absent for the shipped text). */
  updatedAt?: string;
  updatedBy?: string;
}

/** The version HR sees for an internal version: the shipped text counts as version 1. */
export function shownVersionOf(origin: EntryView['origin'], version: number): number {
  return origin === 'curated' ? version + 1 : version;
}

export type SaveResult = { ok: true; view: EntryView } | { ok: false; conflict: EntryView };

export interface CuratedKnowledge {
  /** The current tenant's search index: the shipped entries with this tenant's HR changes applied. */
  index(): Promise<KnowledgeIndex>;
  get(id: string): Promise<EntryView | undefined>;
  list(): Promise<EntryView[]>;
  create(entry: Entry, by: string, at: Date): Promise<SaveResult>;
  save(entry: Entry, expectedVersion: number, by: string, at: Date): Promise<SaveResult>;
  /** Writes an entry and its status in one version (npm run faq import): history "imported". */
  importEntry(entry: Entry, status: EntryStatus, expectedVersion: number, by: string, at: Date): Promise<SaveResult>;
  setStatus(id: string, status: EntryStatus, expectedVersion: number | undefined, by: string, at: Date): Promise<SaveResult | undefined>;
  history(id: string): Promise<EntryHistoryEvent[]>;
  /** Forgets a tenant's index (another instance changed its entries); it is rebuilt on next use. */
  invalidate(tenantId: string): void;
  /** Whether this tenant's index is built or being built on this instance. */
  hasIndex(tenantId: string): boolean;
}

export function createCuratedKnowledge(deps: { store: Store; curated: readonly Entry[]; newIndex: () => KnowledgeIndex }): CuratedKnowledge {
  const overlays = deps.store.repo<EntryOverlay>(ENTRY_OVERLAYS);
  const history = deps.store.repo<EntryHistoryEvent>(ENTRY_HISTORY);
  const curated = new Map(deps.curated.map((e) => [e.id, e]));
  const indexes = new Map<string, Promise<KnowledgeIndex>>();

  const viewOf = (id: string, o: EntryOverlay | undefined): EntryView | undefined => {
    if (o) {
      const origin = curated.has(id) ? 'curated' : 'hr';
      return {
        entry: o.entry,
        status: o.status,
        version: o.version,
        shownVersion: shownVersionOf(origin, o.version),
        origin,
        changed: true,
        updatedAt: o.updatedAt,
        updatedBy: o.updatedBy,
      };
    }
    const c = curated.get(id);
    return c ? { entry: c, status: 'active', version: 0, shownVersion: 1, origin: 'curated', changed: false } : undefined;
  };
  const view = async (id: string): Promise<EntryView | undefined> => viewOf(id, await overlays.get(id));

  const apply = (idx: KnowledgeIndex, v: EntryView): void => {
    if (v.status === 'active') idx.upsert(v.entry);
    else idx.remove(v.entry.id);
  };

  const index = (): Promise<KnowledgeIndex> => {
    const tenant = deps.store.tenant();
    let idx = indexes.get(tenant);
    if (!idx) {
      idx = (async () => {
        const fresh = deps.newIndex();
        // HR's overlays win over the shipped text.
        for (const o of await overlays.find()) apply(fresh, viewOf(o.id, o)!);
        return fresh;
      })();
      indexes.set(tenant, idx);
      idx.catch(() => indexes.delete(tenant));
    }
    return idx;
  };

  // Writes are serialized in this process, so two saves cannot both pass the version check; across
  // instances the store's revision check refuses the second write.
  let chain: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = chain.then(fn, fn);
    chain = next.catch(() => undefined);
    return next;
  };

  const write = async (entry: Entry, status: EntryStatus, before: EntryView | undefined, by: string, at: Date, action: HistoryAction): Promise<EntryView | StaleWriteError> => {
    const version = (before?.version ?? 0) + 1;
    const current = await overlays.get(entry.id);
    if ((current?.version ?? 0) !== (before?.version ?? 0)) return new StaleWriteError(ENTRY_OVERLAYS, entry.id, before?.version ?? 0, current?.version ?? 0);
    try {
      await overlays.put({ id: entry.id, entry, status, version, updatedBy: by, updatedAt: at.toISOString() }, { ifRev: current?.rev ?? 0 });
    } catch (e) {
      if (e instanceof StaleWriteError) return e;
      throw e;
    }
    await history.put({
      id: randomUUID(),
      entryId: entry.id,
      action,
      by,
      at: at.toISOString(),
      versionBefore: before ? before.version : null,
      versionAfter: version,
      title: entry.title,
    });
    const v = (await view(entry.id))!;
    // An index not built yet will read this overlay when it is.
    const built = indexes.get(deps.store.tenant());
    if (built) apply(await built, v);
    return v;
  };
  const outcome = async (w: Promise<EntryView | StaleWriteError>, id: string): Promise<SaveResult> => {
    const r = await w;
    return r instanceof StaleWriteError ? { ok: false, conflict: (await view(id))! } : { ok: true, view: r };
  };

  return {
    index,
    get: view,
    async list() {
      const byId = new Map((await overlays.find()).map((o) => [o.id, o]));
      const ids = new Set([...curated.keys(), ...byId.keys()]);
      return [...ids].map((id) => viewOf(id, byId.get(id))!);
    },
    create(entry, by, at) {
      return serial(async () => {
        const existing = await view(entry.id);
        if (existing) return { ok: false, conflict: existing };
        return outcome(write(entry, 'active', undefined, by, at, 'created'), entry.id);
      });
    },
    save(entry, expectedVersion, by, at) {
      return serial(async () => {
        const current = await view(entry.id);
        if (current && current.version !== expectedVersion) return { ok: false, conflict: current };
        return outcome(write(entry, current?.status ?? 'active', current, by, at, current ? 'edited' : 'created'), entry.id);
      });
    },
    importEntry(entry, status, expectedVersion, by, at) {
      return serial(async () => {
        const current = await view(entry.id);
        if (current && current.version !== expectedVersion) return { ok: false, conflict: current };
        return outcome(write(entry, status, current, by, at, 'imported'), entry.id);
      });
    },
    setStatus(id, status, expectedVersion, by, at) {
      return serial(async () => {
        const current = await view(id);
        if (!current) return undefined;
        if (expectedVersion !== undefined && current.version !== expectedVersion) return { ok: false, conflict: current };
        if (current.status === status) return { ok: true, view: current };
        return outcome(write(current.entry, status, current, by, at, status === 'retired' ? 'retired' : 'restored'), id);
      });
    },
    async history(id) {
      return (await history.find({ where: { entryId: id } })).sort((a, b) => a.at.localeCompare(b.at));
    },
    invalidate(tenantId) {
      indexes.delete(tenantId);
    },
    hasIndex(tenantId) {
      return indexes.has(tenantId);
    },
  };
}
