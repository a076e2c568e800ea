/**
 * Calendar arithmetic for reminders, in Norwegian local time: a reminder at 07:00 UTC on a Monday is a
 * Monday in Oslo too, but one at 23:30 UTC on a Sunday is already Monday there. Public holidays are not
 * counted as days off (a reminder on 17 May is harmless).
 */
const osloDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The Oslo calendar date of an instant, as YYYY-MM-DD. */
export function localDate(at: Date): string {
  return osloDate.format(at);
}

const dayNumber = (ymd: string): number => Date.UTC(+ymd.slice(0, 4), +ymd.slice(5, 7) - 1, +ymd.slice(8, 10)) / 86_400_000;
const isWeekday = (day: number): boolean => {
  const dow = new Date(day * 86_400_000).getUTCDay();
  return dow >= 1 && dow <= 5;
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
