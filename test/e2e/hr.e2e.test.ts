import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, configAs, startBotProcess, startSession, type BotProcess, type Session } from './playground.js';

const HANNE = '00000000-0000-0000-0000-0000000000a1'; // HR adviser (admin) in .m365agentsplayground.yml

describe.skipIf(!browserAvailable)('HR adds an entry, a manager asks and gets it (two mock users, two Playgrounds)', () => {
  let bot: BotProcess;
  let hr: Session;
  let manager: Session;
  beforeAll(async () => {
    bot = await startBotProcess({ ADMIN_AAD_OBJECT_IDS: HANNE });
    hr = await startSession({ bot, config: configAs('user-hr', bot.dataDir) });
    manager = await startSession({ bot, config: configAs('user-manager', bot.dataDir) });
  }, 120_000);
  afterAll(async () => {
    await hr?.close();
    await manager?.close();
    await bot?.stop();
  });

  it('the manager cannot open the HR form', async () => {
    await manager.see('Velkommen til Inkluderingsveilederen');
    await manager.say('ny oppføring');
    await manager.see('bare HR');
  });

  it('HR fills in and saves a new entry; the manager gets it as an answer at once', async () => {
    const p = hr.page;
    await hr.see('Velkommen til Inkluderingsveilederen');
    await hr.say('ny oppføring');
    await hr.see('Ny oppføring');
    await p.getByLabel('Tittel (høyst 120 tegn)').last().fill('Sommervikarer fra NAV');
    await p.getByLabel('Spørsmål slik en leder kan stille det (ett per linje, minst ett)').last().fill('Kan vi få sommervikarer gjennom NAV?\nsommervikar nav');
    await p.getByLabel('Svar (høyst 4000 tegn)').last().fill('Ja. NAV kan foreslå kandidater til sommerjobber, også med arbeidstrening først. **Neste steg:** send en bestilling til NAV i god tid før sommeren.');
    await p.getByLabel('Kilder (én per linje)').last().fill('lov arbeidsmiljøloven | § 14-9');
    await p.getByLabel('Stikkord (kommaseparert)').last().fill('sommervikar, nav');
    await p.getByRole('button', { name: 'Lagre' }).last().click();
    await hr.see('Lagret: «Sommervikarer fra NAV»');
    await hr.shot('hr-saved');

    await manager.say('Kan vi få sommervikarer gjennom NAV?');
    await manager.see('Sommervikarer fra NAV');
    await manager.see('Var dette nyttig?');
    const file = await manager.shot('hr-manager-answer');
    expect(fs.existsSync(file)).toBe(true);
  }, 90_000);
});
