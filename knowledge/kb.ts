/**
 * The knowledge base as the rest of the app sees it: answer a question, search, and change entries
 * with the index updated at once (HR's edits are searchable without a restart).
 * Implemented in knowledge/search/.
 */
import type { Entry } from './entries/schema.js';

export interface SearchHit {
  entry: Entry;
  /** Confidence in 0..1; comparable across queries. */
  score: number;
}

export interface AnswerResult {
  /** True when the best hit clears the confidence threshold. */
  answered: boolean;
  /** The best entry when answered. */
  entry?: Entry;
  score: number;
  /** Up to three other entries worth offering (related ones when answered, nearest when not). */
  suggestions: Entry[];
}

export interface KnowledgeIndex {
  answer(question: string): AnswerResult;
  search(query: string, limit?: number): SearchHit[];
  get(id: string): Entry | undefined;
  /** Every active entry. */
  all(): readonly Entry[];
  /** Adds or replaces an entry; searchable at once. */
  upsert(entry: Entry): void;
  /** Takes an entry out of the index (retired); no-op if absent. */
  remove(id: string): void;
}
