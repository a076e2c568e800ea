/**
 * Every curated entry answers its own title and first question: a new entry whose phrasings take another
 * entry's own question (it happened when entries were written in parallel) fails here, by name.
 */
import { describe, expect, it } from 'vitest';
import { createCuratedIndex } from './curated.js';
import { TEST_DAY } from '../../test/support/clock.js';
import { loadCuratedEntries } from '../entries/index.js';

/** Own questions another entry may answer, and why. */
const EXCEPTIONS: Record<string, string> = {
  'gen-about-bot': 'what the bot can do is the help card, not a search answer',
  'nav-substitute-refund': 'its first question is about staff sick leave, which the scope refuses; its substitute phrasings reach it',
  'nav-lasting-wage-subsidy-apply': 'the general lasting-wage-subsidy entry answers «how do we get it» with the same steps',
  'mun-probation-dismissal-stay': 'its title begins with dismissal in probation, which the notice entry answers first',
};

describe('curated entries answer their own questions', () => {
  const index = createCuratedIndex({ date: TEST_DAY });
  const entries = loadCuratedEntries().filter((e) => !(e.id in EXCEPTIONS));
  it.each(entries.flatMap((e) => [e.title, e.questions[0]].map((q) => [e.id, q] as const)))('%s: %s', (id, question) => {
    const e = entries.find((x) => x.id === id)!;
    const r = index.answer(question, { sector: e.sector === 'both' ? undefined : e.sector });
    const shown = r.bySector ? [r.bySector.state.id, r.bySector.municipal.id] : r.entry ? [r.entry.id] : [];
    expect(shown, `answered with ${shown.join('+') || 'nothing'} (${r.score})`).toContain(id);
  });
});
