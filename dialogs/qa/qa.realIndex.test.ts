import { beforeAll, describe, expect, it } from 'vitest';
import { loadCuratedEntries } from '../../knowledge/entries/index.js';
import { createKnowledgeIndex } from '../../knowledge/search/index.js';
import { expectValidCard } from '../../test/helpers/cards.js';
import { cardText } from '../shared/cardKit.js';
import { memoryStore } from '../../test/support/memoryStore.js';
import { FEEDBACK, type Feedback } from '../shared/records.js';
import type { Actor, DialogResult } from '../shared/turn.js';
import { createQaFeature, type QaFeature } from './index.js';
import { S } from './strings.js';

const actor: Actor = { userId: 'u1', conversationId: 'c1', conversationType: 'personal' };
const now = new Date('2026-11-23T09:00:00Z');
const cardOf = (r: DialogResult) => {
  const c = r.send?.[0]?.type === 'card' ? r.send[0].card : r.replace;
  expectValidCard(c!);
  return c!;
};

describe('question answering over the curated entries and the real search', () => {
  const store = memoryStore();
  let qa: QaFeature;
  beforeAll(() => {
    const index = createKnowledgeIndex(loadCuratedEntries());
    qa = createQaFeature({ store, clock: { now: () => now }, knowledge: async () => index });
  });

  it('answers a wage-subsidy question with sources and takes a thumbs up for that entry', async () => {
    const c = cardOf(await qa.answerQuestion({ actor, text: 'Kan vi ansette noen fra NAV med lønnstilskudd uten å lyse ut stillingen?', now }));
    const t = cardText(c);
    expect(t).toContain(S.sources);
    expect(t).toMatch(/Sist gjennomgått: \d{2}\.\d{2}\.\d{4}/);
    expect(t).toMatch(/to år|24 måneder/);
    expect(t).toContain(S.disclaimer);
    // The 👍 button's data: { entryId, vote: 'up', question, verb }.
    const thumbsUp = /"entryId":"([^"]+)","vote":"up"/.exec(JSON.stringify(c));
    expect(thumbsUp).not.toBeNull();
    const entryId = thumbsUp![1];
    const r = await qa.actions!['qa.feedback']({ actor, verb: 'qa.feedback', data: { entryId, vote: 'up' }, now });
    expect(cardText(cardOf(r))).toContain(S.thanks);
    expect(await store.repo<Feedback>(FEEDBACK).find()).toEqual([expect.objectContaining({ entryId, vote: 'up' })]);
  });

  it('refuses a question outside the knowledge base', async () => {
    const c = cardOf(await qa.answerQuestion({ actor, text: 'Hvordan blir været i Bergen i morgen?', now }));
    expect(cardText(c)).toContain(S.noAnswerTitle);
    expect(JSON.stringify(c)).toContain('qa.sendToHr');
  });
});
