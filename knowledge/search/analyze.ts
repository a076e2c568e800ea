/** Text to tokens: fold, split, flag stop words, stem. */
import { tokenize } from './fold.js';
import { stemNorwegian } from './stemmer.js';
import { isStopWord } from './stopwords.js';

export interface Token {
  /** The folded surface form. */
  form: string;
  stem: string;
  stop: boolean;
}

/** Stems and stop flags by form: the same words recur across entries, so this saves most stemming. */
const memo = new Map<string, { stem: string; stop: boolean }>();
const MEMO_LIMIT = 200_000;

export function analyze(text: string): Token[] {
  return tokenize(text).map((form) => {
    let known = memo.get(form);
    if (!known) {
      known = { stem: stemNorwegian(form), stop: isStopWord(form) };
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(form, known);
    }
    return { form, stem: known.stem, stop: known.stop };
  });
}
