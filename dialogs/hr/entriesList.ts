/**
 * The list of entries HR browses with `oppføringer`: every entry (shipped, added by HR, archived), in
 * title order, filtered by a search text, sector, tag and status, ten a page. Pure: the views come in.
 */
import { z } from 'zod';
import type { EntryView } from './entryStore.js';

export const PAGE_SIZE = 10;

export const SECTOR_FILTERS = ['', 'state', 'municipal', 'both'] as const;
export const STATUS_FILTERS = ['', 'active', 'retired', 'changed'] as const;

/** What the list shows; rides on the card's buttons, so it is validated as untrusted data. */
export const ListStateSchema = z.object({
  q: z.string().max(200).default(''),
  sector: z.enum(SECTOR_FILTERS).default(''),
  tag: z.string().max(60).default(''),
  status: z.enum(STATUS_FILTERS).default(''),
  page: z.coerce.number().int().min(0).max(10_000).default(0),
});
export type ListState = z.infer<typeof ListStateSchema>;
export const EMPTY_LIST: ListState = { q: '', sector: '', tag: '', status: '', page: 0 };

/** Lower case, accents folded, æ/ø/å kept apart from a/o. */
export function fold(s: string): string {
  return s
    .toLowerCase()
    .replace(/æ/g, '\ue000')
    .replace(/ø/g, '\ue001')
    .replace(/å/g, '\ue002')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\ue000/g, 'æ')
    .replace(/\ue001/g, 'ø')
    .replace(/\ue002/g, 'å');
}

// Folded once per entry object (entries are replaced, never changed in place, when HR edits them).
const folded = new WeakMap<object, string>();
const haystack = (v: EntryView) => {
  let h = folded.get(v.entry);
  if (h === undefined) folded.set(v.entry, (h = fold([v.entry.id, v.entry.title, ...v.entry.tags, ...v.entry.questions].join('\n'))));
  return h;
};

export function matches(v: EntryView, f: Omit<ListState, 'page'>): boolean {
  if (f.sector === 'both' && v.entry.sector !== 'both') return false;
  if ((f.sector === 'state' || f.sector === 'municipal') && v.entry.sector !== f.sector && v.entry.sector !== 'both') return false;
  if (f.status === 'active' && v.status !== 'active') return false;
  if (f.status === 'retired' && v.status !== 'retired') return false;
  if (f.status === 'changed' && !v.changed) return false;
  if (f.tag && !v.entry.tags.some((t) => fold(t) === fold(f.tag))) return false;
  const words = fold(f.q).split(/\s+/).filter(Boolean);
  if (words.length) {
    const h = haystack(v);
    if (!words.every((w) => h.includes(w))) return false;
  }
  return true;
}

const byTitle = new Intl.Collator('nb', { sensitivity: 'base', numeric: true });

export interface Page<T> {
  items: T[];
  /** The page shown (clamped to the last page), from 0. */
  page: number;
  pages: number;
  total: number;
}

export function pageOf<T>(all: readonly T[], page: number, size = PAGE_SIZE): Page<T> {
  const pages = Math.max(1, Math.ceil(all.length / size));
  const p = Math.min(Math.max(0, page), pages - 1);
  return { items: all.slice(p * size, p * size + size), page: p, pages, total: all.length };
}

/** The entries that match, in title order, and the page asked for. */
export function listEntries(views: readonly EntryView[], state: ListState): Page<EntryView> {
  const hits = views.filter((v) => matches(v, state)).sort((a, b) => byTitle.compare(a.entry.title, b.entry.title) || a.entry.id.localeCompare(b.entry.id));
  return pageOf(hits, state.page);
}

/** At most this many tags in the filter, so the card stays well under the size Teams accepts. */
export const MAX_TAG_CHOICES = 150;

/** Tags worth offering in the filter: the most used ones that at least two entries share, plus the one chosen. */
export function tagChoices(views: readonly EntryView[], chosen: string): string[] {
  const count = new Map<string, number>();
  for (const v of views) for (const t of new Set(v.entry.tags.map((x) => x.toLowerCase()))) count.set(t, (count.get(t) ?? 0) + 1);
  const tags = [...count]
    .filter(([, n]) => n >= 2)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_TAG_CHOICES)
    .map(([t]) => t);
  if (chosen && !tags.includes(chosen.toLowerCase())) tags.push(chosen.toLowerCase());
  return tags.sort((a, b) => byTitle.compare(a, b));
}
