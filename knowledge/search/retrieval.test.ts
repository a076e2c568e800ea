/** Retrieval over the curated entries: the held-out table in retrieval.cases.ts. */
import { describe, expect, it } from 'vitest';
import { createCuratedIndex } from './curated.js';
import { IN_SCOPE, OUT_OF_SCOPE } from '../../test/support/retrievalCases.js';
import { TEST_DAY } from '../../test/support/clock.js';

const index = createCuratedIndex({ date: TEST_DAY });

describe('retrieval over the curated entries', () => {
  it.each(IN_SCOPE)('%s', (question, expected) => {
    const result = index.answer(question);
    expect(result.answered, `score ${result.score}, best ${index.search(question, 1)[0]?.entry.id}`).toBe(true);
    expect([expected].flat()).toContain(result.entry?.id);
  });

  it.each(OUT_OF_SCOPE)('refuses %s', (question) => {
    const result = index.answer(question);
    expect(result.answered, `answered with ${result.entry?.id} (${result.score})`).toBe(false);
    expect(result.suggestions.length).toBeLessThanOrEqual(3);
  });
});
