import { escapeText } from '../shared/escape.js';

/** Norwegian date format for cards: 2026-11-23 → 23.11.2026. */
export function norwegianDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/**
 * Folded question text: the key for counting repeats of the same unanswered question.
 * Lower case, whitespace collapsed, and trailing punctuation dropped ("Hva nå?" and "hva nå" are one).
 */
export function foldQuestion(q: string): string {
  const folded = q.toLowerCase().replace(/\s+/g, ' ').trim();
  // A loop, not /[?!.]+$/: that pattern is retried from every position of a long run (quadratic).
  let end = folded.length;
  while (end > 0 && '?!.'.includes(folded[end - 1])) end--;
  return folded.slice(0, end).trim();
}

/** True when the text holds no letter or digit, so there is nothing to search for. */
export function isBlankQuestion(q: string): boolean {
  return !/[\p{L}\p{N}]/u.test(q);
}

const MAX_BUTTON_TITLE = 48;

/** An entry title short enough for a button on a phone. */
export function buttonTitle(title: string): string {
  return escapeText(title, { max: MAX_BUTTON_TITLE });
}
