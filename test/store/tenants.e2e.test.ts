/**
 * End to end, over /api/messages and the JSON endpoints of a real server: tenant B cannot read or
 * change tenant A's data through any command, card action or HTTP endpoint, and a tenant the bot does not
 * serve gets one polite refusal and leaves nothing behind. Run on the lowdb file and, where a server is
 * reachable, on PostgreSQL (where row-level security backs the code up).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTenant } from '../../dialogs/shared/tenant.js';
import { startHarness, type Harness } from '../helpers/botHarness.js';
import { createTestDatabase, type TestDatabase } from '../support/pgTest.js';
import { tenantClient, user } from '../support/tenantClient.js';
import { signedHeaders } from '../helpers/webhook.js';
import { fixedClock, TEST_NOW } from '../support/clock.js';

const A = 'tenant-1';
const B = 'tenant-2';
const OUTSIDER = 'tenant-x';
const ADMIN_A = user('a', 1);
const HR_A = user('a', 2);
const MANAGER_A = user('a', 3);
const ADMIN_B = user('b', 1);
const MANAGER_B = user('b', 2);
const STRANGER = user('c', 1);
const API_KEY = 'api-key-of-tenant-a-0123456789';
const WEBHOOK_SECRET = 'webhook-secret-of-tenant-a-0123';
const SECRETS_KEY = 'secrets-key-for-the-tenant-tests-0123456789';
const SECRET_PHRASE = 'KONFIDENSIELT for A: ring Kari på 99 99 99 99';

const db: TestDatabase | undefined = await createTestDatabase('tenants');
const stores: Array<[string, Record<string, string>]> = [['lowdb', {}]];
if (db) stores.push(['PostgreSQL', { DATABASE_URL: db.url }]);
afterAll(() => db?.drop());

const vacancyBody = (externalId: string, manager: string) => ({
  externalId,
  title: 'Saksbehandler',
  unit: 'Tilskudd',
  reason: 'sick_leave',
  permanent: false,
  durationMonths: 6,
  startDate: '2026-12-01',
  managerAadObjectId: manager,
  sector: 'state',
});

describe.each(stores)('tenant isolation end to end on %s', (_name, storeEnv) => {
  let h: Harness;
  let a: { admin: ReturnType<typeof tenantClient>; hr: ReturnType<typeof tenantClient>; manager: ReturnType<typeof tenantClient> };
  let b: { admin: ReturnType<typeof tenantClient>; manager: ReturnType<typeof tenantClient> };
  let entryId: string;
  let vacancyA: string;
  let snapshotA: string;
  const recordsOf = async (tenant: string) => {
    const out: Record<string, unknown> = {};
    for (const repo of ['entryOverlays', 'entryHistory', 'vacancies', 'vacancyKeys', 'hrGrants', 'unanswered', 'feedback', 'tenantSettings', 'inclusionBaseline', 'yearlyCounts']) {
      out[repo] = await inTenant(tenant, () => h.bot.store.repo(repo).find());
    }
    return out;
  };

  beforeAll(async () => {
    h = await startHarness(
      {
        ...storeEnv,
        ALLOWED_TENANTS: `${A},${B}`,
        DEFAULT_TENANT_ID: A,
        ADMIN_AAD_OBJECT_IDS: `${ADMIN_A.aadObjectId},${ADMIN_B.aadObjectId}`,
        API_KEY,
        WEBHOOK_SECRET,
        SECRETS_KEY,
        NAV_CONTACT: 'NAV Arbeidslivssenter A',
      },
      { jobs: { schedule: false }, clock: fixedClock() },
    );
    a = { admin: tenantClient(h, A, ADMIN_A), hr: tenantClient(h, A, HR_A), manager: tenantClient(h, A, MANAGER_A) };
    b = { admin: tenantClient(h, B, ADMIN_B), manager: tenantClient(h, B, MANAGER_B) };

    // Tenant A: HR role, an entry only A has, a vacancy, an unanswered question, a baseline.
    expect((await a.admin.say(`gi hr-tilgang ${HR_A.aadObjectId}`)).text).toContain('gitt');
    const saved = await a.hr.press('hr.save', {
      mode: 'new',
      title: 'Hemmelig rutine for lærlinger',
      questions: 'Hvem ringer jeg om lærlinger med tilrettelegging?',
      answer: `${SECRET_PHRASE}. Neste steg: avtal et møte.`,
      sector: 'both',
      sources: 'lov arbeidsmiljøloven | § 4-6',
      tags: 'lærling',
    });
    expect(saved.text).toContain('Hemmelig rutine');
    [{ id: entryId }] = await inTenant(A, () => h.bot.store.repo<{ id: string }>('entryOverlays').find());
    await a.manager.say('hjelp');
    const submitted = await a.manager.press('vacancy.submit', {
      formId: randomUUID(),
      title: 'Rådgiver A',
      unit: 'Enhet A',
      reason: 'resignation',
      permanence: 'permanent',
      startDate: '2026-12-01',
      sector: 'state',
    });
    expect(submitted.text).toContain('Rådgiver A');
    [{ id: vacancyA }] = await inTenant(A, () => h.bot.store.repo<{ id: string }>('vacancies').find());
    await a.manager.press('qa.sendToHr', { question: 'Hva gjør vi i A med sommervikarer?' });
    expect((await a.hr.say('grunnlinje 2020 7')).text).toMatch(/lagret|Grunnlinje/i);
    snapshotA = JSON.stringify(await recordsOf(A));
  });
  afterAll(async () => h?.close());

  it("does not answer tenant B with tenant A's entry, nor let B's admin or HR open, edit, retire or see its history", async () => {
    const asked = await b.manager.say('Hvem ringer jeg om lærlinger med tilrettelegging?');
    expect(asked.text).not.toContain(SECRET_PHRASE);
    for (const cmd of [`rediger ${entryId}`, `arkiver ${entryId}`, `gjenopprett ${entryId}`, `historikk ${entryId}`]) {
      const r = await b.admin.say(cmd);
      expect(r.text, cmd).toMatch(/Finner ingen oppføring|bare HR/);
      expect(r.text).not.toContain(SECRET_PHRASE);
    }
    expect((await b.admin.say('oppføringer hemmelig')).text).not.toContain('Hemmelig rutine');
    for (const [verb, data] of [
      ['hr.edit', { id: entryId }],
      ['hr.retire', { id: entryId, version: 1 }],
      ['hr.restore', { id: entryId, version: 1 }],
      ['hr.history', { id: entryId }],
      ['qa.show', { entryId }],
      ['qa.feedback', { entryId, vote: 'down' }],
    ] as const) {
      const r = await b.admin.press(verb, data);
      expect(r.text, verb).not.toContain(SECRET_PHRASE);
      expect(r.text, verb).not.toContain('Hemmelig rutine');
    }
    // Saving "an edit" of A's entry id from B makes nothing of A's.
    await b.admin.press('hr.save', {
      mode: 'edit',
      id: entryId,
      version: 1,
      title: 'Overtatt',
      questions: 'x x x',
      answer: 'Overtatt av B, ikke A.',
      sector: 'both',
      sources: 'lov a | § 1',
      tags: '',
    });
  });

  it("does not let tenant B see or change A's vacancy, roles, unanswered questions, feedback, baseline or report", async () => {
    for (const [verb, data] of [
      ['vacancy.show', { vacancyId: vacancyA }],
      ['vacancy.tick', { vacancyId: vacancyA, item: 'contact-nav', done: true }],
      ['vacancy.closeForm', { vacancyId: vacancyA }],
      ['vacancy.close', { vacancyId: vacancyA, filled: 'yes', pathId: 'state.ordinary', targetGroup: 'yes' }],
      ['hr.revoke', { target: HR_A.aadObjectId }],
      ['hr.dismissUnanswered', { unansweredId: 'x' }],
    ] as const) {
      const r = await b.admin.press(verb, data);
      expect(r.text, verb).not.toContain('Rådgiver A');
    }
    expect((await b.admin.say('hr-tilganger')).text).not.toContain(HR_A.aadObjectId);
    expect((await b.admin.say(`fjern hr-tilgang ${HR_A.aadObjectId}`)).text).not.toMatch(/er fjernet/);
    expect((await b.admin.say('ubesvarte')).text).not.toContain('sommervikarer');
    const report = await b.admin.say('inkluderingsrapport');
    expect(report.text).not.toContain('"7"');
    expect((await b.admin.say('tilbakemeldinger')).text).not.toContain('Hemmelig');
    // B's own settings stay B's: A's checklist keeps A's NAV contact.
    const saved = await b.admin.press('settings.save', { admins: ADMIN_B.aadObjectId, navContact: 'NAV Kontaktsenter B' });
    expect(saved.text).toContain('Innstillingene er lagret');
    const shown = await a.manager.press('vacancy.show', { vacancyId: vacancyA });
    expect(shown.text).toContain('NAV Arbeidslivssenter A');
    expect(shown.text).not.toContain('NAV Kontaktsenter B');
  });

  it("keys the JSON endpoints to one tenant each: A's API key reads A's report, B's key B's, and a webhook lands in its own tenant", async () => {
    const year = TEST_NOW.getUTCFullYear(); // the year the fixed clock reports the vacancies in
    const report = async (key: string) => {
      const r = await fetch(`${h.bot.url}/api/reports/inclusion?year=${year}&tenant=${A}`, { headers: { authorization: `Bearer ${key}` } });
      return { status: r.status, body: (await r.json()) as { vacanciesReported: number; baseline: { hires2020: number | null } } };
    };
    expect((await report(API_KEY)).body.vacanciesReported).toBe(1);
    // B's admin makes B's key on the settings card: it reads B's report only, whatever the query says.
    const made = await b.admin.press('settings.newApiKey');
    const keyB = /tenant-2\.[A-Za-z0-9_-]{43}/.exec(made.text)?.[0];
    expect(keyB).toBeTruthy();
    const fromB = await report(keyB!);
    expect(fromB.status).toBe(200);
    expect(fromB.body.vacanciesReported).toBe(0);
    expect(fromB.body.baseline.hires2020).toBeNull();
    // A key that names A but is not A's: refused.
    expect((await report(keyB!.replace(B, A))).status).toBe(401);
    // A made-up key for an unknown tenant: refused.
    expect((await report(`${OUTSIDER}.${'x'.repeat(43)}`)).status).toBe(401);

    // Webhook: B's secret (derived, shown once on B's card) stores in B; A's secret cannot post into B.
    const secretB = /Ny webhook-hemmelighet[\s\S]*?"text":"([A-Za-z0-9_-]{43})"/.exec((await b.admin.press('settings.newWebhookSecret')).text)?.[1];
    expect(secretB).toBeTruthy();
    const post = (body: unknown, secret: string, tenant?: string) => {
      const raw = JSON.stringify(body);
      return fetch(`${h.bot.url}/api/vacancies`, { method: 'POST', headers: { ...signedHeaders(raw, secret), ...(tenant ? { 'x-tenant-id': tenant } : {}) }, body: raw });
    };
    expect((await post(vacancyBody('ext-b-1', MANAGER_B.aadObjectId), WEBHOOK_SECRET, B)).status).toBe(401);
    expect((await post(vacancyBody('ext-b-1', MANAGER_B.aadObjectId), secretB!, A)).status).toBe(401);
    expect((await post(vacancyBody('ext-b-1', MANAGER_B.aadObjectId), secretB!, OUTSIDER)).status).toBe(401);
    expect((await post(vacancyBody('ext-b-1', MANAGER_B.aadObjectId), secretB!, B)).status).toBe(202);
    // The same external id in A is A's own vacancy, not a duplicate of B's.
    const inA = await post(vacancyBody('ext-b-1', MANAGER_A.aadObjectId), WEBHOOK_SECRET);
    expect(inA.status).toBe(202);
    expect(((await inA.json()) as { duplicate: boolean }).duplicate).toBe(false);
    expect(await inTenant(B, () => h.bot.store.repo('vacancies').count())).toBe(1);
    expect(await inTenant(A, () => h.bot.store.repo('vacancies').count())).toBe(2);
    expect((await report(keyB!)).body.vacanciesReported).toBe(1);
  });

  it("left every record of tenant A as it was, apart from A's own webhook vacancy", async () => {
    const now = await recordsOf(A);
    const before = JSON.parse(snapshotA) as Record<string, Array<{ id: string }>>;
    const ext = (now.vacancyKeys as Array<{ id: string }>).filter((k) => k.id !== 'ext:ext-b-1');
    expect({ ...now, vacancies: (now.vacancies as Array<{ id: string }>).filter((v) => v.id === vacancyA), vacancyKeys: ext }).toEqual(before);
  });

  it('answers a tenant not on ALLOWED_TENANTS once, politely, and stores nothing of it', async () => {
    const outsider = tenantClient(h, OUTSIDER, STRANGER);
    const said = await outsider.say('Kan jeg ansette noen uten å lyse ut stillingen?');
    expect(said.activities).toHaveLength(1);
    expect(said.text).toContain('ikke tatt i bruk i virksomheten din');
    expect(said.cards).toHaveLength(0);
    const pressed = await outsider.press('qa.sendToHr', { question: 'Lagres dette?' });
    expect(pressed.text).toContain('ikke tatt i bruk i virksomheten din');
    await outsider.press('vacancy.submit', {
      formId: randomUUID(),
      title: 'Inntrenger',
      unit: 'x',
      reason: 'resignation',
      permanence: 'permanent',
      startDate: '2026-12-01',
      sector: 'state',
    });
    await outsider.post({ type: 'conversationUpdate', membersAdded: [{ id: '28:bot' }], text: undefined });
    await outsider.post({ type: 'installationUpdate', action: 'add' });
    expect(outsider.sentHere().filter((x) => JSON.stringify(x.body).includes('ikke tatt i bruk'))).toHaveLength(3);
    // An activity naming no tenant is not served either.
    const none = await h.post({ ...h.activity({ type: 'message', text: 'hei' }), conversation: { id: 'a:no-tenant', conversationType: 'personal' }, channelData: {} });
    expect(none.status).toBe(200);
    await h.bot.store.flush();
    expect(await h.bot.store.tenants()).not.toContain(OUTSIDER);
    for (const repo of ['conversationRefs', 'unanswered', 'vacancies', 'vacancyKeys', 'audit', 'guideFlows', 'userPrefs']) {
      expect(await inTenant(OUTSIDER, () => h.bot.store.repo(repo).count()), repo).toBe(0);
    }
    expect(JSON.stringify(await inTenant(A, () => h.bot.store.repo('conversationRefs').find()))).not.toContain(STRANGER.id);
  });
});
