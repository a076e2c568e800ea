/**
 * Bad input against the real server: malformed activities, unknown verbs, wrong types in card data,
 * very long texts. No crash, no 5xx for a client's mistake, /healthz still answers, and the data file
 * still parses and holds every record written before. FUZZ_RUNS sets the count (the full run in
 * `npm run bench -- --fuzz` uses 10,000; CI runs a short one).
 */
import { inTenant } from '../../dialogs/shared/tenant.js';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_FILE } from '../../bot/main.js';
import { startHarness, type Harness } from '../helpers/botHarness.js';
import { TENANT } from '../helpers/botHarness.js';
import { signedHeaders } from '../helpers/webhook.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const WEBHOOK_SECRET = 'fuzz-webhook-secret-0123456789';

const jsonValue = fc.jsonValue({ maxDepth: 3 });
const text = fc.oneof(
  fc.string({ maxLength: 50 }),
  fc.string({ minLength: 5000, maxLength: 30_000 }),
  fc.constantFrom('hjelp', 'ny stilling', 'meld ledig stilling', 'ubesvarte', '', '   ', '/x', '🙂'.repeat(100)),
);

describe('bad input does not break the bot', () => {
  let h: Harness;
  let before: unknown[];
  beforeAll(async () => {
    h = await startHarness({ WEBHOOK_SECRET });
    // Something written before the fuzzing, that must survive it.
    await inTenant(TENANT, () => h.bot.store.repo<{ id: string; v: number }>('canary').put({ id: 'c1', v: 42 }));
    before = await inTenant(TENANT, () => h.bot.store.repo('canary').find());
  });
  afterAll(async () => h?.close());

  it('survives arbitrary activities, verbs and card data', async () => {
    const activity = fc.record(
      {
        type: fc.oneof(fc.constantFrom('message', 'invoke', 'conversationUpdate', 'installationUpdate', 'event', 'typing', 'messageReaction'), fc.string({ maxLength: 20 })),
        text: fc.oneof(text, jsonValue),
        name: fc.oneof(fc.constant('adaptiveCard/action'), fc.string({ maxLength: 30 })),
        value: fc.oneof(
          fc.record({
            action: fc.record(
              {
                type: fc.oneof(fc.constant('Action.Execute'), fc.string()),
                verb: fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('guide.answer', 'guide.back', 'qa.feedback', 'hr.save', 'vacancy.tick', 'help.show'), jsonValue),
                data: fc.oneof(fc.dictionary(fc.string({ maxLength: 20 }), jsonValue), jsonValue),
              },
              { requiredKeys: [] },
            ),
          }),
          fc.dictionary(fc.string({ maxLength: 20 }), jsonValue),
          jsonValue,
        ),
        membersAdded: fc.oneof(fc.constant([{ id: '28:bot' }]), jsonValue),
        from: fc.oneof(
          fc.constant({ id: '29:fuzz', aadObjectId: '00000000-0000-0000-0000-0000000000f1' }),
          fc.record({ id: fc.string({ minLength: 1, maxLength: 30 }) }),
          jsonValue,
        ),
        conversation: fc.oneof(fc.constant({ id: 'a:fuzz', conversationType: 'personal' }), jsonValue),
      },
      { requiredKeys: ['type'] },
    );
    await fc.assert(
      fc.asyncProperty(activity, async (partial) => {
        const body = { ...h.activity({}), ...partial };
        const res = await fetch(`${h.bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
        await res.arrayBuffer();
        expect(res.status, `status ${res.status} for ${JSON.stringify(body).slice(0, 300)}`).toBeLessThan(500);
      }),
      { numRuns: RUNS },
    );
    expect((await fetch(`${h.bot.url}/healthz`)).status).toBe(200);
  });

  it('survives raw garbage bodies', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 2000 }),
          fc.uint8Array({ maxLength: 2000 }).map((a) => Buffer.from(a).toString('latin1')),
        ),
        async (raw) => {
          const res = await fetch(`${h.bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: raw });
          await res.arrayBuffer();
          expect(res.status).toBeLessThan(500);
        },
      ),
      { numRuns: Math.max(20, Math.floor(RUNS / 3)) },
    );
    const big = await fetch(`${h.bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'x'.repeat(2_000_000) }),
    });
    expect(big.status).toBe(413);
  });

  it('survives arbitrary cases at /api/assess and arbitrary vacancies at /api/vacancies', async () => {
    const near = fc.record(
      {
        externalId: fc.oneof(fc.string({ maxLength: 80 }), jsonValue),
        title: fc.oneof(fc.string({ maxLength: 200 }), jsonValue),
        unit: fc.oneof(fc.string({ maxLength: 200 }), jsonValue),
        reason: fc.oneof(fc.constantFrom('sick_leave', 'parental_leave', 'resignation', 'new_position', 'project'), jsonValue),
        permanent: fc.oneof(fc.boolean(), jsonValue),
        durationMonths: fc.oneof(fc.integer({ min: -5, max: 500 }), jsonValue),
        startDate: fc.oneof(fc.constant('2027-01-04'), fc.string({ maxLength: 12 })),
        managerAadObjectId: fc.oneof(fc.uuid(), fc.string({ maxLength: 40 })),
        sector: fc.oneof(fc.constantFrom('state', 'municipal'), jsonValue),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(near, jsonValue), fc.boolean(), async (body, signed) => {
        const raw = JSON.stringify(body) ?? 'null';
        const a = await fetch(`${h.bot.url}/api/assess`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: raw });
        await a.arrayBuffer();
        expect(a.status).toBeLessThan(500);
        const headers = signed ? signedHeaders(raw, WEBHOOK_SECRET) : { ...signedHeaders(raw, WEBHOOK_SECRET), 'x-signature': 'sha256=' + '0'.repeat(64) };
        const v = await fetch(`${h.bot.url}/api/vacancies`, { method: 'POST', headers, body: raw });
        await v.arrayBuffer();
        expect(v.status, raw.slice(0, 200)).toBeLessThan(500);
        if (!signed) expect(v.status).toBe(401);
      }),
      { numRuns: Math.max(30, Math.floor(RUNS / 2)) },
    );
  });

  it('keeps the data file parseable with every record written before', async () => {
    await h.bot.store.flush();
    const data = JSON.parse(fs.readFileSync(path.join(h.dataDir, DATA_FILE), 'utf8'));
    expect(data.tenants[TENANT].canary).toEqual(before);
    expect((await fetch(`${h.bot.url}/healthz`)).status).toBe(200);
  });
});
