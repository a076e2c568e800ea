/**
 * HR's daily work in the Agents Playground, two mock users against one bot: Hanne (admin, so HR) and
 * Lars (a manager). Every step is a click on a real card button or a typed message; screenshots of the
 * form, the list and the queue go to test/artifacts/.
 */
import fs from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, configAs, newTrail, startBotProcess, startSession, type BotProcess, type Session } from './playground.js';
import { loadCuratedEntries } from '../../knowledge/entries/index.js';
import { EMPTY_LIST, listEntries } from '../../dialogs/hr/entriesList.js';
import type { EntryView } from '../../dialogs/hr/entryStore.js';

const HANNE = '00000000-0000-0000-0000-0000000000a1'; // HR adviser (admin) in .m365agentsplayground.yml

const ENTRY = {
  title: 'Sommervikarer: lokale regler i Eksempel kommune',
  questions: 'Hvilke lokale regler gjelder for sommervikarer i kommunen?\nsommervikar lokale regler',
  answer:
    'Personalreglementet § 4 sier at enhetslederen ansetter sommervikarer for inntil tre måneder uten utlysning. Tilby gjerne en av plassene til en kandidat fra NAV. **Neste steg:** meld behovet til HR innen 1. april.',
  sources: 'Personalreglement for Eksempel kommune, § 4\nNAV: Sommerjobb og arbeidstrening | https://www.nav.no/arbeidsgiver/rekruttere',
  tags: 'sommervikar, kommune, utlysning',
};
const UNANSWERED = 'Hvordan rekrutterer vi sommervikarer?';

/** The last Adaptive Card in the chat that contains `text`. */
const cardWith = (page: Page, text: string): Locator => page.locator('.ac-adaptiveCard').filter({ hasText: text }).last();

describe.skipIf(!browserAvailable)('HR daily work in the Playground (two mock users, two Playgrounds)', () => {
  let bot: BotProcess;
  let hr: Session;
  let manager: Session;
  /** Both people's steps in one trail: a failure lists them in the order they happened. */
  const trail = newTrail();
  beforeAll(async () => {
    bot = await startBotProcess({ ADMIN_AAD_OBJECT_IDS: HANNE });
    hr = await startSession({ bot, config: configAs('user-hr', bot.dataDir), trail, label: 'hr' });
    manager = await startSession({ bot, config: configAs('user-manager', bot.dataDir), trail, label: 'manager' });
  }, 120_000);
  afterAll(async () => {
    await hr?.close();
    await manager?.close();
    await bot?.stop();
  });

  it('the manager cannot open the HR form', () =>
    hr.within('hr-manager-refused', 20_000, async () => {
      await manager.see('Velkommen til Inkluderingsveilederen');
      await manager.say('ny oppføring');
      await manager.see('bare HR');
    }));

  it(
    'HR adds an entry citing a local document and a link; a manager gets it as an answer at once',
    () =>
      hr.within('hr-adds-entry', 110_000, async () => {
        const p = hr.page;
        await hr.see('Velkommen til Inkluderingsveilederen');
        await hr.say('ny oppføring');
        await hr.see('Én kilde per linje');
        const form = cardWith(p, 'Én kilde per linje');
        await form.getByLabel('Tittel (høyst 120 tegn)').fill(ENTRY.title);
        await form.getByLabel('Spørsmål slik en leder kan stille det (ett per linje, minst ett)').fill(ENTRY.questions);
        await form.getByLabel('Svar (høyst 4000 tegn)').fill(ENTRY.answer);
        await choose(p, form, 'Gjelder for', 'Kommunal sektor');
        // A link that is not https is refused on the field, and what was typed stays.
        await form.getByLabel('Kilder (én per linje)').fill('NAV: Sommerjobb | http://www.nav.no/sommerjobb');
        await form.getByLabel('Stikkord (kommaseparert)').fill(ENTRY.tags);
        await form.getByRole('button', { name: 'Lagre' }).click();
        await hr.see('må begynne med https://');
        const again = cardWith(p, 'må begynne med https://');
        await expect(again.getByLabel('Svar (høyst 4000 tegn)').inputValue()).resolves.toBe(ENTRY.answer);
        await again.getByLabel('Kilder (én per linje)').fill(ENTRY.sources);
        await again.scrollIntoViewIfNeeded();
        await hr.shot('hr-form');
        await again.getByRole('button', { name: 'Lagre' }).click();
        await hr.see(`Lagret: «${ENTRY.title}»`);

        await manager.say('Hvilke lokale regler gjelder for sommervikarer i kommunen?');
        await manager.see('Personalreglementet § 4 sier at enhetslederen');
        await manager.page.getByRole('button', { name: 'Vis mer og kilder' }).last().click();
        await manager.see('Personalreglement for Eksempel kommune, § 4');
        await expect(manager.page.getByRole('link', { name: 'NAV: Sommerjobb og arbeidstrening' }).last().getAttribute('href')).resolves.toBe(
          'https://www.nav.no/arbeidsgiver/rekruttere',
        );
      }),
    120_000,
  );

  it(
    'HR finds the entry on a later page of the list filtered by sector and tag',
    () =>
      hr.within('hr-list-filter', 80_000, async () => {
        // Where the entry lands among the shipped municipal and shared entries tagged «utlysning» (their number
        // grows with the base): the list's own ordering, over the same entries.
        const shipped = loadCuratedEntries();
        const views = [...shipped, { ...shipped[0], id: 'new', title: ENTRY.title, sector: 'municipal' as const, tags: ['utlysning'] }].map(
          (entry) => ({ entry, status: 'active' }) as unknown as EntryView,
        );
        const filter = { ...EMPTY_LIST, sector: 'municipal' as const, tag: 'utlysning' };
        const { pages, total } = listEntries(views, filter);
        const position = [...Array(pages).keys()].find((n) => listEntries(views, { ...filter, page: n }).items.some((v) => v.entry.title === ENTRY.title)) ?? -1;
        expect(position).toBeGreaterThan(0);
        const first = position * 10 + 1;
        const shown = `viser ${first}–${Math.min(first + 9, total)}`;

        const p = hr.page;
        await hr.say('oppføringer');
        await hr.see('oppføringer · viser 1–10');
        const list = cardWith(p, 'oppføringer · viser 1–10');
        await choose(p, list, 'Sektor', 'Gjelder kommunene');
        await choose(p, list, 'Stikkord', 'utlysning', true);
        await list.getByRole('button', { name: 'Vis' }).click();
        // The whole line: the unfiltered list's «Side 1 av 33» holds «Side 1 av 3» too.
        await p.getByText(`Side 1 av ${pages}`, { exact: true }).last().waitFor({ state: 'visible', timeout: 20_000 });
        for (let n = 0; n < position; n++) {
          await p.getByRole('button', { name: 'Neste ›' }).last().click();
          await p
            .getByText(`Side ${n + 2} av ${pages}`, { exact: true })
            .last()
            .waitFor({ state: 'visible', timeout: 20_000 });
        }
        await hr.see(shown);
        // On that page itself (the title is in the chat already, in «Lagret: …»).
        await expect.poll(async () => (await cardWith(p, shown).innerText()).includes(ENTRY.title)).toBe(true);
        await cardWith(p, shown).scrollIntoViewIfNeeded();
        await hr.shot('hr-list');
      }),
    90_000,
  );

  it(
    "a manager's question goes to HR; HR adds it as a phrasing with one tap; the manager's same question is answered at once",
    () =>
      hr.within('hr-queue-phrasing', 110_000, async () => {
        // Another topic first: right after the summer-temp answer, this question would be read as its follow-up.
        // Its answer, not the question's own echo in the chat (which holds the word at once).
        await manager.sayAndSee('Hva er arbeidstrening?', 'Var dette nyttig?');
        await manager.say(UNANSWERED);
        await manager.see('Jeg fant ikke et sikkert svar');
        await manager.page.getByRole('button', { name: 'Send spørsmålet til HR' }).last().click();
        await manager.see('sendt til HR');
        await manager.page.getByRole('button', { name: 'Si fra når HR har svart' }).last().click();
        await manager.see('Du får beskjed her i chatten når HR har svart.');

        const p = hr.page;
        await hr.say('ubesvarte');
        await hr.see('1 spørsmål venter');
        await cardWith(p, '1 spørsmål venter').scrollIntoViewIfNeeded();
        await hr.shot('hr-queue');
        // HR picks the entry that fits (the new one, among the closest entries) and adds the question to it.
        const queue = cardWith(p, '1 spørsmål venter');
        const chunks = (await queue.innerText()).split('Legg til her');
        const nth = chunks.findIndex((c) => c.includes(ENTRY.title));
        expect(nth, 'the new entry is not among the closest entries').toBeGreaterThanOrEqual(0);
        await queue.getByRole('button', { name: 'Legg til her' }).nth(nth).click();
        await hr.see(`er lagt til i «${ENTRY.title}»`);
        await hr.shot('hr-queue-after');
        await manager.see('HR har svart på spørsmålet ditt');
        await manager.shot('hr-manager-told');

        // The answer, not the one the manager got to another question before.
        await manager.sayAndSee(UNANSWERED, 'Personalreglementet § 4 sier at enhetslederen');
        await manager.see('Var dette nyttig?');
        expect(fs.existsSync(await manager.shot('hr-manager-answer'))).toBe(true);
      }),
    120_000,
  );

  it(
    'HR archives an entry after confirming, and «Angre» restores it',
    () =>
      hr.within('hr-archive-undo', 80_000, async () => {
        const p = hr.page;
        await hr.say('oppføringer sommervikarer lokale');
        await hr.see('1 oppføring · viser 1–1');
        const list = cardWith(p, '1 oppføring · viser 1–1');
        await list.getByRole('button', { name: 'Arkiver' }).click();
        await hr.see(`Arkivere «${ENTRY.title}»?`);
        await hr.shot('hr-archive-confirm');
        await p.getByRole('button', { name: 'Ja, arkiver' }).last().click();
        await hr.see(`«${ENTRY.title}» er arkivert`);
        await p.getByRole('button', { name: 'Angre' }).last().click();
        await hr.see(`«${ENTRY.title}» er gjenopprettet`);
        await hr.shot('hr-restored');
      }),
    90_000,
  );
});

/** Picks an option in a ChoiceSet, which the Playground renders as a combobox; `type` filters it first (typeahead). */
async function choose(page: Page, card: Locator, label: string, option: string, type = false): Promise<void> {
  const box = card.getByRole('combobox', { name: label });
  await box.click();
  if (type) await box.fill(option);
  await page.getByRole('option', { name: option, exact: true }).click();
}
