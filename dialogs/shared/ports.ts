/** What dialogs are given from outside: storage and a clock. Implemented in bot/ (lowdb) and in tests. */

export interface Repo<T extends { id: string }> {
  /** The record, or undefined. Treat it as read-only: change it through put(). */
  get(id: string): T | undefined;
  /** All records, in insertion order. Read-only, as get(). */
  all(): readonly T[];
  /** Inserts or replaces; resolves when the write is durable on disk. */
  put(record: T): Promise<void>;
  /** Removes; resolves true if a record was removed, once durable. */
  remove(id: string): Promise<boolean>;
}

export interface Store {
  /** A named collection. The name is a short ascii key, e.g. "vacancies". */
  repo<T extends { id: string }>(name: string): Repo<T>;
}

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

import type { Outgoing } from './turn.js';

/**
 * Proactive messages, implemented in bot/ over stored conversation references.
 * "no-reference": the user has never talked to the bot; the caller keeps the message and retries
 * when they do (see bot/ calling onUserSeen).
 */
export interface Notifier {
  sendToUser(userId: string, messages: Outgoing[]): Promise<'sent' | 'no-reference'>;
  /** Sends to a Teams channel or chat by its conversation id (e.g. the HR/inclusion channel). */
  sendToConversation(conversationId: string, messages: Outgoing[]): Promise<'sent' | 'no-reference'>;
}
