/** Reads a typed answer ("ja", "n", "8 mnd", the label of a choice, "tilbake") for the current question. */
import type { Answers, AnswerValue, Question } from './questions.js';

export type Typed = { kind: 'answer'; value: AnswerValue } | { kind: 'back' } | { kind: 'cancel' } | { kind: 'unclear' };

const BACK = new Set(['tilbake', 'forrige', 'back', 'angre']);
const CANCEL = new Set(['avbryt', 'stopp', 'slutt', 'cancel', 'avslutt']);

export function normalise(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFC')
      .replace(/[«»"“”'’.!?,;:()]/g, ' ')
      // Whitespace first: /\s*[–—-]\s*/ would rescan a long run of spaces from each of its positions.
      .replace(/\s+/g, ' ')
      .replace(/ ?[–—-] ?/g, ' ')
      .replace(/ +/g, ' ')
      .trim()
  );
}

export function parseMonths(text: string): number | undefined {
  const m = /^(\d{1,3})(?:[.,](\d+))?\s*(mnd|md|m|måned|måneder|mån|months?|år|aar|years?)?$/.exec(text.toLowerCase().trim().replace(/[.!]$/, '').trim());
  if (!m) return undefined;
  if (m[2] !== undefined && !/^(år|aar|years?)$/.test(m[3] ?? '')) return undefined;
  const n = Number(`${m[1]}.${m[2] ?? '0'}`);
  const months = /^(år|aar|years?)$/.test(m[3] ?? '') ? n * 12 : n;
  return Number.isInteger(months) && months >= 1 && months <= 120 ? months : undefined;
}

export function parseTyped(q: Question, before: Answers, text: string): Typed {
  const t = normalise(text);
  if (BACK.has(t)) return { kind: 'back' };
  if (CANCEL.has(t)) return { kind: 'cancel' };
  if (q.kind === 'number') {
    const months = parseMonths(text);
    return months === undefined ? { kind: 'unclear' } : { kind: 'answer', value: months };
  }
  const choices = q.choices(before);
  const exact = choices.filter((c) => normalise(c.label) === t || c.aliases.includes(t));
  if (exact.length === 1) return { kind: 'answer', value: exact[0].value };
  // A unique beginning of a label is enough ("kommune", "vikar for en som").
  if (t.length >= 3) {
    const prefix = choices.filter((c) => normalise(c.label).startsWith(t));
    if (prefix.length === 1) return { kind: 'answer', value: prefix[0].value };
  }
  return { kind: 'unclear' };
}

const QUESTION_START = /^(?:hva|hvordan|hvorfor|hvem|hvilke|hvilken|hvilket|hvor|når|kan|kan jeg|må|skal|bør|får|er|gjelder|trenger|finnes|betyr|forklar|fortell)\b/;

/**
 * Whether text typed in the middle of the guide is a question for the knowledge base rather than a
 * garbled answer: it ends with a question mark, starts like a question, or is a sentence of some length.
 */
export function isQuestion(text: string): boolean {
  const t = normalise(text);
  if (!t) return false;
  if (/\?\s*$/.test(text.trim())) return true;
  return QUESTION_START.test(t) || t.split(' ').length >= 6;
}
