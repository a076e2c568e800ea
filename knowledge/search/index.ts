/**
 * Norwegian-aware retrieval over the knowledge entries, implementing KnowledgeIndex.
 *
 * Ranking is BM25F over four fields (question phrasings weigh most). Confidence combines how much of
 * the question the best entry covers (idf-weighted, with guessed matches — typos, compound parts —
 * counting less and unknown words counting against), how close the question is to one of the entry's
 * own phrasings, and how far the best entry is ahead of the next.
 */
import type { AnswerResult, KnowledgeIndex, SearchHit } from '../kb.js';
import type { Entry } from '../entries/schema.js';
import { analyze } from './analyze.js';
import { WORD } from './fold.js';
import { splitCompound } from './compounds.js';
import { FuzzyIndex } from './fuzzy.js';
import { isPersonalMatter } from './personal.js';
import { PhraseMatcher } from './phrases.js';
import { analyzeQuestion, groupTerm, type Concept, type Vocabulary } from './query.js';

export const FIELDS = ['questions', 'title', 'tags', 'answer'] as const;
export type Field = (typeof FIELDS)[number];

export interface SearchOptions {
  /** Confidence at or above which answer() answers. */
  threshold?: number;
  fieldWeights?: Partial<Record<Field, number>>;
  k1?: number;
  b?: number;
}

export const DEFAULT_THRESHOLD = 0.45;
/** Confidence is scaled by this for a question about the asker's own terms of employment. */
const PERSONAL_MATTER_FACTOR = 0.5;
const DEFAULT_WEIGHTS: Record<Field, number> = { questions: 3, title: 2, tags: 1.5, answer: 1 };
/** Weight of a compound's parts next to the whole word, in an entry. */
const PART_TF = 0.5;
/** An unknown word in a question counts this share of the rarest possible word against coverage. */
const UNKNOWN_WEIGHT = 0.7;
const NF = FIELDS.length;
const RERANK_DEPTH = 8;

interface Posting {
  slots: number[];
  /** NF term frequencies per slot, flattened. */
  tf: number[];
  /** BM25F saturated term weight per slot (without idf), valid for `version`. */
  sat: Float64Array;
  version: number;
}

interface Doc {
  entry: Entry;
  lengths: number[];
  terms: string[];
  /** Concept term sets of each question phrasing and the title. */
  phrasings: string[][][];
}

export interface ScoredHit extends SearchHit {
  coverage: number;
  similarity: number;
  rank: number;
}

class NorwegianIndex implements KnowledgeIndex {
  private readonly threshold: number;
  private readonly weights: number[];
  private readonly k1: number;
  private readonly b: number;
  private readonly matcher = new PhraseMatcher();
  private readonly fuzzy = new FuzzyIndex();
  private readonly lexiconSet = new Set<string>();
  private readonly splitCache = new Map<string, string[] | null>();
  private readonly postings = new Map<string, Posting>();
  private readonly docs: Array<Doc | undefined> = [];
  private readonly slotById = new Map<string, number>();
  private readonly freeSlots: number[] = [];
  private readonly lengthSums = new Array<number>(NF).fill(0);
  private norms = new Float64Array(0);
  private normsDirty = true;
  /** Bumped whenever lengths change, so postings recompute their saturated weights lazily. */
  private normVersion = 0;
  private live = 0;
  private readonly vocab: Vocabulary;

  constructor(entries: Entry[], options: SearchOptions = {}) {
    this.threshold = options.threshold ?? DEFAULT_THRESHOLD;
    this.weights = FIELDS.map((f) => options.fieldWeights?.[f] ?? DEFAULT_WEIGHTS[f]);
    this.k1 = options.k1 ?? 1.2;
    this.b = options.b ?? 0.75;
    for (const s of this.matcher.stems) this.fuzzy.add(s);
    const lexicon = { has: (w: string) => this.lexiconSet.has(w) };
    this.vocab = {
      df: (t) => this.postings.get(t)?.slots.length ?? 0,
      lexicon,
      fuzzy: this.fuzzy,
      matcher: this.matcher,
      splitCompound: (form) => this.split(form),
    };
    for (const e of entries) this.learnWords(e);
    for (const e of entries) this.insert(e);
  }

  // ---- KnowledgeIndex ----

  all(): readonly Entry[] {
    return this.docs.filter((d): d is Doc => d !== undefined).map((d) => d.entry);
  }

  get(id: string): Entry | undefined {
    const slot = this.slotById.get(id);
    return slot === undefined ? undefined : this.docs[slot]?.entry;
  }

  upsert(entry: Entry): void {
    this.remove(entry.id);
    this.learnWords(entry);
    this.insert(entry);
  }

  remove(id: string): void {
    const slot = this.slotById.get(id);
    if (slot === undefined) return;
    const doc = this.docs[slot]!;
    for (const term of doc.terms) {
      const p = this.postings.get(term)!;
      const i = p.slots.indexOf(slot);
      p.slots.splice(i, 1);
      p.tf.splice(i * NF, NF);
      p.version = -1;
      if (p.slots.length === 0) this.postings.delete(term);
    }
    doc.lengths.forEach((l, f) => (this.lengthSums[f] -= l));
    this.docs[slot] = undefined;
    this.slotById.delete(id);
    this.freeSlots.push(slot);
    this.live--;
    this.normsDirty = true;
  }

  search(query: string, limit = 5): SearchHit[] {
    return this.rank(query, limit).map(({ entry, score }) => ({ entry, score }));
  }

  answer(question: string): AnswerResult {
    const hits = this.rank(question, 4);
    const top = hits[0];
    if (!top || top.score < this.threshold) {
      return { answered: false, score: top?.score ?? 0, suggestions: hits.slice(0, 3).map((h) => h.entry) };
    }
    const suggestions: Entry[] = [];
    for (const id of top.entry.related ?? []) {
      const e = this.get(id);
      if (e && e.id !== top.entry.id && suggestions.length < 3) suggestions.push(e);
    }
    for (const h of hits.slice(1)) {
      if (suggestions.length >= 3) break;
      if (h.rank >= 0.5 * top.rank && !suggestions.some((s) => s.id === h.entry.id)) suggestions.push(h.entry);
    }
    return { answered: true, entry: top.entry, score: top.score, suggestions };
  }

  // ---- ranking ----

  /** The best `limit` entries with their confidence, best first. */
  rank(query: string, limit: number): ScoredHit[] {
    const concepts = analyzeQuestion(query, this.vocab);
    if (concepts.length === 0 || this.live === 0) return [];
    this.refreshNorms();
    const { total, cover, best, bestWeight, seen } = this.scratch();
    const touched: number[] = [];
    const unknownWeight = UNKNOWN_WEIGHT * Math.sqrt(this.idf(0));
    let weightSum = 0;

    for (const c of concepts) {
      const cw = this.conceptWeight(c, unknownWeight);
      weightSum += cw;
      const conceptTouched: number[] = [];
      for (const alt of c.alts) this.scoreAlternative(alt.terms, alt.weight, best, bestWeight, conceptTouched);
      for (const slot of conceptTouched) {
        if (best[slot] === 0 && bestWeight[slot] === 0) continue;
        total[slot] += best[slot];
        cover[slot] += cw * c.credit * bestWeight[slot];
        best[slot] = 0;
        bestWeight[slot] = 0;
        if (!seen[slot]) {
          seen[slot] = 1;
          touched.push(slot);
        }
      }
    }
    const top: Array<{ slot: number; rank: number; coverage: number }> = [];
    // Keep a few more than asked: the final order also weighs closeness to the entry's own phrasings.
    const keep = Math.max(limit, RERANK_DEPTH);
    for (const slot of touched) {
      const coverage = weightSum > 0 ? cover[slot] / weightSum : 0;
      const rank = total[slot] * (0.25 + 0.75 * coverage);
      total[slot] = 0;
      cover[slot] = 0;
      seen[slot] = 0;
      if (top.length < keep || rank > top[top.length - 1].rank) {
        top.push({ slot, rank, coverage });
        top.sort((a, b) => b.rank - a.rank || this.docs[a.slot]!.entry.id.localeCompare(this.docs[b.slot]!.entry.id));
        if (top.length > keep) top.pop();
      }
    }
    if (top.length === 0) return [];
    const queryTerms = new Set(concepts.flatMap((c) => c.alts.flatMap((a) => a.terms)));
    const r1 = top[0].rank;
    const hits = top.map((h) => {
      const similarity = this.phrasingSimilarity(this.docs[h.slot]!, queryTerms);
      const fit = h.coverage * (0.55 + 0.3 * similarity) * Math.sqrt(h.rank / r1);
      return { entry: this.docs[h.slot]!.entry, fit, coverage: h.coverage, similarity, rank: h.rank };
    });
    if (isPersonalMatter(query, concepts)) for (const h of hits) h.fit *= PERSONAL_MATTER_FACTOR;
    hits.sort((a, b) => b.fit - a.fit || b.rank - a.rank || a.entry.id.localeCompare(b.entry.id));
    // The best hit's lead over the next adds confidence; a tie leaves it at the fit alone.
    const margin = hits.length > 1 ? (hits[0].fit - hits[1].fit) / hits[0].fit : 1;
    return hits.slice(0, limit).map((h, i) => ({
      entry: h.entry,
      score: round(Math.min(1, i === 0 ? h.fit + 0.15 * h.coverage * margin : h.fit)),
      coverage: h.coverage,
      similarity: h.similarity,
      rank: h.rank,
    }));
  }

  private buffers?: { total: Float64Array; cover: Float64Array; best: Float64Array; bestWeight: Float64Array; seen: Uint8Array };

  /** Per-slot accumulators, reused across queries (rank() leaves them zeroed). */
  private scratch() {
    const n = this.docs.length;
    if (!this.buffers || this.buffers.seen.length < n) {
      const size = Math.max(n, 64) * 2;
      this.buffers = {
        total: new Float64Array(size),
        cover: new Float64Array(size),
        best: new Float64Array(size),
        bestWeight: new Float64Array(size),
        seen: new Uint8Array(size),
      };
    }
    return this.buffers;
  }

  private scoreAlternative(terms: string[], weight: number, best: Float64Array, bestWeight: Float64Array, touched: number[]): void {
    const lists: Posting[] = [];
    for (const t of terms) {
      const p = this.postings.get(t);
      if (!p) return;
      lists.push(this.saturated(p));
    }
    const [first, ...rest] = lists;
    const restIndex = rest.map((p) => new Map(p.slots.map((s, i) => [s, i])));
    const idfs = lists.map((p) => this.idf(p.slots.length) * weight);
    const firstIdf = idfs[0];
    const { slots, sat } = first;
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i];
      let s = firstIdf * sat[i];
      if (rest.length > 0) {
        let ok = true;
        for (let r = 0; r < rest.length && ok; r++) {
          const j = restIndex[r].get(slot);
          if (j === undefined) ok = false;
          else s += idfs[r + 1] * rest[r].sat[j];
        }
        if (!ok) continue;
      }
      if (best[slot] === 0 && bestWeight[slot] === 0) touched.push(slot);
      if (s > best[slot]) best[slot] = s;
      if (weight > bestWeight[slot]) bestWeight[slot] = weight;
    }
  }

  /** The posting with its saturated BM25F weights up to date. */
  private saturated(p: Posting): Posting {
    if (p.version === this.normVersion) return p;
    const n = p.slots.length;
    if (p.sat.length !== n) p.sat = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const base = i * NF;
      const nb = p.slots[i] * NF;
      let pseudo = 0;
      for (let f = 0; f < NF; f++) {
        const tf = p.tf[base + f];
        if (tf) pseudo += tf * this.norms[nb + f];
      }
      p.sat[i] = (pseudo * (this.k1 + 1)) / (this.k1 + pseudo);
    }
    p.version = this.normVersion;
    return p;
  }

  private idf(df: number): number {
    return Math.log(1 + (this.live - df + 0.5) / (df + 0.5));
  }

  /**
   * A concept's weight in coverage: the square root of the idf of its first alternative found in the
   * index (the word itself before guesses). The root keeps one rare word from outweighing the rest.
   */
  private conceptWeight(c: Concept, unknownWeight: number): number {
    for (const alt of c.alts) {
      let w = 0;
      for (const t of alt.terms) {
        const df = this.postings.get(t)?.slots.length ?? 0;
        if (df > 0) w = Math.max(w, this.idf(df));
      }
      if (w > 0) return Math.sqrt(w);
    }
    return unknownWeight;
  }

  /** How much of the closest phrasing (or the title) the question covers, idf-weighted. */
  private phrasingSimilarity(doc: Doc, queryTerms: Set<string>): number {
    let best = 0;
    for (const phrasing of doc.phrasings) {
      let have = 0;
      let all = 0;
      for (const concept of phrasing) {
        let w = 0;
        for (const t of concept) {
          const df = this.postings.get(t)?.slots.length ?? 0;
          if (df > 0) w = Math.max(w, this.idf(df));
        }
        all += w;
        if (concept.some((t) => queryTerms.has(t))) have += w;
      }
      if (all > 0) best = Math.max(best, have / all);
    }
    return best;
  }

  private refreshNorms(): void {
    if (!this.normsDirty) return;
    const n = this.docs.length;
    this.norms = new Float64Array(n * NF);
    const avg = this.lengthSums.map((s) => Math.max(1, s / Math.max(1, this.live)));
    for (let slot = 0; slot < n; slot++) {
      const doc = this.docs[slot];
      if (!doc) continue;
      for (let f = 0; f < NF; f++) {
        this.norms[slot * NF + f] = this.weights[f] / (1 - this.b + (this.b * doc.lengths[f]) / avg[f]);
      }
    }
    this.normsDirty = false;
    this.normVersion++;
  }

  // ---- indexing ----

  private learnWords(entry: Entry): void {
    let grew = false;
    for (const text of fieldTexts(entry)) {
      for (const t of analyze(text.join(' '))) {
        if (t.stop || t.form.length < 3 || !WORD.test(t.form)) continue;
        for (const w of [t.form, t.stem]) {
          if (!this.lexiconSet.has(w)) {
            this.lexiconSet.add(w);
            grew = true;
          }
        }
      }
    }
    if (grew) this.splitCache.clear();
  }

  private split(form: string): string[] | null {
    let parts = this.splitCache.get(form);
    if (parts === undefined) {
      parts = form.length >= 6 && WORD.test(form) ? splitCompound(form, { has: (w) => this.lexiconSet.has(w) }) : null;
      this.splitCache.set(form, parts);
    }
    return parts;
  }

  private insert(entry: Entry): void {
    const slot = this.freeSlots.pop() ?? this.docs.length;
    const tfs = new Map<string, number[]>();
    const lengths = new Array<number>(NF).fill(0);
    const bump = (term: string, f: number, by: number) => {
      let row = tfs.get(term);
      if (!row) tfs.set(term, (row = new Array<number>(NF).fill(0)));
      row[f] += by;
    };
    fieldTexts(entry).forEach((texts, f) => {
      for (const text of texts) {
        const tokens = analyze(text);
        for (const t of tokens) {
          if (t.stop || (t.form.length < 2 && !/^\d/.test(t.form))) continue;
          bump(t.stem, f, 1);
          lengths[f]++;
          const parts = t.form.length >= 7 ? this.split(t.form) : null;
          for (const p of parts ?? []) {
            if (p === t.stem) continue;
            bump(p, f, PART_TF);
            for (const g of this.matcher.groupsOfWord(p)) bump(groupTerm(g), f, PART_TF);
          }
        }
        for (const m of this.matcher.all(tokens)) bump(groupTerm(m.group), f, 1);
      }
    });
    for (const [term, row] of tfs) {
      let p = this.postings.get(term);
      if (!p) this.postings.set(term, (p = { slots: [], tf: [], sat: new Float64Array(0), version: -1 }));
      p.slots.push(slot);
      p.tf.push(...row);
      p.version = -1;
      if (!term.startsWith('#') && WORD.test(term)) this.fuzzy.add(term);
    }
    const phrasings = [...entry.questions, entry.title].map((q) => this.phrasingConcepts(q));
    this.docs[slot] = { entry, lengths, terms: [...tfs.keys()], phrasings };
    lengths.forEach((l, f) => (this.lengthSums[f] += l));
    this.slotById.set(entry.id, slot);
    this.live++;
    this.normsDirty = true;
  }

  private phrasingConcepts(text: string): string[][] {
    const tokens = analyze(text);
    const out: string[][] = [];
    const covered = new Set<number>();
    for (const m of this.matcher.longest(tokens)) {
      const content = tokens.slice(m.start, m.end).filter((t) => !t.stop);
      out.push([groupTerm(m.group), ...(content.length === 1 ? [content[0].stem] : [])]);
      for (let i = m.start; i < m.end; i++) covered.add(i);
    }
    tokens.forEach((t, i) => {
      if (!t.stop && !covered.has(i) && t.form.length > 1) out.push([t.stem]);
    });
    return out;
  }
}

function fieldTexts(entry: Entry): string[][] {
  return [entry.questions, [entry.title], entry.tags, [entry.answer]];
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export function createKnowledgeIndex(entries: Entry[], options?: SearchOptions): KnowledgeIndex & { rank(query: string, limit: number): ScoredHit[] } {
  return new NorwegianIndex(entries, options);
}
