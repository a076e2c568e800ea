/**
 * Finds synonym-group phrases in a token stream. A phrase matches token by token on stems; stop words
 * in the text may sit between the phrase's words ("fravær fra arbeid, utdanning eller opplæring"
 * matches the phrase "fravær arbeid utdanning opplæring").
 */
import SearchableMap from 'minisearch/SearchableMap';
import { analyze, type Token } from './analyze.js';
import { SYNONYM_GROUPS } from './synonyms.js';

/** Shorter words are not read as typos: too many real words lie one edit apart ("stort", "start"). */
export const MIN_TYPO = 6;

export interface PhraseMatch {
  start: number;
  /** Exclusive. */
  end: number;
  group: string;
}

interface Pattern {
  stems: string[];
  forms: string[];
  stops: boolean[];
  group: string;
}

/** Stems this short are ambiguous ("varighet" and "varig" both stem to "var"): match the exact form. */
const SHORT_STEM = 3;

export class PhraseMatcher {
  private readonly byFirst = new Map<string, Pattern[]>();
  /** Every stem that occurs in some phrase, for typo correction. */
  readonly stems = new Set<string>();
  private readonly stemTree = new SearchableMap<true>();

  constructor(groups: Record<string, readonly string[]> = SYNONYM_GROUPS) {
    for (const [group, phrases] of Object.entries(groups)) {
      for (const phrase of phrases) {
        const tokens = analyze(phrase);
        const stems = tokens.map((t) => t.stem);
        if (stems.length === 0) continue;
        const list = this.byFirst.get(stems[0]) ?? [];
        list.push({ stems, forms: tokens.map((t) => t.form), stops: tokens.map((t) => t.stop), group });
        this.byFirst.set(stems[0], list);
        for (const s of stems) this.stems.add(s);
      }
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.stems.length - a.stems.length);
    for (const s of this.stems) if (s.length >= 4) this.stemTree.set(s, true);
  }

  /**
   * The phrase stem a misspelt word stands for ("nedsat" → "nedsatt"), when one is closest: within
   * one edit for words of 6-7 letters, two from 8, with the same first letter.
   */
  correct(word: string): string | undefined {
    if (word.length < MIN_TYPO || this.stems.has(word)) return undefined;
    const found = [...this.stemTree.fuzzyGet(word, word.length < 8 ? 1 : 2)].map(([term, [, d]]) => ({ term, d })).filter((f) => f.term[0] === word[0]);
    if (found.length === 0) return undefined;
    const min = Math.min(...found.map((f) => f.d));
    const best = found.filter((f) => f.d === min);
    return best.length === 1 ? best[0].term : undefined;
  }

  /** Groups that have this single stem as one of their phrases (for compound parts). */
  groupsOfWord(stem: string): string[] {
    return (this.byFirst.get(stem) ?? []).filter((p) => p.stems.length === 1 && stem.length > SHORT_STEM).map((p) => p.group);
  }

  /** The end (exclusive) of a match of `p` starting at `start`, or -1. */
  private matchAt(tokens: readonly Token[], start: number, p: Pattern): number {
    // A function word does not start a phrase whose own first word is not one: "vårt" folds to "vart",
    // which stems like "varte" (lasted).
    if (tokens[start].stop && !p.stops[0]) return -1;
    let i = start;
    const same = (t: Token, j: number) => t.stem === p.stems[j] && (p.stems[j].length > SHORT_STEM || t.form === p.forms[j]);
    for (let j = 0; j < p.stems.length; j++) {
      while (j > 0 && i < tokens.length && !same(tokens[i], j) && tokens[i].stop) i++;
      if (i >= tokens.length || !same(tokens[i], j)) return -1;
      i++;
    }
    return i;
  }

  /** Every match at every position (for indexing: an entry gets every group it mentions). */
  all(tokens: readonly Token[]): PhraseMatch[] {
    const out: PhraseMatch[] = [];
    for (let start = 0; start < tokens.length; start++) {
      const candidates = this.byFirst.get(tokens[start].stem);
      if (!candidates) continue;
      const seen = new Set<string>();
      for (const p of candidates) {
        if (seen.has(p.group)) continue;
        const end = this.matchAt(tokens, start, p);
        if (end > 0) {
          out.push({ start, end, group: p.group });
          seen.add(p.group);
        }
      }
    }
    return out;
  }

  /** Longest matches left to right without overlap (for questions); `also` holds other groups matched at the same start. */
  longest(tokens: readonly Token[]): Array<PhraseMatch & { also: string[] }> {
    const out: Array<PhraseMatch & { also: string[] }> = [];
    let start = 0;
    while (start < tokens.length) {
      const candidates = this.byFirst.get(tokens[start].stem) ?? [];
      let best: PhraseMatch | undefined;
      const also: string[] = [];
      for (const p of candidates) {
        const end = this.matchAt(tokens, start, p);
        if (end < 0) continue;
        if (!best || end > best.end) {
          if (best && !also.includes(best.group)) also.push(best.group);
          best = { start, end, group: p.group };
        } else if (p.group !== best.group && !also.includes(p.group)) also.push(p.group);
      }
      if (best) {
        out.push({ ...best, also: also.filter((g) => g !== best!.group) });
        start = best.end;
      } else start++;
    }
    return out;
  }
}
