/**
 * Refusals and edges (security probe F1.1, F1.2, F2.1, F5.1, F8.3, F8.4, F10.1): every refusal is
 * clean — a fixed body, the right status, one log line, nothing on stderr, nothing stored or sent.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, TENANT, USER, type Harness } from '../helpers/botHarness.js';
import { safeEqual } from '../../bot/routes/auth.js';
import { captureLog, recordStderr } from '../support/logCapture.js';
import { ISSUER, startKeyServer, type KeyServer } from '../support/botFrameworkKeys.js';
import { bundled } from '../support/processes.js';

const BOT_ID = '11111111-2222-3333-4444-555555555555';
const ROOT = path.resolve(import.meta.dirname, '../..');

/** A raw HTTP request, with full control of the headers (fetch will not send a foreign Host). */
function rawRequest(url: string, opts: { method?: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<{ status: number; body: string }> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: u.hostname, port: u.port, path: u.pathname + u.search, method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

describe('F1.1: every refused token answers 401 with a fixed body, one log line and nothing on stderr', () => {
  let keys: KeyServer;
  let h: Harness;
  const log = captureLog();
  const consoleCalls: unknown[][] = [];
  const originalError = console.error;
  const originalWarn = console.warn;

  beforeAll(async () => {
    // Installed before the bot's first token check, so the spies stand for the real console.
    console.error = (...a: unknown[]) => void consoleCalls.push(a);
    console.warn = (...a: unknown[]) => void consoleCalls.push(a);
    keys = await startKeyServer({ endorsements: ['msteams'] });
    h = await startHarness(
      { BOT_ID, BOT_PASSWORD: 'secret-secret-secret', BOT_TENANT_ID: TENANT, HOST: '127.0.0.1' },
      { log: { level: 'info', stream: log.stream }, botFrameworkEndpoints: keys.endpoints },
    );
  });
  afterAll(async () => {
    console.error = originalError;
    console.warn = originalWarn;
    await h?.close();
    await keys?.close();
  });

  const now = () => Math.floor(Date.now() / 1000);
  const claims = (over: Record<string, unknown> = {}) => ({ iss: ISSUER, aud: BOT_ID, serviceurl: h.connector.url, iat: now() - 60, nbf: now() - 60, exp: now() + 3600, ...over });
  const installation = () => h.activity({ type: 'installationUpdate', action: 'add' });

  const forged: Array<[string, () => string | undefined]> = [
    ['no token', () => undefined],
    ['garbage', () => 'Bearer abc.def.ghi'],
    ['alg none, issuer and audience right', () => `Bearer ${keys.token(claims(), { key: 'none' })}`],
    ['HS256 keyed with the public key (algorithm confusion)', () => `Bearer ${keys.token(claims(), { key: 'hs256-public' })}`],
    ['RS256 with its own key and an unknown kid', () => `Bearer ${keys.token(claims(), { key: 'other', header: { kid: 'unknown-kid' } })}`],
    ['RS256 with its own key and the real kid', () => `Bearer ${keys.token(claims(), { key: 'other' })}`],
    ['valid signature, wrong audience', () => `Bearer ${keys.token(claims({ aud: 'someone-else' }))}`],
    ['valid signature, expired an hour ago', () => `Bearer ${keys.token(claims({ iat: now() - 7200, nbf: now() - 7200, exp: now() - 3600 }))}`],
    ['valid signature, not valid for another hour', () => `Bearer ${keys.token(claims({ nbf: now() + 3600 }))}`],
    ['valid signature, wrong issuer', () => `Bearer ${keys.token(claims({ iss: 'https://evil.example' }))}`],
    ['valid signature, serviceurl claim for another service', () => `Bearer ${keys.token(claims({ serviceurl: 'https://evil.example/' }))}`],
    ['Basic scheme', () => 'Basic dXNlcjpwYXNz'],
  ];

  it.each(forged)('%s → 401, fixed body, one warn line, no console output, nothing sent', async (_name, header) => {
    log.clear();
    consoleCalls.splice(0);
    h.connector.clear();
    const auth = header();
    const { result: res, stderr } = await recordStderr(() => h.post(installation(), auth ? { authorization: auth } : {}));
    expect(res.status).toBe(401);
    expect(Object.keys(res.body)).toEqual(['error']);
    expect(res.body.error).toMatch(/^Unauthorized: this bot requires a (valid )?Bot Framework token$/);
    expect(consoleCalls, 'the token library printed to the console').toEqual([]);
    expect(stderr).toBe('');
    const refusals = log.lines().filter((l) => l.level === 40);
    expect(refusals).toHaveLength(1);
    expect(String(refusals[0].msg)).toMatch(/refused/);
    expect(JSON.stringify(refusals[0])).not.toMatch(/\n\s+at /);
    expect(h.connector.received).toHaveLength(0);
  });

  it('a token from Microsoft for another channel (key endorsed for msteams only) is refused with 401', async () => {
    const res = await h.post(h.activity({ type: 'installationUpdate', channelId: 'webchat' }), { authorization: `Bearer ${keys.token(claims())}` });
    expect(res.status).toBe(401);
  });

  it('control: a valid token is accepted', async () => {
    const res = await h.post(installation(), { authorization: `Bearer ${keys.token(claims())}` });
    expect(res.status).toBe(200);
  });

  it('a flood of forged tokens is logged at most 30 lines a minute', async () => {
    log.clear();
    await Promise.all(Array.from({ length: 60 }, () => h.post(installation(), { authorization: 'Bearer abc.def.ghi' })));
    expect(log.lines().filter((l) => l.level === 40).length).toBeLessThanOrEqual(30);
  });
});

describe('F1.2: only activities from Teams (and the emulator in local mode)', () => {
  let keys: KeyServer;
  let authed: Harness;
  let local: Harness;
  beforeAll(async () => {
    keys = await startKeyServer({ endorsements: ['msteams', 'webchat', 'directline', 'emulator'] });
    authed = await startHarness({ BOT_ID, BOT_PASSWORD: 'secret-secret-secret', BOT_TENANT_ID: TENANT, HOST: '127.0.0.1' }, { botFrameworkEndpoints: keys.endpoints });
    local = await startHarness();
  });
  afterAll(async () => {
    await authed?.close();
    await local?.close();
    await keys?.close();
  });

  it.each(['webchat', 'directline', 'emulator'])('with BOT_ID, a valid token for channel %s is refused with 403 and nothing is done', async (channelId) => {
    const t = Math.floor(Date.now() / 1000);
    const token = keys.token({ iss: ISSUER, aud: BOT_ID, serviceurl: authed.connector.url, iat: t - 60, nbf: t - 60, exp: t + 3600 });
    const res = await authed.post(authed.activity({ type: 'message', text: 'hjelp', channelId }), { authorization: `Bearer ${token}` });
    expect(res.status).toBe(403);
    expect(res.body).toEqual({ error: 'Only activities from Microsoft Teams are accepted' });
    expect(authed.connector.received).toHaveLength(0);
  });

  it.each(['webchat', 'directline', 'slack'])('in local mode, channel %s is refused with 403', async (channelId) => {
    local.connector.clear();
    const res = await local.post(local.activity({ type: 'message', text: 'hjelp', channelId }));
    expect(res.status).toBe(403);
    expect(local.connector.received).toHaveLength(0);
  });

  it('in local mode the Bot Framework Emulator is served', async () => {
    local.connector.clear();
    const res = await local.post(local.activity({ type: 'message', text: 'hjelp', channelId: 'emulator' }));
    expect(res.status).toBe(200);
    await local.connector.waitFor(1);
  });
});

describe('F2.1: vacancy ownership compares Entra object ids only', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ DEFAULT_SECTOR: 'state' });
  });
  afterAll(async () => h?.close());

  it("a user without an object id whose channel id equals the manager's object id cannot open the checklist", async () => {
    const formId = randomUUID();
    const submitted = await h.execute('vacancy.submit', {
      formId,
      title: 'Saksbehandler',
      unit: 'Økonomi',
      reason: 'resignation',
      permanence: 'permanent',
      startDate: '2027-01-04',
    });
    const vacancyId = JSON.stringify(submitted.body).match(/"vacancyId":"([^"]+)"/)?.[1];
    expect(vacancyId).toBeTruthy();
    h.connector.clear();
    const impostor = { id: USER.aadObjectId, name: 'Ikke lederen' } as unknown as typeof USER;
    const r = await h.execute('vacancy.show', { vacancyId }, impostor);
    expect(JSON.stringify(r.body)).not.toContain('Sjekkliste for inkludering');
    const [refusal] = await h.connector.waitFor(1);
    expect(refusal.body.text).toContain('tilhører en annen leder');
    const own = await h.execute('vacancy.show', { vacancyId });
    expect(JSON.stringify(own.body)).toContain('Sjekkliste for inkludering');
  });
});

describe('F10.1: in local mode a web page cannot drive the bot', () => {
  let h: Harness;
  const ADMIN = '00000000-0000-0000-0000-0000000000ad';
  const EVIL = '00000000-0000-0000-0000-00000000e411';
  beforeAll(async () => {
    h = await startHarness({ ADMIN_AAD_OBJECT_IDS: ADMIN });
  });
  afterAll(async () => h?.close());

  it('a form-encoded activity (a CORS "simple" request) is refused with 415; no grant, nothing sent', async () => {
    const body = new URLSearchParams({
      type: 'message',
      channelId: 'msteams',
      serviceUrl: h.connector.url,
      'conversation[id]': 'csrf-conv',
      'from[id]': 'u1',
      'from[aadObjectId]': ADMIN,
      'recipient[id]': 'bot',
      text: `gi hr-tilgang ${EVIL}`,
    }).toString();
    const res = await rawRequest(`${h.bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
      body,
    });
    expect([403, 415]).toContain(res.status);
    const plain = await rawRequest(`${h.bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
    expect(plain.status).toBe(415);
    await h.bot.store.flush();
    const file = path.join(h.dataDir, 'inkluderingsveilederen.json');
    expect(fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '').not.toContain(EVIL);
    expect(h.connector.received).toHaveLength(0);
  });

  it.each(['text/plain', 'multipart/form-data; boundary=x', 'application/octet-stream', 'text/csv'])('a %s body is refused with 415', async (type) => {
    const res = await rawRequest(`${h.bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': type },
      body: JSON.stringify(h.activity({ type: 'message', text: 'hjelp' })),
    });
    expect(res.status).toBe(415);
  });

  it('a JSON request with an Origin header is refused with 403', async () => {
    const res = await rawRequest(`${h.bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: JSON.stringify(h.activity({ type: 'message', text: 'hjelp' })),
    });
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body)).toEqual({ error: 'Requests from web pages are not accepted' });
  });

  it("a foreign Host (DNS rebinding) is refused on every route; this machine's names are served", async () => {
    const port = h.bot.port;
    expect((await rawRequest(`${h.bot.url}/healthz`, { headers: { host: 'evil.example' } })).status).toBe(403);
    expect((await rawRequest(`${h.bot.url}/healthz`, { headers: { host: `evil.example:${port}` } })).status).toBe(403);
    const msg = await rawRequest(`${h.bot.url}/api/messages`, {
      method: 'POST',
      headers: { host: `evil.example:${port}`, 'content-type': 'application/json' },
      body: JSON.stringify(h.activity({ type: 'message', text: 'hjelp' })),
    });
    expect(msg.status).toBe(403);
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`]) expect((await rawRequest(`${h.bot.url}/healthz`, { headers: { host } })).status).toBe(200);
    expect(h.connector.received).toHaveLength(0);
  });
});

describe('F5.1: API key comparison and the JSON APIs with BOT_ID but no API_KEY', () => {
  it('compares through fixed-length digests: different lengths are simply unequal', () => {
    expect(safeEqual('a'.repeat(32), 'a'.repeat(32))).toBe(true);
    expect(safeEqual('a'.repeat(32), 'a'.repeat(31))).toBe(false);
    expect(safeEqual('', 'x'.repeat(1000))).toBe(false);
    expect(safeEqual('api-key-0123456789', 'api-key-0123456780')).toBe(false);
  });

  const external = Object.values(os.networkInterfaces())
    .flat()
    .find((i) => i && !i.internal && i.family === 'IPv4')?.address;
  it.skipIf(!external)('POST /api/assess answers loopback callers only, and says why to others', async () => {
    const h = await startHarness({ BOT_ID, BOT_PASSWORD: 'secret-secret-secret', BOT_TENANT_ID: TENANT, HOST: '0.0.0.0' });
    try {
      const body = JSON.stringify({ sector: 'state', position: { permanent: true } });
      const fromHere = await rawRequest(`http://127.0.0.1:${h.bot.port}/api/assess`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(fromHere.status).not.toBe(403);
      const fromNetwork = await rawRequest(`http://${external}:${h.bot.port}/api/assess`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(fromNetwork.status).toBe(403);
      expect(JSON.parse(fromNetwork.body).error).toMatch(/API_KEY/);
    } finally {
      await h.close();
    }
  });
});

describe('F8.4: /healthz discloses no paths or OS errors', () => {
  it('answers degraded with only its status when the data folder is gone, and logs the reason', async () => {
    const log = captureLog();
    const h = await startHarness({}, { log: { level: 'info', stream: log.stream } });
    try {
      fs.rmSync(h.dataDir, { recursive: true, force: true });
      const res = await fetch(`${h.bot.url}/healthz`);
      expect(res.status).toBe(503);
      const text = await res.text();
      expect(JSON.parse(text)).toMatchObject({ status: 'degraded', storage: { readable: false } });
      expect(text).not.toContain(h.dataDir);
      expect(text).not.toMatch(/ENOENT|EROFS|EACCES/);
      expect(log.text()).toMatch(/ENOENT/);
    } finally {
      fs.mkdirSync(h.dataDir, { recursive: true });
      await h.close();
    }
  });
});

describe('F8.3: start-up problems give one clear line', () => {
  const botCommand = bundled('bot');
  const start = (env: Record<string, string>) =>
    spawnSync(botCommand.cmd, botCommand.args, {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', ...env },
      encoding: 'utf8',
      timeout: 30_000,
    });

  it('a DATA_DIR that cannot be written stops the start with one line and no stack trace', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'inkl-ro-')), 'not-a-folder');
    fs.writeFileSync(file, 'x');
    const r = start({ DATA_DIR: file });
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^DATA_DIR=.* cannot be used: .*\. Give the bot a folder it can write to\.$/);
    expect(r.stdout).not.toMatch(/listens on/);
  });

  it('a stale temp file is removed, and a pid file naming a live process that is not a bot does not block the start', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inkl-stale-'));
    const sleeper = spawn('sleep', ['30']);
    fs.writeFileSync(path.join(dir, 'bot.pid'), String(sleeper.pid));
    fs.writeFileSync(path.join(dir, '.inkluderingsveilederen.json.tmp'), 'half a write');
    const bot = spawn(botCommand.cmd, botCommand.args, { cwd: ROOT, env: { ...process.env, PORT: '0', DATA_DIR: dir, LOG_LEVEL: 'info' } });
    try {
      let out = '';
      // Until it says where it listens, or stops (the test's timeout covers neither happening).
      await new Promise<void>((resolve) => {
        bot.stdout.on('data', (c) => {
          out += c;
          if (/listens on/.test(out)) resolve();
        });
        bot.once('exit', () => resolve());
      });
      expect(out).toMatch(/listens on/);
      expect(fs.existsSync(path.join(dir, '.inkluderingsveilederen.json.tmp'))).toBe(false);
    } finally {
      bot.kill('SIGTERM');
      sleeper.kill('SIGTERM');
      await new Promise((r) => (bot.exitCode !== null ? r(null) : bot.once('exit', r)));
    }
  });
});
