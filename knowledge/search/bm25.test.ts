/** The pool scorer must score an entry exactly as the library does, so that which of the two scores a question changes nothing. */
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { FieldScorer } from './bm25.js';

const FIELDS = ['questions', 'title', 'tags'] as const;
const BOOST = { questions: 3, title: 2, tags: 1.5 };
type Doc = { id: string } & Record<(typeof FIELDS)[number], string[]>;

const DOCS: Doc[] = [
  { id: 'a', questions: ['lonn', 'tilskudd', 'lonn', 'nav'], title: ['lonn', 'tilskudd'], tags: ['#wagesubsidy'] },
  { id: 'b', questions: ['vikar', 'sykefravær', 'nav', 'refusjon'], title: ['vikar'], tags: ['#substitute', 'nav'] },
  { id: 'c', questions: ['utlysning', 'stilling', 'nav', 'lonn'], title: ['utlysning'], tags: [] },
  { id: 'd', questions: ['nav', 'nav', 'nav'], title: ['nav', 'kontakt'], tags: ['nav'] },
  { id: 'e', questions: ['intervju', 'kandidat'], title: ['intervju'], tags: ['#interview'] },
];

function both(docs: Doc[]) {
  const mini = new MiniSearch<{ id: string } & Record<(typeof FIELDS)[number], string>>({
    fields: [...FIELDS],
    tokenize: (s) => (s ? s.split(' ') : []),
    processTerm: (t) => t,
    searchOptions: { boost: BOOST },
  });
  const scorer = new FieldScorer(FIELDS.map((f) => BOOST[f]));
  for (const d of docs) {
    mini.add({ id: d.id, questions: d.questions.join(' '), title: d.title.join(' '), tags: d.tags.join(' ') });
    scorer.add(
      d.id,
      FIELDS.map((f) => d[f]),
    );
  }
  return { mini, scorer };
}

const weights: Record<string, number> = { lonn: 1.5, nav: 0.4, tilskudd: 1, vikar: 2 };
const boostTerm = (t: string) => weights[t] ?? 1;

describe('FieldScorer', () => {
  it.each([[['lonn']], [['nav']], [['lonn', 'nav', 'tilskudd']], [['vikar', '#substitute', 'refusjon']], [['intervju', 'nav', 'ukjent']]])(
    'scores %j as MiniSearch does',
    (terms) => {
      const { mini, scorer } = both(DOCS);
      const expected = new Map(mini.search(terms.join(' '), { boostTerm }).map((r) => [String(r.id), r.score]));
      const got = new Map(
        scorer
          .score(
            DOCS.map((d) => d.id),
            terms,
            boostTerm,
          )
          .map((r) => [r.id, r.score]),
      );
      expect([...got.keys()].sort()).toEqual([...expected.keys()].sort());
      for (const [id, score] of expected) expect(got.get(id)).toBeCloseTo(score, 10);
    },
  );

  it('scores only the entries it is asked about', () => {
    const { scorer } = both(DOCS);
    expect(scorer.score(['c', 'd'], ['nav'], boostTerm).map((r) => r.id)).toEqual(['c', 'd']);
  });

  it('forgets a removed entry and scores the rest as the library does after the same removal', () => {
    const { mini, scorer } = both(DOCS);
    mini.discard('a');
    scorer.remove('a');
    scorer.remove('a');
    const expected = new Map(mini.search('lonn nav', { boostTerm }).map((r) => [String(r.id), r.score]));
    const got = scorer.score(['a', 'b', 'c', 'd', 'e'], ['lonn', 'nav'], boostTerm);
    expect(got.map((r) => r.id).sort()).toEqual([...expected.keys()].sort());
    for (const r of got) expect(r.score).toBeCloseTo(expected.get(r.id)!, 10);
  });
});
