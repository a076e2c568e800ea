import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, startSession, type Session } from './playground.js';

describe.skipIf(!browserAvailable)('the vacancy guide in the Agents Playground', () => {
  let s: Session;
  beforeAll(async () => {
    s = await startSession();
  }, 90_000);
  afterAll(async () => s?.close());

  /** Clicks the last button with this name in the chat (the newest card). */
  const click = async (name: string | RegExp) => {
    const button = s.page.getByRole('button', { name }).last();
    await button.waitFor({ state: 'visible', timeout: 15_000 });
    await button.click();
  };

  it('clicks a whole flow to the result card', async () => {
    await s.see('Velkommen til Inkluderingsveilederen');
    await s.say('ny stilling');
    await s.see('Spørsmål 1 av omtrent');
    await click('Staten');
    await click('Midlertidig');
    await click('6 mnd');
    await click('Vikar for en som er sykmeldt');
    await s.see('kandidat');
    await s.shot('guide-question');
    await click(/^Ja$/); // a candidate from NAV
    await click(/^Ja$/); // disability needing accommodation
    await click('Ja – NAV har funnet nedsatt arbeidsevne (60 %)');
    // Any remaining candidate questions: answer "Nei" until the review card.
    for (let i = 0; i < 6; i++) {
      if (await s.page.getByText('Sjekk svarene dine').count()) break;
      await click(/^Nei$/);
      await s.page.waitForTimeout(400);
    }
    await s.see('Sjekk svarene dine');
    await click('Vis resultatet');
    await s.see('Administrativ ansettelse');
    await s.see('Måned 1–12: 60 %');
    const file = await s.shot('guide-result');
    expect(file).toMatch(/guide-result\.png$/);
  }, 120_000);
});
