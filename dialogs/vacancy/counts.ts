/** What one vacancy adds to the yearly figures: shared by the report and by retention. */
import { localDate } from './workingDays.js';
import type { PathCounts, PathId, Vacancy, YearlyCounts } from './model.js';

export type Counts = Omit<YearlyCounts, 'id' | 'pendingIds'>;

export const emptyCounts = (): Counts => ({ reported: 0, navContacted: 0, closed: 0, filled: 0, targetGroupHires: 0, targetGroupUndisclosed: 0, byPath: {} });

const yearOf = (iso: string): number => Number(localDate(new Date(iso)).slice(0, 4));

/** A vacancy counts as reported in the year it was reported, and as a hire in the year it was closed. */
export function contributions(v: Vacancy): Map<number, Counts> {
  const out = new Map<number, Counts>();
  const at = (year: number): Counts => {
    let c = out.get(year);
    if (!c) out.set(year, (c = emptyCounts()));
    return c;
  };
  const r = at(yearOf(v.reportedAt));
  r.reported += 1;
  if (v.checked.includes('contact-nav')) r.navContacted += 1;
  if (v.closed) {
    const c = at(yearOf(v.closed.at));
    c.closed += 1;
    if (v.closed.filled) {
      c.filled += 1;
      const inGroup = v.closed.targetGroup === 'yes';
      if (inGroup) c.targetGroupHires += 1;
      if (v.closed.targetGroup === 'undisclosed') c.targetGroupUndisclosed += 1;
      if (v.closed.pathId) {
        const p: PathCounts = c.byPath[v.closed.pathId] ?? { hires: 0, targetGroupHires: 0 };
        c.byPath[v.closed.pathId] = { hires: p.hires + 1, targetGroupHires: p.targetGroupHires + (inGroup ? 1 : 0) };
      }
    }
  }
  return out;
}

export function addCounts(a: Counts, b: Counts): Counts {
  const byPath: Counts['byPath'] = { ...a.byPath };
  for (const [id, p] of Object.entries(b.byPath) as Array<[PathId, PathCounts]>) {
    const q = byPath[id] ?? { hires: 0, targetGroupHires: 0 };
    byPath[id] = { hires: q.hires + p.hires, targetGroupHires: q.targetGroupHires + p.targetGroupHires };
  }
  return {
    reported: a.reported + b.reported,
    navContacted: a.navContacted + b.navContacted,
    closed: a.closed + b.closed,
    filled: a.filled + b.filled,
    targetGroupHires: a.targetGroupHires + b.targetGroupHires,
    targetGroupUndisclosed: a.targetGroupUndisclosed + b.targetGroupUndisclosed,
    byPath,
  };
}
