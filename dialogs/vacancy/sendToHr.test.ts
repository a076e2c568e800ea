import { describe, expect, it } from 'vitest';
import { expectValidCard } from '../../test/helpers/cards.js';
import { cardText } from '../shared/cardKit.js';
import { VACANCIES, type Vacancy } from './index.js';
import { actionsOf, act, cardsIn, HR, MANAGER, OTHER, runAction, setup, textsIn, validForm } from '../../test/support/vacancyHarness.js';

const NOW = new Date('2025-03-03T09:15:00Z');

async function reported(opts: { hrConversationId?: string } = { hrConversationId: 'hr-chat' }) {
  const t = await setup({ config: opts, known: [MANAGER] });
  const data = { ...validForm };
  const r = await runAction(t.service.feature, act(MANAGER, 'vacancy.submit', data, NOW));
  t.notifier.calls.splice(0);
  const v = (await t.store.repo<Vacancy>(VACANCIES).find())[0];
  return { ...t, card: r.replace!, v };
}

describe('«Send til HR» on the checklist', () => {
  it('sends once, in reading order, and the card then says it was sent (for every viewer: refresh)', async () => {
    const { service, notifier, store, card, v } = await reported();
    expect(card.refresh).toEqual({ action: { type: 'Action.Execute', verb: 'vacancy.refresh', data: { vacancyId: v.id, verb: 'vacancy.refresh' } } });
    const send = actionsOf(card).find((a) => a.title === 'Send til HR')!;
    expect(send.verb).toBe('vacancy.sendToHr');
    // Two presses (a double tap, or two copies of the card): one message to HR.
    const [a, b] = await Promise.all([runAction(service.feature, act(MANAGER, send.verb, send.data, NOW)), runAction(service.feature, act(MANAGER, send.verb, send.data, NOW))]);
    expect(notifier.calls).toHaveLength(1);
    expect(notifier.calls[0].to).toEqual({ conversation: 'hr-chat' });
    const [intro, copy] = notifier.calls[0].messages;
    expect(intro).toEqual({ type: 'text', text: 'Status fra lederen for «Saksbehandler» (Økonomi): 0 av 7 punkter på sjekklisten er gjort.' });
    expect(copy.type).toBe('card');
    for (const r of [a, b]) {
      expectValidCard(r.replace!);
      expect(cardText(r.replace!)).toContain('✓ Sendt til HR 3.3.2025 kl. 09.00.');
      expect(actionsOf(r.replace!).map((x) => x.title)).not.toContain('Send til HR');
      expect(r.replace!.refresh).toBeDefined();
    }
    expect((await store.repo<Vacancy>(VACANCIES).get(v.id))!.sentToHrAt).toBe('2025-03-03T08:00:00.000Z');
    // Any later view of any copy gets the same: the refresh answers with the current card.
    const refreshed = await runAction(service.feature, act(HR, 'vacancy.refresh', { vacancyId: v.id }, NOW));
    expect(cardText(refreshed.replace!)).toContain('Sendt til HR');
    // Someone who may not change it keeps the card they see; nothing is revealed by a forged id.
    const other = await runAction(service.feature, act(OTHER, 'vacancy.refresh', { vacancyId: v.id }, NOW));
    expect(other.replace).toBeUndefined();
    expect(textsIn(other.send)).toEqual(['Ingen endring.']);
  });

  it('a failed send changes nothing and says so; the next press sends', async () => {
    const { service, notifier, store, card, v } = await reported();
    const send = actionsOf(card).find((a) => a.title === 'Send til HR')!;
    notifier.sendToConversation = async () => {
      throw new Error('connector down');
    };
    const failed = await runAction(service.feature, act(MANAGER, send.verb, send.data, NOW));
    expect(cardText(failed.replace!)).toContain('Jeg fikk ikke sendt sjekklisten til HR');
    expect(actionsOf(failed.replace!).map((x) => x.title)).toContain('Send til HR');
    expect((await store.repo<Vacancy>(VACANCIES).get(v.id))!.sentToHrAt).toBeUndefined();
  });

  it('no HR channel set up: no button; only the manager and HR may press it', async () => {
    const none = await reported({});
    expect(actionsOf(none.card).map((x) => x.title)).not.toContain('Send til HR');
    const { service, notifier, card } = await reported();
    const send = actionsOf(card).find((a) => a.title === 'Send til HR')!;
    const refused = await runAction(service.feature, act(OTHER, send.verb, send.data, NOW));
    expect(textsIn(refused.send)[0]).toMatch(/tilhører en annen leder/);
    expect(notifier.calls).toHaveLength(0);
    expect(cardsIn(refused.send)).toHaveLength(0);
  });
});
