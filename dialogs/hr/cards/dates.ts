/** Norwegian dates for HR's cards: 2026-11-23 → 23.11.2026 (Oslo time for timestamps). */
const osloDate = new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', day: '2-digit', month: '2-digit', year: 'numeric' });
const osloTime = new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });

export function norwegianDate(isoOrDay: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoOrDay);
  if (m) return `${m[3]}.${m[2]}.${m[1]}`;
  const d = new Date(isoOrDay);
  return Number.isNaN(d.getTime()) ? isoOrDay : osloDate.format(d);
}

export function norwegianTime(iso: string): string {
  return osloTime.format(new Date(iso));
}

/** The day in Norway (YYYY-MM-DD) of an instant. */
export function osloDay(at: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(at);
}
