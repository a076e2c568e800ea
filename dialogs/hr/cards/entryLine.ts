import { norwegianDate } from './dates.js';
import type { EntryView } from '../entryStore.js';
import { S } from '../strings.js';
import { textFor } from '../../shared/textFor.js';

/** One line under an entry's title: status · sector · version · who made it · last reviewed. */
export function entryLine(v: EntryView): string {
  return S.entry.line(
    v.status === 'active' ? S.entry.active : S.entry.retired,
    textFor(S.entry.sectors, v.entry.sector, 'sector'),
    v.shownVersion,
    v.changed ? S.entry.changed : S.entry.shipped,
    norwegianDate(v.entry.lastReviewed),
  );
}
