/**
 * Retrieval over the knowledge entries: MiniSearch (BM25+ over four boosted fields, typo and prefix
 * matching) with our Norwegian analysis as its terms (terms.ts). On top of the library's ranking sits
 * our confidence: how much of the question the entry covers (idf-weighted concepts, guessed matches
 * counting less, unknown words counting against), how close the question is to one of the entry's own
 * phrasings, and its lead over the next entry. Answers are indexed as rendered for the build date.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import type { Entry } from '../entries/schema.js';
import { renderEntry } from '../entries/render.js';
import { Analyzer, type Concept, type Vocabulary } from './terms.js';

export const FIELDS = ['questions', 'title', 'tags', 'answer'] as const;
export type Field = (typeof FIELDS)[number];

export interface RetrievalOptions {
  fieldWeights?: Partial<Record<Field, number>>;
  /** The date answers are rendered for when indexed (YYYY-MM-DD), from the caller's clock. */
  date: string;
}

const DEFAULT_WEIGHTS: Record<Field, number> = { questions: 3, title: 2, tags: 1.5, answer: 1 };
/** An unknown word in a question counts this share of the rarest possible word against coverage. */
const UNKNOWN_WEIGHT = 0.7;
/** Credit for a word matched only within a typo's reach or as a prefix. */
const GUESS_CREDIT = 0.8;
const RERANK_DEPTH = 8;
/** A concept held by more than this share of the entries is not searched for, only counted (see candidates()). */
const COMMON_SHARE = 0.05;
/** … and by at least this many: an employer's own base (hundreds of entries) is searched by every word. */
const COMMON_MIN = 500;
/** At most this many entries are scored by the library for one question (those holding the most of it). */
const POOL_LIMIT = 64;

export interface ScoredHit {
  entry: Entry;
  /** Confidence in 0..1. */
  score: number;
  coverage: number;
  similarity: number;
}

interface Doc {
  entry: Entry;
  /** Its distinct terms (kept for removal; whether it holds a term is asked of `holders`). */
  terms: string[];
  /** Each question phrasing and the title as concepts, each concept its alternative terms. */
  phrasings: string[][][];
}

interface Holders {
  size: number;
  has(doc: string): boolean;
  all(): ReadonlySet<string>;
}
const EMPTY: ReadonlySet<string> = new Set<string>();

type IndexedDoc = { id: string } & Record<Exclude<Field, 'answer'>, string>;

const space = (s: string) => (s ? s.split(' ') : []);

export class Retrieval {
  readonly analyzer = new Analyzer();
  private readonly mini: MiniSearch<IndexedDoc>;
  private readonly docs = new Map<string, Doc>();
  /** The entries holding each term, in the library's radix tree so typos can be looked up in it. */
  private readonly vocabularyTree = new SearchableMap<true>();
  /** …and in a plain map for the many exact look-ups of a query. */
  private readonly holders = new Map<string, Set<string>>();
  /** idf by term, valid for `version`. */
  private readonly idfCache = new Map<string, number>();
  private idfVersion = -1;
  private readonly date: string;

  constructor(entries: Entry[], options: RetrievalOptions) {
    this.date = options.date;
    const boost = Object.fromEntries(FIELDS.map((f) => [f, options.fieldWeights?.[f] ?? DEFAULT_WEIGHTS[f]]));
    this.mini = new MiniSearch<IndexedDoc>({
      // The answer's words count in coverage (our layer); the library ranks by the short fields, which
      // keeps its postings few (see candidates()).
      fields: ['questions', 'title', 'tags'],
      // The analysis is done before the library sees the text: a field is its terms, space-separated.
      tokenize: space,
      processTerm: (t) => t,
      searchOptions: {
        boost,
        // A word the index does not hold may be cut short ("lønnstilsk"); typos are read before (closest()).
        prefix: (term) => this.unknownWord(term),
      },
    });
    for (const e of entries) this.learn(e);
    for (const e of entries) this.insert(e);
  }

  get size(): number {
    return this.docs.size;
  }

  get(id: string): Entry | undefined {
    return this.docs.get(id)?.entry;
  }

  all(): Entry[] {
    return [...this.docs.values()].map((d) => d.entry);
  }

  upsert(entry: Entry): void {
    this.version++;
    this.remove(entry.id);
    this.learn(entry);
    this.insert(entry);
  }

  remove(id: string): void {
    const doc = this.docs.get(id);
    if (!doc) return;
    this.version++;
    this.mini.discard(id);
    for (const t of doc.terms) {
      const set = this.holders.get(t)!;
      set.delete(id);
      if (set.size === 0) {
        this.holders.delete(t);
        this.vocabularyTree.delete(t);
      }
    }
    this.docs.delete(id);
  }

  known = (term: string): boolean => this.holders.has(term);
  private dfOf(term: string): number {
    return this.holders.get(term)?.size ?? 0;
  }

  readonly vocabulary: Vocabulary = {
    has: this.known,
    // The closest known words within one edit (5-7 letters) or two (8 and more); none if more than three tie.
    closest: (word) => {
      if (word.length < 5) return [];
      const found = [...this.vocabularyTree.fuzzyGet(word, word.length < 8 ? 1 : 2)].map(([term, [, d]]) => ({ term, d })).filter((f) => !f.term.startsWith('#'));
      if (found.length === 0) return [];
      const min = Math.min(...found.map((f) => f.d));
      const best = found.filter((f) => f.d === min).map((f) => f.term);
      return best.length <= 3 ? best.sort() : [];
    },
  };

  concepts(question: string): Concept[] {
    return this.analyzer.concepts(question, this.vocabulary);
  }

  /**
   * The library's candidates for these concepts, best first (the last query's are kept for the next
   * rank() of the same question). Words that most entries hold ("kan", "ansette", "NAV") rank little and
   * cost the most to look up, so the library searches by the concepts that single entries out; when every
   * concept is common, only entries holding the two rarest together are scored. Coverage counts them all.
   */
  private candidates(concepts: Concept[]): { results: SearchResult[]; weightOf: Map<string, number> } {
    const weightOf = new Map<string, number>();
    for (const c of concepts) for (const a of c.alts) for (const t of a.terms) weightOf.set(t, Math.max(weightOf.get(t) ?? 0, a.weight * c.credit * (c.importance ?? 1)));
    const key = [...weightOf].map(([t, w]) => `${t}:${w}`).join(' ');
    if (this.last?.key === key && this.last.version === this.version) return this.last;
    const holding = concepts
      .map((c) => ({ c, docs: this.holdersOf(c), weight: this.weight(c) * (c.importance ?? 1) }))
      .filter((x) => x.docs.size > 0)
      .sort((a, b) => a.docs.size - b.docs.size);
    const limit = Math.max(COMMON_SHARE * this.docs.size, COMMON_MIN);
    let seeds = holding.filter((x) => x.docs.size <= limit);
    const rare = seeds.length > 0;
    // Entries that hold a rare concept; when every concept is common, those holding the two rarest together.
    const pool = new Map<string, number>();
    if (rare) {
      for (const x of seeds) for (const d of x.docs.all()) pool.set(d, (pool.get(d) ?? 0) + x.weight);
    } else if (holding.length > 0) {
      // Every concept is common (a large base): walk the rarest concept's holders and keep those that
      // hold all the others (then those that hold the second rarest), enough to choose from.
      const [a, b] = holding;
      seeds = holding.slice(0, 1);
      const want = 4 * POOL_LIMIT;
      for (const d of a.docs.all()) {
        if (holding.every((x) => x === a || x.docs.has(d))) pool.set(d, 0);
        if (pool.size >= want) break;
      }
      if (pool.size < POOL_LIMIT && b) {
        for (const d of a.docs.all()) {
          if (b.docs.has(d)) pool.set(d, 0);
          if (pool.size >= want) break;
        }
      }
      if (pool.size === 0) for (const d of a.docs.all()) if (pool.size < want) pool.set(d, 0);
    }
    // In a large base, only the entries that hold the most of the question are scored by the library.
    let only: Set<string> | undefined;
    if (!rare) only = new Set(pool.keys());
    else if (pool.size > POOL_LIMIT) {
      const rest = holding.filter((x) => !seeds.includes(x));
      const ids = topByScore(pool, 4 * POOL_LIMIT);
      const scored = new Map(ids.map((d) => [d, rest.reduce((sum, x) => (x.docs.has(d) ? sum + x.weight : sum), pool.get(d)!)]));
      only = new Set(topByScore(scored, POOL_LIMIT));
    }
    const terms = [...new Set(seeds.flatMap((x) => x.c.alts.flatMap((a) => a.terms)))].filter(this.known);
    const results = terms.length
      ? this.mini.search(terms.join(' '), { boostTerm: (t) => weightOf.get(t) ?? 1, boostDocument: only ? (id) => (only!.has(id) ? 1 : 0) : undefined })
      : [];
    this.last = { key, version: this.version, results, weightOf };
    return this.last;
  }

  private last?: { key: string; version: number; results: SearchResult[]; weightOf: Map<string, number> };
  /** Bumped on every change, so cached candidates are not reused across one. */
  private version = 0;

  /**
   * The entries holding a concept (any alternative; all the terms of a compound's parts), without
   * building a set for a common concept: `size` is the largest alternative's, `has` asks the term sets,
   * and `all()` lists them (used for the rare concepts only).
   */
  private readonly unions = new Map<string, Set<string>>();
  private unionsVersion = -1;

  private holdersOf(c: Concept): Holders {
    const alts = c.alts.map((a) => a.terms.map((t) => this.holders.get(t) ?? EMPTY).sort((x, y) => x.size - y.size));
    const size = Math.max(0, ...alts.map((sets) => sets[0].size));
    const has = (d: string) => alts.some((sets) => sets.every((set) => set.has(d)));
    // A concept of one term is its term's set; others are built once per change of the index.
    const key = c.alts.map((a) => a.terms.join('+')).join('|');
    const all = () => {
      if (alts.length === 1 && alts[0].length === 1) return alts[0][0] as Set<string>;
      if (this.unionsVersion !== this.version || this.unions.size > 5_000) {
        this.unions.clear();
        this.unionsVersion = this.version;
      }
      let out = this.unions.get(key);
      if (!out) {
        out = new Set<string>();
        for (const sets of alts) for (const d of sets[0]) if (sets.every((set) => set.has(d))) out.add(d);
        this.unions.set(key, out);
      }
      return out;
    };
    return { size, has, all };
  }

  /** The best `limit` entries for these concepts with their confidence, best first. */
  rank(concepts: Concept[], limit: number, filter?: (e: Entry) => boolean): ScoredHit[] {
    if (concepts.length === 0 || this.docs.size === 0) return [];
    const { results: found, weightOf } = this.candidates(concepts);
    const depth = Math.max(limit, RERANK_DEPTH);
    const top: SearchResult[] = [];
    for (const r of found) {
      if (top.length >= depth) break;
      if (!filter || filter(this.docs.get(String(r.id))!.entry)) top.push(r);
    }
    if (top.length === 0) return [];
    const weights = concepts.map((c) => this.weight(c) * (c.importance ?? 1));
    const weightSum = weights.reduce((a, b) => a + b, 0);
    const queryTerms = new Set(weightOf.keys());
    const best = top[0].score;
    const hits = top.map((r) => {
      const doc = this.docs.get(String(r.id))!;
      const coverage = weightSum > 0 ? concepts.reduce((s, c, i) => s + weights[i] * matched(c, (t) => this.holders.get(t)?.has(doc.entry.id) ?? false, r), 0) / weightSum : 0;
      const similarity = this.phrasingSimilarity(doc, queryTerms);
      const fit = coverage * (0.55 + 0.3 * similarity) * Math.sqrt(r.score / best);
      return { entry: doc.entry, fit, coverage, similarity, raw: r.score };
    });
    hits.sort((a, b) => b.fit - a.fit || b.raw - a.raw || a.entry.id.localeCompare(b.entry.id));
    // The best hit's lead over the next adds confidence; a tie leaves it at the fit alone.
    const margin = hits.length > 1 && hits[0].fit > 0 ? (hits[0].fit - hits[1].fit) / hits[0].fit : 1;
    return hits.slice(0, limit).map((h, i) => ({
      entry: h.entry,
      score: round(Math.min(1, i === 0 ? h.fit + 0.15 * h.coverage * margin : h.fit)),
      coverage: h.coverage,
      similarity: h.similarity,
    }));
  }

  private unknownWord(term: string): boolean {
    return term.length >= 5 && !term.startsWith('#') && !/\d/.test(term) && !this.holders.has(term);
  }

  private idf(df: number): number {
    const n = this.docs.size;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /**
   * A concept's weight in coverage: the square root of the idf of its first alternative found in the
   * index (the word itself before guesses). The root keeps one rare word from outweighing the rest.
   */
  weight(c: Concept): number {
    for (const alt of c.alts) {
      let w = 0;
      for (const t of alt.terms) {
        w = Math.max(w, this.termIdf(t));
      }
      if (w > 0) return Math.sqrt(w);
    }
    return UNKNOWN_WEIGHT * Math.sqrt(this.idf(0));
  }

  /** How much of the closest phrasing (or the title) the question covers, idf-weighted. */
  private phrasingSimilarity(doc: Doc, queryTerms: Set<string>): number {
    let best = 0;
    for (const phrasing of doc.phrasings) {
      let have = 0;
      let all = 0;
      for (const concept of phrasing) {
        let w = 0;
        for (const t of concept) w = Math.max(w, this.termIdf(t));
        all += w;
        if (concept.some((t) => queryTerms.has(t))) have += w;
      }
      if (all > 0) best = Math.max(best, have / all);
    }
    return best;
  }

  /** The idf of a term the index holds, 0 for one it does not; cached until a change. */
  private termIdf(term: string): number {
    if (this.idfVersion !== this.version) {
      this.idfCache.clear();
      this.idfVersion = this.version;
    }
    let v = this.idfCache.get(term);
    if (v === undefined) {
      const df = this.dfOf(term);
      this.idfCache.set(term, (v = df > 0 ? this.idf(df) : 0));
    }
    return v;
  }

  private learn(entry: Entry): void {
    const shown = renderEntry(entry, this.date);
    for (const text of [shown.title, ...entry.questions, ...entry.tags, shown.answer]) this.analyzer.learn(text);
  }

  private insert(entry: Entry): void {
    // Indexed as shown on the build date: the dated parameters ({{p:id}}) rendered.
    const shown = renderEntry(entry, this.date);
    const fields: Record<Field, string[]> = {
      questions: entry.questions.flatMap((q) => this.analyzer.indexTerms(q)),
      title: this.analyzer.indexTerms(shown.title),
      tags: entry.tags.flatMap((t) => this.analyzer.indexTerms(t)),
      answer: this.analyzer.indexTerms(shown.answer),
    };
    const terms = new Set(FIELDS.flatMap((f) => fields[f]));
    for (const t of terms) {
      const set = this.holders.get(t);
      if (set) set.add(entry.id);
      else {
        this.holders.set(t, new Set([entry.id]));
        this.vocabularyTree.set(t, true);
      }
    }
    // A phrasing's concepts, each as its alternatives joined by "|", judged against the index as it is now.
    const own: Vocabulary = { has: (t) => terms.has(t), closest: () => [] };
    const phrasings = [...entry.questions, shown.title].map((q) => this.analyzer.concepts(q, own).map((c) => c.alts.flatMap((a) => a.terms)));
    this.docs.set(entry.id, { entry, terms: [...terms], phrasings });
    this.mini.add({ id: entry.id, questions: fields.questions.join(' '), title: fields.title.join(' '), tags: fields.tags.join(' ') });
  }
}

/** The ids with the `k` highest scores (ties broken by id, so the result is stable). */
function topByScore(scores: Map<string, number>, k: number): string[] {
  if (scores.size <= k) return [...scores.keys()];
  const values = Float64Array.from(scores.values()).sort();
  const cut = values[values.length - k];
  const above: string[] = [];
  const at: string[] = [];
  for (const [d, v] of scores) (v > cut ? above : v === cut ? at : null)?.push(d);
  return [...above, ...at.sort().slice(0, k - above.length)];
}

/** How much of a concept an entry matched: the best alternative whose terms it holds (or reached by prefix). */
function matched(c: Concept, holds: (term: string) => boolean, r: SearchResult): number {
  let best = 0;
  for (const alt of c.alts) {
    if (alt.terms.every((t) => holds(t))) best = Math.max(best, alt.weight * c.credit);
    else if (alt.terms.every((t) => holds(t) || r.queryTerms.includes(t))) best = Math.max(best, alt.weight * c.credit * GUESS_CREDIT);
  }
  return best;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
