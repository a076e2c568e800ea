import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/botHarness.js';

const API_KEY = 'assess-key-0123456789abcdef';

describe('POST /api/assess', () => {
  let open: Harness;
  let locked: Harness;
  beforeAll(async () => {
    open = await startHarness();
    locked = await startHarness({ API_KEY });
  });
  afterAll(async () => {
    await open?.close();
    await locked?.close();
  });
  const post = (h: Harness, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${h.bot.url}/api/assess`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

  it('assesses a good case', async () => {
    const res = await post(open, {
      sector: 'state',
      position: { permanent: false, durationMonths: 15, ground: 'temporary_work' },
      candidate: { disabilityNeedingAccommodation: true, temporaryWageSubsidy: true, reducedWorkCapacity: true },
    });
    expect(res.status).toBe(200);
    const r = (await res.json()) as any;
    expect(r.paths.find((p: any) => p.id === 'state.wage-subsidy-exemption').applies).toBe('yes');
    expect(r.measures.find((m: any) => m.id === 'nav.temporary-wage-subsidy').schedule[0]).toEqual({ fromMonth: 1, toMonth: 12, percent: 60 });
  });

  it('answers a bad case with 400 and the field errors', async () => {
    const res = await post(open, { sector: 'state', position: { permanent: false, durationMonths: 200 }, nickname: 'x' });
    expect(res.status).toBe(400);
    const body = (await res.json()) as any;
    expect(body.details.map((d: any) => d.path)).toEqual(expect.arrayContaining(['position.durationMonths', 'position.ground', 'nickname']));
  });

  it('answers malformed JSON with 400', async () => {
    expect((await post(open, '{"sector":')).status).toBe(400);
  });

  it('requires the API key when one is configured', async () => {
    const good = { sector: 'municipal', position: { permanent: true } };
    expect((await post(locked, good)).status).toBe(401);
    expect((await post(locked, good, { authorization: 'Bearer not-the-key-at-all' })).status).toBe(401);
    expect((await post(locked, good, { authorization: `Bearer ${API_KEY}` })).status).toBe(200);
  });
});
