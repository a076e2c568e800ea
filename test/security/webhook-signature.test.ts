/**
 * The vacancy webhook's signature covers a timestamp (security probe F4.1-F4.3): X-Timestamp in Unix
 * seconds and X-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<raw body>">; more than five minutes
 * off is refused; the body is read only after the headers hold; a known externalId with other content
 * answers 409; externalId is normalised.
 */
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, USER, type Harness } from '../helpers/botHarness.js';
import { signedHeaders, webhookSignature } from '../helpers/webhook.js';

const SECRET = 'webhook-secret-for-tests-0123456789';
const HR_CHANNEL = '19:hr-inkludering@thread.tacv2';
const now = () => Math.floor(Date.now() / 1000);

const vacancy = (over: Record<string, unknown> = {}) => ({
  externalId: `hr-${Math.random().toString(36).slice(2)}`,
  title: 'Saksbehandler',
  unit: 'Tilskuddsavdelingen',
  reason: 'sick_leave',
  permanent: false,
  durationMonths: 6,
  startDate: '2027-01-04',
  managerAadObjectId: USER.aadObjectId,
  sector: 'state',
  ...over,
});

describe('POST /api/vacancies: a signature over timestamp and body', () => {
  let h: Harness;
  const post = async (raw: string, headers: Record<string, string>) => {
    const res = await fetch(`${h.bot.url}/api/vacancies`, { method: 'POST', headers, body: raw });
    return { status: res.status, body: (await res.json()) as { error?: string; id?: string; duplicate?: boolean; details?: unknown } };
  };

  beforeAll(async () => {
    h = await startHarness({ WEBHOOK_SECRET: SECRET, HR_CONVERSATION_ID: HR_CHANNEL });
    await h.message('hjelp'); // the manager is known, so a new vacancy is delivered at once
    await h.connector.waitFor(1);
  });
  afterAll(async () => h?.close());

  it('accepts a request signed now, and one signed four minutes ago', async () => {
    const raw = JSON.stringify(vacancy());
    expect((await post(raw, signedHeaders(raw, SECRET))).status).toBe(202);
    const older = JSON.stringify(vacancy());
    expect((await post(older, signedHeaders(older, SECRET, now() - 240))).status).toBe(202);
  });

  it.each([
    ['signed six minutes ago (a captured request replayed)', -360],
    ['signed six minutes in the future', 360],
    ['signed a day ago', -86_400],
  ])('refuses a request %s with 401 and the reason', async (_name, offset) => {
    h.connector.clear();
    const raw = JSON.stringify(vacancy());
    const r = await post(raw, signedHeaders(raw, SECRET, now() + offset));
    expect(r.status).toBe(401);
    expect(r.body.error).toMatch(/X-Timestamp is more than 5 minutes from the bot's clock/);
    expect(h.connector.received).toHaveLength(0);
  });

  it.each([
    ['no X-Timestamp', (raw: string) => ({ 'content-type': 'application/json', 'x-signature': webhookSignature(raw, SECRET, now()) }), /X-Timestamp must be/],
    ['a timestamp in milliseconds-as-text', (raw: string) => ({ ...signedHeaders(raw, SECRET), 'x-timestamp': new Date().toISOString() }), /X-Timestamp must be/],
    ['no X-Signature', () => ({ 'content-type': 'application/json', 'x-timestamp': String(now()) }), /X-Signature is missing/],
    [
      'the old signature over the body alone',
      (raw: string) => ({ 'content-type': 'application/json', 'x-timestamp': String(now()), 'x-signature': `sha256=${createHmac('sha256', SECRET).update(raw).digest('hex')}` }),
      /does not match/,
    ],
    ['a signature for another timestamp', (raw: string) => ({ ...signedHeaders(raw, SECRET, now() - 10), 'x-timestamp': String(now()) }), /does not match/],
    ['another secret', (raw: string) => signedHeaders(raw, 'another-secret-entirely-0123'), /does not match/],
  ])('refuses %s with 401 and the reason', async (_name, headers, reason) => {
    const raw = JSON.stringify(vacancy());
    const r = await post(raw, headers(raw));
    expect(r.status).toBe(401);
    expect(r.body.error).toMatch(reason);
  });

  it('checks the headers before reading the body: unsigned malformed JSON is 401, not 400 (F4.3)', async () => {
    const r = await post('{"externalId": ', { 'content-type': 'application/json' });
    expect(r.status).toBe(401);
    const signedGarbage = '{"externalId": ';
    expect((await post(signedGarbage, signedHeaders(signedGarbage, SECRET))).status).toBe(400);
  });

  it('refuses a signed body over 512 KiB with 413', async () => {
    const raw = JSON.stringify(vacancy({ title: 'x'.repeat(600_000) }));
    expect((await post(raw, signedHeaders(raw, SECRET))).status).toBe(413);
  });

  it('a repeated delivery is a duplicate; the same externalId with other content answers 409 and changes nothing (F4.1)', async () => {
    const body = vacancy();
    const raw = JSON.stringify(body);
    const first = await post(raw, signedHeaders(raw, SECRET));
    expect(first).toMatchObject({ status: 202, body: { duplicate: false } });
    await h.connector.waitFor(4);
    h.connector.clear();
    const again = await post(raw, signedHeaders(raw, SECRET));
    expect(again).toMatchObject({ status: 202, body: { id: first.body.id, duplicate: true } });
    // The same content in another key order is the same report.
    const reordered = JSON.stringify(Object.fromEntries(Object.entries(body).reverse()));
    expect((await post(reordered, signedHeaders(reordered, SECRET))).status).toBe(202);
    const changed = JSON.stringify({ ...body, title: 'Seniorrådgiver' });
    const r = await post(changed, signedHeaders(changed, SECRET));
    expect(r.status).toBe(409);
    expect(r.body).toMatchObject({ id: first.body.id });
    expect(r.body.error).toMatch(/other content/);
    expect(h.connector.received).toHaveLength(0);
  });

  it.each([
    ['a zero-width space', 'HR-1\u200b'],
    ['a word joiner and a soft hyphen', '\u2060HR-\u00ad1'],
    ['a BOM', '\ufeffHR-1'],
  ])('normalises externalId: %s does not make another vacancy (F4.2)', async (_name, variant) => {
    const base = `norm-${Math.random().toString(36).slice(2)}`;
    const a = JSON.stringify(vacancy({ externalId: `${base}-HR-1` }));
    const first = await post(a, signedHeaders(a, SECRET));
    const b = JSON.stringify(vacancy({ externalId: `${base}-${variant}` }));
    const second = await post(b, signedHeaders(b, SECRET));
    expect(second).toMatchObject({ status: 202, body: { id: first.body.id, duplicate: true } });
  });

  it('normalises externalId to NFC: "Ø" composed and decomposed are one key', async () => {
    const base = `nfc-${Math.random().toString(36).slice(2)}`;
    const composed = JSON.stringify(vacancy({ externalId: `${base}-HR-\u00c5` }));
    const decomposed = JSON.stringify(vacancy({ externalId: `${base}-HR-A\u030a` }));
    const first = await post(composed, signedHeaders(composed, SECRET));
    const second = await post(decomposed, signedHeaders(decomposed, SECRET));
    expect(second).toMatchObject({ status: 202, body: { id: first.body.id, duplicate: true } });
  });

  it('an externalId of format characters only is a field error', async () => {
    const raw = JSON.stringify(vacancy({ externalId: '\u200b\u200b' }));
    const r = await post(raw, signedHeaders(raw, SECRET));
    expect(r.status).toBe(400);
    expect(JSON.stringify(r.body.details)).toContain('externalId');
  });
});
