/** The public API of knowledge/: entries and their schema, the search index, and the answer shape. */
export * from './kb.js';
export * from './entries/schema.js';
export { loadCuratedEntries, ENTRIES_DIR } from './entries/index.js';
export { createKnowledgeIndex, DEFAULT_THRESHOLD, type SearchOptions, type KnowledgeSearch } from './search/index.js';
export type { ScoredHit } from './search/retrieval.js';
export { createCuratedIndex } from './search/curated.js';
export { toAskResult, NO_ANSWER_TEXT, type AskResult } from './search/present.js';
export { sectorInQuestion } from './search/sector.js';
