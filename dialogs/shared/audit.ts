import { randomUUID } from 'node:crypto';
import type { Store } from './ports.js';
import { AUDIT, type AuditEvent } from './records.js';

export interface Audit {
  log(event: Omit<AuditEvent, 'id' | 'at'> & { at?: Date }): Promise<void>;
  list(filter?: { target?: string; actor?: string }): Promise<AuditEvent[]>;
}

export function createAudit(store: Store): Audit {
  const repo = store.repo<AuditEvent>(AUDIT);
  return {
    async log({ at, ...rest }) {
      await repo.put({ id: randomUUID(), at: (at ?? new Date()).toISOString(), ...rest });
    },
    async list(filter = {}) {
      const where: Record<string, string> = {};
      if (filter.target) where.target = filter.target;
      if (filter.actor) where.actor = filter.actor;
      return repo.find({ where });
    },
  };
}
