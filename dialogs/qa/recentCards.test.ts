/**
 * A question asked again in the same context gets the card built the first time (the index hands back the
 * same result): never another question's card, another sector's, another day's or one from before an HR edit.
 */
import { describe, expect, it } from 'vitest';
import { loadCuratedEntries } from '../../knowledge/entries/index.js';
import { createKnowledgeIndex } from '../../knowledge/search/index.js';
import { memoryStore } from '../../test/support/memoryStore.js';
import { cardText, type AdaptiveCard } from '../shared/cardKit.js';
import type { Actor, DialogResult } from '../shared/turn.js';
import { createQaFeature } from './index.js';

const entries = loadCuratedEntries();
const shared = createKnowledgeIndex(entries, { date: '2026-11-23' });
const Q = 'Kan vi ansette noen fra NAV med lønnstilskudd uten å lyse ut stillingen?';
const who = (n: number): Actor => ({ userId: `u${n}`, conversationId: `c${n}`, conversationType: 'personal' });
const cardOf = (r: DialogResult): AdaptiveCard => {
  const c = r.send?.find((m) => m.type === 'card');
  if (c?.type !== 'card') throw new Error('no card');
  return c.card;
};

function setUp(defaultSector?: 'state' | 'municipal', index = shared) {
  let now = new Date('2026-11-23T09:00:00Z');
  const qa = createQaFeature({ store: memoryStore(), clock: { now: () => now }, knowledge: async () => index, defaultSector });
  return {
    index,
    ask: async (text: string, actor: Actor) => cardOf(await qa.answerQuestion({ actor, text, now })),
    setNow: (d: Date) => (now = d),
  };
}

describe('cards of recent questions', () => {
  it('gives a second asker of the same question the card built for the first', async () => {
    const t = setUp('state');
    const first = await t.ask(Q, who(1));
    expect(await t.ask(Q, who(2))).toBe(first);
  });

  it('keeps no card of a question that names someone (the card holds the question’s text)', async () => {
    const t = setUp('state');
    const named = 'Kan vi ansette Kari Nordmann med lønnstilskudd uten å lyse ut stillingen?';
    const first = await t.ask(named, who(1));
    expect(JSON.stringify(first)).toContain('Kari Nordmann');
    expect(await t.ask(named, who(2))).not.toBe(first);
  });

  it('builds another card for other words, and the card carries the question it answers', async () => {
    const t = setUp('state');
    const first = await t.ask(Q, who(1));
    const other = await t.ask('Hva betyr hull i CV-en?', who(2));
    expect(other).not.toBe(first);
    expect(JSON.stringify(other)).toContain('Hva betyr hull i CV-en?');
    expect(JSON.stringify(other)).not.toContain(Q);
  });

  it('names the asker’s own sector: a municipal asker does not get the state asker’s card', async () => {
    const state = setUp('state');
    const municipal = setUp('municipal');
    const a = await state.ask(Q, who(1));
    const b = await municipal.ask(Q, who(1));
    expect(cardText(a)).not.toEqual(cardText(b));
  });

  it('builds the card again the next day (dated parameters are shown for the day)', async () => {
    const t = setUp('state');
    const first = await t.ask(Q, who(1));
    t.setNow(new Date('2026-11-24T09:00:00Z'));
    const next = await t.ask(Q, who(2));
    expect(next).not.toBe(first);
    expect(cardText(next)).toEqual(cardText(first));
  });

  it('shows HR’s edit to the next asker, not the card from before it', async () => {
    // This test edits its own index.
    const t = setUp('state', createKnowledgeIndex(entries, { date: '2026-11-23' }));
    const first = await t.ask(Q, who(1));
    const shownId = t.index.answer(Q, { sector: 'state' }).entry!.id;
    const entry = t.index.get(shownId)!;
    t.index.upsert({ ...entry, answer: `Ja. Endret av HR i dag.\n\n_Neste steg:_ Kontakt HR.` });
    const after = await t.ask(Q, who(2));
    expect(cardText(after)).toContain('Endret av HR i dag.');
    expect(cardText(first)).not.toContain('Endret av HR i dag.');
  });
});
