import type { Repo, Store } from './ports.js';

/** An in-memory Store for unit tests of dialogs; the real one is bot/storage/jsonStore.ts. */
export function memoryStore(): Store {
  const repos = new Map<string, Map<string, unknown>>();
  return {
    repo<T extends { id: string }>(name: string): Repo<T> {
      let m = repos.get(name) as Map<string, T> | undefined;
      if (!m) {
        m = new Map<string, T>();
        repos.set(name, m as Map<string, unknown>);
      }
      const map = m;
      return {
        get: (id) => map.get(id),
        all: () => [...map.values()],
        put: async (r) => {
          map.set(r.id, structuredClone(r));
        },
        remove: async (id) => map.delete(id),
      };
    },
  };
}
