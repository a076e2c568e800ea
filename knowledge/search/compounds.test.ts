import { describe, expect, it } from 'vitest';
import { splitCompound } from './compounds.js';
import { foldText } from './fold.js';
import { stemNorwegian } from './stemmer.js';

const VOCABULARY = [
  'lønn',
  'tilskudd',
  'sykefravær',
  'fravær',
  'syk',
  'oppfølging',
  'arbeid',
  'trening',
  'stat',
  'ansatt',
  'kvalifikasjon',
  'prinsipp',
  'tilrettelegging',
  'inkludering',
  'dugnad',
  'mentor',
  'møte',
  'rom',
];
const words = new Set(VOCABULARY.flatMap((w) => [foldText(w), stemNorwegian(foldText(w))]));
const lexicon = { has: (w: string) => words.has(w) };

describe('splitCompound', () => {
  it.each([
    ['lønnstilskuddet', ['lonn', 'tilskudd']],
    ['lønnstilskudd', ['lonn', 'tilskudd']],
    ['sykefraværsoppfølging', ['sykefravær', 'oppfolging']],
    ['arbeidstrening', ['arbeid', 'trening']],
    ['statsansatte', ['stat', 'ansatt']],
    ['kvalifikasjonsprinsippet', ['kvalifikasjon', 'prinsipp']],
    ['tilretteleggingstilskudd', ['tilrettelegging', 'tilskudd']],
    ['inkluderingsdugnaden', ['inkludering', 'dugnad']],
    ['mentortilskudd', ['mentor', 'tilskudd']],
    ['lønnsmentortilskudd', ['lonn', 'mentor', 'tilskudd']],
  ])('%s → %j', (word, parts) => {
    expect(splitCompound(foldText(word), lexicon)).toEqual(parts);
  });

  it.each(['lønn', 'tilskudd', 'fotball', 'klokka', 'forskjell'])('%s does not split', (word) => {
    expect(splitCompound(foldText(word), lexicon)).toBeNull();
  });
});
