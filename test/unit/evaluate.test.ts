/** The eval's judge: what counts as correct, wrong, no answer — and no answer with the right one a tap away. */
import { describe, expect, it } from 'vitest';
import { evaluateQa, judge, type QaCase, type QaResult } from '../../knowledge/search/evaluate.js';

const question = { id: 'rq-x', q: 'Hvor lenge varer prøvetiden?', sector: 'state', topic: 'probation', expect: ['seks måneder'] } as unknown as QaCase;
const answer = (over: Partial<QaResult>): QaResult => ({ answered: true, entryIds: ['e1'], text: '', sources: [], score: 0.9, ...over });

describe('judge', () => {
  it.each([
    ['an answer with every expected pattern is correct', answer({ text: 'Prøvetiden er inntil seks måneder.' }), 'correct', undefined],
    ['an answer without them is wrong', answer({ text: 'Prøvetiden kan forlenges.' }), 'wrong', undefined],
    ["the other sector's rule, unlabelled, is wrong whatever it says", answer({ text: 'seks måneder', entrySectors: ['municipal'], sector: null }), 'wrong', undefined],
    ['no answer and no suggestions', answer({ answered: false, entryIds: [] }), 'none', false],
    ['no answer, a suggestion that says it', answer({ answered: false, entryIds: [], suggested: [{ id: 's1', text: 'Inntil seks måneder.' }] }), 'none', true],
    ['no answer, suggestions that do not', answer({ answered: false, entryIds: [], suggested: [{ id: 's1', text: 'Om ferie.' }] }), 'none', false],
  ])('%s', (_name, result, verdict, oneTapAway) => {
    const o = judge(question, result);
    expect(o.verdict).toBe(verdict);
    expect(o.oneTapAway).toBe(oneTapAway);
  });

  it.each([
    ['a tentative answer that says it: no sure answer, the nearest right', [{ id: 'e1', text: 'Inntil seks måneder.' }], 'right'],
    [
      'a tentative answer that does not: the nearest wrong, even when another suggestion is right',
      [
        { id: 'e1', text: 'Om ferie.' },
        { id: 's2', text: 'seks måneder' },
      ],
      'wrong',
    ],
  ])('%s', (_name, suggested, tentative) => {
    const o = judge(question, answer({ answered: false, tentative: true, suggested }));
    expect(o.verdict).toBe('none');
    expect(o.tentative).toBe(tentative);
  });

  it('counts the unanswered questions whose answer is one tap away', () => {
    const report = evaluateQa([question, { ...question, id: 'rq-y' } as QaCase], (c) =>
      (c as unknown as { id: string }).id === 'rq-x'
        ? answer({ answered: false, entryIds: [], suggested: [{ id: 's', text: 'seks måneder' }] })
        : answer({ answered: false, entryIds: [] }),
    );
    expect(report.inScope).toEqual({ total: 2, correct: 0, wrong: 0, none: 2, oneTapAway: 1, tentative: 0, tentativeRight: 0 });
  });
});
