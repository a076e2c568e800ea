/** How a question's words are read against what the index holds: typos, inflections, rare spellings. */
import { describe, expect, it } from 'vitest';
import type { Entry } from '../entries/schema.js';
import { FIXTURE_ENTRIES } from '../../test/support/searchFixtures.js';
import { Retrieval, typoOf } from './retrieval.js';

const entry = (id: string, title: string, questions: string[], answer: string): Entry => ({ ...FIXTURE_ENTRIES[0], id, title, questions, answer, tags: [], related: [] });

// Twelve entries say "stilling"; one phrasing carries the misspelling "stiling".
const ENTRIES: Entry[] = [
  entry('self-declaration', 'Egenerklæring fra søkeren', ['Holder det med egenerklæring?'], 'Søkeren gir en egenerklæring om målgruppen.'),
  entry('start-date', 'Når kan den nyansatte starte?', ['Når kan hun starte i jobben?'], 'Avtal en start når arbeidsavtalen er skrevet.'),
  entry('barrier', 'Hinder for inkludering', ['Hva er et hinder for å ansette unge?'], 'Kvalifikasjonsprinsippet oppleves som et hinder.'),
  ...Array.from({ length: 12 }, (_, i) =>
    entry(`position-${i}`, `Stilling nummer ${i}`, [i === 0 ? 'ledig stiling nav' : `Hvordan lyser vi ut stilling ${i}?`], `En stilling skal beskrives godt (${i}).`),
  ),
];
const retrieval = new Retrieval(ENTRIES, { date: '2026-11-23' });
const termsOf = (question: string) => retrieval.concepts(question).flatMap((c) => c.alts.flatMap((a) => a.terms));

describe('reading a question against the index', () => {
  it.each([
    // A typo keeps its first letter: a doctor's note is not a self-declaration.
    ['legeerklæring', 'egenerklæring', false],
    ['egenerklæing', 'egenerklæring', true],
    // Short words are not read as typos: "stort" is a word of its own, not "start".
    ['hvor stort', 'start', false],
    ['startt', 'start', true],
    // "hinderet" stems to "hinder", which the index holds as "hind" (its stem of "hinder").
    ['hinderet', 'hind', true],
    // A spelling that one entry carries among a dozen that spell it right is read as the usual word.
    ['hva er en stiling', 'stilling', true],
    // A phrase matches however its three-letter stem is inflected, and a function word does not start one.
    ['når vi lyser ut stillingen', '#advertise', true],
    ['må kontoret vårt være tilgjengelig', '#duration', false],
    ['hvor lenge varte det', '#duration', true],
  ])('%s → %s: %s', (question, term, expected) => {
    expect(termsOf(question).includes(term), JSON.stringify(termsOf(question))).toBe(expected);
  });

  // Twelve entries ask «hva skjer …» and twelve speak of a «skjerm»; one says the rules were «skjerpet» (stem «skjerp»).
  const sharper = new Retrieval(
    [
      entry('sharpened', 'Skjerpede regler', ['Når ble aktivitetsplikten skjerpet?'], 'Plikten ble skjerpet i 2020.'),
      ...Array.from({ length: 12 }, (_, i) => entry(`next-${i}`, `Neste steg ${i}`, [`Hva skjer etter møte ${i}?`], `Dette skjer etter møtet (${i}).`)),
      ...Array.from({ length: 12 }, (_, i) => entry(`screen-${i}`, `Skjerm ${i}`, [`Trenger hun en stor skjerm ${i}?`], `En skjerm kan tilpasses (${i}).`)),
    ],
    { date: '2026-11-23' },
  );
  it.each([
    // A letter more that doubles none is another word, not a misspelling of the common one.
    ['når ble plikten skjerpet', 'skjerp', true],
    ['når ble plikten skjerpet', 'skjer', false],
    ['når ble plikten skjerpet', 'skjerm', false],
  ])('%s → %s: %s (rare word one letter longer than a common one)', (question, term, expected) => {
    const terms = sharper.concepts(question).flatMap((c) => c.alts.flatMap((a) => a.terms));
    expect(terms.includes(term), JSON.stringify(terms)).toBe(expected);
  });
});

describe('durations', () => {
  const withDuration = new Retrieval([...ENTRIES, entry('six-months', 'Prøvetid', ['Kan prøvetiden være seks måneder?'], 'Prøvetiden kan være 6 mnd.')], { date: '2026-11-23' });
  const importanceOf = (question: string, key: string) => withDuration.concepts(question).find((c) => c.key === key)?.importance ?? 1;
  it.each([
    // No entry speaks of three weeks: a detail of the case, not an unknown word held against every entry.
    ['kan hun starte om 3 uker', '3uke', 0.5],
    // Six months is in an entry: it singles that entry out.
    ['kan prøvetiden være 6 mnd', '6mnd', 1],
  ])('%s: %s counts %s', (question, key, importance) => {
    expect(importanceOf(question, key)).toBe(importance);
  });
});

describe('the place a case happens', () => {
  const conceptOf = (question: string, key: string) => retrieval.concepts(question).find((c) => c.key === key);
  it.each([
    // A word no entry holds, in the definite form after «på» / «i»: where the case happens, counted as context.
    ['Vi har en ungdom på arbeidstrening i parkvesenet', 'parkvesen', 0.5],
    ['Kan hun begynne på gjenbruksstasjonen?', 'gjenbruksstasjon', 0.5],
    // Not after a place word, or not in the definite form: still an unknown subject held against every entry.
    ['Kan vi bestille parkvesen?', 'parkvesen', 1],
    ['Kan hun jobbe i parkvesen?', 'parkvesen', 1],
  ])('%s: %s counts %s', (question, key, importance) => {
    expect(conceptOf(question, key)?.importance ?? 1).toBe(importance);
  });
  it('still reads a misspelt word after «i» as the word it is meant to be, not as a place', () => {
    const withArchive = new Retrieval([...ENTRIES, entry('archive', 'Arkivet', ['Hvem har ansvar for arkivet?'], 'Arkivet har eget ansvar.')], { date: '2026-11-23' });
    // «arkivet» misspelt, in the definite form after «i»: the typo reading (the index holds «arkiv») comes first.
    const concepts = withArchive.concepts('står det noe i arkkivet?');
    const c = concepts.find((x) => x.alts.some((a) => a.terms.includes('arkiv')));
    expect(c, JSON.stringify(concepts)).toBeDefined();
    expect(c?.importance ?? 1).toBe(1);
  });
});

describe('the sentence that asks', () => {
  const importanceOf = (question: string, key: string) => retrieval.concepts(question).find((c) => c.key === key)?.importance ?? 1;
  it.each([
    // («stilling» is read as its synonym group, #position.) The case told first («… en stilling.») counts less than what the last sentence asks («… egenerklæring?»).
    ['Vi har lyst ut en stilling. Holder det med egenerklæring når hun skal starte i jobben?', '#position', 0.7],
    ['Vi har lyst ut en stilling. Holder det med egenerklæring når hun skal starte i jobben?', '#selfdeclared', 1],
    // An ask of few topic words leans on the case for its subject: all count fully.
    ['Vi har lyst ut en stilling. Holder det med egenerklæring?', '#position', 1],
    // A word the question sentence repeats is asked, however the case sentence used it.
    ['Vi har lyst ut en stilling. Kan hun starte i stillingen?', '#position', 1],
    // One sentence, or sentences that all ask (or none that do): every word counts fully.
    ['Holder det med egenerklæring for stillingen?', '#position', 1],
    ['Hvem lyser ut stillingen? Holder det med egenerklæring?', '#position', 1],
    ['Vi har lyst ut en stilling. Egenerklæring holder.', '#position', 1],
  ])('%s: %s counts %s', (question, key, importance) => {
    expect(importanceOf(question, key)).toBe(importance);
  });
});

describe('typoOf', () => {
  it.each([
    ['stiling', 'stilling', true],
    ['stilling', 'stiling', true],
    ['stilking', 'stilling', true],
    ['skjerp', 'skjer', false],
    ['skjerp', 'skjerm', false],
    ['styrke', 'styre', false],
  ])('%s / %s: %s', (a, b, expected) => expect(typoOf(a, b)).toBe(expected));
});

describe('a rare compound is also looked for by its parts', () => {
  // One entry says «rekrutteringsprosess»; ten say «rekruttering» and «prosess» apart; «helsepersonell» (one entry)
  // must not be cut into three («hels» + «person» + «ell») nor «website» into a three-letter part.
  const base = new Retrieval(
    [
      entry('process', 'Rekrutteringsprosess', ['Hvordan legger vi opp rekrutteringsprosessen?'], 'Planlegg hele rekrutteringsprosessen.'),
      entry('health', 'Helsepersonell', ['Må helsepersonell ha autorisasjon?'], 'Helsepersonell trenger autorisasjon. Se web og sit.'),
      entry('website', 'Website', ['Is our website covered?'], 'The website must meet the rules.'),
      ...Array.from({ length: 10 }, (_, i) => entry(`apart-${i}`, `Rekruttering ${i}`, [`Hvordan gjør vi rekruttering ${i}?`], `En prosess for rekruttering (${i}) og en person.`)),
    ],
    { date: '2026-11-23' },
  );
  const altsOf = (question: string, key: string) =>
    base
      .concepts(question)
      .find((c) => c.key === key)
      ?.alts.map((a) => a.terms.join('+'));
  it.each([
    ['tilrettelegging i en rekrutteringsprosess', 'rekrutteringsprosess', ['rekrutteringsprosess', 'rekruttering+prosess']],
    ['må helsepersonell ha autorisasjon', 'helsepersonell', ['helsepersonell']],
    ['does our website count', 'websit', ['websit']],
  ])('%s: %s → %j', (question, key, alts) => {
    expect(altsOf(question, key)).toEqual(alts);
  });
});
