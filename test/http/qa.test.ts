import { inTenant } from '../../dialogs/shared/tenant.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardsOf, press, startHarness, type Harness } from '../helpers/botHarness.js';
import { TENANT } from '../helpers/botHarness.js';
import { expectValidCard } from '../helpers/cards.js';

describe('questions over /api/messages', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());

  it('a question in, an answer card with sources out; thumbs up is stored', async () => {
    h.connector.clear();
    await h.message('Hvor mye er midlertidig lønnstilskudd?');
    const [card] = cardsOf(await h.connector.waitFor(1));
    expectValidCard(card as never);
    const t = JSON.stringify(card);
    expect(t).toContain('Kilder');
    expect(t).toMatch(/40/);
    expect(t).toMatch(/60/);
    const { replaced } = await press(h, card, '👍 Ja');
    expect(JSON.stringify(replaced)).toContain('Takk for tilbakemeldingen');
    await h.bot.store.flush();
    expect(await inTenant(TENANT, () => h.bot.store.repo('feedback').count())).toBe(1);
  });

  it('a nonsense question in, the no-answer card out, and the question reaches HR without the asker', async () => {
    h.connector.clear();
    await h.message('Hvem vant fotball-VM i 1998?');
    const [card] = cardsOf(await h.connector.waitFor(1));
    expectValidCard(card as never);
    expect(JSON.stringify(card)).toContain('Jeg fant ikke et sikkert svar');
    h.connector.clear();
    await press(h, card, 'Send spørsmålet til HR');
    const [ack] = await h.connector.waitFor(1);
    expect(JSON.stringify(ack.body)).toContain('sendt til HR');
    const stored = await inTenant(TENANT, () => h.bot.store.repo<{ id: string; question: string; count: number }>('unanswered').find());
    expect(stored).toEqual([expect.objectContaining({ question: 'Hvem vant fotball-VM i 1998?', count: 1 })]);
    expect(JSON.stringify(stored)).not.toContain('user-manager');
  });

  it('the sector setting, a follow-up and an off-topic question, through the real server and data file', async () => {
    h.connector.clear();
    await h.message('sektor kommune');
    expect((await h.connector.waitFor(1))[0].body.text).toContain('kommunen');
    h.connector.clear();
    await h.message('Kan vi ansette en vikar?');
    const [answer] = cardsOf(await h.connector.waitFor(1));
    expectValidCard(answer as never);
    expect(JSON.stringify(answer)).toContain('Gjelder kommuner');
    h.connector.clear();
    await h.message('og i staten?');
    const [followUp] = cardsOf(await h.connector.waitFor(1));
    expect(JSON.stringify(followUp)).toContain('Gjelder staten');
    h.connector.clear();
    await h.message('Hvordan registrerer jeg egenmelding?');
    const [refused] = cardsOf(await h.connector.waitFor(1));
    expect(JSON.stringify(refused)).toContain('Dette svarer jeg ikke på');
    await h.bot.store.flush();
    const prefs = await inTenant(TENANT, () => h.bot.store.repo<{ id: string; sector?: string }>('userPrefs').find());
    expect(prefs).toEqual([expect.objectContaining({ sector: 'municipal', sectorFrom: 'setting' })]);
    const context = await inTenant(TENANT, () => h.bot.store.repo('qaContext').find());
    expect(context).toHaveLength(1);
    expect(JSON.stringify(context)).not.toMatch(/vikar\?|og i staten/);
  });
});
