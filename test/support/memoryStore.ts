import { StaleWriteError, type Repo, type Store, type Stored } from '../../dialogs/shared/ports.js';
import { tenantInScope } from '../../dialogs/shared/tenant.js';

/** The tenant unit tests run in when they do not set one with inTenant(). */
export const TEST_TENANT = 'test-tenant';

/**
 * An in-memory Store for unit tests of dialogs, with the same tenant scoping and revision checks as
 * the real adapters (bot/storage/); outside inTenant() it works in TEST_TENANT. Records are cloned in
 * and out, as a real store would.
 */
export function memoryStore(): Store & { raw(): Map<string, Map<string, Stored<{ id: string }>>> } {
  const data = new Map<string, Map<string, Stored<{ id: string }>>>(); // key: tenant\u0000repo
  const mapOf = (name: string) => {
    const key = `${tenantInScope() ?? TEST_TENANT}\u0000${name}`;
    let m = data.get(key);
    if (!m) data.set(key, (m = new Map()));
    return m;
  };
  const matches = (r: Record<string, unknown>, where: Record<string, unknown> = {}) => Object.entries(where).every(([k, v]) => r[k] === v);
  return {
    raw: () => data,
    tenant: () => tenantInScope() ?? TEST_TENANT,
    async tenants() {
      return [...new Set([...data.entries()].filter(([, m]) => m.size > 0).map(([k]) => k.split('\u0000')[0]))];
    },
    repo<T extends { id: string }>(name: string): Repo<T> {
      return {
        get: async (id) => structuredClone(mapOf(name).get(id)) as Stored<T> | undefined,
        find: async ({ where, limit } = {}) => {
          const all = [...mapOf(name).values()].filter((r) => matches(r, where));
          return structuredClone(limit === undefined ? all : all.slice(0, limit)) as Stored<T>[];
        },
        count: async (where) => [...mapOf(name).values()].filter((r) => matches(r, where)).length,
        put: async (record, { ifRev } = {}) => {
          const m = mapOf(name);
          const current = m.get(record.id)?.rev ?? 0;
          if (ifRev !== undefined && ifRev !== current) throw new StaleWriteError(name, record.id, ifRev, current);
          const { rev: _drop, ...rest } = record as T & { rev?: number };
          const stored = { ...structuredClone(rest), rev: current + 1 } as Stored<T>;
          m.set(record.id, stored);
          return structuredClone(stored);
        },
        remove: async (id) => mapOf(name).delete(id),
      };
    },
  };
}
