import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, configAs, startBotProcess, startSession, type BotProcess, type Session } from './playground.js';
import { signedHeaders } from '../helpers/webhook.js';

const SECRET = 'e2e-webhook-secret-0123456789';
const LARS = '00000000-0000-0000-0000-0000000000b2'; // the manager in .m365agentsplayground.yml

describe.skipIf(!browserAvailable)('a vacancy reported by an HR system reaches the manager in the Playground', () => {
  let bot: BotProcess;
  let s: Session;
  beforeAll(async () => {
    bot = await startBotProcess({ WEBHOOK_SECRET: SECRET, NAV_CONTACT: 'NAV Arbeidslivssenter Oslo' });
    s = await startSession({ bot, config: configAs('user-manager', bot.dataDir) });
  }, 120_000);
  afterAll(async () => {
    await s?.close();
    await bot?.stop();
  });

  it(
    'posts a signed vacancy, sees the checklist arrive, ticks an item and sees the card update',
    () =>
      s.within('vacancy-signed-post', 75_000, async () => {
        await s.see('Velkommen til Inkluderingsveilederen'); // the install stored Lars' conversation reference
        const raw = JSON.stringify({
          externalId: 'hr-e2e-1',
          title: 'Konsulent i arkivet',
          unit: 'Dokumentsenteret',
          reason: 'sick_leave',
          permanent: false,
          durationMonths: 6,
          startDate: '2027-01-04',
          managerAadObjectId: LARS,
          sector: 'state',
        });
        const res = await fetch(`${bot.url}/api/vacancies`, { method: 'POST', headers: signedHeaders(raw, SECRET), body: raw });
        expect(res.status).toBe(202);
        await s.see('Sjekkliste for inkludering: Konsulent i arkivet');
        await s.see('0 av');
        await s.page.getByRole('button', { name: 'Marker som gjort' }).first().click();
        await s.see('1 av');
        const file = await s.shot('vacancy-checklist');
        expect(file).toMatch(/vacancy-checklist\.png$/);
      }),
    90_000,
  );
});
