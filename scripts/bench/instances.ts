/**
 * Two bots on one PostgreSQL database behind a small round-robin proxy on loopback, 10,000 mixed turns
 * (questions, help, the guide, checklist ticks on shared vacancies, questions sent to HR), then:
 * - duplicate reminders: both instances run the reminder job at the same moment, twice; every reminder
 *   beyond one per due vacancy is a duplicate (goal 0);
 * - lost writes: checklist ticks and "send to HR" counts that were acknowledged but are not in the
 *   database at the end (goal 0);
 * - HR edit to answer: an entry saved through one instance, asked on the other until it answers with it
 *   (goal ≤ 1 s).
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { parseConfig } from '../../bot/config.js';
import { createLogger } from '../../bot/logger.js';
import { startBot, type RunningBot } from '../../bot/main.js';
import { inTenant } from '../../dialogs/shared/tenant.js';
import { createTestDatabase } from '../../test/support/pgTest.js';
import { signedHeaders } from '../../test/helpers/webhook.js';
import { runLoad } from './load.js';
import { median } from './stats.js';

const TENANT = 'bench-tenant';
const SECRET = 'bench-webhook-secret-0123456789';
const ITEMS = ['temporary-need', 'contact-nav', 'clarify-expectations', 'proportionate-requirements', 'interview-duty', 'inform-internally', 'welcome-accommodation'];
/** The items the mix ticks: two stay open, so every vacancy is due a reminder afterwards. */
const TICKED = ITEMS.slice(0, 5);
const HR_QUESTIONS = [
  'Hvordan søker vi om mentortilskudd for en lærling?',
  'Kan vi kreve norskkunnskaper i en stilling?',
  'Hva gjør vi med sommervikarer?',
  'Hvem betaler tolk til intervjuet?',
  'Hvordan ansetter vi en praktikant?',
];
const QUESTIONS = [
  'Kan jeg ansette noen uten å lyse ut stillingen?',
  'hvor mye dekker NAV av lønna?',
  'Hva betyr hull i CV-en?',
  'Hva er inkluderingsdugnaden?',
  'Må jeg kalle inn søkere med nedsatt funksjonsevne til intervju?',
];

export interface InstancesResult {
  turns: number;
  errors: number;
  seconds: number;
  remindersDue: number;
  remindersSent: number;
  duplicateReminders: number;
  ticksAcknowledged: number;
  ticksLost: number;
  hrSendsAcknowledged: number;
  hrSendsLost: number;
  hrEditToAnswerMs: number[];
}

/** Counts what the bots send, keeping nothing but the reminders. */
async function countingConnector() {
  const reminders = new Map<string, number>();
  let received = 0;
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (d) => (raw += d));
    req.on('end', () => {
      received++;
      const conv = decodeURIComponent(/\/v3\/conversations\/([^/]+)/.exec(req.url ?? '')?.[1] ?? '');
      const m = /Påminnelse: [^«]*«([^»]+)»/.exec(raw);
      if (m) reminders.set(`${conv}|${m[1]}`, (reminders.get(`${conv}|${m[1]}`) ?? 0) + 1);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `a-${received}` }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    reminders,
    received: () => received,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** Round robin over the bots, one request each in turn, over keep-alive connections. */
async function roundRobin(targets: string[]) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  let next = 0;
  const server = http.createServer((req, res) => {
    const target = new URL(targets[next++ % targets.length]);
    // The bot's own Host, as a reverse proxy sends it (a local-mode bot refuses a Host that names another port).
    const headers = { ...req.headers, host: target.host };
    const up = http.request({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers, agent }, (r) => {
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    });
    up.on('error', (err) => {
      res.writeHead(502);
      res.end(String((err as NodeJS.ErrnoException).code ?? err.message));
    });
    req.pipe(up);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise<void>((r) => server.close(() => r())) };
}

export async function benchInstances(opts: { turns?: number; concurrency?: number } = {}): Promise<InstancesResult | undefined> {
  const db = await createTestDatabase('benchinstances');
  if (!db) return undefined;
  const turns = opts.turns ?? 10_000;
  const connector = await countingConnector();
  let t = Date.parse('2026-12-07T08:00:00Z'); // Monday 09:00 in Oslo
  const clock = { now: () => new Date(t) };
  const admin = { id: '29:admin', aadObjectId: '00000000-0000-0000-0000-0000000000ad', name: 'Admin' };
  const env = {
    PORT: '0',
    LOG_LEVEL: 'silent',
    DATABASE_URL: db.url,
    DATABASE_POOL_MAX: '8',
    DEFAULT_TENANT_ID: TENANT,
    WEBHOOK_SECRET: SECRET,
    ADMIN_AAD_OBJECT_IDS: admin.aadObjectId,
  };
  const dataDirs: string[] = [];
  const start = (n: number) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `inkl-bench-i${n}-`));
    dataDirs.push(dataDir);
    return startBot(parseConfig({ ...env, DATA_DIR: dataDir }), {
      logger: createLogger('silent'),
      clock,
      jobs: { pollingIntervalSeconds: 0.5, schedule: false },
    });
  };
  const bots: RunningBot[] = [];
  bots.push(await start(1), await start(2));
  // The proxy keeps connections open longer than Node's default 5 s: a bot must not close one it is about to reuse.
  for (const b of bots) (b.server as unknown as { server: http.Server }).server.keepAliveTimeout = 120_000;
  const proxy = await roundRobin(bots.map((b) => `${b.url}/api/messages`));
  const users = Array.from({ length: 200 }, (_, i) => ({ id: `29:u-${i}`, aadObjectId: `00000000-0000-0000-0000-${String(i).padStart(12, '0')}`, name: 'Bench' }));
  const activity = (u: (typeof users)[number], partial: Record<string, unknown>) => ({
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl: connector.url,
    conversation: { id: `a:bench-${u.id}`, conversationType: 'personal', tenantId: TENANT },
    channelData: { tenant: { id: TENANT } },
    from: u,
    recipient: { id: '28:bot', name: 'bot' },
    locale: 'nb-NO',
    ...partial,
  });
  const invoke = (u: (typeof users)[number], verb: string, data: Record<string, unknown>) =>
    activity(u, { type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb, data: { ...data, verb } }, trigger: 'manual' } });
  const postTo = async (url: string, body: unknown) => {
    const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { status: r.status, text: await r.text() };
  };

  try {
    // Every manager talks once (their references are stored), then 50 vacancies arrive by webhook.
    await runLoad({ url: `${proxy.url}/api/messages`, concurrency: 16, total: users.length, body: (i) => activity(users[i], { type: 'message', text: 'hjelp' }) });
    const vacancies: Array<{ id: string; manager: (typeof users)[number]; title: string }> = [];
    for (let v = 0; v < 50; v++) {
      const manager = users[v];
      const title = `Stilling ${v}`;
      const raw = JSON.stringify({
        externalId: `bench-${v}`,
        title,
        unit: 'Enhet',
        reason: 'resignation',
        permanent: true,
        startDate: '2027-01-04',
        managerAadObjectId: manager.aadObjectId,
        sector: 'state',
      });
      const r = await fetch(`${bots[v % 2].url}/api/vacancies`, { method: 'POST', headers: signedHeaders(raw, SECRET), body: raw });
      vacancies.push({ id: ((await r.json()) as { id: string }).id, manager, title });
    }

    // The mix. Ticks only ever tick (done: true), so every acknowledged tick must be in the database at the end.
    const acknowledgedTicks = new Set<string>();
    let hrSends = 0;
    const kinds: Array<(i: number) => { body: unknown; onOk?: (text: string) => void }> = [
      (i) => ({ body: activity(users[i % users.length], { type: 'message', text: QUESTIONS[i % QUESTIONS.length] }) }),
      (i) => ({ body: activity(users[i % users.length], { type: 'message', text: QUESTIONS[(i + 2) % QUESTIONS.length] }) }),
      (i) => ({ body: activity(users[i % users.length], { type: 'message', text: i % 3 ? 'hjelp' : 'ny stilling' }) }),
      (i) => ({ body: activity(users[i % users.length], { type: 'message', text: i % 2 ? 'staten' : 'avbryt' }) }),
      (i) => {
        const v = vacancies[i % vacancies.length];
        const item = TICKED[Math.floor(i / vacancies.length) % TICKED.length];
        return {
          body: invoke(v.manager, 'vacancy.tick', { vacancyId: v.id, item, done: true }),
          onOk: (text) => text.includes('application/vnd.microsoft.card.adaptive') && acknowledgedTicks.add(`${v.id}|${item}`),
        };
      },
      (i) => {
        const v = vacancies[(i * 7) % vacancies.length];
        const item = TICKED[i % TICKED.length];
        return {
          body: invoke(v.manager, 'vacancy.tick', { vacancyId: v.id, item, done: true }),
          onOk: (text) => text.includes('application/vnd.microsoft.card.adaptive') && acknowledgedTicks.add(`${v.id}|${item}`),
        };
      },
      (i) => ({ body: invoke(users[i % users.length], 'qa.sendToHr', { question: HR_QUESTIONS[i % HR_QUESTIONS.length] }), onOk: () => hrSends++ }),
      (i) => ({ body: activity(users[i % users.length], { type: 'message', text: QUESTIONS[(i + 4) % QUESTIONS.length] }) }),
    ];
    const t0 = performance.now();
    let errors = 0;
    let issued = 0;
    const worker = async () => {
      while (issued < turns) {
        const i = issued++;
        const { body, onOk } = kinds[i % kinds.length](i);
        const r = await postTo(`${proxy.url}/api/messages`, body).catch(() => ({ status: 0, text: '' }));
        if (r.status !== 200) {
          errors++;
          if (errors <= 3)
            console.error(
              `  two instances: turn ${i} (${JSON.stringify((body as { text?: string; value?: { action?: { verb?: string } } }).text ?? (body as { value?: { action?: { verb?: string } } }).value?.action?.verb)}) answered ${r.status}: ${r.text.slice(0, 200)}`,
            );
        } else onOk?.(r.text);
      }
    };
    await Promise.all(Array.from({ length: opts.concurrency ?? 16 }, worker));
    const seconds = (performance.now() - t0) / 1000;

    // Lost writes.
    const stored = await inTenant(TENANT, () => bots[0].store.repo<{ id: string; checked: string[] }>('vacancies').find());
    const storedTicks = new Set(stored.flatMap((v) => v.checked.map((item) => `${v.id}|${item}`)));
    const ticksLost = [...acknowledgedTicks].filter((k) => !storedTicks.has(k)).length;
    const counted = (await inTenant(TENANT, () => bots[1].store.repo<{ id: string; count: number }>('unanswered').find())).reduce((s, q) => s + q.count, 0);

    // Duplicate reminders: a week later (a Monday), both instances run the job at the same moment, twice.
    t += 7 * 86_400_000;
    const due = stored.filter((v) => v.checked.length < ITEMS.length).length;
    await Promise.all([bots[0].jobs.runNow('reminders'), bots[1].jobs.runNow('reminders')]);
    await new Promise((r) => setTimeout(r, 1_500));
    await Promise.all([bots[0].jobs.runNow('reminders'), bots[1].jobs.runNow('reminders')]);
    let last = -1;
    const sum = () => [...connector.reminders.values()].reduce((a, b) => a + b, 0);
    for (let quiet = 0; quiet < 6;) {
      await new Promise((r) => setTimeout(r, 500));
      if (sum() === last) quiet++;
      else {
        quiet = 0;
        last = sum();
      }
    }
    const remindersSent = sum();

    // HR edit on instance 1, answered on instance 2.
    const probe = await probeConnector();
    await postTo(`${bots[0].url}/api/messages`, activity(admin, { type: 'message', text: `gi hr-tilgang ${admin.aadObjectId}` }));
    const editToAnswer: number[] = [];
    for (let k = 0; k < 5; k++) {
      const q = `Hvordan bestiller vi arbeidsbriller til ansatt nummer ${k} i prøvefabrikken?`;
      await postTo(`${bots[1].url}/api/messages`, activity(users[k], { type: 'message', text: q })); // the index is built there
      const saved = await postTo(
        `${bots[0].url}/api/messages`,
        invoke(admin, 'hr.save', {
          mode: 'new',
          title: `Arbeidsbriller i prøvefabrikken ${k}`,
          questions: q,
          answer: `Prøvefabrikken ${k} bestiller briller gjennom verneombudet. Neste steg: send skjemaet.`,
          sector: 'both',
          sources: 'lov arbeidsmiljøloven | § 4-4',
          tags: 'briller',
        }),
      );
      if (saved.status !== 200) throw new Error(`HR save failed: ${saved.status}`);
      const started = performance.now();
      while (!(await probe.answers(bots[1], users[k], q, `Prøvefabrikken ${k} bestiller briller`))) {
        if (performance.now() - started > 10_000) throw new Error('the HR edit never reached the other instance');
        await new Promise((r) => setTimeout(r, 10));
      }
      editToAnswer.push(performance.now() - started);
    }
    await probe.close();

    return {
      turns,
      errors,
      seconds,
      remindersDue: due,
      remindersSent,
      duplicateReminders: remindersSent - connector.reminders.size,
      ticksAcknowledged: acknowledgedTicks.size,
      ticksLost,
      hrSendsAcknowledged: hrSends,
      hrSendsLost: hrSends - counted,
      hrEditToAnswerMs: editToAnswer,
    };
  } finally {
    await proxy.close();
    await Promise.all(bots.map((b) => b.close()));
    await connector.close();
    await db.drop();
    for (const dir of dataDirs) fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Asks one instance a question through a connector of its own, and tells whether the answer contains `expected`. */
async function probeConnector() {
  const bodies = new Map<string, string>();
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      const conv = decodeURIComponent(/\/v3\/conversations\/([^/]+)/.exec(req.url ?? '')?.[1] ?? '');
      bodies.set(conv, (bodies.get(conv) ?? '') + body);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"id":"x"}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    async answers(bot: RunningBot, u: { id: string; aadObjectId: string; name: string }, q: string, expected: string): Promise<boolean> {
      const conv = `a:probe-${randomUUID()}`;
      await fetch(`${bot.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          id: randomUUID(),
          channelId: 'msteams',
          serviceUrl: url,
          conversation: { id: conv, conversationType: 'personal', tenantId: TENANT },
          channelData: { tenant: { id: TENANT } },
          from: u,
          recipient: { id: '28:bot', name: 'bot' },
          type: 'message',
          text: q,
        }),
      });
      const got = bodies.get(conv) ?? '';
      bodies.delete(conv);
      return got.includes(expected);
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

export const summarizeEditTimes = (ms: number[]) => ({ median: median(ms), max: Math.max(...ms) });
