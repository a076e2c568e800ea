/**
 * Entries and the dated parameters they name. An answer writes {{p:<id>}} instead of copying a number
 * (knowledge/parameters), so it shows the value in force on the day it is given; HR's review list shows the
 * entries that use a parameter past its "check again by" date. Pure functions: the date is an argument.
 */
import { formatValue, parameterIdsIn, PLACEHOLDER } from '../parameters/format.js';
import { hasParameter, parameter, valueOn } from '../parameters/registry.js';
import type { Entry } from './schema.js';

/** Shown in place of a placeholder whose parameter is unknown or has no value on the date. */
export const UNKNOWN_VALUE = '(verdien er ikke fastsatt i veilederen – sjekk kilden)';

/** The parameter ids an entry's title and answer name, in order of first use. */
export function parametersOf(entry: Pick<Entry, 'title' | 'answer'>): string[] {
  return [...new Set([...parameterIdsIn(entry.title), ...parameterIdsIn(entry.answer)])];
}

/**
 * The text with every {{p:id}} replaced by the value in force on `date` (YYYY-MM-DD). Never throws: an id
 * that is unknown or has no value that day becomes `unknown` (UNKNOWN_VALUE; curated entries are tested never to).
 */
export function renderText(text: string, date: string, unknown = UNKNOWN_VALUE): string {
  return text.replace(PLACEHOLDER, (_m, id: string) => (hasParameter(id) && valueOn(id, date) ? formatValue(id, date) : unknown));
}

/**
 * The entry as the search indexes it on `date`: the values in force then, and nothing where a value is not
 * (the words of UNKNOWN_VALUE would make the ranking depend on which placeholders are unknown that day).
 */
export function renderForSearch<E extends Pick<Entry, 'title' | 'answer'>>(entry: E, date: string): E {
  return { ...entry, title: renderText(entry.title, date, ''), answer: renderText(entry.answer, date, '') };
}

/** The entry as a person should read it on `date`: title and answer with the values in force then. */
export function renderEntry<E extends Pick<Entry, 'title' | 'answer'>>(entry: E, date: string): E {
  return { ...entry, title: renderText(entry.title, date), answer: renderText(entry.answer, date) };
}

export interface StaleParameter {
  id: string;
  label: string;
  checkBy: string;
}

export interface EntryNeedingReview<E extends Entry = Entry> {
  entry: E;
  /** The parameters the entry names whose check-again date has passed, and unknown ids (checkBy ''). */
  parameters: StaleParameter[];
}

/**
 * Entries that name a parameter whose `checkBy` is before `today` (YYYY-MM-DD), or a parameter the table
 * does not know: what HR's «Trenger gjennomgang» list shows. In the order given.
 */
export function entriesNeedingReview<E extends Entry>(entries: readonly E[], today: string): EntryNeedingReview<E>[] {
  const out: EntryNeedingReview<E>[] = [];
  for (const entry of entries) {
    const stale: StaleParameter[] = [];
    for (const id of parametersOf(entry)) {
      if (!hasParameter(id)) {
        stale.push({ id, label: 'Ukjent parameter', checkBy: '' });
        continue;
      }
      const p = parameter(id);
      if (p.checkBy < today) stale.push({ id, label: p.label, checkBy: p.checkBy });
    }
    if (stale.length) out.push({ entry, parameters: stale });
  }
  return out;
}
