/**
 * What the bot needs from a store besides the dialogs' `Store` port: health, shutdown, and (PostgreSQL)
 * notice of changes another instance made. Both adapters implement it.
 */
import type { Store } from '../../dialogs/shared/ports.js';

export interface StoreHealth {
  readable: boolean;
  error?: string;
}

/** A change another instance committed: the tenant and repo it touched. */
export interface StoreChange {
  tenant: string;
  repo: string;
  /** The record's id (PostgreSQL sends it along). */
  id?: string;
}

export interface AppStore extends Store {
  readonly kind: 'lowdb' | 'postgres';
  /** Resolves when every acknowledged change is durable (lowdb: on disk). */
  flush(): Promise<void>;
  health(): Promise<StoreHealth>;
  close(): Promise<void>;
  /**
   * Calls `listener` when another instance changed a record in a watched repo (PostgreSQL), and with
   * `{ resync: true }` after the change feed reconnected, when changes may have been missed.
   * lowdb has one instance only and never calls it.
   */
  onChange(listener: (change: StoreChange | { resync: true }) => void): void;
}

/** A write the store could not make durable. Nothing of it was kept: the in-memory state was rolled back. */
export class StoreWriteError extends Error {
  constructor(
    readonly repo: string,
    cause: unknown,
  ) {
    super(`Could not save to ${repo}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}
