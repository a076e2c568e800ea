import { describe, expect, it } from 'vitest';
import { editDistance, FuzzyIndex, maxEditsFor } from './fuzzy.js';

describe('editDistance', () => {
  it.each([
    ['lonnstilskudd', 'lonnstilskudd', 0],
    ['lonstilskudd', 'lonnstilskudd', 1],
    ['lonnstilksudd', 'lonnstilskudd', 1],
    ['tilretelegging', 'tilrettelegging', 1],
    ['arbeidstrenig', 'arbeidstrening', 1],
    ['kvalifiksjonsprinsip', 'kvalifikasjonsprinsipp', 2],
    ['intervju', 'interjvu', 1],
    ['nav', 'stat', 3],
  ])('%s ~ %s = %i', (a, b, d) => {
    expect(editDistance(a, b, 2)).toBe(d);
  });
});

describe('maxEditsFor', () => {
  it.each([[4, 0], [5, 1], [7, 1], [8, 2], [20, 2]])('length %i → %i', (len, max) => {
    expect(maxEditsFor(len)).toBe(max);
  });
});

describe('FuzzyIndex', () => {
  const index = new FuzzyIndex();
  for (const t of ['lonnstilskudd', 'tilskudd', 'tilrettelegging', 'arbeidstrening', 'intervju', 'utlysning']) index.add(t);

  it.each([
    ['lonstilskudd', 1, ['lonnstilskudd']],
    ['lonnstilskud', 1, ['lonnstilskudd']],
    ['tilretelegging', 2, ['tilrettelegging']],
    ['tilrettelegingg', 2, ['tilrettelegging']],
    ['arbeidstrenig', 2, ['arbeidstrening']],
    ['interjvu', 1, ['intervju']],
    ['utlysing', 1, ['utlysning']],
    ['fotball', 1, []],
  ])('%s (≤ %i) → %j', (word, max, terms) => {
    expect(index.lookup(word, max).map((m) => m.term)).toEqual(terms);
  });

  it('skips terms that are no longer alive', () => {
    expect(index.lookup('lonstilskudd', 1, (t) => t !== 'lonnstilskudd')).toEqual([]);
  });
});
