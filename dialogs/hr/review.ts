/**
 * «Trenger gjennomgang»: the active entries HR should look at, and why. An entry is listed when
 *  - it was last reviewed 12 months ago or more (its `lastReviewed`),
 *  - its title or answer shows a dated parameter ({{p:id}}, knowledge/parameters) whose check-again date
 *    (`checkBy`) has passed, or one the table no longer knows (knowledge/entries/render.ts), or
 *  - it got more thumbs down than up since HR last changed it (older votes were about older text).
 * Pure: entries, votes and today come in.
 */
import type { Entry } from '../../knowledge/entries/schema.js';
import { entriesNeedingReview, type StaleParameter } from '../../knowledge/entries/render.js';
import type { Feedback } from '../shared/records.js';
import type { EntryView } from './entryStore.js';

export const REVIEW_AFTER_MONTHS = 12;

export type { StaleParameter } from '../../knowledge/entries/render.js';

export type ReviewReason = { kind: 'old'; lastReviewed: string } | { kind: 'parameters'; parameters: StaleParameter[] } | { kind: 'feedback'; up: number; down: number };

export interface ReviewItem {
  view: EntryView;
  reasons: ReviewReason[];
}

/** The parameters an entry shows whose check-again date is before `today`, and ids the table does not know. */
export function staleParameters(entry: Entry, today: string): StaleParameter[] {
  return entriesNeedingReview([entry], today)[0]?.parameters ?? [];
}

/** The day `months` months before `today` (YYYY-MM-DD), clamped to the month's last day. */
export function monthsBefore(today: string, months: number): string {
  const [y, m, d] = today.split('-').map(Number);
  const total = y * 12 + (m - 1) - months;
  const ty = Math.floor(total / 12);
  const tm = (total % 12) + 1;
  const last = new Date(Date.UTC(ty, tm, 0)).getUTCDate();
  return `${String(ty).padStart(4, '0')}-${String(tm).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export function needsReview(views: readonly EntryView[], votes: readonly Feedback[], today: string): ReviewItem[] {
  const cutoff = monthsBefore(today, REVIEW_AFTER_MONTHS);
  const byEntry = new Map<string, Feedback[]>();
  for (const f of votes) byEntry.set(f.entryId, [...(byEntry.get(f.entryId) ?? []), f]);
  const out: ReviewItem[] = [];
  for (const view of views) {
    if (view.status !== 'active') continue;
    const reasons: ReviewReason[] = [];
    if (view.entry.lastReviewed <= cutoff) reasons.push({ kind: 'old', lastReviewed: view.entry.lastReviewed });
    const stale = staleParameters(view.entry, today);
    if (stale.length) reasons.push({ kind: 'parameters', parameters: stale });
    const since = view.updatedAt ?? '';
    const recent = (byEntry.get(view.entry.id) ?? []).filter((f) => f.at > since);
    const up = recent.filter((f) => f.vote === 'up').length;
    const down = recent.length - up;
    if (down > up) reasons.push({ kind: 'feedback', up, down });
    if (reasons.length) out.push({ view, reasons });
  }
  return out.sort(
    (a, b) =>
      b.reasons.length - a.reasons.length || a.view.entry.lastReviewed.localeCompare(b.view.entry.lastReviewed) || a.view.entry.title.localeCompare(b.view.entry.title, 'nb'),
  );
}
