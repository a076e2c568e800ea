/** Retrieval over the curated entries: the held-out table in retrieval.cases.ts. */
import { describe, expect, it } from 'vitest';
import { createCuratedIndex } from './curated.js';
import { createKnowledgeIndex } from './index.js';
import { loadCuratedEntries } from '../entries/index.js';
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

describe('a word nearly every entry holds', () => {
  // Forty more entries saying «kan» and «ikke» (held by about 500 curated entries each): a word crossing a
  // fixed count of holders once changed how every question holding it was ranked.
  const filler = Array.from({ length: 40 }, (_, i) => ({
    id: `filler-${i}`,
    title: `Kantinemeny uke ${i + 1}`,
    questions: [`Hva kan kantina servere i uke ${i + 1}?`],
    answer: `Kantina kan ikke servere fisk i uke ${i + 1} uten bestilling.`,
    sector: 'both' as const,
    tags: ['kantine'],
    lastReviewed: '2026-12-01',
    sources: [{ type: 'handbook' as const, section: 'kantine' }],
  }));
  const bigger = createKnowledgeIndex([...loadCuratedEntries(), ...filler], { date: TEST_DAY });

  it.each(IN_SCOPE.filter(([q]) => /\b(kan|ikke|uten)\b/i.test(q)))('%s still finds its entry', (question, expected) => {
    const result = bigger.answer(question);
    expect(result.answered, `score ${result.score}, best ${bigger.search(question, 1)[0]?.entry.id}`).toBe(true);
    expect([expected].flat()).toContain(result.entry?.id);
  });
});

describe('many entries phrased about one concept', () => {
  // More than the 64 entries a question's pool holds, each with one phrasing about «hull i CV-en», placed
  // before the entry whose title asks what it means: ties in the pool were cut in file order, and «Hva betyr
  // hull i CV-en?» (one concept) lost its entry once round 20's phrasings made 70 entries speak of CV gaps.
  const crowd = Array.from({ length: 80 }, (_, i) => ({
    id: `crowd-${i}`,
    title: `Rutine nummer ${i + 1} for søknadsbehandling`,
    questions: [`Hva gjør vi i rutine ${i + 1} med en søker som har hull i CV-en?`],
    answer: `Rutine ${i + 1} gjelder alle søkere.`,
    sector: 'both' as const,
    tags: ['rutine'],
    lastReviewed: '2026-12-01',
    sources: [{ type: 'handbook' as const, section: 'rutiner' }],
  }));
  const definition = loadCuratedEntries().find((e) => e.id === 'tg-cv-gap-definition')!;
  const crowded = createKnowledgeIndex([...crowd, definition], { date: TEST_DAY });

  it('the entry whose title holds the concept is in the pool and answers', () => {
    expect(definition.title).toMatch(/hull i CV/i);
    const result = crowded.answer('Hva betyr hull i CV-en?');
    expect(result.entry?.id).toBe('tg-cv-gap-definition');
  });
});
