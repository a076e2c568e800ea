/**
 * Limits (security probe F7.1, F7.2, F7.3, F7.5): bodies are bounded before they are inflated or
 * parsed, and before any token check; multipart never reaches the temp folder; no pattern on user
 * input is worse than linear; a refused request cannot grow the data file.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, TENANT, USER, type Harness } from '../helpers/botHarness.js';

const BOT_ID = '11111111-2222-3333-4444-555555555555';
const API_KEY = 'api-key-for-tests-0123456789';
const SECRET = 'webhook-secret-for-tests-0123456789';
const ROUTES = ['/api/messages', '/api/vacancies', '/api/assess'] as const;

function rawPost(url: string, headers: Record<string, string>, body: Buffer | string | ((req: http.ClientRequest) => void)): Promise<{ status: number; body: string }> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: u.hostname, port: u.port, path: u.pathname, method: 'POST', headers }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    // The server may answer and close before the whole body is sent: that is the point.
    req.on('error', (e: NodeJS.ErrnoException) => (e.code === 'EPIPE' || e.code === 'ECONNRESET' ? undefined : reject(e)));
    if (typeof body === 'function') body(req);
    else req.end(body);
  });
}

describe('F7.1 / F7.2: compressed and multipart bodies, before any token check (BOT_ID set)', () => {
  let h: Harness;
  let tmp: string;
  const originalTmp = process.env.TMPDIR;
  beforeAll(async () => {
    h = await startHarness({ BOT_ID, BOT_PASSWORD: 'secret-secret-secret', BOT_TENANT_ID: TENANT, HOST: '127.0.0.1', API_KEY, WEBHOOK_SECRET: SECRET });
    // From here on, anything a body parser would spool to the temp folder lands in this empty folder.
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'inkl-tmpdir-'));
    process.env.TMPDIR = tmp;
  });
  afterAll(async () => {
    if (originalTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = originalTmp;
    await h?.close();
  });

  // 20 MB of JSON text in about 20 KB of gzip: inflating it is what must not happen.
  const bomb = zlib.gzipSync(Buffer.from(JSON.stringify({ type: 'message', text: 'a'.repeat(20_000_000) })));

  it.each(ROUTES)('%s refuses a gzip body with 415 without inflating it', async (route) => {
    const rssBefore = process.memoryUsage().rss;
    const res = await rawPost(`${h.bot.url}${route}`, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': String(bomb.length) }, bomb);
    expect(res.status).toBe(415);
    expect(JSON.parse(res.body).error).toMatch(/Compressed bodies are not accepted/);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(15_000_000);
  });

  it.each(['deflate', 'br', 'gzip, identity', 'x-unknown'])('refuses content-encoding %s with 415', async (encoding) => {
    const res = await rawPost(`${h.bot.url}/api/messages`, { 'content-type': 'application/json', 'content-encoding': encoding }, '{}');
    expect(res.status).toBe(415);
  });

  it.each(ROUTES)('%s refuses a multipart upload with 415 and writes nothing to the temp folder', async (route) => {
    const boundary = 'x-boundary-123';
    const part = Buffer.concat([
      Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="big.bin"\r\ncontent-type: application/octet-stream\r\n\r\n`),
      Buffer.alloc(5_000_000, 1),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const res = await rawPost(`${h.bot.url}${route}`, { 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(part.length) }, part);
    expect(res.status).toBe(415);
    expect(fs.readdirSync(tmp)).toEqual([]);
  });

  it('the process is still up and healthy afterwards', async () => {
    expect((await fetch(`${h.bot.url}/healthz`)).status).toBe(200);
  });

  it('an oversized JSON body is refused with 413 before the token is checked, also without content-length', async () => {
    const big = JSON.stringify({ type: 'message', text: 'a'.repeat(600_000) });
    const declared = await rawPost(
      `${h.bot.url}/api/messages`,
      { 'content-type': 'application/json', authorization: 'Bearer abc.def.ghi', 'content-length': String(Buffer.byteLength(big)) },
      big,
    );
    expect(declared.status).toBe(413);
    const chunked = await rawPost(`${h.bot.url}/api/messages`, { 'content-type': 'application/json', authorization: 'Bearer abc.def.ghi' }, (req) => {
      for (let i = 0; i < 12; i++) req.write('a'.repeat(64 * 1024));
      req.end();
    });
    expect(chunked.status).toBe(413);
  });

  it('a route with its own credentials refuses before reading the body at all', async () => {
    const big = JSON.stringify({ x: 'a'.repeat(600_000) });
    // Wrong key on /api/assess, no signature headers on /api/vacancies: 401, not 413.
    expect((await rawPost(`${h.bot.url}/api/assess`, { 'content-type': 'application/json', authorization: 'Bearer wrong-key-0123456789' }, big)).status).toBe(401);
    expect((await rawPost(`${h.bot.url}/api/vacancies`, { 'content-type': 'application/json' }, big)).status).toBe(401);
    expect((await rawPost(`${h.bot.url}/api/messages`, { 'content-type': 'application/json' }, big)).status).toBe(401);
  });
});

describe('F7.3: no pattern on user input is worse than linear (28 KB messages)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ DEFAULT_SECTOR: 'state' });
  });
  afterAll(async () => h?.close());

  /**
   * The CPU time of the cheapest of three turns, in ms. The bot runs in this process, so its CPU time is
   * the turn's work: unlike the time on the clock, it does not grow while other programs use the machine.
   */
  async function turnMs(text: string, conversationId?: string): Promise<number> {
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const before = process.cpuUsage();
      const res = await h.message(text, USER, conversationId);
      const used = process.cpuUsage(before);
      times.push((used.user + used.system) / 1000);
      expect(res.status).toBe(200);
    }
    return Math.min(...times);
  }

  const inputs: Array<[string, string]> = [
    ['dots then x (the probe: 1.2 s)', `${'.'.repeat(27_999)}x`],
    ['exclamation marks then x', `${'!'.repeat(27_999)}x`],
    ['question marks then x', `${'?'.repeat(27_999)}x`],
    ['space-tab pairs then x', `${' \t'.repeat(13_999)}x`],
    ['dashes between spaces', ' - '.repeat(9_333)],
    ['a command word and a long argument', `rediger ${'a'.repeat(27_990)}`],
    ['a command with a long search', `oppføringer ${'a '.repeat(13_990)}`],
    ['slashes then a word', `${'/'.repeat(27_995)}hjelp`],
    ['markdown link openers', '](['.repeat(9_333)],
    ['dotted words', 'a.'.repeat(14_000)],
  ];

  it('every adversarial message costs about what a plain 28 KB message costs, outside and inside the guide', async () => {
    const baseline = await turnMs('a'.repeat(28_000));
    const guideConversation = 'a:personal-guide-timing';
    await h.message('ny stilling', USER, guideConversation);
    const report: string[] = [];
    for (const [name, text] of inputs) {
      const outside = await turnMs(text);
      const inGuide = await turnMs(text, guideConversation);
      report.push(`${name}: ${outside.toFixed(0)} ms / in the guide ${inGuide.toFixed(0)} ms (baseline ${baseline.toFixed(0)} ms)`);
      // Linear work stays within a small factor of the baseline; the quadratic patterns were 25× slower.
      expect(outside, report.join('\n')).toBeLessThan(baseline * 4 + 150);
      expect(inGuide, report.join('\n')).toBeLessThan(baseline * 4 + 150);
    }
  });
});

describe('F7.5: a refused request cannot grow the data file', () => {
  let h: Harness;
  const HR_ADMIN = '00000000-0000-0000-0000-0000000000ad';
  beforeAll(async () => {
    h = await startHarness({ ADMIN_AAD_OBJECT_IDS: HR_ADMIN });
    await h.message('hjelp'); // the data file exists (a conversation reference)
  });
  afterAll(async () => h?.close());

  const fileSize = async () => {
    await h.bot.store.flush();
    return fs.statSync(path.join(h.dataDir, 'inkluderingsveilederen.json')).size;
  };
  const auditOf = async (actor: string) => {
    await h.bot.store.flush();
    const data = JSON.parse(fs.readFileSync(path.join(h.dataDir, 'inkluderingsveilederen.json'), 'utf8'));
    return (Object.values(data.tenants ?? {}) as Array<Record<string, unknown[]>>)
      .flatMap((t) => (t.audit ?? []) as Array<Record<string, unknown>>)
      .filter((a) => a.actor === actor);
  };

  it('200 forged clicks with a 500,000-character id add a few hundred bytes, not 95 MB', async () => {
    const before = await fileSize();
    const huge = 'x'.repeat(500_000);
    for (let i = 0; i < 20; i++) {
      await Promise.all(
        [
          h.execute('hr.save', { mode: 'new', id: huge, title: 't' }),
          h.execute('hr.retire', { id: huge }),
          h.execute('hr.restore', { id: huge }),
          h.execute('hr.edit', { id: huge }),
          h.execute('hr.revoke', { target: huge }),
        ].concat(Array.from({ length: 5 }, () => h.message(`rediger ${'y'.repeat(27_990)}`))),
      );
    }
    const growth = (await fileSize()) - before;
    expect(growth).toBeLessThan(5_000);
    const events = await auditOf(USER.aadObjectId);
    expect(events.length).toBeGreaterThan(0);
    expect(events.length).toBeLessThanOrEqual(10);
    for (const e of events) {
      expect(Object.keys(e).sort()).toEqual(expect.arrayContaining(['action', 'actor', 'at', 'id', 'outcome']));
      expect(Object.keys(e).every((k) => ['action', 'actor', 'at', 'id', 'outcome', 'target', 'detail', 'repeats', 'rev'].includes(k))).toBe(true);
      expect(String(e.target ?? '').length).toBeLessThanOrEqual(100);
      expect(e.outcome).toBe('denied');
    }
    const refusals = events.reduce((n, e) => n + 1 + Number(e.repeats ?? 0), 0);
    expect(refusals).toBe(100);
  });
});
