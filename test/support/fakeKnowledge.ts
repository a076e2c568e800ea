/**
 * Test support: a small, predictable KnowledgeIndex over five hand-written entries, so the dialog's
 * tests do not depend on the search engine's ranking. A question is answered when it matches one of an
 * entry's phrasings (folded); otherwise entries sharing a word of four letters or more are suggested.
 */
import type { AnswerResult, KnowledgeIndex, SearchHit } from '../../knowledge/kb.js';
import { EntrySchema, type Entry } from '../../knowledge/entries/schema.js';
import { foldQuestion } from '../../dialogs/qa/format.js';

export const FAKE_ENTRIES: Entry[] = [
  {
    id: 'state-no-advert-wage-subsidy',
    title: 'Ansette uten utlysning når personen har lønnstilskudd (staten)',
    questions: ['Kan jeg ansette uten å lyse ut?', 'Må stillingen lyses ut når NAV gir lønnstilskudd?', 'Unntak fra utlysning med lønnstilskudd'],
    answer:
      'Ja, i staten kan du ansette **midlertidig i inntil to år** uten utlysning når personen har nedsatt funksjonsevne eller hull i CV-en og får midlertidig lønnstilskudd fra NAV.\n\n- Kvalifikasjonsprinsippet gjelder fortsatt.\n- Stillingen må gjøres kjent internt.\n\n_Neste steg:_ Be NAV om kandidater.',
    sector: 'state',
    sources: [
      { type: 'law', law: 'statsansatteforskriften', section: '§ 3a første ledd bokstav b' },
      { type: 'seed', file: '002_b87eac80d50e4c8e.txt', section: 'Kapittel 3.2' },
    ],
    tags: ['utlysning', 'lønnstilskudd', 'unntak'],
    lastReviewed: '2026-11-23',
    related: ['nav-wage-subsidy-rates', 'state-administrative-appointment'],
  },
  {
    id: 'state-administrative-appointment',
    title: 'Administrativ tilsetting i inntil seks måneder',
    questions: ['Hva er administrativ tilsetting?', 'Kan vi ansette kort tid uten innstilling?', 'Ansette i seks måneder uten utlysning'],
    answer:
      'For tilsettinger på inntil seks måneder kan arbeidsgiveren fravike kravene om utlysning, kvalifikasjonsprinsippet og innstilling (statsansatteloven § 7). Det må fortsatt være et grunnlag for midlertidig tilsetting.',
    sector: 'state',
    sources: [{ type: 'law', law: 'statsansatteloven', section: '§ 7' }],
    tags: ['administrativ tilsetting', 'midlertidig'],
    lastReviewed: '2026-10-01',
    related: ['state-no-advert-wage-subsidy'],
  },
  {
    id: 'nav-wage-subsidy-rates',
    title: 'Hvor mye dekker midlertidig lønnstilskudd?',
    questions: ['Hvor mye dekker NAV?', 'Hvor stort er lønnstilskuddet?', 'Satser for midlertidig lønnstilskudd'],
    answer: 'Midlertidig lønnstilskudd er 40 % av refusjonsgrunnlaget i seks måneder, så 30 %. Ved redusert arbeidsevne: 60 % i tolv måneder, så 50 %.',
    sector: 'both',
    sources: [{ type: 'law', law: 'tiltaksforskriften', section: '§ 9-4' }],
    tags: ['lønnstilskudd', 'nav'],
    lastReviewed: '2026-11-23',
  },
  {
    id: 'municipal-earmarked-positions',
    title: 'Kan kommunen øremerke stillinger for målgruppen?',
    questions: ['Kan kommunen lyse ut stillinger bare for målgruppen?', 'Øremerkede stillinger i kommunen', 'Kan en kommune begrense søkergruppen?'],
    answer: 'KS mener at det kan være et saklig unntak å begrense søkergruppen til personer med funksjonsnedsettelse eller hull i CV-en. Hold antallet slike stillinger lavt.',
    sector: 'municipal',
    sources: [{ type: 'seed', file: '000_330d67e8c3ec0145.txt', section: 'Brevet, avsnitt 2-4' }],
    tags: ['kommune', 'øremerking'],
    lastReviewed: '2026-09-15',
    related: ['duty-accommodation'],
  },
  {
    id: 'duty-accommodation',
    title: 'Plikten til individuell tilrettelegging',
    questions: ['Må vi tilrettelegge arbeidsplassen?', 'Hvem har rett til tilrettelegging?', 'Hvor langt går tilretteleggingsplikten?'],
    answer: 'Arbeidsgiveren skal tilrettelegge ut fra den enkeltes arbeidsevne, også for arbeidssøkere i ansettelsesprosessen, så lenge det ikke er en uforholdsmessig byrde.',
    sector: 'both',
    sources: [
      { type: 'law', law: 'arbeidsmiljøloven', section: '§ 4-2' },
      { type: 'law', law: 'likestillings- og diskrimineringsloven', section: '§ 22' },
    ],
    tags: ['tilrettelegging'],
    lastReviewed: '2026-11-23',
  },
].map((e) => EntrySchema.parse(e));

const words = (s: string) =>
  new Set(
    foldQuestion(s)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 4),
  );

export interface FakeKnowledge extends KnowledgeIndex {
  /** Every question answer() was asked, in order. */
  readonly asked: string[];
}

export function fakeKnowledge(entries: Entry[] = FAKE_ENTRIES): FakeKnowledge {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const asked: string[] = [];
  const search = (query: string, limit = 3): SearchHit[] => {
    const q = words(query);
    return [...byId.values()]
      .map((entry) => {
        const own = words([entry.title, ...entry.questions, ...entry.tags].join(' '));
        const shared = [...q].filter((w) => own.has(w)).length;
        return { entry, score: q.size ? shared / q.size : 0 };
      })
      .filter((h) => h.score > 0)
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
  };
  return {
    asked,
    answer(question: string): AnswerResult {
      asked.push(question);
      const folded = foldQuestion(question);
      const entry = [...byId.values()].find((e) => e.questions.some((p) => foldQuestion(p) === folded));
      const suggestions = search(question, 4)
        .map((h) => h.entry)
        .filter((e) => e !== entry)
        .slice(0, 3);
      return entry ? { answered: true, entry, score: 1, suggestions } : { answered: false, score: 0, suggestions };
    },
    search,
    get: (id) => byId.get(id),
    all: () => [...byId.values()],
    upsert: (entry) => void byId.set(entry.id, entry),
    remove: (id) => void byId.delete(id),
  };
}
