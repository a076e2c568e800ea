/**
 * The guide as a manager meets it on a phone: the Agents Playground in a real browser at 390×844, a state
 * case and a municipal case from the first card to the NAV order, with screenshots in test/artifacts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, layoutOf, PHONE, phoneView, REPLY_MS, startSession, type Session } from './playground.js';

/** What a phone shows of a card at once: the screen minus Teams' header and the message box. */
const FIRST_SCREEN = 640;
const STATE_LAW = /statsansatte(?:loven|forskriften)/i;
const MUNICIPAL_LAW = /arbeidsmiljøloven § 14-9|\bKS\b|ulovfestede kvalifikasjonsprinsipp/i;

describe.skipIf(!browserAvailable)('the vacancy guide on a phone, in the Agents Playground', () => {
  let s: Session;
  beforeAll(async () => {
    s = await startSession({ viewport: PHONE });
    await s.see('Velkommen til Inkluderingsveilederen');
    await phoneView(s.page);
  }, 120_000);
  afterAll(async () => s?.close());

  /** Clicks the last button with this name in the chat (the newest card). */
  const click = async (name: string | RegExp) => {
    s.step(`click ${name}`);
    const button = s.page.getByRole('button', { name }).last();
    await button.waitFor({ state: 'visible', timeout: REPLY_MS });
    await button.click();
  };
  /** Every card text seen, in order (a card replaced in place is seen again after each step). */
  const seen: string[] = [];
  /** Waits until the newest card shows this text. */
  const cardShows = async (text: string | RegExp) => {
    s.step(`wait for a card with ${text}`);
    await expect.poll(async () => (await layoutOf(s.lastCard())).lines.join('\n'), { timeout: REPLY_MS }).toMatch(text);
    seen.push((await layoutOf(s.lastCard())).lines.join('\n'));
  };
  const cardText = async () => (await layoutOf(s.lastCard())).lines.join('\n');
  const allCardsText = async () => (await s.page.locator('.ac-adaptiveCard').allInnerTexts()).join('\n');

  /** Answers «Nei» (or «Ja» where the candidate's qualifications are asked) until the review card. */
  const answerRestUntilReview = async () => {
    for (let i = 0; i < 8; i++) {
      const t = await cardText();
      seen.push(t);
      if (t.includes('Sjekk svarene dine')) return;
      await click(/kvalifikasjonskravene/.test(t) ? /^Ja$/ : /^Nei$/);
      await expect.poll(cardText, { timeout: REPLY_MS }).not.toBe(t); // the card has moved on to the next step
    }
    await cardShows('Sjekk svarene dine');
  };

  /** The result card: verdict right under the header, the NAV order on the first screen, details folded. */
  const checkResult = async (sector: 'state' | 'municipal', verdict: RegExp, name: string) => {
    await cardShows('Resultat');
    const card = s.lastCard();
    const layout = await layoutOf(card);
    expect(layout.lines[0]).toBe(`Regler for ${sector === 'state' ? 'staten' : 'kommunen'} · Resultat`);
    expect(layout.lines[1]).toMatch(verdict);
    const order = layout.button('Lag bestilling til NAV');
    expect(order, 'the NAV order button is visible without opening anything').toBeTruthy();
    expect(order!.bottom).toBeLessThan(FIRST_SCREEN);
    expect(layout.height, 'the folded result fits a phone screen').toBeLessThan(FIRST_SCREEN + 200);
    expect(layout.lines.join('\n')).not.toMatch(/Lovgrunnlag:/); // folded away
    await s.shotCard(name, card);
    // One tap opens the conditions and legal basis, in this sector's law only.
    await click('Vilkår og lovgrunnlag');
    await expect.poll(async () => (await layoutOf(card)).lines.join('\n')).toMatch(/Lovgrunnlag:/);
    const open = (await layoutOf(card)).lines.join('\n');
    expect(open).not.toMatch(sector === 'state' ? MUNICIPAL_LAW : STATE_LAW);
    expect(open).toMatch(sector === 'state' ? STATE_LAW : /arbeidsmiljøloven|kvalifikasjonsprinsipp/);
    await s.shotCard(`${name}-open`, card);
    await click('Vilkår og lovgrunnlag');
  };

  it(
    'a state case: sector asked and shown, a side question answered mid-run, verdict first, NAV order drafted',
    () =>
      s.within('guide-state', 200_000, async () => {
        await s.say('ny stilling');
        await cardShows('Gjelder stillingen staten eller en kommune?');
        await s.shotCard('guide-state-1-sector', s.lastCard());
        await click('Staten');
        await cardShows('Regler for staten');
        await click('Midlertidig');
        await cardShows('Hvor mange måneder');
        await click('12 mnd');
        await click('Arbeidet er midlertidig (f.eks. et prosjekt)');
        await cardShows('personalreglementet');
        await click(/^Nei$/);
        await cardShows('Har dere en aktuell kandidat');
        await s.shotCard('guide-state-2-candidate', s.lastCard());
        await click(/^Ja$/);
        await cardShows('funksjonsnedsettelse');
        // A question typed in the middle: answered, then the same step again.
        const cardsBefore = await s.page.locator('.ac-adaptiveCard').count();
        await s.say('Hva er lønnstilskudd?');
        await cardShows('Så fortsetter vi vurderingen');
        expect(await s.page.locator('.ac-adaptiveCard').count()).toBe(cardsBefore + 2);
        const answer = await s.page.locator('.ac-adaptiveCard').nth(cardsBefore).innerText();
        expect(answer).toMatch(/lønnstilskudd/i);
        expect(await cardText()).toMatch(/funksjonsnedsettelse/);
        await s.shotCard('guide-state-3-side-question', s.lastCard());
        await click(/^Ja$/); // disability that needs accommodation
        await cardShows('lønnstilskudd');
        await click('Ja – vanlig sats');
        await answerRestUntilReview();
        expect(await cardText()).toMatch(/Regler for staten · Sjekk svarene/);
        await s.shotCard('guide-state-4-review', s.lastCard());
        await click('Vis resultatet');
        await checkResult('state', /^Du kan ansette kandidaten midlertidig i 12 måneder uten å lyse ut stillingen/, 'guide-state-5-result');
        expect(await allCardsText()).not.toMatch(MUNICIPAL_LAW);
        await click('Lag bestilling til NAV');
        await cardShows('Regler for staten · Bestilling til NAV');
        await s.page.getByLabel('Stillingstittel').last().waitFor({ state: 'visible' });
        await s.page.getByLabel('Stillingstittel').last().fill('Saksbehandler');
        await s.page.getByLabel('Hovedoppgaver').last().fill('Behandle søknader om tilskudd og svare på henvendelser.');
        await s.page.getByLabel('Stillingsprosent (1–100)').last().fill('100');
        await s.page.getByLabel('Ønsket oppstart').last().fill('2026-04-01');
        await click('Lag bestillingen');
        await cardShows('Bestillingen er klar');
        expect(await cardText()).toContain('Midlertidig stilling uten utlysning med lønnstilskudd fra NAV');
        await s.shotCard('guide-state-6-order', s.lastCard());
      }),
    240_000,
  );

  it(
    'a municipal case: the remembered sector switched with one tap, confirmation before discarding, the municipal law only',
    () =>
      s.within('guide-municipal', 200_000, async () => {
        await s.say('ny stilling');
        await cardShows('fordi du valgte det sist');
        await s.shotCard('guide-municipal-1-first', s.lastCard());
        await click('Bytt til kommunen');
        await cardShows('Regler for kommunen');
        await click('Midlertidig');
        await cardShows('Hvor mange måneder');
        await click('6 mnd');
        await click('Vikar for en som er sykmeldt');
        await cardShows('Har dere en aktuell kandidat');
        await click(/^Ja$/);
        await cardShows('funksjonsnedsettelse');
        await click(/^Nei$/);
        await cardShows('Har kandidaten hull i CV-en?');
        const gap = await cardText();
        expect(gap).toMatch(/Svar bare ja eller nei/);
        expect(gap).toMatch(/Jeg spør ikke hvilken av grunnene/);
        expect(gap).not.toMatch(STATE_LAW);
        await s.shotCard('guide-municipal-2-cv-gap', s.lastCard());
        // «ny stilling» in the middle of a run asks before anything is thrown away.
        await s.say('ny stilling');
        await cardShows('Forkaste det du har svart?');
        await s.shotCard('guide-municipal-3-discard', s.lastCard());
        await click('Fortsett');
        await cardShows('Har kandidaten hull i CV-en?');
        await click(/^Ja$/);
        await cardShows('fast jobb');
        await click(/^Nei$/);
        await cardShows('lønnstilskudd');
        await click('Ja – NAV har vurdert nedsatt arbeidsevne');
        await answerRestUntilReview();
        await click('Vis resultatet');
        await checkResult(
          'municipal',
          /^Du kan ansette kandidaten midlertidig i 6 måneder uten å lyse ut stillingen, som deltaker i et tiltak fra NAV/,
          'guide-municipal-4-result',
        );
        // Every card seen since the switch is the municipal variant, with the municipal law only.
        const since = seen.findLastIndex((t) => t.includes('fordi du valgte det sist'));
        const municipal = seen.slice(since + 1).filter((t) => t.includes('Regler for kommunen'));
        expect(municipal.length).toBeGreaterThan(8);
        for (const t of municipal) expect(t).not.toMatch(STATE_LAW);
      }),
    240_000,
  );
});
