/**
 * Turns a question into concepts: one per content word or synonym phrase. A concept matches an entry
 * through any of its alternatives (the word's stem, its synonym group, its compound parts together,
 * or vocabulary words within a typo's reach). `credit` < 1 marks a concept found only by guessing.
 */
import { analyze, type Token } from './analyze.js';
import { splitCompound, type Lexicon } from './compounds.js';
import { maxEditsFor, type FuzzyIndex } from './fuzzy.js';
import type { PhraseMatcher } from './phrases.js';
import { isStopWord } from './stopwords.js';

export interface Alternative {
  /** All must occur in the entry (more than one for compound parts). */
  terms: string[];
  weight: number;
}

export interface Concept {
  key: string;
  alts: Alternative[];
  credit: number;
}

export interface Vocabulary {
  /** How many entries hold the term. */
  df(term: string): number;
  lexicon: Lexicon;
  fuzzy: FuzzyIndex;
  matcher: PhraseMatcher;
  splitCompound(form: string): string[] | null;
}

export const groupTerm = (group: string) => `#${group}`;

const COMPOUND_CREDIT = 0.85;
const MIN_FUZZY_TERM = 5;
const FUZZY_CREDIT = [1, 0.8, 0.6];

interface QueryToken extends Token {
  credit: number;
  parts?: string[];
  fuzzy?: string[];
}

export function analyzeQuestion(question: string, vocab: Vocabulary): Concept[] {
  const tokens: QueryToken[] = analyze(question).map((t) => ({ ...t, credit: 1 }));

  for (const t of tokens) {
    if (t.stop || vocab.df(t.stem) > 0 || vocab.matcher.stems.has(t.stem) || /^\d/.test(t.form)) continue;
    const parts = vocab.splitCompound(t.form);
    if (parts && parts.every((p) => vocab.df(p) > 0)) {
      t.parts = parts;
      t.credit = COMPOUND_CREDIT;
      continue;
    }
    const alive = (term: string) => term.length >= MIN_FUZZY_TERM && (vocab.df(term) > 0 || vocab.matcher.stems.has(term));
    // The stemmer may cut a misspelt word differently ("arbeidstrenig" → "arbeidstren"), so try both;
    // the allowed distance follows the length of what is looked up, so short stems must match exactly.
    const matches = [
      ...vocab.fuzzy.lookup(t.stem, maxEditsFor(t.stem.length), alive),
      ...vocab.fuzzy.lookup(t.form, maxEditsFor(t.form.length), alive),
    ]
      .sort((a, b) => a.distance - b.distance)
      .filter((m, i, all) => m.distance === all[0].distance && all.findIndex((x) => x.term === m.term) === i);
    if (matches.length > 0 && matches.length <= 3) {
      t.fuzzy = matches.map((m) => m.term);
      t.credit = FUZZY_CREDIT[matches[0].distance] ?? 0.5;
      t.stem = matches[0].term;
    }
  }

  const concepts = new Map<string, Concept>();
  const add = (c: Concept) => {
    const prev = concepts.get(c.key);
    if (!prev || prev.credit < c.credit) concepts.set(c.key, c);
  };
  const inPhrase = new Set<number>();
  for (const m of vocab.matcher.longest(tokens)) {
    const span = tokens.slice(m.start, m.end);
    for (let i = m.start; i < m.end; i++) inPhrase.add(i);
    const alts: Alternative[] = [{ terms: [groupTerm(m.group)], weight: 1 }];
    for (const g of m.also) alts.push({ terms: [groupTerm(g)], weight: 0.5 });
    const content = span.filter((t) => !t.stop);
    if (content.length === 1 && vocab.df(content[0].stem) > 0 && !isStopWord(content[0].stem)) alts.push({ terms: [content[0].stem], weight: 1 });
    add({ key: groupTerm(m.group), alts, credit: Math.min(...span.map((t) => t.credit)) });
  }
  tokens.forEach((t, i) => {
    if (t.stop || inPhrase.has(i) || (t.form.length < 2 && !/^\d/.test(t.form))) return;
    if (t.parts) add({ key: t.form, alts: [{ terms: t.parts, weight: 1 }], credit: t.credit });
    else if (t.fuzzy) add({ key: t.stem, alts: t.fuzzy.map((term) => ({ terms: [term], weight: 1 })), credit: t.credit });
    else add({ key: t.stem, alts: vocab.df(t.stem) > 0 ? [{ terms: [t.stem], weight: 1 }] : [], credit: 1 });
  });
  return [...concepts.values()];
}
