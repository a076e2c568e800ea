/**
 * What the bot remembers about a user between conversations: only the sector they work in, so the
 * guide and the answers fit their rules. Shared by the guide and question answering.
 */
import type { Store } from './ports.js';

export type Sector = 'state' | 'municipal';

export interface UserPrefs {
  id: string; // the user's key (Entra object id)
  sector?: Sector;
  /** How the sector became known: chosen in the guide, set with the "sektor" command, or a one-tap question. */
  sectorFrom?: 'guide' | 'setting' | 'asked';
  updatedAt?: string;
}
export const USER_PREFS = 'userPrefs';
/** Before November 2026 the guide kept the sector in its own repo; still read, never written. */
const LEGACY_GUIDE_PREFS = 'guidePrefs';

export interface Prefs {
  sectorOf(userId: string): Promise<Sector | undefined>;
  setSector(userId: string, sector: Sector, from: NonNullable<UserPrefs['sectorFrom']>, at: Date): Promise<void>;
}

export function createPrefs(store: Store): Prefs {
  const repo = store.repo<UserPrefs>(USER_PREFS);
  const legacy = store.repo<{ id: string; sector?: Sector }>(LEGACY_GUIDE_PREFS);
  return {
    async sectorOf(userId) {
      return (await repo.get(userId))?.sector ?? (await legacy.get(userId))?.sector;
    },
    async setSector(userId, sector, from, at) {
      const current = await repo.get(userId);
      if (current?.sector === sector && current.sectorFrom === from) return;
      await repo.put({ ...current, id: userId, sector, sectorFrom: from, updatedAt: at.toISOString() });
    },
  };
}
