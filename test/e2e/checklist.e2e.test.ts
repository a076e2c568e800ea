/**
 * The checklist's «Send til HR» in the Agents Playground: reported in chat, an item ticked (the card
 * updates in place), sent to the HR chat once; the card then says so, and HR's chat gets the status
 * line and the checklist, in that order.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, ROOT, startBotProcess, startSession, type BotProcess, type Session } from './playground.js';

describe.skipIf(!browserAvailable)('«Send til HR» on the checklist, in the Agents Playground', () => {
  let bot: BotProcess;
  let s: Session;
  beforeAll(async () => {
    // The Playground's group chat (id in .m365agentsplayground.yml) stands in for the HR chat.
    bot = await startBotProcess({ HR_CONVERSATION_ID: 'group-chat', DEFAULT_SECTOR: 'state' });
    s = await startSession({ bot, config: path.join(ROOT, '.m365agentsplayground.yml') });
  }, 120_000);
  afterAll(async () => {
    await s?.close();
    await bot?.stop();
  });

  it(
    'reports a vacancy in chat, ticks an item, sends the status to HR once',
    () =>
      s.within('checklist-in-chat', 105_000, async () => {
        await s.see('Velkommen til Inkluderingsveilederen');
        await s.say('meld ledig stilling');
        await s.see('Meld ledig stilling');
        const p = s.page;
        await p.getByLabel('Stillingstittel').last().fill('Konsulent i arkivet');
        await p.getByLabel('Enhet/avdeling').last().fill('Dokumentsenteret');
        await p.getByLabel('Hvorfor er stillingen ledig?').last().click();
        await p.getByRole('option', { name: 'Sykefravær (vikariat)' }).click();
        await p.getByRole('radio', { name: 'Midlertidig' }).last().check();
        await p.getByLabel('Varighet i måneder (når midlertidig)').last().fill('6');
        await p.getByLabel('Ønsket oppstart').last().fill('2027-01-04');
        await p.getByRole('button', { name: 'Send inn' }).last().click();
        await s.see('Sjekkliste for inkludering: Konsulent i arkivet');
        await s.see('Takk! Stillingen er lagret, og sjekklisten står i kortet over.');
        await p.getByRole('button', { name: 'Marker som gjort' }).first().click();
        await s.see('1 av');
        await p.getByRole('button', { name: 'Send til HR' }).first().click();
        await s.see('Sendt til HR');
        await expect.poll(() => p.getByRole('button', { name: 'Send til HR' }).count()).toBe(0);
        await s.shot('checklist-sent');
        await p.getByText('Gruppechat').first().click();
        await s.see('Status fra lederen for «Konsulent i arkivet» (Dokumentsenteret): 1 av 7 punkter');
        await s.shot('checklist-hr-chat');
        const texts = await p.locator('body').innerText();
        expect(texts.indexOf('Status fra lederen')).toBeLessThan(texts.lastIndexOf('Sjekkliste for inkludering: Konsulent i arkivet'));
        expect(texts.match(/^Status fra lederen/gm)).toHaveLength(1); // once in the chat (the log panel quotes it too)
      }),
    120_000,
  );
});
