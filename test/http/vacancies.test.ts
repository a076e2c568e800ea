import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardsOf, startHarness, USER, type Harness } from '../helpers/botHarness.js';
import { expectValidCard } from '../helpers/cards.js';
import { signedHeaders, webhookSignature } from '../helpers/webhook.js';
import { fixedClock, TEST_NOW } from '../support/clock.js';

const SECRET = 'webhook-secret-for-tests-0123456789';
const API_KEY = 'api-key-for-tests-0123456789';
const now = () => Math.floor(Date.now() / 1000);
const sign = (raw: string, secret = SECRET) => webhookSignature(raw, secret, now());

const vacancy = (over: Record<string, unknown> = {}) => ({
  externalId: `hr-${Math.random().toString(36).slice(2)}`,
  title: 'Saksbehandler',
  unit: 'Tilskuddsavdelingen',
  reason: 'sick_leave',
  permanent: false,
  durationMonths: 6,
  startDate: '2026-12-01',
  managerAadObjectId: USER.aadObjectId,
  sector: 'state',
  ...over,
});

describe('POST /api/vacancies from an HR system', () => {
  let h: Harness;
  const postVacancy = async (body: unknown, signature?: string) => {
    const raw = typeof body === 'string' ? body : JSON.stringify(body);
    const headers = signature !== undefined ? { 'content-type': 'application/json', 'x-timestamp': String(now()), 'x-signature': signature } : signedHeaders(raw, SECRET);
    const res = await fetch(`${h.bot.url}/api/vacancies`, { method: 'POST', headers, body: raw });
    return { status: res.status, body: (await res.json()) as Record<string, any> };
  };

  beforeAll(async () => {
    h = await startHarness(
      { WEBHOOK_SECRET: SECRET, API_KEY, NAV_CONTACT: 'NAV Arbeidslivssenter, tlf. 55 55 55 55', HR_CONVERSATION_ID: '19:hr-inkludering@thread.tacv2' },
      { clock: fixedClock() },
    );
  });
  afterAll(async () => h?.close());

  it('refuses a missing, malformed or wrong signature with 401', async () => {
    const raw = JSON.stringify(vacancy());
    expect((await postVacancy(raw, '')).status).toBe(401);
    expect((await postVacancy(raw, 'sha256=zz')).status).toBe(401);
    expect((await postVacancy(raw, sign(raw, 'another-secret-entirely'))).status).toBe(401);
    expect((await postVacancy(raw, sign(raw + ' '))).status).toBe(401);
  });

  it('answers field errors with 400, naming the fields', async () => {
    const r = await postVacancy(vacancy({ durationMonths: undefined, startDate: '01.12.2026', nickname: 'x' }));
    expect(r.status).toBe(400);
    const paths = (r.body.details as Array<{ path: string }>).map((d) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['startDate']));
    expect(JSON.stringify(r.body.details)).toMatch(/nickname|durationMonths/);
  });

  it('keeps a vacancy for a manager who never talked to the bot, and delivers it on their first message', async () => {
    h.connector.clear();
    const r = await postVacancy(vacancy({ managerAadObjectId: '00000000-0000-0000-0000-0000000000c3' }));
    expect(r.status).toBe(202);
    expect(h.connector.received).toHaveLength(0); // nothing to the manager, and no HR copy: no reference yet at all
    const newcomer = { id: '29:newcomer', aadObjectId: '00000000-0000-0000-0000-0000000000c3', name: 'Ny Leder' };
    await h.message('hjelp', newcomer, 'a:personal-newcomer');
    await h.connector.waitFor(3);
    const got = h.connector.received.filter((a) => a.conversationId !== '19:hr-inkludering@thread.tacv2');
    const checklist = cardsOf(got).find((c) => JSON.stringify(c).includes('Saksbehandler'));
    expect(checklist, 'the pending checklist arrives with the first message').toBeTruthy();
    expect(got.every((a) => a.conversationId === 'a:personal-newcomer')).toBe(true);
  });

  it('sends the checklist at once to a manager the bot knows, and is idempotent on externalId', async () => {
    await h.message('hjelp'); // the manager has talked to the bot: their conversation reference is stored
    await h.connector.waitFor(1);
    h.connector.clear();
    const body = vacancy();
    const first = await postVacancy(body);
    expect(first.status).toBe(202);
    expect(first.body).toMatchObject({ duplicate: false });
    // Two activities to the manager, two (intro and copy) to the HR channel, which the bot has never heard from.
    const received = await h.connector.waitFor(4);
    const delivered = received.filter((a) => a.conversationId !== '19:hr-inkludering@thread.tacv2');
    expect(received.filter((a) => a.conversationId === '19:hr-inkludering@thread.tacv2')).toHaveLength(2);
    expect(delivered[0].body.text).toContain('Saksbehandler');
    const [card] = cardsOf(delivered);
    expectValidCard(card as never);
    const text = JSON.stringify(card);
    expect(text).toContain('Saksbehandler');
    expect(text).toContain('NAV Arbeidslivssenter');
    const again = await postVacancy(body);
    expect(again.status).toBe(202);
    expect(again.body).toEqual({ id: first.body.id, duplicate: true });
    // A delivery is made before the 202 is sent: had the duplicate been delivered, it would be here now.
    expect(h.connector.received).toHaveLength(4);
  });

  it('serves the inclusion report as JSON and CSV behind the API key', async () => {
    const year = TEST_NOW.getUTCFullYear(); // the year the fixed clock reports the vacancies in
    expect((await fetch(`${h.bot.url}/api/reports/inclusion?year=${year}`)).status).toBe(401);
    expect((await fetch(`${h.bot.url}/api/reports/inclusion?year=${year}`, { headers: { authorization: 'Bearer wrong-key-wrong-key' } })).status).toBe(401);
    const bad = await fetch(`${h.bot.url}/api/reports/inclusion?year=20x6`, { headers: { authorization: `Bearer ${API_KEY}` } });
    expect(bad.status).toBe(400);
    const json = await fetch(`${h.bot.url}/api/reports/inclusion?year=${year}`, { headers: { authorization: `Bearer ${API_KEY}` } });
    expect(json.status).toBe(200);
    const report = (await json.json()) as Record<string, any>;
    expect(JSON.stringify(report)).toMatch(new RegExp(String(year)));
    const csv = await fetch(`${h.bot.url}/api/reports/inclusion?year=${year}`, { headers: { authorization: `Bearer ${API_KEY}`, accept: 'text/csv' } });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect((await csv.text()).split(/\r?\n/)[0]).toBe('year,metric,path,value');
  });
});
