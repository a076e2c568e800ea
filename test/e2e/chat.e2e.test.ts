/**
 * The chat in the Agents Playground (a real Teams client, headless Chromium), one bot started with the
 * README's own `npm start` (the other browser tests start the bundle built for the run): the welcome and
 * help cards, then questions with the sector unknown, follow-ups and an off-topic question.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { browserAvailable, PHONE, phoneView, startSession, type Session } from './playground.js';
import { createCuratedIndex } from '../../knowledge/search/curated.js';
import { todayInNorway } from '../../knowledge/rules/assess.js';

/**
 * A question the bot answers only tentatively today (between DEFAULT_THRESHOLD and DEFAULT_CONFIDENT) for a
 * municipal manager, picked with the same entries the bot runs on, so the test does not hang on one score.
 */
function tentativeQuestion(): string {
  const index = createCuratedIndex({ date: todayInNorway(new Date()) });
  const candidates = [
    'Må vi ha tilgjengelighetserklæring for rekrutteringssidene?',
    'Kan en jobbsøker få hjelpemidler fra NAV før første arbeidsdag?',
    'Må vi ha innstilling når vi ansetter en vikar?',
    'Hva gjør vi når vi ikke finner noen kvalifiserte?',
    'Kan vi gi kandidaten oppgavene skriftlig før intervjuet?',
  ];
  const q = candidates.find((c) => index.answer(c, { sector: 'municipal' }).tentative);
  if (!q) throw new Error('none of the candidate questions is answered tentatively any more: add one that is');
  return q;
}

describe.skipIf(!browserAvailable)('the chat in the Agents Playground', () => {
  let s: Session;
  beforeAll(async () => {
    s = await startSession({ npmStart: true });
  }, 90_000);
  afterAll(async () => s?.close());

  it('shows the welcome card, then the help card for "hjelp"', async () => {
    await s.see('Velkommen til Inkluderingsveilederen');
    await s.say('hjelp');
    await s.see('Dette kan jeg hjelpe deg med');
    const file = await s.shot('foundation-help');
    expect(fs.statSync(file).size).toBeGreaterThan(10_000);
  });

  it('opens the help card from the welcome card button (Action.Execute)', async () => {
    const before = await s.page.getByText('Dette kan jeg hjelpe deg med').count();
    await s.page.getByRole('button', { name: 'Vis hva jeg kan' }).first().click();
    await expect.poll(() => s.page.getByText('Dette kan jeg hjelpe deg med').count(), { timeout: 15_000 }).toBeGreaterThan(before);
  });

  it(
    'asks with the sector unknown, picks one tap, then opens the detail and sources and clicks thumbs up',
    () =>
      s.within('chat-sector-tap', 75_000, async () => {
        await s.see('Velkommen til Inkluderingsveilederen');
        await s.say('Kan vi ansette en vikar?');
        await s.see('Svaret er ulikt i staten og i kommunen');
        await s.page.getByRole('button', { name: 'Kommune', exact: true }).last().click();
        await s.see('jeg svarer for kommunen fra nå av');
        await s.see('Gjelder kommuner og fylkeskommuner');
        await s.say('Kan vi ansette noen fra NAV med lønnstilskudd uten å lyse ut?');
        await s.see('Var dette nyttig?');
        // Detail and sources are one tap away.
        await s.page.getByRole('button', { name: 'Vis mer og kilder' }).last().click();
        await s.see('Kilder');
        await s.page.getByRole('button', { name: '👍 Ja' }).last().click();
        await s.see('Takk for tilbakemeldingen!');
        const file = await s.shot('qa-answer');
        expect(file).toMatch(/qa-answer\.png$/);
      }),
    90_000,
  );

  it(
    'reads a follow-up and refuses an off-topic HR question, at phone width',
    () =>
      s.within('chat-follow-up-phone', 75_000, async () => {
        await s.page.setViewportSize(PHONE);
        await phoneView(s.page);
        await s.sayAndSee('Hva er midlertidig lønnstilskudd?', 'Var dette nyttig?');
        // «Les også»: every title whole inside the card at phone width, and a tap opens that entry.
        const answer = s.lastCard();
        const box = (await answer.boundingBox())!;
        const links = answer.locator('.ac-selectable');
        expect(await links.count()).toBeGreaterThan(0);
        for (const l of await links.all()) {
          const b = (await l.boundingBox())!;
          expect(b.x + b.width, await l.innerText()).toBeLessThanOrEqual(box.x + box.width + 1);
          expect(await l.evaluate((el: { scrollWidth: number; clientWidth: number }) => el.scrollWidth <= el.clientWidth)).toBe(true);
        }
        const first = (await links.first().innerText()).replace(/^›\s*/, '').trim();
        // A new card, for the entry the link names: its folded part opens with «Om: <title>». (The answer
        // card itself shows the link's text, so it is not the card to look at.)
        const cards = s.page.locator('.ac-adaptiveCard');
        const before = await cards.count();
        await links.first().click();
        await expect.poll(() => cards.count()).toBeGreaterThan(before);
        const opened = cards.nth(before);
        await opened.getByRole('button', { name: 'Vis mer og kilder' }).click();
        await expect.poll(async () => (await opened.innerText()).includes(`Om: ${first}`)).toBe(true);
        await s.shotCard('qa-related-phone', answer);
        await s.sayAndSee('hvor lenge da?', 'måneder');
        await s.say('Når kommer lønna i desember?');
        await s.see('Dette svarer jeg ikke på');
        const file = await s.shot('qa-phone');
        expect(file).toMatch(/qa-phone\.png$/);
      }),
    90_000,
  );

  it(
    'says when it is not sure: the nearest entry named, with a caveat and «Send spørsmålet til HR», at phone width',
    () =>
      s.within('chat-tentative-phone', 75_000, async () => {
        await s.page.setViewportSize(PHONE);
        await phoneView(s.page);
        await s.sayAndSee(tentativeQuestion(), 'Jeg er ikke sikker på at dette svarer på spørsmålet ditt');
        const card = s.lastCard();
        await expect.poll(async () => (await card.innerText()).includes('Send spørsmålet til HR')).toBe(true);
        const [screen] = await s.shotCard('qa-tentative-phone', card);
        expect(screen).toMatch(/qa-tentative-phone\.png$/);
      }),
    90_000,
  );
});
