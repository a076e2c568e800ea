/**
 * The knowledge base as the rest of the app sees it: answer a question (for the asker's sector, in the
 * context of the previous answer), search, and change entries with the index updated at once (HR's
 * edits are searchable without a restart). Implemented in knowledge/search/.
 */
import type { Entry } from './entries/schema.js';
import type { OffTopic } from './search/scope.js';
import type { Sector } from './search/sector.js';

export type { OffTopic, Sector };

export interface SearchHit {
  entry: Entry;
  /** Confidence in 0..1; comparable across queries. */
  score: number;
}

/**
 * What a conversation keeps of an answer so that a follow-up ("og i kommunen?", "hvor lenge da?") can
 * refer to it: the entry and the question's analysed terms (stems and concept tokens, never its text).
 */
export interface AnswerMemory {
  entryId: string;
  /** One item per concept of the question, its alternative terms joined by "|". */
  terms: string[];
  sector?: Sector;
}

export interface AskContext {
  /** The asker's sector when known: their setting, the guide, or the employer's default. */
  sector?: Sector;
  /** The previous answer in this conversation, for a follow-up. */
  previous?: AnswerMemory;
}

export interface AnswerResult {
  /** True when an entry answers the question with enough confidence. */
  answered: boolean;
  /** The answer (for `sector` when that is set). */
  entry?: Entry;
  score: number;
  /** Up to three other entries worth offering (related ones when answered, nearest when not). */
  suggestions: Entry[];
  /** The sector the answer is for, and how it was known; undefined when the entry holds for both. */
  sector?: Sector;
  sectorFrom?: 'question' | 'asker' | 'entry' | 'previous';
  /** The sector is unknown and the rule differs: each sector's entry, to show side by side. */
  bySector?: { state: Entry; municipal: Entry };
  /** The asker's sector has no entry on this; `entry` is the other sector's, and says so. */
  otherSectorOnly?: boolean;
  /** Refused as an HR question outside inclusive hiring: which kind, for the pointer. */
  offTopic?: OffTopic;
  /** The second ask of a compound question, when another entry answers it. */
  second?: { question: string; entry: Entry };
  /** The question was read as a follow-up to the previous answer. */
  followUp?: boolean;
  /** What to keep for a follow-up; undefined when nothing was answered. */
  memory?: AnswerMemory;
  /** Answered below the confident level: the nearest entry, to be shown with a caveat and an offer to ask HR. */
  tentative?: boolean;
}

export interface KnowledgeIndex {
  answer(question: string, context?: AskContext): AnswerResult;
  search(query: string, limit?: number): SearchHit[];
  get(id: string): Entry | undefined;
  /** Every active entry. */
  all(): readonly Entry[];
  /** Adds or replaces an entry; searchable at once. */
  upsert(entry: Entry): void;
  /** Takes an entry out of the index (retired); no-op if absent. */
  remove(id: string): void;
}
