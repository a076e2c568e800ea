import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionsOf, cardsOf, press, startHarness, type Harness } from '../helpers/botHarness.js';
import { expectValidCard } from '../helpers/cards.js';

describe('the vacancy guide through /api/messages', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());

  it('walks a state 4-month sick-leave substitute with a NAV candidate to the result card', async () => {
    h.connector.clear();
    await h.message('ny stilling');
    let [card] = cardsOf(await h.connector.waitFor(1));
    expect(JSON.stringify(card)).toContain('Spørsmål 1 av omtrent');
    const answers: Array<string | RegExp> = [/stat/i, /^Midlertidig/i];
    for (const a of answers) {
      const { replaced } = await press(h, card, a);
      expect(replaced, `pressing ${a}`).toBeTruthy();
      card = replaced;
      expectValidCard(card as never);
    }
    // Duration: typed into the card's number input.
    const durationButton = actionsOf(card).find((x) => /Neste|4 mnd/.test(x.title))!;
    ({ replaced: card } = await press(h, card, durationButton.title, { months: 4, value: 4, durationMonths: 4 }));
    const seen: string[] = [];
    // Answer the rest: the first choice that fits, preferring the ones below, until the review card.
    const prefer = [/sykmeldt/i, /^Ja\b/i, /^Nei\b/i];
    for (let i = 0; i < 15 && !JSON.stringify(card).includes('Sjekk svarene dine'); i++) {
      const text = JSON.stringify(card);
      seen.push(text.match(/"text":"([^"]{5,120}\?)"/)?.[1] ?? '?');
      const choice = actionsOf(card).find((a) => a.verb === 'guide.answer' && prefer.some((p) => p.test(a.title))) ?? actionsOf(card).find((a) => a.verb === 'guide.answer');
      expect(choice, `no answer button on: ${text.slice(0, 300)}`).toBeTruthy();
      ({ replaced: card } = await press(h, card, choice!.title));
      expectValidCard(card as never);
    }
    expect(JSON.stringify(card)).toContain('Sjekk svarene dine');
    const { replaced: result } = await press(h, card, 'Vis resultatet');
    expectValidCard(result as never);
    const text = JSON.stringify(result);
    expect(text).toContain('Dette kan du gjøre');
    expect(text).toContain('Administrativ ansettelse');
    expect(text).toContain('statsansatteloven § 7');
    expect(text).toMatch(/Refusjon|sykepenger/);
    expect(text).toContain('Lag bestilling til NAV');
  });

  it('takes typed answers and explains a bad one', async () => {
    h.connector.clear();
    await h.message('ledig stilling');
    await h.connector.waitFor(1);
    h.connector.clear();
    await h.message('kanskje i morgen');
    const [reply] = await h.connector.waitFor(1);
    expect(JSON.stringify(reply.body)).toMatch(/forsto jeg ikke/);
    h.connector.clear();
    await h.message('avbryt');
    const [cancelled] = await h.connector.waitFor(1);
    expect(JSON.stringify(cancelled.body)).toMatch(/avbrutt/);
  });

  it('answers a card from a finished flow with a friendly note', async () => {
    h.connector.clear();
    await h.message('ny stilling');
    const [card] = cardsOf(await h.connector.waitFor(1));
    await h.message('avbryt');
    // The sector is remembered from the first flow, so the first question is permanent or temporary.
    const { res } = await press(h, card, /^Fast$|stat/i);
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).toMatch(/ikke lenger aktiv|Start ny vurdering/);
  });
});
