/**
 * The fair baseline for `npm run eval:qa`: MiniSearch set up as a competent engineer would in an hour,
 * over the same entries (answers rendered for the same date) — fields with boosts, fuzzy 0.2, prefix
 * search, case and accent folding, a stock Norwegian and English stop-word list, and a per-term score
 * threshold (the top score divided by the number of query terms) tuned on the qa.dev set only.
 */
import MiniSearch from 'minisearch';
import type { Entry } from '../knowledge/entries/schema.js';
import { describeSource } from '../knowledge/entries/schema.js';
import { renderEntry } from '../knowledge/entries/render.js';
import type { QaCase, QaResult } from '../knowledge/search/evaluate.js';
import { judge } from '../knowledge/search/evaluate.js';

/** Snowball's Norwegian stop words and a short English list, as a stock setup would take them. */
const STOP = new Set(
  `og i jeg det at en et den til er som på de med han av ikke ikkje der så var meg seg men ett har om vi min mitt ha hadde
  hun nå over da ved fra du ut sin dem oss opp man kan hans hvor eller hva skal selv sjøl her alle vil bli ble blei blitt
  kunne inn når være kom noen noe ville dere deres kun ja etter ned skulle denne for deg si sine sitt mot å meget hvorfor
  dette disse uten hvordan ingen din ditt blir samme hvilken hvilke sånn inni mellom vår hver hvem vors hvis både bare enn
  fordi før mange også slik vært båe begge siden dykk dykkar dei deira deires deim di då eg ein eit eitt elles honom hjå ho
  hoe henne hennar hennes hoss hossen ingi inkje korleis korso kva kvar kvarhelst kven kvi kvifor me medan mi mine mykje no
  nokon noka nokor noko nokre sia sidan so somt somme um upp vere vore verte vort varte vart
  a an the and or but if of to in on at for with from about as is are was were be been do does did can could may must
  should will would i me my we our you your he she it its they them their this that these those what which who how not no`
    .split(/\s+/)
    .filter(Boolean),
);

const fold = (t: string) =>
  t
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/[øö]/g, 'o')
    .replace(/[åä]/g, 'a')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');

const processTerm = (term: string) => (STOP.has(term.toLowerCase()) ? null : fold(term));

export interface Baseline {
  ask(q: string): QaResult;
  /** The per-term threshold in use. */
  threshold: number;
}

export function createBaseline(entries: Entry[], tuneOn: QaCase[], date: string): Baseline {
  const mini = new MiniSearch<{ id: string; title: string; questions: string; tags: string; answer: string }>({
    fields: ['questions', 'title', 'tags', 'answer'],
    processTerm,
    searchOptions: { boost: { questions: 3, title: 2, tags: 1.5 }, fuzzy: 0.2, prefix: true },
  });
  mini.addAll(entries.map((e) => renderEntry(e, date)).map((e) => ({ id: e.id, title: e.title, questions: e.questions.join('\n'), tags: e.tags.join(' '), answer: e.answer })));
  const byId = new Map(entries.map((e) => [e.id, e]));
  const termCount = (q: string) => Math.max(1, q.split(/[^\p{L}\p{N}]+/u).filter((t) => t && processTerm(t)).length);
  const top = (q: string) => {
    const hit = mini.search(q)[0];
    return { entry: hit ? byId.get(String(hit.id)) : undefined, perTerm: hit ? hit.score / termCount(q) : 0 };
  };
  const resultFor = (q: string, threshold: number): QaResult => {
    const { entry, perTerm } = top(q);
    const answered = entry !== undefined && perTerm >= threshold;
    return {
      answered,
      entryIds: answered ? [entry.id] : [],
      text: answered ? renderEntry(entry, date).answer : '',
      sources: answered ? entry.sources.map(describeSource) : [],
      score: perTerm,
      // The plain library names no sector: an entry for the other sector counts as shown unlabelled.
      sector: null,
      entrySectors: answered ? [entry.sector] : [],
    };
  };
  // Tune: every observed per-term score is a candidate; keep the one with the most right on the dev set
  // (ties: the middle of the best run of candidates).
  const scores = [...new Set(tuneOn.map((c) => top(c.q).perTerm))].sort((a, b) => a - b);
  const candidates = [0, ...scores.map((s, i) => (i + 1 < scores.length ? (s + scores[i + 1]) / 2 : s + 1e-9))];
  const right = candidates.map((t) => tuneOn.filter((c) => judge(c, resultFor(c.q, t)).ok).length);
  const best = Math.max(...right);
  const run = candidates.filter((_, i) => right[i] === best);
  const threshold = run[Math.floor((run.length - 1) / 2)];
  return { ask: (q) => resultFor(q, threshold), threshold };
}
