/**
 * Proactive sends through a connector that fails: the reason is logged and kept, retries back off and
 * stop after six attempts, 403/404 remove the conversation reference, what finally failed shows on the
 * admins' settings card, and the person writing again brings everything pending.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowedServiceUrl, MAX_ATTEMPTS, RETRY_DELAYS_MS } from '../../bot/proactive.js';
import { inTenant } from '../../dialogs/shared/tenant.js';
import { startHarness, TENANT, type Harness } from '../helpers/botHarness.js';
import { startFlakyConnector, type FlakyConnector } from '../support/flakyConnector.js';
import { tenantClient, user } from '../support/tenantClient.js';
import { signedHeaders } from '../helpers/webhook.js';

const SECRET = 'webhook-secret-for-proactive-tests';
const ADMIN = user('ad', 1);

describe('proactive sends that fail', () => {
  let h: Harness;
  let flaky: FlakyConnector;
  let t = Date.parse('2026-12-01T08:00:00Z');
  const clock = { now: () => new Date(t) };
  const advance = (ms: number) => (t += ms);

  const report = async (externalId: string, manager: string) => {
    const raw = JSON.stringify({
      externalId,
      title: `Stilling ${externalId}`,
      unit: 'Enhet',
      reason: 'resignation',
      permanent: true,
      startDate: '2027-01-04',
      managerAadObjectId: manager,
      sector: 'state',
    });
    const r = await fetch(`${h.bot.url}/api/vacancies`, { method: 'POST', headers: signedHeaders(raw, SECRET), body: raw });
    expect(r.status).toBe(202);
  };
  const repo = <T>(name: string) => inTenant(TENANT, () => h.bot.store.repo<T & { id: string }>(name).find());

  beforeAll(async () => {
    flaky = await startFlakyConnector();
    h = await startHarness({ WEBHOOK_SECRET: SECRET, ADMIN_AAD_OBJECT_IDS: ADMIN.aadObjectId }, { clock });
  });
  afterAll(async () => {
    await h?.close();
    await flaky?.close();
  });

  it('retries with backoff, gives up after six attempts, shows the failure to admins, and delivers when the manager writes again', async () => {
    const manager = user('m', 1);
    const me = tenantClient(h, TENANT, manager, 'a:personal-m1', { serviceUrl: flaky.url });
    await me.post({ type: 'message', text: 'hei' });
    const refs = await repo<{ reference: { serviceUrl: string; user?: { name?: string } } }>('conversationRefs');
    expect(refs.find((r) => r.id === manager.aadObjectId)?.reference.serviceUrl).toBe(flaky.url);
    expect(JSON.stringify(refs)).not.toContain(manager.name); // the reference keeps ids, not the display name

    flaky.status = 429; // throttled (a 5xx is first retried inside the Bot Framework SDK, ~5 s per attempt)
    const calls = () => flaky.calls.filter((c) => c.conversationId === 'a:personal-m1' && c.status !== 200).length;
    await report('ext-flaky-1', manager.aadObjectId);
    expect(calls()).toBe(1);
    // Not due yet: the delivery job does not call the connector.
    await h.bot.jobs.runNow('deliveries');
    expect(calls()).toBe(1);
    for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt++) {
      advance(RETRY_DELAYS_MS[attempt - 2] * 1.2);
      await h.bot.jobs.runNow('deliveries');
      expect(calls(), `attempt ${attempt}`).toBe(attempt);
    }
    // Capped: no more calls, however long it waits.
    advance(7 * 86_400_000);
    await h.bot.jobs.runNow('deliveries');
    await h.bot.jobs.runNow('reminders');
    expect(calls()).toBe(MAX_ATTEMPTS);
    const [failure] = await repo<{ reason: string; status: string; attempts: number; target: string }>('deliveryFailures');
    expect(failure).toMatchObject({ reason: 'gave-up', status: '429', attempts: MAX_ATTEMPTS, target: manager.aadObjectId });
    const [vacancy] = await repo<{ delivery: { manager: string } }>('vacancies');
    expect(vacancy.delivery.manager).toBe('pending');

    const admin = tenantClient(h, TENANT, ADMIN);
    const card = await admin.say('innstillinger');
    expect(card.text).toContain(`til leder ${manager.aadObjectId}: ga opp etter 6 forsøk (429)`);

    // The manager writes again: the checklist comes at once.
    flaky.status = 200;
    await me.post({ type: 'message', text: 'hjelp' });
    const got = flaky.delivered('a:personal-m1').map((b) => JSON.stringify(b));
    expect(got.some((b) => b.includes('Stilling ext-flaky-1'))).toBe(true);
    expect((await repo<{ delivery: { manager: string } }>('vacancies'))[0].delivery.manager).toBe('sent');
  });

  it('removes the reference when the connector answers 403 or 404, records why, and sends once the person is back', async () => {
    for (const [n, status] of [
      [2, 403],
      [3, 404],
    ] as const) {
      const manager = user('m', n);
      const conv = `a:personal-m${n}`;
      const me = tenantClient(h, TENANT, manager, conv, { serviceUrl: flaky.url });
      flaky.status = 200;
      await me.post({ type: 'message', text: 'hei' });
      flaky.status = status;
      await report(`ext-gone-${n}`, manager.aadObjectId);
      const refs = await repo<{ id: string }>('conversationRefs');
      expect(
        refs.some((r) => r.id === manager.aadObjectId || r.id === `conv:${conv}`),
        `reference after ${status}`,
      ).toBe(false);
      expect(
        (await repo<{ target: string; reason: string; status: string }>('deliveryFailures')).some(
          (f) => f.target === manager.aadObjectId && f.reason === 'removed' && f.status === String(status),
        ),
      ).toBe(true);
      // No reference: the delivery job does not try again.
      const before = flaky.calls.length;
      await h.bot.jobs.runNow('deliveries');
      expect(flaky.calls.length).toBe(before);
      flaky.status = 200;
      await me.post({ type: 'message', text: 'hei igjen' });
      expect(flaky.delivered(conv).some((b) => JSON.stringify(b).includes(`Stilling ext-gone-${n}`))).toBe(true);
    }
  });

  it('forgets the reference when the app is uninstalled', async () => {
    const manager = user('m', 4);
    const me = tenantClient(h, TENANT, manager, 'a:personal-m4', { serviceUrl: flaky.url });
    flaky.status = 200;
    await me.post({ type: 'message', text: 'hei' });
    expect((await repo<{ id: string }>('conversationRefs')).some((r) => r.id === manager.aadObjectId)).toBe(true);
    await me.post({ type: 'installationUpdate', action: 'remove' });
    const refs = await repo<{ id: string }>('conversationRefs');
    expect(refs.some((r) => r.id === manager.aadObjectId || r.id === 'conv:a:personal-m4')).toBe(false);
  });
});

describe('service URLs proactive messages may go to', () => {
  it.each([
    ['https://smba.trafficmanager.net/emea/', 'authenticated', true],
    ['https://smba.trafficmanager.net/teams/', 'authenticated', true],
    ['https://europe.webchat.botframework.com/', 'authenticated', true],
    ['http://smba.trafficmanager.net/emea/', 'authenticated', false],
    ['https://smba.trafficmanager.net.evil.example/', 'authenticated', false],
    ['https://evil.example/botframework.com/', 'authenticated', false],
    ['http://127.0.0.1:56150/_connector', 'authenticated', false],
    ['http://127.0.0.1:56150/_connector', 'local', true],
    ['not a url', 'local', false],
    [undefined, 'local', false],
  ] as const)('%s in %s mode: %s', (url, mode, ok) => {
    expect(allowedServiceUrl(url, mode)).toBe(ok);
  });
});
