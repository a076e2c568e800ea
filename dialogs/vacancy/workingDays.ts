/**
 * Calendar arithmetic for reminders, in Norwegian local time: a reminder at 07:00 UTC on a Monday is a
 * Monday in Oslo too, but one at 23:30 UTC on a Sunday is already Monday there. Working days are Monday
 * to Friday except the Norwegian public holidays (helligdagsloven; 1 and 17 May by their own laws).
 */
const osloDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The Oslo calendar date of an instant, as YYYY-MM-DD. */
export function localDate(at: Date): string {
  return osloDate.format(at);
}

const dayNumber = (ymd: string): number => Date.UTC(+ymd.slice(0, 4), +ymd.slice(5, 7) - 1, +ymd.slice(8, 10)) / 86_400_000;
/** Easter Sunday (Gregorian, anonymous algorithm) as a day number. */
function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

const holidayCache = new Map<number, Set<number>>();

/** Norwegian public holidays of a year, as day numbers. */
export function publicHolidays(year: number): Set<number> {
  let set = holidayCache.get(year);
  if (!set) {
    const easter = easterSunday(year);
    const fixed = [
      [1, 1], // nyttårsdag
      [5, 1], // arbeidernes dag
      [5, 17], // grunnlovsdag
      [12, 25], // første juledag
      [12, 26], // andre juledag
    ].map(([m, d]) => Date.UTC(year, m - 1, d) / 86_400_000);
    // Skjærtorsdag, langfredag, første og andre påskedag, Kristi himmelfartsdag, første og andre pinsedag.
    const moving = [-3, -2, 0, 1, 39, 49, 50].map((offset) => easter + offset);
    set = new Set([...fixed, ...moving]);
    holidayCache.set(year, set);
  }
  return set;
}

const isWeekday = (day: number): boolean => {
  const date = new Date(day * 86_400_000);
  const dow = date.getUTCDay();
  return dow >= 1 && dow <= 5 && !publicHolidays(date.getUTCFullYear()).has(day);
};

export function isWorkingDay(at: Date): boolean {
  return isWeekday(dayNumber(localDate(at)));
}

/** Working days (Mon-Fri) after the day of `from`, up to and including the day of `to`. */
export function workingDaysBetween(from: Date, to: Date): number {
  const a = dayNumber(localDate(from));
  const b = dayNumber(localDate(to));
  let n = 0;
  for (let d = a + 1; d <= b; d++) if (isWeekday(d)) n++;
  return n;
}
