/**
 * What a conversation keeps of its last answer so that a follow-up ("og i kommunen?", "hvor lenge
 * da?") refers to it: the entry, the sector it was for, and the question's analysed terms (stems and
 * concept tokens of words the knowledge base holds — never the question's text, never a name). One
 * record per user and conversation, in the tenant's store, replaced by each answer and gone after
 * CONTEXT_TTL_MS. Transient: losing it in a restart only means the next follow-up is read on its own,
 * and with the single-file store an answer then does not rewrite the file.
 */
import { createHash } from 'node:crypto';
import type { AnswerMemory, Sector } from '../../knowledge/kb.js';
import type { Store } from '../shared/ports.js';
import type { Actor } from '../shared/turn.js';

export const QA_CONTEXT = 'qaContext';
export const CONTEXT_TTL_MS = 30 * 60 * 1000;

export interface QaContextRecord {
  id: string;
  entryId: string;
  terms: string[];
  sector?: Sector;
  expiresAt: string;
}

export interface ConversationMemory {
  recall(actor: Actor, now: Date): Promise<AnswerMemory | undefined>;
  remember(actor: Actor, memory: AnswerMemory, now: Date): Promise<void>;
}

/** The record's id: a hash of conversation and user, so neither is stored in the clear here. */
export function contextId(actor: Actor): string {
  return createHash('sha256').update(`${actor.conversationId}\n${actor.userId}`).digest('hex').slice(0, 32);
}

export function createConversationMemory(store: Store): ConversationMemory {
  const repo = store.repo<QaContextRecord>(QA_CONTEXT, { transient: true });
  return {
    async recall(actor, now) {
      const r = await repo.get(contextId(actor));
      if (!r) return undefined;
      if (r.expiresAt <= now.toISOString()) {
        await repo.remove(r.id);
        return undefined;
      }
      return { entryId: r.entryId, terms: r.terms, sector: r.sector };
    },
    async remember(actor, memory, now) {
      const record: QaContextRecord = { id: contextId(actor), entryId: memory.entryId, terms: memory.terms, expiresAt: new Date(now.getTime() + CONTEXT_TTL_MS).toISOString() };
      if (memory.sector) record.sector = memory.sector;
      await repo.put(record);
    },
  };
}
