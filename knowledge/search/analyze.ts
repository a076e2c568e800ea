/** Text to tokens: fold, split, flag stop words, stem, and read durations ("fem måneder" → 5mnd). */
import { tokenize } from './fold.js';
import { bokmalForm } from './nynorsk.js';
import { stemNorwegian } from './stemmer.js';
import { isStopWord } from './stopwords.js';

export interface Token {
  /** The folded surface form. */
  form: string;
  stem: string;
  stop: boolean;
  /** A number said again by the duration token after it ("fem måneder" → 5mnd): indexed, but not a concept of its own. */
  inDuration?: boolean;
}

/** Stems and stop flags by form: the same words recur across entries, so this saves most stemming. */
const memo = new Map<string, { stem: string; stop: boolean }>();
const MEMO_LIMIT = 200_000;

const NUMBER_WORDS: Record<string, number> = {
  en: 1,
  ett: 1,
  ei: 1,
  ein: 1,
  eitt: 1,
  one: 1,
  to: 2,
  two: 2,
  tre: 3,
  three: 3,
  fire: 4,
  four: 4,
  fem: 5,
  five: 5,
  seks: 6,
  six: 6,
  sju: 7,
  syv: 7,
  seven: 7,
  atte: 8,
  eight: 8,
  ni: 9,
  nine: 9,
  ti: 10,
  ten: 10,
  elleve: 11,
  tolv: 12,
  twelve: 12,
  atten: 18,
  tjuefire: 24,
  halvt: 0.5,
  halvannet: 1.5,
  halvanna: 1.5,
};
/** Unit words (folded) and what a duration in them is written as: months, weeks or days. */
const UNITS: Record<string, [unit: string, factor: number]> = {
  ar: ['mnd', 12],
  aret: ['mnd', 12],
  arene: ['mnd', 12],
  ara: ['mnd', 12],
  year: ['mnd', 12],
  years: ['mnd', 12],
  arig: ['mnd', 12],
  maned: ['mnd', 1],
  maneder: ['mnd', 1],
  maneders: ['mnd', 1],
  manad: ['mnd', 1],
  manader: ['mnd', 1],
  mnd: ['mnd', 1],
  md: ['mnd', 1],
  month: ['mnd', 1],
  months: ['mnd', 1],
  uke: ['uke', 1],
  uker: ['uke', 1],
  ukers: ['uke', 1],
  veke: ['uke', 1],
  veker: ['uke', 1],
  week: ['uke', 1],
  weeks: ['uke', 1],
  dag: ['dag', 1],
  dager: ['dag', 1],
  dagar: ['dag', 1],
  day: ['dag', 1],
  days: ['dag', 1],
};

/** Short words the stemmer leaves whole (too short for its suffix rules) that are inflections of another. */
const SHORT_INFLECTIONS: Record<string, string> = { nye: 'ny', nytt: 'ny' };

function token(form: string): Token {
  let known = memo.get(form);
  if (!known) {
    known = { stem: SHORT_INFLECTIONS[form] ?? stemNorwegian(form), stop: isStopWord(form) };
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(form, known);
  }
  return { form, stem: known.stem, stop: known.stop };
}

/** Whether a folded token is a number, in digits or as a number word ("tre", "50"). */
export function isNumber(form: string): boolean {
  return /^\d+$/.test(form) || NUMBER_WORDS[form] !== undefined;
}

/** A duration token: a number and a unit code of UNITS ("fem måneder" → 5mnd). */
const DURATION = new RegExp(`^\\d+(?:\\.\\d+)?(?:${[...new Set(Object.values(UNITS).map(([code]) => code))].join('|')})$`);

/** Whether a token is a duration read from a number and a unit. */
export function isDuration(form: string): boolean {
  return DURATION.test(form);
}

/** The number a token stands for, digits or a number word. */
function numberOf(form: string): number | undefined {
  if (/^\d{1,3}$/.test(form)) return Number(form);
  return NUMBER_WORDS[form];
}

/**
 * «våre» (our) folds to «vare» (to last), which stems as «varig» and «varer» do: written as the nynorsk «vore»,
 * a stop word, before folding. «vår» and «vårt» fold to stop words of their own.
 */
const OUR = /(?<!\p{L})[vV][åÅ]re(?!\p{L})/gu;

export function analyze(text: string): Token[] {
  const forms = tokenize(text.replace(OUR, 'vore')).map(bokmalForm);
  const out: Token[] = [];
  for (let i = 0; i < forms.length; i++) {
    out.push(token(forms[i]));
    const unit = UNITS[forms[i]];
    if (!unit || i === 0) continue;
    const n = numberOf(forms[i - 1]);
    if (n === undefined || n <= 0) continue;
    const value = Math.round(n * unit[1] * 10) / 10;
    const duration = `${value}${unit[0]}`;
    // The number is said by the duration ("fem måneder" → 5mnd): as a concept of its own it would count a second
    // time, and against every entry that writes it the other way ("seks måneder" beside "6 mnd").
    out[out.length - 2] = { ...out[out.length - 2], inDuration: true };
    out.push({ form: duration, stem: duration, stop: false });
  }
  return out;
}
