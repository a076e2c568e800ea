import { randomUUID } from 'node:crypto';
import type { Store } from './ports.js';
import { AUDIT, type AuditEvent } from './records.js';

export interface Audit {
  log(event: Omit<AuditEvent, 'id' | 'at'> & { at?: Date }): Promise<void>;
  list(filter?: { target?: string; actor?: string }): AuditEvent[];
}

export function createAudit(store: Store): Audit {
  const repo = store.repo<AuditEvent>(AUDIT);
  return {
    async log({ at, ...rest }) {
      await repo.put({ id: randomUUID(), at: (at ?? new Date()).toISOString(), ...rest });
    },
    list(filter = {}) {
      return repo.all().filter((e) => (!filter.target || e.target === filter.target) && (!filter.actor || e.actor === filter.actor));
    },
  };
}
