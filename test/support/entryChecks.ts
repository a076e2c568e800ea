/**
 * The checks every round of curated entries runs on what it added: the house style (answer first, no number
 * written out — amounts and durations are dated parameters — a next step last, reviewed and cited on the day,
 * phrasings in bokmål and nynorsk), the facts its sources give, and manager questions in other words than
 * the entries' phrasings reaching them through the real index. One implementation, so a round's test file
 * is its tables.
 */
import { describe, expect, it } from 'vitest';
import { loadCuratedEntries } from '../../knowledge/entries/index.js';
import type { Entry } from '../../knowledge/entries/schema.js';
import { renderParameters } from '../../knowledge/parameters/format.js';
import type { AnswerResult } from '../../knowledge/kb.js';
import { createKnowledgeIndex, type KnowledgeSearch } from '../../knowledge/search/index.js';

/** A number with a unit written into an answer instead of a parameter ({{p:id}}). */
export const HARD_CODED_NUMBER = /\b\d+(?:[ ,.]\d+)*\s*(?:%|prosent|kr\b|kroner|G\b|dager?\b|uker?\b|måned(?:er)?\b|år\b)/i;

/** Words that mark a nynorsk phrasing (JavaScript's \b does not see æ, ø and å as word characters). */
export const NYNORSK_WORD =
  /(^|\s)(eg|dei|nokon|kvar|kva|korleis|kven|kor|ikkje|eit|ein|ho|vere|vore|frå|berre|utan|treng|gjeld|gjer|ventar|mellombels|kvarandre|krevje|søkje|leggje|seie|ven|skulen|eininga|leiaren|kollegaene|forlengjast|gjentakast|statstilsett|nytilsett\w*|tilsett\w*|tilset|tilsetj\w*|søkjar\w*|sjukmeld\w*|leiar\w*|verksemd\w*|lova|prøvetida|stillinga|søknaden|kommunen?s?|spørje|lønstilskot\w*|målgruppa|referansar|handsame|provbyrda|meiner|fylgje|forlengje|utforma|øyremerkjer|tilkomst|ei|tek|usamde|teieplikt|fleire|gje|innstillinga|tel)(?=[\s?,.–]|$)/i;

export const ANSWER_FIRST = /^(Ja|Nei|Det kommer an på)(?=[\s,.:;])/;

let loaded: ReturnType<typeof load> | undefined;
function load() {
  const all = loadCuratedEntries();
  const byId = new Map(all.map((e) => [e.id, e]));
  const entry = (id: string): Entry => {
    const e = byId.get(id);
    if (!e) throw new Error(`no entry ${id}`);
    return e;
  };
  return { all, entry, rendered: (id: string, day: string) => renderParameters(entry(id).answer, day) };
}

/** The shipped entries by id, and an entry's answer with its parameters filled in for a day (read once per worker). */
export function curatedEntries() {
  return (loaded ??= load());
}

const indexes = new Map<string, KnowledgeSearch>();
/** The index over the shipped entries for a day, built once per worker and only read by the checks. */
function curatedIndex(day: string): KnowledgeSearch {
  let index = indexes.get(day);
  if (!index) indexes.set(day, (index = createKnowledgeIndex(curatedEntries().all, { date: day })));
  return index;
}

/** The entries an answer shows: each sector's when it gives both. */
const shownIds = (r: AnswerResult) => (r.bySector ? [r.bySector.state.id, r.bySector.municipal.id] : [r.entry?.id]);

export interface HouseStyle {
  /** The day the round read its sources and reviewed its entries (a later review keeps the test passing). */
  day: string;
  /** How an answer may open (default: Ja / Nei / Det kommer an på). */
  opens?: RegExp;
  /** Entries extended this round keep their earlier short phrasings: no four-word minimum for them. */
  extended?: ReadonlySet<string>;
  /** Also an English phrasing. */
  english?: boolean;
  /** At most this many phrasings (a few well-chosen ones steal less than many). */
  maxPhrasings?: number;
}

/** Every entry of a round keeps the house style (see the file's comment), as a describe block of its own. */
export function describeHouseStyle(title: string, ids: readonly string[], style: HouseStyle): void {
  describe(title, () => itKeepsHouseStyle(ids, style));
}

/** The house-style test for each entry, inside the describe block it is called from. */
export function itKeepsHouseStyle(ids: readonly string[], style: HouseStyle): void {
  const { entry } = curatedEntries();
  it.each(ids)('%s answers first, writes no number, ends with a next step, cites a source read that day, has nynorsk', (id) => {
    const e = entry(id);
    expect(e.answer.replace(/\{\{p:[a-z0-9.-]+\}\}/g, '')).not.toMatch(HARD_CODED_NUMBER);
    expect(e.answer).toMatch(style.opens ?? ANSWER_FIRST);
    expect(e.answer).toMatch(/_Neste steg:_ \S[^\n]*$/);
    // Reviewed that day, or later when a later round changed the entry again.
    expect(e.lastReviewed >= style.day, `lastReviewed ${e.lastReviewed} before ${style.day}`).toBe(true);
    expect(e.questions.length).toBeGreaterThanOrEqual(5);
    expect(
      e.questions.some((q) => NYNORSK_WORD.test(q)),
      'a nynorsk phrasing',
    ).toBe(true);
    if (style.english)
      expect(
        e.questions.some((q) => /^(can|do|does|is|are|what|how|who|when|where|which|may|must|should|we|the|an)\b/i.test(q)),
        'an English phrasing',
      ).toBe(true);
    if (!style.extended?.has(id)) for (const q of e.questions) expect(q.split(/\s+/).length, q).toBeGreaterThanOrEqual(4);
    expect(e.sources.some((s) => s.type === 'web' && s.read === style.day && s.url.startsWith('https://'))).toBe(true);
  });
}

/** Each entry's answer (parameters filled in for the day) says what its source says. */
export function describeFacts(title: string, facts: ReadonlyArray<readonly [id: string, fact: RegExp]>, day: string): void {
  const { rendered } = curatedEntries();
  describe(title, () => {
    it.each(facts)('%s', (id, fact) => {
      expect(rendered(id, day)).toMatch(fact);
    });
  });
}

/** Manager questions in other words than the entries' phrasings reach the expected entry through the real index. */
export function describeRoutedQuestions(
  title: string,
  cases: ReadonlyArray<readonly [question: string, sector: 'state' | 'municipal' | undefined, expected: string]>,
  day: string,
): void {
  describe(title, () => {
    it.each(cases)('%s (%s)', (question, sector, expected) => {
      const index = curatedIndex(day);
      const r = index.answer(question, { sector });
      expect(r.answered, `score ${r.score}, best ${index.search(question, 1)[0]?.entry.id}`).toBe(true);
      expect(shownIds(r)).toContain(expected);
    });
  });
}

/**
 * Questions the index does not yet route to the entry that holds the answer, each with why. Each case passes while the
 * miss lasts and fails once the question reaches the entry as describeRoutedQuestions would accept it: then move the
 * row to the routed questions. A list of misses in free text (it.todo) goes stale unseen; this one cannot.
 */
export function describeKnownMisses(
  title: string,
  cases: ReadonlyArray<readonly [question: string, sector: 'state' | 'municipal' | undefined, expected: string, why: string]>,
  day: string,
): void {
  describe(title, () => {
    it.each(cases)('still missed: %s (%s) → %s', (question, sector, expected, why) => {
      const index = curatedIndex(day);
      expect(index.get(expected), `no entry ${expected}`).toBeDefined();
      const r = index.answer(question, { sector });
      const routed = r.answered && shownIds(r).includes(expected);
      expect(routed, `«${question}» now reaches ${expected} (was: ${why}): move it to the routed questions`).toBe(false);
    });
  });
}
