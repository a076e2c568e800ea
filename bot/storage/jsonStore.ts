/**
 * The app's records in one lowdb JSON file. Reads are served from memory; writes are serialized and
 * coalesced (one write in flight, the next one carries every change made meanwhile) and atomic
 * (lowdb's steno writes a temp file and renames it). put()/remove() resolve once their change is on
 * disk. A file that cannot be parsed stops the start and is never overwritten.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DataFile } from 'lowdb/node';
import type { Repo, Store } from '../../dialogs/shared/ports.js';

interface FileShape {
  schema: 1;
  repos: Record<string, unknown[]>;
}

export class DataFileError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`Data file ${file} cannot be read: ${reason}. It has not been changed; repair or move it away, then start again.`);
  }
}

export interface JsonStore extends Store {
  readonly file: string;
  /** Resolves when every change made so far is on disk. */
  flush(): Promise<void>;
  /** Whether the file is reachable and the last write succeeded. */
  health(): Promise<{ readable: boolean; error?: string }>;
  /** Record counts per repo. */
  counts(): Record<string, number>;
  close(): Promise<void>;
}

type Waiter = { resolve: () => void; reject: (e: unknown) => void };

export async function openJsonStore(file: string): Promise<JsonStore> {
  const abs = path.resolve(file);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  const adapter = new DataFile<FileShape>(abs, { parse: JSON.parse, stringify: (d) => JSON.stringify(d) });
  let initial: FileShape | null;
  try {
    initial = await adapter.read();
  } catch (e) {
    throw new DataFileError(abs, e instanceof Error ? e.message : String(e));
  }
  if (initial !== null) validateShape(abs, initial);

  const maps = new Map<string, Map<string, { id: string }>>();
  for (const [name, records] of Object.entries(initial?.repos ?? {})) {
    const m = new Map<string, { id: string }>();
    for (const r of records as Array<{ id: string }>) m.set(r.id, r);
    maps.set(name, m);
  }

  let waiters: Waiter[] = [];
  let writing: Promise<void> | null = null;
  let lastError: string | undefined;
  let closed = false;

  const snapshot = (): FileShape => {
    const repos: Record<string, unknown[]> = {};
    for (const [name, m] of maps) repos[name] = [...m.values()];
    return { schema: 1, repos };
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
          for (const w of batch) w.resolve();
        },
        (e: unknown) => {
          lastError = e instanceof Error ? e.message : String(e);
          for (const w of batch) w.reject(e);
        },
      )
      .finally(() => {
        writing = null;
        kick();
      });
  };

  const persist = (): Promise<void> => {
    if (closed) return Promise.reject(new Error('store is closed'));
    return new Promise<void>((resolve, reject) => {
      waiters.push({ resolve, reject });
      kick();
    });
  };

  const repoCache = new Map<string, Repo<{ id: string }>>();

  const store: JsonStore = {
    file: abs,
    repo<T extends { id: string }>(name: string): Repo<T> {
      let repo = repoCache.get(name);
      if (!repo) {
        const map = (): Map<string, { id: string }> => {
          let m = maps.get(name);
          if (!m) {
            m = new Map();
            maps.set(name, m);
          }
          return m;
        };
        repo = {
          get: (id) => maps.get(name)?.get(id),
          all: () => [...(maps.get(name)?.values() ?? [])],
          put: (record) => {
            map().set(record.id, structuredClone(record));
            return persist();
          },
          remove: async (id) => {
            const removed = maps.get(name)?.delete(id) ?? false;
            if (removed) await persist();
            return removed;
          },
        };
        repoCache.set(name, repo);
      }
      return repo as unknown as Repo<T>;
    },
    async flush() {
      while (writing || waiters.length) await (writing ?? persist());
    },
    async health() {
      try {
        await fs.promises.access(fs.existsSync(abs) ? abs : path.dirname(abs), fs.constants.R_OK | fs.constants.W_OK);
      } catch (e) {
        return { readable: false, error: (e as Error).message };
      }
      return lastError ? { readable: false, error: lastError } : { readable: true };
    },
    counts() {
      return Object.fromEntries([...maps].map(([k, m]) => [k, m.size]));
    },
    async close() {
      await store.flush();
      closed = true;
    },
  };
  return store;
}

function validateShape(file: string, data: unknown): asserts data is FileShape {
  const d = data as FileShape;
  if (!d || typeof d !== 'object' || Array.isArray(d)) throw new DataFileError(file, 'the top level is not a JSON object');
  if (d.schema !== 1) throw new DataFileError(file, `unknown schema ${JSON.stringify(d.schema)} (expected 1)`);
  if (!d.repos || typeof d.repos !== 'object' || Array.isArray(d.repos)) throw new DataFileError(file, '"repos" is not an object');
  for (const [name, records] of Object.entries(d.repos)) {
    if (!Array.isArray(records)) throw new DataFileError(file, `repos.${name} is not an array`);
    records.forEach((r, i) => {
      if (!r || typeof r !== 'object' || typeof (r as { id?: unknown }).id !== 'string') {
        throw new DataFileError(file, `repos.${name}[${i}] has no string "id"`);
      }
    });
  }
}
