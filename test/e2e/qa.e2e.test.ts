import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, PHONE, phoneView, startSession, type Session } from './playground.js';

describe.skipIf(!browserAvailable)('question answering in the Agents Playground', () => {
  let s: Session;
  beforeAll(async () => {
    s = await startSession();
  }, 90_000);
  afterAll(async () => s?.close());

  it('asks with the sector unknown, picks one tap, then opens the detail and sources and clicks thumbs up', async () => {
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
  }, 90_000);

  it('reads a follow-up and refuses an off-topic HR question, at phone width', async () => {
    await s.page.setViewportSize(PHONE);
    await phoneView(s.page);
    await s.say('Hva er midlertidig lønnstilskudd?');
    await s.see('Var dette nyttig?');
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
    await links.first().click();
    await expect.poll(async () => (await s.lastCard().innerText()).includes(first)).toBe(true);
    await s.shotCard('qa-related-phone', answer);
    await s.say('hvor lenge da?');
    await s.see('måneder');
    await s.say('Når kommer lønna i desember?');
    await s.see('Dette svarer jeg ikke på');
    const file = await s.shot('qa-phone');
    expect(file).toMatch(/qa-phone\.png$/);
  }, 90_000);
});
