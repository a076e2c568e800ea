/**
 * Splits Norwegian compound words against a vocabulary: lønnstilskuddet → lønn + tilskudd,
 * sykefraværsoppfølging → sykefravær + oppfølging. Works on folded forms; the linking letters s and e
 * between the parts are dropped. Non-final parts must be known words or stems; the final part may
 * be inflected (its stem must be known).
 */
import { stemNorwegian } from './stemmer.js';
import { isStopWord } from './stopwords.js';

export interface Lexicon {
  /** A folded word form or a stem seen in the indexed text. */
  has(wordOrStem: string): boolean;
}

const MIN_PART = 3;
const MAX_PARTS = 4;

function knownPart(part: string, lexicon: Lexicon): boolean {
  return part.length >= MIN_PART && !isStopWord(part) && lexicon.has(part);
}

/** The stems of the parts (at least two), or null when the word does not split. Fewest parts win. */
export function splitCompound(word: string, lexicon: Lexicon, maxParts = MAX_PARTS): string[] | null {
  if (maxParts < 2 || word.length < 2 * MIN_PART) return null;
  let best: string[] | null = null;
  for (let i = word.length - MIN_PART; i >= MIN_PART; i--) {
    const left = word.slice(0, i);
    if (!knownPart(left, lexicon)) continue;
    const leftStem = stemNorwegian(left);
    for (const rest of restsAfterLink(word.slice(i))) {
      let tail: string[] | null = null;
      const restStem = stemNorwegian(rest);
      if (rest.length >= MIN_PART && !isStopWord(rest) && (lexicon.has(rest) || lexicon.has(restStem))) tail = [restStem];
      else if (!best || best.length > 2) tail = splitCompound(rest, lexicon, maxParts - 1);
      if (tail && (!best || tail.length + 1 < best.length)) best = [leftStem, ...tail];
    }
    if (best?.length === 2) break;
  }
  return best;
}

function restsAfterLink(rest: string): string[] {
  return rest.length > MIN_PART && (rest[0] === 's' || rest[0] === 'e') ? [rest, rest.slice(1)] : [rest];
}
