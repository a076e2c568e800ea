/**
 * A compact Norwegian stemmer after the Snowball algorithm, working on folded text (see fold.ts),
 * where ø and å have become o and a and æ is kept — all still vowels, so the regions stay as in Snowball.
 */
import { WORD } from './fold.js';

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'æ']);
const VALID_S_ENDING = new Set([...'bcdfghjlmnoprtvyz']);

const STEP1 = [
  'hetenes',
  'hetene',
  'hetens',
  'heten',
  'heter',
  'endes',
  'ande',
  'ende',
  'edes',
  'enes',
  'ens',
  'ers',
  'ets',
  'het',
  'ast',
  'ede',
  'ane',
  'ene',
  'en',
  'ar',
  'er',
  'as',
  'es',
  'et',
  'a',
  'e',
].sort((a, b) => b.length - a.length);
const STEP3 = ['hetslov', 'eleg', 'elig', 'elov', 'slov', 'leg', 'eig', 'lig', 'els', 'lov', 'ig'].sort((a, b) => b.length - a.length);

/** Start of R1: after the first non-vowel that follows a vowel, and at least 3 letters in. */
function r1Start(word: string): number {
  for (let i = 1; i < word.length; i++) {
    if (!VOWELS.has(word[i]) && VOWELS.has(word[i - 1])) return Math.max(i + 1, 3);
  }
  return word.length;
}

export function stemNorwegian(word: string): string {
  if (word.length < 3 || !WORD.test(word)) return word;
  const p1 = r1Start(word);
  let w = word;
  const inR1 = (suffix: string) => w.endsWith(suffix) && w.length - suffix.length >= p1;

  // Step 1
  const s1 = STEP1.find(inR1);
  const ertSuffix = ['erte', 'ert'].find(inR1);
  if (ertSuffix && (!s1 || ertSuffix.length >= s1.length)) {
    w = w.slice(0, -ertSuffix.length) + 'er';
  } else if (s1) {
    w = w.slice(0, -s1.length);
  } else if (inR1('s')) {
    const prev = w[w.length - 2];
    if (prev && (VALID_S_ENDING.has(prev) || (prev === 'k' && !VOWELS.has(w[w.length - 3] ?? 'a')))) {
      w = w.slice(0, -1);
    }
  }
  // Step 2
  if ((inR1('dt') || inR1('vt')) && w.length - 1 >= p1) w = w.slice(0, -1);
  // Step 3
  const s3 = STEP3.find(inR1);
  if (s3) w = w.slice(0, -s3.length);
  return w;
}
