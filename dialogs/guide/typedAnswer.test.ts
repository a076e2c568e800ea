import { describe, expect, it } from 'vitest';
import { QUESTION_BY_ID } from './questions.js';
import { isQuestion, parseMonths, parseTyped } from './typedAnswer.js';

describe('typed answers', () => {
  it.each([
    ['hasCandidate', 'ja', { kind: 'answer', value: 'yes' }],
    ['hasCandidate', 'J', { kind: 'answer', value: 'yes' }],
    ['hasCandidate', 'Nei.', { kind: 'answer', value: 'no' }],
    ['hasCandidate', 'no', { kind: 'answer', value: 'no' }],
    ['disability', 'vet ikke', { kind: 'answer', value: 'unknown' }],
    ['sector', 'kommune', { kind: 'answer', value: 'municipal' }],
    ['sector', 'Staten', { kind: 'answer', value: 'state' }],
    ['permanent', 'midlertidig', { kind: 'answer', value: 'temporary' }],
    ['ground', 'Vikar for en som er sykmeldt', { kind: 'answer', value: 'substitute:sick_leave' }],
    ['ground', 'foreldrepermisjon', { kind: 'answer', value: 'substitute:parental_leave' }],
    ['cvGap', 'ja', { kind: 'answer', value: 'gap:yes' }],
    ['cvGap', 'nei', { kind: 'answer', value: 'gap:no' }],
    ['cvGap', 'sykdom', { kind: 'unclear' }],
    ['duration', '8', { kind: 'answer', value: 8 }],
    ['duration', '8 mnd', { kind: 'answer', value: 8 }],
    ['duration', '2 år', { kind: 'answer', value: 24 }],
    ['duration', 'lenge', { kind: 'unclear' }],
    ['duration', '0', { kind: 'unclear' }],
    ['hasCandidate', 'kanskje', { kind: 'unclear' }],
    ['hasCandidate', 'Tilbake', { kind: 'back' }],
    ['duration', 'avbryt', { kind: 'cancel' }],
  ] as const)('%s: «%s»', (q, text, want) => {
    expect(parseTyped(QUESTION_BY_ID[q], { sector: 'state' }, text)).toEqual(want);
  });

  it('months: whole numbers 1-120 only', () => {
    expect(parseMonths('120')).toBe(120);
    expect(parseMonths('121')).toBeUndefined();
    expect(parseMonths('1,5')).toBeUndefined();
    expect(parseMonths('1,5 år')).toBe(18);
  });
});

describe('a question typed in the middle of the guide', () => {
  it.each([
    ['Hva er lønnstilskudd?', true],
    ['kan jeg ansette uten utlysning', true],
    ['hvor lenge kan en vikar være ansatt', true],
    ['vi har en kandidat fra nav som har vært syk en stund og lurer på', true],
    ['kanskje', false],
    ['kanskje i morgen', false],
    ['ja takk', false],
    ['', false],
  ] as const)('«%s»: %s', (text, want) => {
    expect(isQuestion(text)).toBe(want);
  });
});
