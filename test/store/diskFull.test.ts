/**
 * Security probe F8.1/F8.2 over HTTP: while the data file cannot be written, a question that needs no
 * write is still answered, a change gets one clear message that it was not saved, /healthz says so, and
 * the change the user was told failed does not appear later, also not after a restart.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inTenant } from '../../dialogs/shared/tenant.js';
import { startHarness, TENANT, type Harness } from '../helpers/botHarness.js';
import { tenantClient, user } from '../support/tenantClient.js';

const ADMIN = user('ad', 7);
const TARGET = '00000000-0000-0000-0000-00000000beef';

describe('a data file that cannot be written', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inkl-diskfull-'));
  const tmp = path.join(dataDir, '.inkluderingsveilederen.json.tmp');
  let h: Harness;
  afterAll(async () => h?.close());

  it('keeps answering questions, refuses changes with one clear message, and never applies them later', async () => {
    h = await startHarness({ ADMIN_AAD_OBJECT_IDS: ADMIN.aadObjectId }, { dataDir });
    const admin = tenantClient(h, TENANT, ADMIN);
    await admin.say('hjelp');
    fs.mkdirSync(tmp); // every write now fails (EISDIR), as on a full or read-only disk

    const asker = tenantClient(h, TENANT, user('m', 7), 'a:personal-new-conversation');
    const answer = await asker.say('Kan jeg ansette noen uten å lyse ut stillingen?');
    expect(answer.cards.length).toBe(1);
    expect(answer.text).not.toContain('noe gikk galt');

    const grant = await admin.say(`gi hr-tilgang ${TARGET}`);
    expect(grant.text).toContain('endringen ble ikke lagret');
    expect(grant.activities).toHaveLength(1);
    const health = await fetch(`${h.bot.url}/healthz`);
    expect(health.status).toBe(503);

    fs.rmSync(tmp, { recursive: true });
    await admin.say('hjelp');
    await tenantClient(h, TENANT, user('m', 8)).press('qa.sendToHr', { question: 'Et spørsmål som lagres nå' });
    expect((await fetch(`${h.bot.url}/healthz`)).status).toBe(200);
    expect(await inTenant(TENANT, () => h.bot.store.repo('hrGrants').get(TARGET))).toBeUndefined();
    await h.close();
    h = await startHarness({ ADMIN_AAD_OBJECT_IDS: ADMIN.aadObjectId }, { dataDir });
    expect(await inTenant(TENANT, () => h.bot.store.repo('hrGrants').get(TARGET))).toBeUndefined();
    expect(await inTenant(TENANT, () => h.bot.store.repo('unanswered').count())).toBe(1);
  });
});
