/**
 * Retrieval over the knowledge entries: MiniSearch (BM25+ over four boosted fields, typo and prefix
 * matching) with our Norwegian analysis as its terms (terms.ts). On top of the library's ranking sits
 * our confidence: how much of the question the entry covers (idf-weighted concepts, guessed matches
 * counting less, unknown words counting against), how close the question is to one of the entry's own
 * phrasings, and its lead over the next entry. Answers are indexed as rendered for the build date.
 */
import { createHash } from 'node:crypto';
import MiniSearch from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import type { Entry } from '../entries/schema.js';
import { renderForSearch } from '../entries/render.js';
import { BM25, FieldScorer, type Scored } from './bm25.js';
import { MIN_TYPO } from './phrases.js';
import { Analyzer, type Concept, type Vocabulary } from './terms.js';
import { isSectorConcept } from './understand.js';

export const FIELDS = ['questions', 'title', 'tags', 'answer'] as const;
export type Field = (typeof FIELDS)[number];

export interface RetrievalOptions {
  fieldWeights?: Partial<Record<Field, number>>;
  /** The date answers are rendered for when indexed (YYYY-MM-DD), from the caller's clock. */
  date: string;
}

const DEFAULT_WEIGHTS: Record<Field, number> = { questions: 3, title: 2, tags: 1.5, answer: 1 };
/**
 * An unknown word in a question counts this share of the rarest possible word against coverage. 0.7 until round 27;
 * at 0.5 the dev questions gained two right answers and no wrong one, with every out-of-scope question still refused
 * (at 0.35, two out-of-scope questions were answered). The holdout has twice as many unknown words per question.
 */
const UNKNOWN_WEIGHT = 0.5;
/**
 * A concept found only in an entry's answer text counts this much of one found in its questions, title or
 * tags: a long answer mentions many things in passing ("planer om barn" in the entry on interview questions)
 * that it is not about.
 */
const ANSWER_CREDIT = 0.7;
/** An entry holding fewer of the question's concepts than this must also be near one of its phrasings … */
const EVIDENCE = 3;
/** … this near (phrasing similarity) to count fully. */
const NEAR = 0.6;
/** The library's best this many are judged, plus any holding a rare word or with a phrasing near the question. */
const RERANK_DEPTH = 8;
/**
 * … of the library's next this many, those with a phrasing this near the question. Seventeen entries hold
 * «funksjonsassistanse»; the general one is long, so the library ranks it low, and «Hva er funksjonsassistanse?» never
 * reached it. Judging them all (a deeper cut) lowers the lead of many right answers over a weak neighbour instead;
 * scanning 24 found nothing more on the dev questions and cost a third more time per fresh question.
 */
const NEAR_SCAN = 8;
const NEAR_PHRASING = 0.55;
/**
 * … for a short question only: a long one names enough to rank its entry among the first eight, and judging more for it
 * is what the slowest searches would pay (search p99 at 10,000 entries 6.3 ms with the scan for every question).
 */
const NEAR_SCAN_CONCEPTS = 4;
/** The analysis and candidates of this many recent questions are kept (managers ask the same things). */
export const RECENT = 256;
/** A word held by at most this many entries (or this share of them) may be a misspelling of a common one … */
const RARE_SPELLING = 5;
const RARE_SPELLING_SHARE = 0.02;
/** … that is held by at least this many times as many. */
const USUAL_RATIO = 10;
/**
 * A base of at most this many entries (an employer's own base: hundreds) is searched by every word. Above
 * it, a concept held by more than COMMON_SHARE of the entries (and by at least COMMON_MIN) is not searched
 * for, only counted (see candidates()). The line is drawn far from the curated base's size: when a word
 * nearly every entry holds ("kan", "ikke") crossed a fixed count, questions holding it were ranked the
 * other way and near ties flipped.
 */
export const SMALL_BASE = 2_000;
const COMMON_SHARE = 0.05;
const COMMON_MIN = 500;
/** At most this many entries are scored for one question (those holding the most of it). */
const POOL_LIMIT = 64;
/** The holders of a concept held by at most this many entries are always in the pool. */
const RARE_HOLDERS = 12;
/**
 * A term held by at least this many entries is asked «does entry d hold it?» through a bitset by slot rather than its Set:
 * choosing the pool of a large base asks it of thousands of entries per question (a fifth of a search at 10,000 entries).
 */
const BITSET_MIN = 64;
/** A concept held in an entry's questions, title or tags counts this many times one held only in its answer, when choosing the pool. */
const TOPIC_SHARE = 2;
/** … and one whose title holds it, this much more again (ties among the many entries phrased about a concept). */
const TITLE_SHARE = 1;

export interface ScoredHit {
  entry: Entry;
  /** Confidence in 0..1. */
  score: number;
  coverage: number;
  similarity: number;
}

interface Doc {
  entry: Entry;
  /** Its slot: the number the term sets hold it by. */
  num: number;
  /** Its distinct terms (kept for removal; whether it holds a term is asked of `holders`). */
  terms: string[];
  /** Each question phrasing and the title as concepts, each concept its alternative terms. */
  phrasings: string[][][];
  /** The terms of its questions, title and tags (what it is about, not only what its answer mentions). */
  topic: Set<string>;
  /** The terms of its title (what it is first of all about). */
  titleTerms: Set<string>;
  /** Each phrasing concept's weight, valid for the index version `weightsVersion`. */
  weights?: number[][];
  weightsVersion?: number;
}

interface Holders {
  size: number;
  has(doc: number): boolean;
  all(): ReadonlySet<number>;
}
const EMPTY: ReadonlySet<number> = new Set<number>();

/** The fields the library ranks by (the answer's words count in coverage only). */
const RANKED = ['questions', 'title', 'tags'] as const;
type IndexedDoc = { id: string } & Record<(typeof RANKED)[number], string>;

interface Judged {
  /** How many of the question's concepts the entry holds (one for each, less for a weaker match). */
  count: number;
  coverage: number;
  similarity: number;
}

interface Recent {
  version: number;
  concepts: Map<string, Concept[]>;
  candidates: Map<string, Candidates>;
  /** What the caller made of a recent question in a given context (see `recall`). */
  outcomes: Map<string, unknown>;
}

interface Candidates {
  results: Scored[];
  /** The holders of the question's concepts that few entries hold (at most RARE_HOLDERS): always judged. */
  rare: Holders[];
  /** Each query term's weight (its best alternative's weight × credit × importance). */
  weightOf: Map<string, number>;
  /** Coverage and similarity of the entries judged so far for this question. */
  judged: Map<string, Judged>;
}

const space = (s: string) => (s ? s.split(' ') : []);

/** Neighbouring keys on a Norwegian keyboard, by row (folded text: æ stays, ø and å fold to o and a). */
const KEY_ROWS = ['qwertyuiopa', 'asdfghjkloæ', 'zxcvbnm'];
const NEIGHBOURS = new Map<string, Set<string>>();
for (let r = 0; r < KEY_ROWS.length; r++) {
  for (let i = 0; i < KEY_ROWS[r].length; i++) {
    const near = [KEY_ROWS[r][i - 1], KEY_ROWS[r][i + 1], KEY_ROWS[r - 1]?.[i], KEY_ROWS[r - 1]?.[i + 1], KEY_ROWS[r + 1]?.[i], KEY_ROWS[r + 1]?.[i - 1]];
    const set = NEIGHBOURS.get(KEY_ROWS[r][i]) ?? new Set<string>();
    for (const k of near) if (k) set.add(k);
    NEIGHBOURS.set(KEY_ROWS[r][i], set);
  }
}

/**
 * Whether `a` and `b`, one edit apart, differ as a misspelling does: a key's neighbour hit instead
 * ("stilking"), or a doubled letter written single or the reverse ("stiling" / "stilling"). Any other letter
 * more, less or changed makes another word ("skjerp" is neither "skjer" nor "skjerm").
 */
export function typoOf(a: string, b: string): boolean {
  if (a.length === b.length) {
    const i = [...a].findIndex((ch, k) => ch !== b[k]);
    return i >= 0 && (NEIGHBOURS.get(a[i])?.has(b[i]) ?? false);
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  for (let i = 0; i < long.length; i++) {
    if (long.slice(0, i) + long.slice(i + 1) !== short) continue;
    if (long[i] === long[i - 1] || long[i] === long[i + 1]) return true;
  }
  return false;
}

export class Retrieval {
  readonly analyzer = new Analyzer();
  private readonly mini: MiniSearch<IndexedDoc>;
  private readonly fieldScorer: FieldScorer;
  private readonly docs = new Map<string, Doc>();
  /** The entries holding each term, in the library's radix tree so typos can be looked up in it. */
  private readonly vocabularyTree = new SearchableMap<true>();
  /** …and in a plain map for the many exact look-ups of a query, each entry by its slot (`Doc.num`). */
  private readonly holders = new Map<string, Set<number>>();
  /** The entries holding each term in their questions, title or tags (what they are about), by slot. */
  private readonly topicHolders = new Map<string, Set<number>>();
  /** The entries holding each term in their title, by slot. */
  private readonly titleHolders = new Map<string, Set<number>>();
  /** The entry id in each slot ('' when free), and the free slots. */
  private readonly slots: string[] = [];
  private readonly freeSlots: number[] = [];
  /** Scratch for choosing a question's pool: each slot's score, and the question it was last set for. */
  private poolScore = new Float64Array(0);
  private poolMark = new Uint32Array(0);
  private poolEpoch = 0;
  /** The usual spelling of a rare word the index holds (`vocabulary.usual`), valid for `usualVersion`. */
  private readonly usualOf = new Map<string, string | undefined>();
  private usualVersion = -1;
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
      fields: [...RANKED],
      // The analysis is done before the library sees the text: a field is its terms, space-separated.
      tokenize: space,
      processTerm: (t) => t,
      searchOptions: { boost, bm25: BM25 },
    });
    this.fieldScorer = new FieldScorer(RANKED.map((f) => boost[f]));
    for (const e of entries) this.learn(e);
    for (const e of entries) this.insert(e);
    // Weighed now rather than at each entry's first question: built lazily, they were the garbage that
    // made the first thousands of questions pay for young-generation collections (bench: p99).
    for (const doc of this.docs.values()) this.phrasingWeights(doc);
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
    this.fieldScorer.remove(id);
    for (const t of doc.terms) {
      const set = this.holders.get(t)!;
      set.delete(doc.num);
      if (set.size === 0) {
        this.holders.delete(t);
        this.vocabularyTree.delete(t);
      }
    }
    dropHolder(this.topicHolders, doc.topic, doc.num);
    dropHolder(this.titleHolders, doc.titleTerms, doc.num);
    this.slots[doc.num] = '';
    this.freeSlots.push(doc.num);
    this.docs.delete(id);
  }

  known = (term: string): boolean => this.holders.has(term);
  private dfOf(term: string): number {
    return this.holders.get(term)?.size ?? 0;
  }

  readonly vocabulary: Vocabulary = {
    has: this.known,
    df: (term) => this.dfOf(term),
    // The closest known words within one edit (6-7 letters) or two (8 and more), starting with the same
    // letter (a typo rarely hits the first one; "legeerklæring" is not "egenerklæring"); none if more than three tie.
    closest: (word) => {
      if (word.length < MIN_TYPO) return [];
      const found = [...this.vocabularyTree.fuzzyGet(word, word.length < 8 ? 1 : 2)].map(([term, [, d]]) => ({ term, d })).filter((f) => f.term[0] === word[0]);
      if (found.length === 0) return [];
      const min = Math.min(...found.map((f) => f.d));
      const best = found.filter((f) => f.d === min).map((f) => f.term);
      return best.length <= 3 ? best.sort() : [];
    },
    // A word few entries hold, one edit from a word at least ten times as common with the same first letter.
    // Kept per word until the index changes (only words the index holds get this far).
    usual: (word) => {
      const df = this.dfOf(word);
      if (word.length < MIN_TYPO || word.startsWith('#') || df === 0 || df > Math.max(RARE_SPELLING, RARE_SPELLING_SHARE * this.docs.size)) return undefined;
      if (this.usualVersion !== this.version) {
        this.usualOf.clear();
        this.usualVersion = this.version;
      }
      if (this.usualOf.has(word)) return this.usualOf.get(word);
      let best: string | undefined;
      let bestDf = USUAL_RATIO * df - 1;
      for (const [term] of this.vocabularyTree.fuzzyGet(word, 1)) {
        const n = this.dfOf(term);
        if (term !== word && term[0] === word[0] && n > bestDf && typoOf(word, term)) [best, bestDf] = [term, n];
      }
      this.usualOf.set(word, best);
      return best;
    },
  };

  /**
   * The concepts of a question as the index reads it now (do not change them). Kept for recent questions
   * made only of words the index holds, by a hash of the text: no question text, no name and no word from
   * outside the knowledge base is kept.
   */
  concepts(question: string): Concept[] {
    const cache = this.cacheFor();
    const key = createHash('sha256').update(question).digest('base64');
    let concepts = cache.concepts.get(key);
    if (!concepts) {
      concepts = this.analyzer.concepts(question, this.vocabulary);
      if (this.allKnown(concepts)) remember(cache.concepts, key, concepts);
    }
    return concepts;
  }

  private allKnown(concepts: Concept[]): boolean {
    return concepts.every((c) => c.alts.every((a) => a.terms.every(this.known)));
  }

  /** The work kept for recent questions (their analysis and candidates), valid until the index changes. */
  private cacheFor(): Recent {
    if (this.recent.version !== this.version) this.recent = { version: this.version, concepts: new Map(), candidates: new Map(), outcomes: new Map() };
    return this.recent;
  }
  private recent: Recent = { version: -1, concepts: new Map(), candidates: new Map(), outcomes: new Map() };

  /**
   * The caller's result for a recent question in the same context (`context`: anything else the result
   * depends on), computed once until the index changes. Kept, like the analysis, only for questions made
   * of words the index holds, and by a hash: no question text and no name is kept.
   */
  recall<T>(question: string, context: string, compute: () => T, keep: (value: T) => boolean = () => true): T {
    const cache = this.cacheFor();
    const key = createHash('sha256').update(question).update('\u0000').update(context).digest('base64');
    if (cache.outcomes.has(key)) return cache.outcomes.get(key) as T;
    const value = compute();
    // The index may have changed while computing (it does not today: compute is synchronous).
    if (cache === this.recent && keep(value) && this.allKnown(this.concepts(question))) remember(cache.outcomes, key, value);
    return value;
  }

  /**
   * The candidates for these concepts with their BM25+ scores, best first (kept for recent questions).
   * Words that most entries hold ("kan", "ansette", "NAV") rank little and cost the most to look up, so
   * only the concepts that single entries out are searched for (in a base of up to SMALL_BASE entries, every
   * concept; in a larger one, those held by at most COMMON_SHARE of the entries); coverage counts them all.
   * When few entries hold them, the library scores them all. When more than POOL_LIMIT do (or every
   * concept is common), the POOL_LIMIT entries that hold the most of the
   * question are chosen first and only those are scored, as the library would score them (bm25.ts):
   * walking the library's postings of words that thousands of entries hold costs more than the scoring.
   */
  private candidates(concepts: Concept[]): Candidates {
    const weightOf = new Map<string, number>();
    for (const c of concepts) for (const a of c.alts) for (const t of a.terms) weightOf.set(t, Math.max(weightOf.get(t) ?? 0, a.weight * c.credit * (c.importance ?? 1)));
    const key = [...weightOf].map(([t, w]) => `${t}:${w}`).join(' ') + concepts.map((c) => `|${c.key}:${c.credit}:${c.importance ?? 1}`).join('');
    const cache = this.cacheFor();
    const kept = cache.candidates.get(key);
    if (kept) return kept;
    const holding = concepts
      .map((c) => ({ c, docs: this.holdersOf(c), weight: this.weight(c) * (c.importance ?? 1) }))
      .filter((x) => x.docs.size > 0)
      .sort((a, b) => a.docs.size - b.docs.size);
    const rareHolders = holding.filter((x) => x.docs.size <= RARE_HOLDERS).map((x) => x.docs);
    const limit = this.docs.size <= SMALL_BASE ? Infinity : Math.max(COMMON_SHARE * this.docs.size, COMMON_MIN);
    let seeds = holding.filter((x) => x.docs.size <= limit);
    const rare = seeds.length > 0;
    // Entries that hold a rare concept; when every concept is common, those holding the two rarest together.
    // The pool is the slots in `members`, in the order found (ties are cut in that order).
    const { mark, epoch } = this.newPool();
    const members: number[] = [];
    const enter = (d: number) => {
      if (mark[d] !== epoch) {
        mark[d] = epoch;
        members.push(d);
      }
    };
    if (rare) {
      for (const x of seeds) x.docs.all().forEach(enter);
    } else if (holding.length > 0) {
      // Every concept is common (a large base): walk the rarest concept's holders and keep those that
      // hold all the others (then those that hold the second rarest), enough to choose from.
      const [a, b] = holding;
      seeds = holding.slice(0, 1);
      const want = POOL_LIMIT;
      const others = holding.slice(1);
      walk: for (const d of a.docs.all()) {
        for (const x of others) if (!x.docs.has(d)) continue walk;
        enter(d);
        if (members.length >= want) break;
      }
      if (members.length < POOL_LIMIT && b) {
        for (const d of a.docs.all()) {
          if (b.docs.has(d)) enter(d);
          if (members.length >= want) break;
        }
      }
      if (members.length === 0) for (const d of a.docs.all()) if (members.length < want) enter(d);
    }
    const terms = [...new Set(seeds.flatMap((x) => x.c.alts.flatMap((a) => a.terms)))].filter(this.known);
    const boostTerm = (t: string) => weightOf.get(t) ?? 1;
    // Too many to score all: the entries that hold the most of the question.
    let only: number[] | undefined;
    if (!rare) only = members;
    else if (members.length > POOL_LIMIT) {
      // An entry whose questions, title or tags hold a concept is about it; one that only mentions it in its
      // answer is not. Without this, entries tied on the question's words were cut in file order ("Hvem er i
      // målgruppen?" lost the entry phrased exactly so once more than POOL_LIMIT answers said "målgruppen").
      // Summed concept by concept: a rare concept's holders are walked (all are in the pool), a common
      // concept is asked of each member.
      const score = this.poolScore;
      for (const d of members) score[d] = 0;
      for (const x of holding) {
        const conceptTerms = [...new Set(x.c.alts.flatMap((a) => a.terms))];
        const about = conceptTerms.flatMap((t) => this.topicHolders.get(t) ?? []).map((set) => this.memberOf(set));
        const titled = conceptTerms.flatMap((t) => this.titleHolders.get(t) ?? []).map((set) => this.memberOf(set));
        const full = TOPIC_SHARE * x.weight;
        const add = (d: number) => {
          let isAbout = false;
          for (const member of about)
            if (member(d)) {
              isAbout = true;
              break;
            }
          let inTitle = false;
          if (isAbout)
            for (const member of titled)
              if (member(d)) {
                inTitle = true;
                break;
              }
          score[d] += isAbout ? full + (inTitle ? TITLE_SHARE * x.weight : 0) : x.weight;
        };
        if (x.docs.size <= limit) x.docs.all().forEach(add);
        else for (const d of members) if (x.docs.has(d)) add(d);
      }
      // A word few entries hold («førerkort») says most about the question: its holders are always scored,
      // even when entries holding many of its common words fill the pool.
      const chosen = new Set(topByScore(members, score, POOL_LIMIT, this.scratchFor(members.length)));
      for (const h of rareHolders) h.all().forEach((d) => chosen.add(d));
      only = [...chosen];
    }
    let results: Scored[];
    if (terms.length === 0) results = [];
    else if (!only) results = this.mini.search(terms.join(' '), { boostTerm }).map((r) => ({ id: String(r.id), score: r.score }));
    // The chosen few, scored as the library scores them (bm25.ts) without walking the postings of every entry.
    else
      results = this.fieldScorer
        .score(
          only.map((d) => this.slots[d]),
          terms,
          boostTerm,
        )
        .sort((x, y) => y.score - x.score);
    const found: Candidates = { results, rare: rareHolders, weightOf, judged: new Map() };
    if (this.allKnown(concepts)) remember(cache.candidates, key, found);
    return found;
  }

  /** A scratch array of at least `n` numbers (for topByScore). */
  private scratchFor(n: number): Float64Array {
    if (this.sortScratch.length < n) this.sortScratch = new Float64Array(Math.max(n, 2 * this.sortScratch.length));
    return this.sortScratch;
  }
  private sortScratch = new Float64Array(0);

  /** Scratch arrays for one question's pool, sized to the slots; a slot is in it when its mark is `epoch`. */
  private newPool(): { mark: Uint32Array; epoch: number } {
    if (this.poolMark.length < this.slots.length) {
      const size = Math.max(this.slots.length, 2 * this.poolMark.length);
      this.poolMark = new Uint32Array(size);
      this.poolScore = new Float64Array(size);
      this.poolEpoch = 0;
    }
    if (++this.poolEpoch === 0xffffffff) {
      this.poolMark.fill(0);
      this.poolEpoch = 1;
    }
    return { mark: this.poolMark, epoch: this.poolEpoch };
  }

  /** Bumped on every change, so cached candidates are not reused across one. */
  private version = 0;

  /** Bitsets of the entries holding common terms, by their holder set, valid for `bitsVersion`. */
  private readonly bits = new Map<ReadonlySet<number>, Uint32Array>();
  private bitsVersion = -1;

  /** Whether an entry (by slot) is in a holder set: a bit test for a large set (see BITSET_MIN), else the set's own. */
  private memberOf(set: ReadonlySet<number>): (d: number) => boolean {
    if (set.size < BITSET_MIN) return (d) => set.has(d);
    if (this.bitsVersion !== this.version) {
      this.bits.clear();
      this.bitsVersion = this.version;
    }
    let words = this.bits.get(set);
    if (!words) {
      words = new Uint32Array((this.slots.length + 31) >>> 5);
      for (const d of set) words[d >>> 5] |= 1 << (d & 31);
      this.bits.set(set, words);
    }
    const w = words;
    return (d) => ((w[d >>> 5] >>> (d & 31)) & 1) === 1;
  }

  /**
   * The entries holding a concept (any alternative; all the terms of a compound's parts), without
   * building a set for a common concept: `size` is the largest alternative's, `has` asks the term sets,
   * and `all()` lists them (used for the rare concepts only).
   */
  private readonly unions = new Map<string, Set<number>>();
  private unionsVersion = -1;

  private holdersOf(c: Concept): Holders {
    const alts = c.alts.map((a) => a.terms.map((t) => this.holders.get(t) ?? EMPTY).sort((x, y) => x.size - y.size));
    const size = Math.max(0, ...alts.map((sets) => sets[0].size));
    // A concept of one term is its term's set; others are built once per change of the index.
    const key = c.alts.map((a) => a.terms.join('+')).join('|');
    const all = (): ReadonlySet<number> => {
      if (alts.length === 1 && alts[0].length === 1) return alts[0][0];
      if (this.unionsVersion !== this.version || this.unions.size > 5_000) {
        this.unions.clear();
        this.unionsVersion = this.version;
      }
      let out = this.unions.get(key);
      if (!out) {
        out = new Set<number>();
        for (const sets of alts) for (const d of sets[0]) if (sets.every((set) => set.has(d))) out.add(d);
        this.unions.set(key, out);
      }
      return out;
    };
    const members = alts.map((sets) => sets.map((set) => this.memberOf(set)));
    const has =
      members.length === 1 && members[0].length === 1
        ? members[0][0]
        : (d: number) => {
            for (const sets of members) {
              let all = true;
              for (const member of sets)
                if (!member(d)) {
                  all = false;
                  break;
                }
              if (all) return true;
            }
            return false;
          };
    return { size, has, all };
  }

  /** The best `limit` entries for these concepts with their confidence, best first. */
  rank(concepts: Concept[], limit: number, filter?: (e: Entry) => boolean): ScoredHit[] {
    if (concepts.length === 0 || this.docs.size === 0) return [];
    const { results: found, rare, weightOf, judged } = this.candidates(concepts);
    const depth = Math.max(limit, RERANK_DEPTH);
    const top: Scored[] = [];
    for (const r of found) {
      if (top.length >= depth) break;
      if (!filter || filter(this.docs.get(r.id)!.entry)) top.push(r);
    }
    // An entry holding a word few entries hold («førerkort») is judged even when the library ranks it lower:
    // the library ranks by the short fields, where common words the question shares weigh much.
    if (rare.length && found.length > top.length) {
      const inTop = new Set(top.map((r) => r.id));
      for (const r of found) {
        if (inTop.has(r.id)) continue;
        const doc = this.docs.get(r.id)!;
        if (rare.some((h) => h.has(doc.num)) && (!filter || filter(doc.entry))) top.push(r);
      }
    }
    if (top.length === 0) return [];
    const weights = concepts.map((c) => this.weight(c) * (c.importance ?? 1));
    const weightSum = weights.reduce((a, b) => a + b, 0);
    const judgedOf = (r: Scored): Judged => {
      // How much of the question an entry covers does not depend on the filter: judged once per question.
      let j = judged.get(r.id);
      if (!j) judged.set(r.id, (j = this.judge(this.docs.get(r.id)!, concepts, weights, weightSum, weightOf)));
      return j;
    };
    if (concepts.length <= NEAR_SCAN_CONCEPTS && found.length > top.length) {
      const inTop = new Set(top.map((r) => r.id));
      let scanned = 0;
      for (const r of found) {
        if (inTop.has(r.id)) continue;
        if (++scanned > NEAR_SCAN) break;
        if ((!filter || filter(this.docs.get(r.id)!.entry)) && judgedOf(r).similarity >= NEAR_PHRASING) top.push(r);
      }
    }
    const best = top[0].score;
    const hits = top.map((r) => {
      const { coverage, similarity, count } = judgedOf(r);
      // One or two words matched ("hva med papirene?") and none of the entry's phrasings near: a thin reason to answer.
      const thin = Math.max(0, 1 - (count - 1) / (EVIDENCE - 1));
      const fit = coverage * (0.55 + 0.3 * similarity) * (1 - thin * Math.max(0, 1 - similarity / NEAR)) * Math.sqrt(r.score / best);
      return { entry: this.docs.get(r.id)!.entry, fit, coverage, similarity, raw: r.score };
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

  /** How much of the question an entry covers (idf-weighted; its answer text counts less), and how near its closest phrasing is. */
  private judge(doc: Doc, concepts: Concept[], weights: number[], weightSum: number, weightOf: Map<string, number>): Judged {
    // Everything the entry holds, its answer too (asked of the term sets: the entry keeps no set of its own).
    const inText = { has: (t: string) => this.holders.get(t)?.has(doc.num) ?? false };
    let got = 0;
    let count = 0;
    for (let i = 0; i < concepts.length; i++) {
      const c = concepts[i];
      const m = Math.max(matched(c, doc.topic), ANSWER_CREDIT * matched(c, inText));
      got += weights[i] * m;
      count += Math.min(1, m * (c.importance ?? 1));
    }
    return { count, coverage: weightSum > 0 ? got / weightSum : 0, similarity: this.phrasingSimilarity(doc, weightOf) };
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
  private phrasingSimilarity(doc: Doc, queryTerms: ReadonlyMap<string, number>): number {
    const weights = this.phrasingWeights(doc);
    let best = 0;
    for (let p = 0; p < doc.phrasings.length; p++) {
      const phrasing = doc.phrasings[p];
      let have = 0;
      let all = 0;
      for (let i = 0; i < phrasing.length; i++) {
        all += weights[p][i];
        for (const t of phrasing[i])
          if (queryTerms.has(t)) {
            have += weights[p][i];
            break;
          }
      }
      if (all > 0 && have / all > best) best = have / all;
    }
    return best;
  }

  /** Each phrasing concept's weight: its rarest term's idf (kept until the index changes). */
  private phrasingWeights(doc: Doc): number[][] {
    if (doc.weightsVersion !== this.version || !doc.weights) {
      doc.weights = doc.phrasings.map((phrasing) => phrasing.map((concept) => Math.max(0, ...concept.map((t) => this.termIdf(t)))));
      doc.weightsVersion = this.version;
    }
    return doc.weights;
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
    const shown = renderForSearch(entry, this.date);
    for (const text of [shown.title, ...entry.questions, ...entry.tags, shown.answer]) this.analyzer.learn(text);
  }

  private insert(entry: Entry): void {
    // Indexed as shown on the build date: the dated parameters ({{p:id}}) rendered.
    const shown = renderForSearch(entry, this.date);
    const fields: Record<Field, string[]> = {
      questions: entry.questions.flatMap((q) => this.analyzer.indexTerms(q)),
      title: this.analyzer.indexTerms(shown.title),
      tags: entry.tags.flatMap((t) => this.analyzer.indexTerms(t)),
      answer: this.analyzer.indexTerms(shown.answer),
    };
    const terms = new Set(FIELDS.flatMap((f) => fields[f]));
    const num = this.freeSlots.pop() ?? this.slots.length;
    this.slots[num] = entry.id;
    for (const t of terms) {
      const set = this.holders.get(t);
      if (set) set.add(num);
      else {
        this.holders.set(t, new Set([num]));
        this.vocabularyTree.set(t, true);
      }
    }
    const topic = new Set([...fields.questions, ...fields.title, ...fields.tags]);
    const titleTerms = new Set(fields.title);
    addHolder(this.topicHolders, topic, num);
    addHolder(this.titleHolders, titleTerms, num);
    // A phrasing's concepts, each as its alternatives, judged against the index as it is now. The sector a
    // phrasing names ("… i kommunen?") is left out: the sector is matched on its own, not as a word.
    const own: Vocabulary = { has: (t) => terms.has(t), closest: () => [] };
    const phrasings = [...entry.questions, shown.title].map((q) =>
      this.analyzer
        .concepts(q, own)
        .filter((c) => !isSectorConcept(c))
        .map((c) => c.alts.flatMap((a) => a.terms)),
    );
    this.docs.set(entry.id, { entry, num, terms: [...terms], phrasings, topic, titleTerms });
    this.mini.add({ id: entry.id, questions: fields.questions.join(' '), title: fields.title.join(' '), tags: fields.tags.join(' ') });
    this.fieldScorer.add(
      entry.id,
      RANKED.map((f) => fields[f]),
    );
  }
}

/** Records slot `num` as a holder of each term. */
function addHolder(map: Map<string, Set<number>>, terms: Iterable<string>, num: number): void {
  for (const t of terms) {
    const set = map.get(t);
    if (set) set.add(num);
    else map.set(t, new Set([num]));
  }
}

/** Takes slot `num` out of each term's holders, and a term nobody holds out of the map. */
function dropHolder(map: Map<string, Set<number>>, terms: Iterable<string>, num: number): void {
  for (const t of terms) {
    const set = map.get(t)!;
    set.delete(num);
    if (set.size === 0) map.delete(t);
  }
}

/** Keeps a value in a map of at most RECENT entries, dropping the oldest. */
function remember<V>(map: Map<string, V>, key: string, value: V): void {
  if (map.size >= RECENT) map.delete(map.keys().next().value!);
  map.set(key, value);
}

/** The members with the `k` highest scores (ties in the members' order, so the result is stable). */
function topByScore(members: number[], score: Float64Array, k: number, scratch: Float64Array): number[] {
  if (members.length <= k) return members;
  for (let i = 0; i < members.length; i++) scratch[i] = score[members[i]];
  const values = scratch.subarray(0, members.length).sort();
  const cut = values[values.length - k];
  let room = k;
  for (const v of values) if (v > cut) room--;
  const out: number[] = [];
  for (const d of members) {
    const v = score[d];
    if (v > cut) out.push(d);
    else if (v === cut && room > 0) {
      out.push(d);
      room--;
    }
  }
  return out;
}

/** How much of a concept an entry matched: the best alternative whose terms it holds. */
function matched(c: Concept, terms: { has(term: string): boolean }): number {
  let best = 0;
  for (const alt of c.alts) {
    if (alt.weight <= best) continue;
    let all = true;
    for (const t of alt.terms)
      if (!terms.has(t)) {
        all = false;
        break;
      }
    if (all) best = alt.weight;
  }
  return best * c.credit;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
