/** The index over the curated entries shipped in knowledge/entries. */
import { loadCuratedEntries } from '../entries/index.js';
import { createKnowledgeIndex, type SearchOptions } from './index.js';

export function createCuratedIndex(options: SearchOptions, dir?: string) {
  return createKnowledgeIndex(loadCuratedEntries(dir), options);
}
