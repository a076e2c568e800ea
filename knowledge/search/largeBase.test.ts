/**
 * A base above SMALL_BASE entries takes the large-base path (a pool chosen by what the question holds, scored without
 * the library's postings, common terms asked through bitsets). After HR adds, changes or removes an entry, it must
 * answer as an index built afresh over the same entries would: nothing it keeps for speed may outlive the change.
 */
import { describe, expect, it } from 'vitest';
import type { Entry } from '../entries/schema.js';
import { loadCuratedEntries } from '../entries/index.js';
import { Retrieval, SMALL_BASE } from './retrieval.js';
import { TEST_DAY } from '../../test/support/clock.js';

/** The curated entries three times over (new ids, one word more in each copy's title), above SMALL_BASE. */
function largeBase(): Entry[] {
  const curated = loadCuratedEntries();
  const out: Entry[] = [];
  for (let copy = 0; out.length <= SMALL_BASE; copy++)
    for (const e of curated) out.push(copy === 0 ? e : { ...e, id: `${e.id}-c${copy}`, title: `${e.title} (kopi ${copy})`, related: [] });
  return out;
}

const QUESTIONS = [
  'Kan vi ansette en med hull i CV-en uten å lyse ut stillingen?',
  'Hvor mye dekker NAV av lønnen med midlertidig lønnstilskudd?',
  'Må vi kalle inn en søker med funksjonsnedsettelse til intervju i staten?',
  'Vi vil ha en ungdom på arbeidstrening i parkvesenet – er hun ansatt hos oss?',
];

const ranked = (r: Retrieval, q: string) => r.rank(r.concepts(q), 5).map((h) => ({ id: h.entry.id, score: h.score }));

/**
 * The same entries in the same order, with scores within 0.005: an incrementally changed index and a fresh one differ in
 * the third decimal for one entry (seen: 0.224 against 0.223), with or without this session's bitsets and packed field
 * scores. Probably the analyzer: an entry indexed before HR's words were learnt keeps the compound splits of then (the
 * index does not re-read its entries); not confirmed. A cache outliving a change moves whole answers.
 */
function expectSameRanking(changed: ReturnType<typeof ranked>, afresh: ReturnType<typeof ranked>, question: string) {
  expect(
    changed.map((h) => h.id),
    question,
  ).toEqual(afresh.map((h) => h.id));
  changed.forEach((h, i) => expect(Math.abs(h.score - afresh[i].score), `${question}: ${h.id}`).toBeLessThan(0.005));
}

describe('a large base after HR changes answers as one built afresh', () => {
  const entries = largeBase();
  const changing = new Retrieval(entries, { date: TEST_DAY });

  it('takes the large-base path', () => {
    expect(changing.size).toBeGreaterThan(SMALL_BASE);
  });

  it('after an entry is added, changed and removed', () => {
    // Asked first, so what is kept for speed (candidates, bitsets, idf) is filled before the changes.
    for (const q of QUESTIONS) ranked(changing, q);
    const added: Entry = {
      ...entries[0],
      id: 'hr-parkvesen',
      title: 'Arbeidstrening i parkvesenet',
      questions: [
        'Er en ungdom på arbeidstrening i parkvesenet ansatt hos oss?',
        'Arbeidstrening i parkvesenet og ansettelse',
        'Hvem er arbeidsgiver for en på arbeidstrening i parkvesenet?',
        'Kven er arbeidsgivar for ein på arbeidstrening i parkvesenet?',
        'Is a work-trial participant in the parks department employed by us?',
      ],
      related: [],
    };
    changing.upsert(added);
    changing.upsert({ ...entries[1], questions: [...entries[1].questions, 'Hvor mye dekker NAV av lønnen med midlertidig lønnstilskudd?'] });
    changing.remove(entries[2].id);
    const after = [
      added,
      { ...entries[1], questions: [...entries[1].questions, 'Hvor mye dekker NAV av lønnen med midlertidig lønnstilskudd?'] },
      ...entries.filter((_, i) => i > 2),
    ];
    const afresh = new Retrieval(after, { date: TEST_DAY });
    for (const q of QUESTIONS) expectSameRanking(ranked(changing, q), ranked(afresh, q), q);
    expect(ranked(changing, QUESTIONS[3])[0].id).toBe('hr-parkvesen');
    expect(ranked(changing, QUESTIONS[1]).map((h) => h.id)).not.toContain(entries[2].id);
    // Two indexes of 2,484 entries and every question asked of both: 10–20 s alone, over 30 s beside other work.
  }, 120_000);
});
