/**
 * Vacancies older than the retention period are reduced to yearly counts. Written so that a run that
 * stops halfway (a crash between writes) neither loses nor double-counts a vacancy: a year's counts name
 * the vacancies they already include until those are removed.
 */
import type { Store } from '../shared/ports.js';
import { addCounts, contributions, emptyCounts } from './counts.js';
import { VACANCIES, YEARLY_COUNTS, type Vacancy, type YearlyCounts } from './model.js';

export async function applyRetention(store: Store, now: Date, months: number): Promise<number> {
  const vacancies = store.repo<Vacancy>(VACANCIES);
  const counts = store.repo<YearlyCounts>(YEARLY_COUNTS);
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);

  const pendingAnywhere = new Set((await counts.find()).flatMap((c) => c.pendingIds ?? []));
  const due = (await vacancies.find()).filter((v) => pendingAnywhere.has(v.id) || new Date(v.closed?.at ?? v.reportedAt) < cutoff);

  for (const v of due) {
    const years = contributions(v);
    for (const [year, add] of years) {
      const existing = await counts.get(String(year));
      if (existing?.pendingIds?.includes(v.id)) continue;
      const base: YearlyCounts = existing ?? { id: String(year), ...emptyCounts() };
      await counts.put({ ...base, ...addCounts(base, add), id: String(year), pendingIds: [...(base.pendingIds ?? []), v.id] });
    }
    await vacancies.remove(v.id);
  }

  // Clear the markers of every vacancy that is gone (this run's, and any left by an earlier stopped run).
  for (const c of await counts.find()) {
    if (!c.pendingIds?.length) continue;
    const still: string[] = [];
    for (const id of c.pendingIds) if (await vacancies.get(id)) still.push(id);
    if (still.length === c.pendingIds.length) continue;
    const { pendingIds: _drop, ...rest } = c;
    await counts.put(still.length ? { ...rest, pendingIds: still } : rest);
  }
  return due.length;
}
