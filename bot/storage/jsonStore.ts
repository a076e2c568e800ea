/**
 * The app's records in one lowdb JSON file, per tenant (schema 2: tenants → repos → records; a schema 1
 * file of a single-employer installation is read into the configured default tenant). Reads are served
 * from memory; writes are serialized and coalesced (one write in flight, the next one carries every
 * change made meanwhile) and atomic (a synced temp file renamed over the data file). put()/remove()
 * resolve once their change is on disk.
 *
 * A transient repo (ports.ts, RepoOptions) lives in memory only: it is neither written nor read back.
 *
 * A write that fails is rolled back in memory before the caller hears of it, so what a user was told
 * failed never reaches the disk with a later, unrelated write, and what they were told was saved is
 * what a restart reads (security probe F8.1). A file that cannot be parsed stops the start and is never
 * overwritten. The folder is 0700 and the file 0600.
 */
import fs from 'node:fs';
import path from 'node:path';
import { StaleWriteError, type Repo, type RepoOptions, type Stored } from '../../dialogs/shared/ports.js';
import { currentTenant } from '../../dialogs/shared/tenant.js';
import { ensurePrivateDir, PrivateJsonFile } from './secureFile.js';
import { StoreWriteError, type AppStore } from './types.js';

interface FileShape {
  schema: 2;
  tenants: Record<string, Record<string, unknown[]>>;
}

interface LegacyShape {
  schema: 1;
  repos: Record<string, unknown[]>;
}

type Rec = Stored<{ id: string }>;

export class DataFileError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`Data file ${file} cannot be read: ${reason}. It has not been changed; repair or move it away, then start again.`);
  }
}

export interface JsonStore extends AppStore {
  readonly kind: 'lowdb';
  readonly file: string;
  /** Record counts per repo, over all tenants. */
  counts(): Record<string, number>;
}

/** One pending change: settles with its batch; `undo` takes it back out of memory if the batch failed. */
type Waiter = { resolve: () => void; reject: (e: unknown) => void; undo: Undo; repo: string };
type Undo = { key: string; no: number; run: () => void };

export async function openJsonStore(file: string, options: { legacyTenant?: string } = {}): Promise<JsonStore> {
  const abs = path.resolve(file);
  ensurePrivateDir(path.dirname(abs));
  const adapter = new PrivateJsonFile<FileShape>(abs);
  let initial: FileShape | LegacyShape | null;
  try {
    initial = (await adapter.read()) as FileShape | LegacyShape | null;
  } catch (e) {
    throw new DataFileError(abs, e instanceof Error ? e.message : String(e));
  }
  if (initial !== null) validateShape(abs, initial);

  // tenant → repo → id → record
  const tenants = new Map<string, Map<string, Map<string, Rec>>>();
  const load = (tenant: string, repos: Record<string, unknown[]>) => {
    const t = new Map<string, Map<string, Rec>>();
    for (const [name, records] of Object.entries(repos)) {
      const m = new Map<string, Rec>();
      for (const r of records as Rec[]) m.set(r.id, typeof r.rev === 'number' ? r : { ...r, rev: 1 });
      t.set(name, m);
    }
    tenants.set(tenant, t);
  };
  if (initial?.schema === 1) load(options.legacyTenant ?? 'local', initial.repos);
  else for (const [tenant, repos] of Object.entries(initial?.tenants ?? {})) load(tenant, repos);

  let waiters: Waiter[] = [];
  let writing: Promise<void> | null = null;
  let lastError: string | undefined;
  let closed = false;

  // The last change made to each record (tenant\0repo\0id → change number): an undo only applies while
  // its change is still the latest one, so it never takes back a later change to the same record. An
  // undo that had to wait for a later change is kept, and runs when that later change is undone too.
  const lastChange = new Map<string, number>();
  const failedUndos = new Map<string, Map<number, () => void>>();
  let changeNo = 0;
  const transient = new Set<string>();

  const snapshot = (): FileShape => {
    const out: FileShape['tenants'] = {};
    for (const [tenant, repos] of tenants) {
      const r: Record<string, unknown[]> = {};
      for (const [name, m] of repos) if (m.size && !transient.has(name)) r[name] = [...m.values()];
      if (Object.keys(r).length) out[tenant] = r;
    }
    return { schema: 2, tenants: out };
  };

  const kick = (): void => {
    if (writing || waiters.length === 0) return;
    const batch = waiters;
    waiters = [];
    writing = adapter
      .write(snapshot())
      .then(
        () => {
          lastError = undefined;
          for (const w of batch) {
            // A later change that reached the disk carries whatever earlier failed changes it was made on.
            const p = failedUndos.get(w.undo.key);
            if (p) for (const no of p.keys()) if (no < w.undo.no) p.delete(no);
            w.resolve();
          }
        },
        (e: unknown) => {
          lastError = e instanceof Error ? e.message : String(e);
          // Newest first, so each record ends where it was before the batch.
          for (const w of [...batch].reverse()) w.undo.run();
          for (const w of batch) w.reject(new StoreWriteError(w.repo, e));
        },
      )
      .finally(() => {
        writing = null;
        kick();
      });
  };

  const persist = (repo: string, undo: Undo): Promise<void> => {
    if (closed) {
      undo.run();
      return Promise.reject(new StoreWriteError(repo, new Error('the store is closed')));
    }
    return new Promise<void>((resolve, reject) => {
      waiters.push({ resolve, reject, undo, repo });
      kick();
    });
  };

  /** Applies a change to one record in memory and returns how to take it back. */
  const change = (m: Map<string, Rec>, key: string, id: string, next: Rec | undefined): Undo => {
    const prev = m.get(id);
    const prevNo = lastChange.get(key);
    const no = ++changeNo;
    lastChange.set(key, no);
    if (next) m.set(id, next);
    else m.delete(id);
    const run = (): void => {
      if (lastChange.get(key) !== no) {
        let p = failedUndos.get(key);
        if (!p) failedUndos.set(key, (p = new Map()));
        p.set(no, run);
        return;
      }
      if (prev) m.set(id, prev);
      else m.delete(id);
      if (prevNo === undefined) lastChange.delete(key);
      else lastChange.set(key, prevNo);
      const p = failedUndos.get(key);
      p?.delete(no);
      const earlier = prevNo === undefined ? undefined : p?.get(prevNo);
      if (p && p.size === 0) failedUndos.delete(key);
      earlier?.();
    };
    return { key, no, run };
  };

  const mapOf = (name: string): Map<string, Rec> => {
    const tenant = currentTenant();
    let t = tenants.get(tenant);
    if (!t) tenants.set(tenant, (t = new Map()));
    let m = t.get(name);
    if (!m) t.set(name, (m = new Map()));
    return m;
  };
  const keyOf = (name: string, id: string) => `${currentTenant()}\u0000${name}\u0000${id}`;
  const matches = (r: Record<string, unknown>, where: Record<string, unknown> = {}) => Object.entries(where).every(([k, v]) => r[k] === v);

  const repoCache = new Map<string, Repo<{ id: string }>>();

  const store: JsonStore = {
    kind: 'lowdb',
    file: abs,
    tenant: currentTenant,
    async tenants() {
      return [...tenants].filter(([, repos]) => [...repos.values()].some((m) => m.size > 0)).map(([t]) => t);
    },
    repo<T extends { id: string }>(name: string, options: RepoOptions = {}): Repo<T> {
      if (options.transient) transient.add(name);
      let repo = repoCache.get(name);
      if (!repo) {
        repo = {
          get: async (id) => structuredClone(mapOf(name).get(id)),
          find: async ({ where, limit } = {}) => {
            const out: Rec[] = [];
            for (const r of mapOf(name).values()) {
              if (limit !== undefined && out.length >= limit) break;
              if (matches(r, where)) out.push(r);
            }
            return structuredClone(out);
          },
          count: async (where) => {
            let n = 0;
            for (const r of mapOf(name).values()) if (matches(r, where)) n++;
            return n;
          },
          put: async (record, { ifRev } = {}) => {
            const m = mapOf(name);
            const current = m.get(record.id)?.rev ?? 0;
            if (ifRev !== undefined && ifRev !== current) throw new StaleWriteError(name, record.id, ifRev, current);
            const { rev: _drop, ...rest } = record as { id: string; rev?: number };
            const stored: Rec = { ...structuredClone(rest), rev: current + 1 };
            if (transient.has(name)) m.set(record.id, stored);
            else await persist(name, change(m, keyOf(name, record.id), record.id, stored));
            return structuredClone(stored);
          },
          remove: async (id) => {
            const m = mapOf(name);
            if (!m.has(id)) return false;
            if (transient.has(name)) m.delete(id);
            else await persist(name, change(m, keyOf(name, id), id, undefined));
            return true;
          },
        };
        repoCache.set(name, repo);
      }
      return repo as unknown as Repo<T>;
    },
    async flush() {
      while (writing || waiters.length) await (writing ?? persist('flush', { key: '', no: 0, run: () => undefined }).catch(() => undefined));
    },
    async health() {
      try {
        await fs.promises.access(fs.existsSync(abs) ? abs : path.dirname(abs), fs.constants.R_OK | fs.constants.W_OK);
      } catch (e) {
        return { readable: false, error: (e as Error).message };
      }
      return lastError ? { readable: false, error: lastError } : { readable: true };
    },
    onChange() {
      /* one process owns the file: there are no other instances to hear from */
    },
    counts() {
      const out: Record<string, number> = {};
      for (const repos of tenants.values()) for (const [name, m] of repos) out[name] = (out[name] ?? 0) + m.size;
      return out;
    },
    async close() {
      await store.flush();
      closed = true;
    },
  };
  return store;
}

function validateShape(file: string, data: unknown): asserts data is FileShape | LegacyShape {
  const d = data as FileShape | LegacyShape;
  if (!d || typeof d !== 'object' || Array.isArray(d)) throw new DataFileError(file, 'the top level is not a JSON object');
  if (d.schema !== 1 && d.schema !== 2) throw new DataFileError(file, `unknown schema ${JSON.stringify((d as { schema: unknown }).schema)} (expected 1 or 2)`);
  const checkRepos = (where: string, repos: unknown) => {
    if (!repos || typeof repos !== 'object' || Array.isArray(repos)) throw new DataFileError(file, `${where} is not an object`);
    for (const [name, records] of Object.entries(repos)) {
      if (!Array.isArray(records)) throw new DataFileError(file, `${where}.${name} is not an array`);
      records.forEach((r, i) => {
        if (!r || typeof r !== 'object' || typeof (r as { id?: unknown }).id !== 'string') {
          throw new DataFileError(file, `${where}.${name}[${i}] has no string "id"`);
        }
      });
    }
  };
  if (d.schema === 1) return checkRepos('"repos"', d.repos);
  if (!d.tenants || typeof d.tenants !== 'object' || Array.isArray(d.tenants)) throw new DataFileError(file, '"tenants" is not an object');
  for (const [tenant, repos] of Object.entries(d.tenants)) checkRepos(`tenants.${tenant}`, repos);
}
