import { beforeAll, describe, expect, it } from 'vitest';
import { loadCuratedEntries } from '../../knowledge/entries/index.js';
import { createKnowledgeIndex } from '../../knowledge/search/index.js';
import { memoryStore } from '../shared/memoryStore.js';
import { FEEDBACK, UNANSWERED, type Feedback, type UnansweredQuestion } from '../shared/records.js';
import type { Actor, DialogResult } from '../shared/turn.js';
import { expectValidCard } from '../../test/helpers/cards.js';
import { createQaFeature } from './index.js';

const actor: Actor = { userId: 'u1', aadObjectId: 'u1', conversationId: 'c1', conversationType: 'personal' };
const now = new Date('2026-11-23T09:00:00Z');
const cardOf = (r: DialogResult) => (r.replace ?? (r.send?.[0]?.type === 'card' ? r.send[0].card : undefined))!;
const textOf = (r: DialogResult) => JSON.stringify(r);

describe('question answering', () => {
  const store = memoryStore();
  let qa: ReturnType<typeof createQaFeature>;
  beforeAll(() => {
    qa = createQaFeature({ store, clock: { now: () => now }, knowledge: createKnowledgeIndex(loadCuratedEntries()) });
  });
  const ask = (text: string) => qa.answerQuestion({ actor, text, now });
  const act = (verb: string, data: Record<string, unknown>) => qa.actions![verb]({ actor, verb, data, now });

  it('answers with title, answer, sources, review date, related entries, feedback and the disclaimer', async () => {
    const r = await ask('Kan vi ansette noen fra NAV med lønnstilskudd uten å lyse ut stillingen?');
    const card = cardOf(r);
    expectValidCard(card);
    const t = JSON.stringify(card);
    expect(t).toContain('Kilder');
    expect(t).toContain('Sist gjennomgått: 23.11.2026');
    expect(t).toContain('Var dette nyttig?');
    expect(t).toContain('ikke et juridisk vedtak');
    expect(t).toMatch(/to år|24 måneder/);
    expect(t).toContain('qa.show');
  });

  it('says it found no certain answer for nonsense, with the way to HR', async () => {
    const r = await ask('Hvordan blir været i Bergen i morgen?');
    const card = cardOf(r);
    expectValidCard(card);
    expect(JSON.stringify(card)).toContain('Jeg fant ikke et sikkert svar');
    expect(JSON.stringify(card)).toContain('qa.sendToHr');
  });

  it('reads only the first 500 characters of a very long question, and says so', async () => {
    const r = await ask('Kan jeg ansette uten å lyse ut? ' + 'bla '.repeat(400));
    expect(textOf(r)).toContain('de første 500 tegnene');
  });

  it('stores a thumbs up with the entry id and replaces the card', async () => {
    const entryId = loadCuratedEntries()[0].id;
    const r = await act('qa.feedback', { entryId, vote: 'up' });
    expectValidCard(r.replace!);
    expect(JSON.stringify(r.replace)).toContain('Takk for tilbakemeldingen');
    expect(store.repo<Feedback>(FEEDBACK).all().some((f) => f.entryId === entryId && f.vote === 'up')).toBe(true);
  });

  it('a thumbs down offers a comment, stored on the same feedback record', async () => {
    const entryId = loadCuratedEntries()[1].id;
    const down = await act('qa.feedback', { entryId, vote: 'down' });
    expect(JSON.stringify(down.replace)).toContain('qa.feedbackComment');
    const feedbackId = store.repo<Feedback>(FEEDBACK).all().find((f) => f.entryId === entryId)!.id;
    const r = await act('qa.feedbackComment', { entryId, feedbackId, comment: 'Mangler kommuner' });
    expectValidCard(r.replace!);
    expect(store.repo<Feedback>(FEEDBACK).get(feedbackId)).toMatchObject({ vote: 'down', comment: 'Mangler kommuner' });
  });

  it('refuses a comment over 1000 characters, keeping the card', async () => {
    const entryId = loadCuratedEntries()[2].id;
    const r = await act('qa.feedbackComment', { entryId, comment: 'x'.repeat(1001) });
    expect(JSON.stringify(r.replace)).toContain('høyst 1000 tegn');
  });

  it('sends a question to HR without the asker, counting repeats', async () => {
    await act('qa.sendToHr', { question: 'Hva gjør vi med lærlinger?' });
    const r = await act('qa.sendToHr', { question: '  hva gjør vi med  lærlinger ' });
    expect(textOf(r)).toContain('sendt til HR');
    const stored = store.repo<UnansweredQuestion>(UNANSWERED).all();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ question: 'Hva gjør vi med lærlinger?', count: 2 });
    expect(JSON.stringify(stored)).not.toContain('u1');
  });

  it.each([
    ['qa.feedback', { entryId: 'x', vote: 'sideways' }],
    ['qa.feedback', { vote: 'up' }],
    ['qa.show', { entryId: 42 }],
    ['qa.sendToHr', { question: '' }],
    ['qa.sendToHr', { question: 'x'.repeat(501) }],
  ])('answers bad data for %s clearly, storing nothing', async (verb, data) => {
    const before = store.repo(FEEDBACK).all().length + store.repo(UNANSWERED).all().length;
    const r = await act(verb, data);
    expect(textOf(r)).toContain('ikke slik jeg ventet');
    expect(store.repo(FEEDBACK).all().length + store.repo(UNANSWERED).all().length).toBe(before);
  });

  it('answers an unknown entry id kindly', async () => {
    expect(textOf(await act('qa.show', { entryId: 'no-such-entry' }))).toContain('finnes ikke lenger');
  });
});
