/**
 * What dialogs are given from outside: storage, a clock, a notifier. Implemented in bot/ (lowdb and
 * PostgreSQL adapters) and in test/support/ (an in-memory store).
 *
 * Storage is asynchronous and tenant-scoped. A repo always works inside the tenant of the current turn
 * (see tenant.ts): the adapter reads it from the turn's scope and filters every read and write by it,
 * so a dialog cannot reach another employer's records by forgetting a filter.
 */

/** A stored record: the store keeps `rev`, a revision number that counts the record's writes from 1. */
export type Stored<T> = T & { readonly rev: number };

/** Equality on top-level fields of a record (the indexed fields: status, userId, dates as strings …). */
export type Where = Readonly<Record<string, string | number | boolean | null>>;

export interface FindOptions {
  where?: Where;
  /** At most this many records, in insertion order. */
  limit?: number;
}

export interface PutOptions {
  /**
   * Optimistic concurrency: the `rev` the caller read. The write is refused with StaleWriteError when
   * the record has changed since (0: the record must not exist yet).
   */
  ifRev?: number;
}

export interface Repo<T extends { id: string }> {
  get(id: string): Promise<Stored<T> | undefined>;
  /** Records in insertion order, optionally filtered by equality on top-level fields. */
  find(options?: FindOptions): Promise<Stored<T>[]>;
  count(where?: Where): Promise<number>;
  /** Inserts or replaces; resolves with the stored record once the write is durable. */
  put(record: T, options?: PutOptions): Promise<Stored<T>>;
  /** Removes; resolves true if a record was removed, once durable. */
  remove(id: string): Promise<boolean>;
}

export interface RepoOptions {
  /**
   * Records that may be lost in a restart (a conversation's short-lived context). A store that persists
   * by rewriting one file keeps them in memory only, so writing one does not rewrite the file; a shared
   * database keeps them like any other record, so every instance reads them.
   */
  transient?: boolean;
}

export interface Store {
  /** A named collection of the current tenant. The name is a short ascii key, e.g. "vacancies". */
  repo<T extends { id: string }>(name: string, options?: RepoOptions): Repo<T>;
  /** The tenant this turn's reads and writes go to (for per-tenant caches kept beside the store). */
  tenant(): string;
  /** Every tenant that has records (for background jobs, which then run inside each tenant). */
  tenants(): Promise<string[]>;
}

/** A write that lost a race: the record changed since the caller read it. Nothing was written. */
export class StaleWriteError extends Error {
  constructor(
    readonly repo: string,
    readonly id: string,
    readonly expected: number,
    readonly actual: number,
  ) {
    super(`Stale write to ${repo}/${id}: expected revision ${expected}, found ${actual}`);
  }
}

/** The time, passed in: dialogs/ and knowledge/ never read the system clock (the real one is in bot/clock.ts). */
export interface Clock {
  now(): Date;
}

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
