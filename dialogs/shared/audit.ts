/**
 * The audit log: who did what, when, to which target, and whether it was allowed. An entry has a
 * fixed, bounded shape whatever the request carried: every value is cut to a short length and
 * stripped of control characters, and nothing else of the request is kept. Refusals are folded: one
 * actor's refusals of one action within a minute share one entry (the first target, and a count of
 * the repeats), so a user who presses forged buttons in a loop cannot grow the data file.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Clock, Store } from './ports.js';
import { AUDIT, type AuditEvent } from './records.js';

export interface Audit {
  log(event: Omit<AuditEvent, 'id' | 'at' | 'repeats'> & { at?: Date }): Promise<void>;
  list(filter?: { target?: string; actor?: string }): Promise<AuditEvent[]>;
}

export const AUDIT_LIMITS = { actor: 100, action: 60, target: 100, detail: 200 } as const;
/** A value cut to `max` characters, on one line, without control or format characters. */
export function auditValue(value: unknown, max: number): string {
  const s = typeof value === 'string' ? value : String(value ?? '');
  const clean = s
    .slice(0, max * 4)
    .replace(/[\p{Cc}\p{Cf}]+/gu, ' ')
    .trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/** The stored shape of an event: only the known fields, each bounded. */
export function auditRecord(event: Omit<AuditEvent, 'id' | 'at' | 'repeats'>, at: Date, id: string): AuditEvent {
  const record: AuditEvent = {
    id,
    at: at.toISOString(),
    actor: auditValue(event.actor, AUDIT_LIMITS.actor),
    action: auditValue(event.action, AUDIT_LIMITS.action),
    outcome: event.outcome === 'ok' ? 'ok' : 'denied',
  };
  if (event.target !== undefined && event.target !== '') record.target = auditValue(event.target, AUDIT_LIMITS.target);
  if (event.detail !== undefined && event.detail !== '') record.detail = auditValue(event.detail, AUDIT_LIMITS.detail);
  return record;
}

/** The id of a refusal: one actor's refusals of one action within one minute share one record. */
function refusalId(r: AuditEvent): string {
  return `denied-${createHash('sha256')
    .update(`${r.actor}\u0000${r.action}\u0000${r.at.slice(0, 16)}`)
    .digest('hex')
    .slice(0, 32)}`;
}

/** `clock` gives the time of an event logged without one. */
export function createAudit(store: Store, clock: Clock): Audit {
  const repo = store.repo<AuditEvent>(AUDIT);
  return {
    async log({ at, ...event }) {
      const record = auditRecord(event, at ?? clock.now(), randomUUID());
      if (record.outcome === 'ok') {
        await repo.put(record);
        return;
      }
      const id = refusalId(record);
      const existing = await repo.get(id);
      await repo.put(existing ? { ...existing, repeats: (existing.repeats ?? 0) + 1 } : { ...record, id });
    },
    async list(filter = {}) {
      const where: Record<string, string> = {};
      if (filter.target) where.target = filter.target;
      if (filter.actor) where.actor = filter.actor;
      return repo.find({ where });
    },
  };
}
