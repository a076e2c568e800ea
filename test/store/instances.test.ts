/**
 * Several instances on one PostgreSQL database: a due reminder goes out once, an HR edit on one instance
 * answers on the other within a second, a lost change feed resyncs, and one vacancy key is stored once.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../bot/logger.js';
import { openPgStore, type PgStore } from '../../bot/storage/pgStore.js';
import type { StoreChange } from '../../bot/storage/types.js';
import { inTenant } from '../../dialogs/shared/tenant.js';
import { fakeNotifier, MANAGER, setup } from '../support/vacancyHarness.js';
import { startHarness, TENANT, type Harness } from '../helpers/botHarness.js';
import { createTestDatabase, type TestDatabase } from '../support/pgTest.js';
import { tenantClient, user } from '../support/tenantClient.js';
import { signedHeaders } from '../helpers/webhook.js';

const db: TestDatabase | undefined = await createTestDatabase('instances');

/** Asks `sql` (a count) every 20 ms until it is `want`, or fails after `ms`: waiting for a state, not for a time. */
async function until(url: string, sql: string, params: unknown[], want: (n: number) => boolean, what: string, ms = 15_000): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const end = Date.now() + ms;
    for (;;) {
      const n = Number((await c.query(sql, params)).rows[0].n);
      if (want(n)) return;
      if (Date.now() > end) throw new Error(`${what}: still ${n} after ${ms} ms`);
      await new Promise((r) => setTimeout(r, 20));
    }
  } finally {
    await c.end();
  }
}
const logger = createLogger('silent');
const SECRET = 'webhook-secret-for-two-instances';
const ADMIN = user('ad', 9);
afterAll(() => db?.drop());

describe.skipIf(!db)('two instances on one PostgreSQL database', () => {
  let one: Harness;
  let two: Harness;
  let t = Date.parse('2026-12-07T08:00:00Z'); // a Monday, 09:00 in Oslo
  const clock = { now: () => new Date(t) };

  beforeAll(async () => {
    const env = { DATABASE_URL: db!.url, DATABASE_POOL_MAX: '4', WEBHOOK_SECRET: SECRET, ADMIN_AAD_OBJECT_IDS: ADMIN.aadObjectId };
    // Started together: the second waits for the first's migrations, then finds them done.
    [one, two] = await Promise.all([
      startHarness(env, { clock, jobs: { pollingIntervalSeconds: 0.5, schedule: false } }),
      startHarness(env, { clock, jobs: { pollingIntervalSeconds: 0.5, schedule: false } }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([one?.close(), two?.close()]);
  });

  it('sends a due reminder once when both instances run the reminder job at the same moment', async () => {
    const manager = user('m', 1);
    await tenantClient(one, TENANT, manager, 'a:personal-reminder').say('hei');
    const raw = JSON.stringify({
      externalId: 'ext-remind',
      title: 'Stilling som minnes',
      unit: 'Enhet',
      reason: 'resignation',
      permanent: true,
      startDate: '2027-01-04',
      managerAadObjectId: manager.aadObjectId,
      sector: 'state',
    });
    // Reported through the other instance: it reaches the manager with the reference the first one stored.
    expect((await fetch(`${two.bot.url}/api/vacancies`, { method: 'POST', headers: signedHeaders(raw, SECRET), body: raw })).status).toBe(202);
    const reminders = () => one.connector.received.filter((r) => r.conversationId === 'a:personal-reminder' && String(r.body.text ?? '').includes('Påminnelse'));
    await one.connector.waitFor(1);
    t += 5 * 86_400_000; // Saturday: no reminders on a weekend
    t += 2 * 86_400_000; // Monday, five working days after delivery
    await Promise.all([one.bot.jobs.runNow('reminders'), two.bot.jobs.runNow('reminders'), one.bot.jobs.runNow('reminders'), two.bot.jobs.runNow('reminders')]);
    // Every tick fans out to tenant jobs before it completes, and a tenant job completes after its sends:
    // once no job of either queue waits or runs, and a tenant job ran, everything these ticks send has arrived.
    const jobs = (states: string) => `select count(*) as n from pgboss.job where name = any($1) and state::text = any('{${states}}')`;
    await until(db!.url, jobs('completed'), [['reminders.tenant']], (n) => n > 0, 'a tenant reminder job to complete');
    await until(db!.url, jobs('created,retry,active'), [['reminders', 'reminders.tenant']], (n) => n === 0, 'reminder jobs waiting or running');
    expect(reminders()).toHaveLength(1);
    const [v] = await inTenant(TENANT, () => one.bot.store.repo<{ id: string; remindersSent: number }>('vacancies').find());
    expect(v.remindersSent).toBe(1);
  });

  it('answers on the second instance with what HR saved on the first, with no restart', async () => {
    await tenantClient(one, TENANT, ADMIN).say(`gi hr-tilgang ${ADMIN.aadObjectId}`);
    const asker = tenantClient(two, TENANT, user('m', 2));
    const question = 'Hvordan melder vi fra om en stilling til Oppdal kraftverk?';
    expect((await asker.say(question)).text).not.toContain('Oppdal kraftverk har egen rutine'); // the second instance's index is built now
    const saved = await tenantClient(one, TENANT, ADMIN).press('hr.save', {
      mode: 'new',
      title: 'Melde stilling til Oppdal kraftverk',
      questions: question,
      answer: 'Oppdal kraftverk har egen rutine: send stillingen til personalkontoret først. Neste steg: ring dem.',
      sector: 'both',
      sources: 'lov arbeidsmiljøloven | § 14-1',
      tags: 'oppdal',
    });
    expect(saved.text).toContain('Oppdal kraftverk');
    const started = performance.now();
    let answered = false;
    while (!answered && performance.now() - started < 5_000) answered = (await asker.say(question)).text.includes('Oppdal kraftverk har egen rutine');

    expect(answered).toBe(true);
    // How long this takes is a figure for `npm run bench` (goal ≤ 1 s), not a test: here it only has to arrive with no restart.
  });

  it('stores one vacancy when the same external id reaches both instances at the same moment', async () => {
    const raw = JSON.stringify({
      externalId: 'ext-race',
      title: 'Kappløp',
      unit: 'Enhet',
      reason: 'resignation',
      permanent: true,
      startDate: '2027-01-04',
      managerAadObjectId: MANAGER,
      sector: 'state',
    });
    const post = (h: Harness) =>
      fetch(`${h.bot.url}/api/vacancies`, { method: 'POST', headers: signedHeaders(raw, SECRET), body: raw }).then((r) => r.json() as Promise<{ id: string; duplicate: boolean }>);
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => post(i % 2 ? one : two)));
    expect(new Set(answers.map((a) => a.id)).size).toBe(1);
    expect(answers.filter((a) => !a.duplicate)).toHaveLength(1);
    const all = await inTenant(TENANT, () => one.bot.store.repo<{ id: string; externalId?: string }>('vacancies').find());
    expect(all.filter((v) => v.externalId === 'ext-race')).toHaveLength(1);
  });
});

describe.skipIf(!db)('reminders claimed across processes', () => {
  it('sends one reminder when two services on two connections run reminders at once, ten times over', async () => {
    const fresh = await createTestDatabase('claims');
    const stores: PgStore[] = [await openPgStore({ url: fresh!.url, logger, poolMax: 4 }), await openPgStore({ url: fresh!.url, logger, poolMax: 4 })];
    try {
      const notifier = fakeNotifier(new Set([MANAGER]));
      const [a, b] = await inTenant('t', async () => Promise.all(stores.map((store) => setup({ store, notifier, known: [MANAGER] }))));
      b.clock.set('2025-03-03T08:00:00Z');
      await inTenant('t', async () => {
        const r = await a.service.reportFromSystem({
          externalId: 'e1',
          title: 'Saksbehandler',
          unit: 'U',
          reason: 'resignation',
          permanent: true,
          startDate: '2025-04-01',
          managerAadObjectId: MANAGER,
          sector: 'state',
        });
        expect(r.status).toBe(202);
      });
      const remindersSent = () => notifier.calls.filter((c) => c.messages.some((m) => m.type === 'text' && m.text.includes('Påminnelse'))).length;
      // Ten working days, each with both services racing.
      for (let day = 0; day < 10; day++) {
        const at = new Date(Date.parse('2025-03-06T09:00:00Z') + day * 86_400_000).toISOString();
        a.clock.set(at);
        b.clock.set(at);
        await inTenant('t', () => Promise.all([a.service.runReminders(), b.service.runReminders(), a.service.runReminders(), b.service.runReminders()]));
      }
      // Working days from Thursday 6 March to Saturday 15 March, three working days after delivery on Monday 3 March: 6, 7, 10, 11, 12, 13, 14.
      expect(remindersSent()).toBe(7);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
      await fresh?.drop();
    }
  });
});

describe.skipIf(!db)('the change feed', () => {
  // Unique per run: another test run on the same server must not count as, or be cut as, one of these.
  const FEED_A = `feed-a-${process.pid}`;
  const FEED_B = `feed-b-${process.pid}`;
  it("reports another instance's change to a watched repo, not its own, and a resync after the connection was lost", async () => {
    const url = db!.url;
    const [a, b] = await Promise.all([
      openPgStore({ url, logger, poolMax: 2, watchRepos: ['entryOverlays'], applicationName: FEED_A }),
      openPgStore({ url, logger, poolMax: 2, watchRepos: ['entryOverlays'], applicationName: FEED_B }),
    ]);
    const seenA: Array<StoreChange | { resync: true }> = [];
    const seenB: Array<StoreChange | { resync: true }> = [];
    a.onChange((c) => seenA.push(c));
    b.onChange((c) => seenB.push(c));
    // A feed announces a resync whenever it had to connect again (its first connection refused, say), so
    // the changes are compared apart from resyncs, and the resync the kill causes is counted, not looked for.
    const changes = (seen: Array<StoreChange | { resync: true }>) => seen.filter((c) => 'repo' in c);
    const resyncs = () => seenB.filter((c) => 'resync' in c).length;
    const waitFor = async (cond: () => boolean, ms = 5_000) => {
      const end = Date.now() + ms;
      while (!cond() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
      return cond();
    };
    try {
      // Both listening: each feed's own connection has run its LISTEN.
      await until(
        db!.adminUrl,
        "select count(*) as n from pg_stat_activity where application_name in ($1, $2) and state = 'idle' and query ilike 'listen %'",
        [`${FEED_A} (changes)`, `${FEED_B} (changes)`],
        (n) => n === 2,
        'change feeds listening',
      );
      await inTenant('tenant-z', () => a.repo('entryOverlays').put({ id: 'e1' }));
      await inTenant('tenant-z', () => a.repo('unwatched').put({ id: 'u1' }));
      expect(await waitFor(() => changes(seenB).length > 0)).toBe(true);
      expect(changes(seenB)).toEqual([{ tenant: 'tenant-z', repo: 'entryOverlays', id: 'e1' }]);
      expect(changes(seenA)).toEqual([]);
      const resyncsBefore = resyncs();
      // Cut b's listening connection from the server side, as a failover or a network blip would.
      const admin = new pg.Client({ connectionString: db!.adminUrl });
      await admin.connect();
      const killed = await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1', [`${FEED_B} (changes)`]);
      await admin.end();
      expect(killed.rowCount).toBe(1);
      expect(await waitFor(() => resyncs() > resyncsBefore)).toBe(true);
      // Listening again: the next change arrives as before.
      await inTenant('tenant-z', () => a.repo('entryOverlays').put({ id: 'e2' }));
      expect(await waitFor(() => changes(seenB).length === 2)).toBe(true);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
