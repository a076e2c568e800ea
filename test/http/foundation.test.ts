import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardsOf, startHarness, type Harness } from '../helpers/botHarness.js';
import { expectValidCard } from '../helpers/cards.js';

describe('the bot over HTTP, as Teams talks to it', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());

  it('answers /healthz with status, version and storage', async () => {
    const res = await fetch(`${h.bot.url}/healthz`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status: 'ok', mode: 'local', storage: { readable: true } });
    expect(String(body.version)).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('sends a welcome card when the bot is added to a conversation', async () => {
    h.connector.clear();
    const res = await h.post(h.activity({ type: 'conversationUpdate', membersAdded: [{ id: '28:bot' }] }));
    expect(res.status).toBe(200);
    const got = await h.connector.waitFor(1);
    const [card] = cardsOf(got);
    expect(JSON.stringify(card)).toContain('Velkommen til Inkluderingsveilederen');
    expectValidCard(card as never);
  });

  it.each(['hjelp', 'Help', '?', '  HJELP  '])('shows the help card for %j', async (text) => {
    h.connector.clear();
    const res = await h.message(text);
    expect(res.status).toBe(200);
    const [card] = cardsOf(await h.connector.waitFor(1));
    expect(JSON.stringify(card)).toContain('Dette kan jeg hjelpe deg med');
    expectValidCard(card as never);
  });

  it('answers an unknown card verb with a friendly card, not a crash', async () => {
    h.connector.clear();
    const res = await h.execute('nonexistent.verb', { x: 1 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ statusCode: 200 });
    const [card] = cardsOf(await h.connector.waitFor(1));
    expect(JSON.stringify(card)).toContain('Den knappen kjenner jeg ikke igjen');
    expectValidCard(card as never);
  });

  it('answers an unknown /command politely', async () => {
    h.connector.clear();
    await h.message('/tullball');
    const [reply] = await h.connector.waitFor(1);
    expect(reply.body.text).toContain('Jeg kjenner ikke kommandoen «/tullball»');
  });

  it.each([
    ['not JSON', '{"type": "message",', 400],
    ['a JSON array', '[1,2]', 400],
    ['an activity without conversation', JSON.stringify({ type: 'message', channelId: 'msteams', serviceUrl: 'http://x', from: { id: 'u' } }), 400],
    ['a number where text goes', JSON.stringify({ type: 'message', text: 42, channelId: 'msteams', serviceUrl: 'http://x', from: { id: 'u' }, conversation: { id: 'c' } }), 400],
  ])('rejects %s with 400 and keeps running', async (_name, body, status) => {
    const res = await fetch(`${h.bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(res.status).toBe(status);
    expect(await res.json()).toHaveProperty('error');
    expect((await fetch(`${h.bot.url}/healthz`)).status).toBe(200);
  });
});

describe('authentication', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ BOT_ID: '11111111-2222-3333-4444-555555555555', BOT_PASSWORD: 'secret-secret', BOT_TENANT_ID: 'tenant-1', HOST: '127.0.0.1' });
  });
  afterAll(async () => h?.close());

  it('refuses an unsigned activity with 401 when BOT_ID is set', async () => {
    const res = await h.message('hjelp');
    expect(res.status).toBe(401);
    expect(h.connector.received).toHaveLength(0);
  });

  it('refuses a forged token with 401', async () => {
    const res = await h.post(h.activity({ type: 'message', text: 'hjelp' }), { authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJhdWQiOiJ4In0.' });
    expect(res.status).toBe(401);
    expect(h.connector.received).toHaveLength(0);
  });
});
