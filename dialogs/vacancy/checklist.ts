/** Which checklist items a vacancy has, how far it has come, and the guide's prefill from its facts. */
import { CHECKLIST_ITEMS, type ChecklistItemId, type PositionFacts, type Vacancy } from './model.js';

/** The interview duty is the state's (statsansatteforskriften §§ 4 and 4a). */
export function itemsFor(sector: PositionFacts['sector']): ChecklistItemId[] {
  return CHECKLIST_ITEMS.filter((i) => i !== 'interview-duty' || sector === 'state');
}

export function progress(v: Pick<Vacancy, 'sector' | 'checked'>): { done: number; total: number; open: ChecklistItemId[] } {
  const items = itemsFor(v.sector);
  const open = items.filter((i) => !v.checked.includes(i));
  return { done: items.length - open.length, total: items.length, open };
}

/** The data of the "assess whether the need is temporary" button, for the guide's `guide.start`. */
export interface GuidePrefill {
  prefill: {
    sector: PositionFacts['sector'];
    position: { permanent: boolean; durationMonths?: number; ground?: 'substitute' | 'temporary_work'; absenceReason?: 'sick_leave' | 'parental_leave' };
  };
}

export function guidePrefill(f: PositionFacts): GuidePrefill {
  const position: GuidePrefill['prefill']['position'] = { permanent: f.permanent };
  if (!f.permanent && f.durationMonths !== undefined) position.durationMonths = f.durationMonths;
  // The reason hints at the temporary ground even when the manager reported the position as permanent:
  // weighing exactly that is what the guide is for. Resignation and new position give no ground.
  if (f.reason === 'sick_leave' || f.reason === 'parental_leave') {
    position.ground = 'substitute';
    position.absenceReason = f.reason;
  } else if (f.reason === 'project') position.ground = 'temporary_work';
  return { prefill: { sector: f.sector, position } };
}
