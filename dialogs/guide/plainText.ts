/**
 * How the guide writes laws, dates and numbers for a manager: laws as people cite them
 * ("statsansatteloven §§ 3 og 4"), dates as 1.7.2025, dated parameters ({{p:id}}) as their value on
 * the day shown.
 */
import { renderParameters } from '../../knowledge/parameters/format.js';

const SECTION = /^([^§]+?) §§? (.+)$/;

/**
 * Joins legal references, grouping the sections of one law: ["statsansatteloven § 3",
 * "statsansatteloven § 4", "statsansatteforskriften § 3a"] → "statsansatteloven §§ 3 og 4;
 * statsansatteforskriften § 3a". References without a section are kept as written.
 */
export function citeLaws(refs: readonly string[]): string {
  const groups: Array<{ law: string; items: string[] } | { text: string }> = [];
  for (const raw of refs) {
    const ref = raw.trim();
    const m = SECTION.exec(ref);
    if (!m) {
      if (!groups.some((g) => 'text' in g && g.text === ref)) groups.push({ text: ref });
      continue;
    }
    const [, law, item] = m;
    const g = groups.find((x): x is { law: string; items: string[] } => 'law' in x && x.law === law);
    if (!g) groups.push({ law, items: [item] });
    else if (!g.items.includes(item)) g.items.push(item);
  }
  return groups
    .map((g) => {
      if ('text' in g) return g.text;
      if (g.items.length === 1) return `${g.law} ${/ og /.test(g.items[0]) ? '§§' : '§'} ${g.items[0]}`;
      return `${g.law} §§ ${listOf(g.items)}`;
    })
    .join('; ');
}

/** "a, b og c" (or "a, b eller c"). */
export function listOf(items: readonly string[], last: 'og' | 'eller' = 'og'): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}

const MONTHS = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];
const LONG_DATE = new RegExp(`\\b(\\d{1,2})\\.\\s+(${MONTHS.join('|')})\\s+(\\d{4})\\b`, 'gi');

/** "1. juli 2022" → "1.7.2022" in running text. */
export function plainDates(text: string): string {
  return text.replace(LONG_DATE, (_m, d: string, month: string, y: string) => `${Number(d)}.${MONTHS.indexOf(month.toLowerCase()) + 1}.${y}`);
}

/** "2025-07-01" → "1.7.2025". */
export function dateText(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) throw new Error(`not an ISO date: ${iso}`);
  return `${Number(m[3])}.${Number(m[2])}.${m[1]}`;
}

const osloDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day in Norway (YYYY-MM-DD): the day whose rules and parameter values are shown. */
export function osloDate(at: Date): string {
  return osloDay.format(at);
}

/** A text as the manager reads it on `day`: parameters rendered, dates written short. */
export function plain(text: string, day: string): string {
  return plainDates(renderParameters(text, day));
}
