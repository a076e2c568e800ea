/**
 * A botbuilder Storage for the teams-ai turn state, over a JsonStore of its own (so the frequent
 * turn-state writes do not rewrite the app's records file). Honours eTags for optimistic concurrency.
 */
import type { Storage, StoreItems } from 'botbuilder';
import type { JsonStore } from './jsonStore.js';

interface Item {
  id: string;
  value: Record<string, unknown>;
}

export class JsonTurnStateStorage implements Storage {
  private etag = 0;

  constructor(private readonly store: JsonStore) {}

  async read(keys: string[]): Promise<StoreItems> {
    const repo = this.store.repo<Item>('turnState');
    const out: StoreItems = {};
    for (const key of keys) {
      const item = repo.get(key);
      if (item) out[key] = structuredClone(item.value);
    }
    return out;
  }

  async write(changes: StoreItems): Promise<void> {
    const repo = this.store.repo<Item>('turnState');
    const writes: Promise<void>[] = [];
    for (const [key, value] of Object.entries(changes)) {
      const current = repo.get(key);
      const incoming = value as Record<string, unknown> & { eTag?: string };
      if (current && incoming.eTag && incoming.eTag !== '*' && incoming.eTag !== current.value.eTag) {
        throw new Error(`Storage: eTag conflict for key ${key}`);
      }
      writes.push(repo.put({ id: key, value: { ...incoming, eTag: String(++this.etag) + '-' + Date.now() } }));
    }
    await Promise.all(writes);
  }

  async delete(keys: string[]): Promise<void> {
    const repo = this.store.repo<Item>('turnState');
    await Promise.all(keys.map((k) => repo.remove(k)));
  }
}
