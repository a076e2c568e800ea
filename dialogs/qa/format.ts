/** Norwegian date format for cards: 2026-11-23 → 23.11.2026. */
export function norwegianDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** Folded question text: the key for counting repeats of the same unanswered question. */
export function foldQuestion(q: string): string {
  return q.toLowerCase().replace(/\s+/g, ' ').trim().replace(/[?!.]+$/, '');
}
