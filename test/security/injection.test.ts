/**
 * Injection (security probe F4.4, F6.1-F6.3): every string a user or another system supplies reaches a
 * card or message only through the one escaping function; HR's answer text keeps its limited markdown
 * (https links only). The probe's payloads for each field, over HTTP against the real bot.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeText, safeMarkdown } from '../../dialogs/shared/escape.js';
import { importFaq } from '../../dialogs/hr/faqTransfer.js';
import { loadCuratedEntries } from '../../knowledge/index.js';
import { openJsonStore } from '../../bot/storage/jsonStore.js';
import { inTenant } from '../../dialogs/shared/tenant.js';
import { cardsOf, press, startHarness, TENANT, USER, type Harness } from '../helpers/botHarness.js';
import { signedHeaders } from '../helpers/webhook.js';
import path from 'node:path';
import { TEST_NOW } from '../support/clock.js';

/** What must never reach a card or message from supplied text. */
function expectInert(shown: string, what: string): void {
  expect(shown, `${what}: a markdown link`).not.toMatch(/\]\s*\(/);
  expect(shown, `${what}: an address`).not.toMatch(/https?:\/\/evil|www\.evil|evil\.example|evil-example\.com/i);
  expect(shown, `${what}: a mention or HTML`).not.toMatch(/<\/?at>|<a |<\/?b>/i);
  expect(shown, `${what}: emphasis`).not.toMatch(/\*\*HASTER\*\*|__HASTER__|~~/);
  expect(shown, `${what}: a bidi control`).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F]/);
}

/** The text Teams would render from a received activity: its text, and every TextBlock and fact of its cards. */
function rendered(activities: Array<{ body: Record<string, unknown> }>): string {
  const out: string[] = [];
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (n && typeof n === 'object') {
      const o = n as Record<string, unknown>;
      if (o.type === 'TextBlock' && typeof o.text === 'string') out.push(o.text);
      if (o.type === 'FactSet') for (const f of o.facts as Array<{ title: string; value: string }>) out.push(f.title, f.value);
      if (typeof o.type === 'string' && o.type.startsWith('Action.') && typeof o.title === 'string') out.push(o.title);
      Object.values(o).forEach(walk);
    }
  };
  for (const a of activities) {
    if (typeof a.body.text === 'string') out.push(a.body.text);
    walk(a.body.attachments);
  }
  return out.join('\n');
}

describe('escapeText and safeMarkdown: a table of the probe payloads', () => {
  it.each([
    ['[Klikk for å godkjenne](https://evil.example/sso)', 'Klikk for å godkjenne'],
    ['<at>HR-teamet</at> **HASTER**', 'HASTER'],
    ['[Bekreft stillingen her](https://evil.example/login) **HASTER**', 'Bekreft stillingen her'],
    ['<at>Alle</at> [x](https://evil.example)', 'Alle'],
    ['Hvorfor **HASTER** dette? Logg inn på https://evil.example/sso [her](https://evil.example) <at>HR</at> nå', 'Logg inn på'],
    ['Logg inn på www.evil-example.com nå', 'Logg inn på'],
    ['Saksbehandler \u202Egnal', 'Saksbehandler'],
    ['<a href="https://evil.example">Klikk</a>', 'Klikk'],
    ['__HASTER__ ~~gammel~~ `kode`', 'HASTER'],
    ['[x]: https://evil.example', 'x'],
  ])('%j is shown as inert text', (payload, kept) => {
    const out = escapeText(payload);
    expectInert(out, payload);
    expect(out).toContain(kept);
  });

  it('keeps ordinary text as it is, cuts to a length, and is linear', () => {
    expect(escapeText('Rådgiver, 80 % stilling – Økonomi (NAV St. Hanshaugen)')).toBe('Rådgiver, 80 % stilling – Økonomi (NAV St. Hanshaugen)');
    expect(escapeText('a'.repeat(500), { max: 100 })).toHaveLength(100);
    expect(escapeText('linje 1\n\nlinje 2', { multiline: true })).toBe('linje 1\n\nlinje 2');
    const before = process.cpuUsage(); // CPU time, not the clock: other programs do not make it longer
    escapeText('](['.repeat(10_000) + 'a.'.repeat(15_000) + ' '.repeat(20_000));
    const used = process.cpuUsage(before);
    expect((used.user + used.system) / 1000).toBeLessThan(500);
  });

  it('HR answers keep bold, lists and https links; anything else is neutralised', () => {
    expect(safeMarkdown('**Viktig:** se [NAV](https://www.nav.no/arbeidsgiver) og https://lovdata.no\n- punkt')).toBe(
      '**Viktig:** se [NAV](https://www.nav.no/arbeidsgiver) og https://lovdata.no\n- punkt',
    );
    for (const bad of [
      '[Logg inn](http://evil.example/login)',
      '[x](javascript:alert(1))',
      'Logg inn på www.evil-example.com',
      '<at>Alle</at>',
      'tekst \u202Egnal',
      '[over\nlinjer](http://evil.example)',
    ]) {
      const out = safeMarkdown(bad);
      expect(out, bad).not.toMatch(/\]\((?!https:)|www\.evil|<at>|\u202E|http:\/\/evil/);
    }
  });
});

describe('each supplied field, over HTTP', () => {
  const SECRET = 'webhook-secret-for-tests-0123456789';
  const HR_CHANNEL = '19:hr-inkludering@thread.tacv2';
  const ADMIN = { id: '29:admin', aadObjectId: '00000000-0000-0000-0000-0000000000ad', name: 'Admin' };
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ WEBHOOK_SECRET: SECRET, HR_CONVERSATION_ID: HR_CHANNEL, ADMIN_AAD_OBJECT_IDS: ADMIN.aadObjectId, DEFAULT_SECTOR: 'state' });
    await h.message('hjelp');
    await h.connector.waitFor(1);
  });
  afterAll(async () => h?.close());

  it("F6.1: a vacancy title and unit from any user's chat form reach the HR channel as inert text", async () => {
    h.connector.clear();
    await h.execute('vacancy.submit', {
      formId: randomUUID(),
      title: '[Klikk for å godkjenne](https://evil.example/sso)',
      unit: '<at>HR-teamet</at> **HASTER**',
      reason: 'resignation',
      permanence: 'permanent',
      startDate: '2027-01-04',
    });
    const got = await h.connector.waitFor(3);
    const hr = got.filter((a) => a.conversationId === HR_CHANNEL);
    expect(hr.length).toBeGreaterThan(0);
    const shown = rendered(got);
    expect(shown).toContain('Klikk for å godkjenne');
    expectInert(shown, 'chat form');
  });

  it('F4.4: a vacancy title and unit from the webhook reach the manager and the HR channel as inert text', async () => {
    h.connector.clear();
    const raw = JSON.stringify({
      externalId: `inj-${randomUUID()}`,
      title: '[Bekreft stillingen her](https://evil.example/login) **HASTER**',
      unit: '<at>Alle</at> [x](https://evil.example)',
      reason: 'sick_leave',
      permanent: false,
      durationMonths: 6,
      startDate: '2027-01-04',
      managerAadObjectId: USER.aadObjectId,
      sector: 'state',
    });
    expect((await fetch(`${h.bot.url}/api/vacancies`, { method: 'POST', headers: signedHeaders(raw, SECRET), body: raw })).status).toBe(202);
    const got = await h.connector.waitFor(4);
    expect(got.some((a) => a.conversationId === HR_CHANNEL)).toBe(true);
    const shown = rendered(got);
    expect(shown).toContain('Bekreft stillingen her');
    expectInert(shown, 'webhook');
  });

  const question = 'Hvorfor **HASTER** dette? Logg inn på https://evil.example/sso [her](https://evil.example) <at>HR</at> nå \u202Eeviger';

  it('F6.3: a question echoed in the no-answer card and shown to HR in «ubesvarte» is inert', async () => {
    h.connector.clear();
    await h.message(question);
    const [noAnswer] = cardsOf(await h.connector.waitFor(1));
    expectInert(rendered([{ body: { attachments: [{ content: noAnswer }] } }]), 'no-answer echo');
    h.connector.clear();
    await press(h, noAnswer, 'Send spørsmålet til HR');
    expect(JSON.stringify((await h.connector.waitFor(1))[0].body)).toContain('sendt til HR');
    h.connector.clear();
    await h.message('ubesvarte', ADMIN);
    const shown = rendered(await h.connector.waitFor(1));
    expect(shown).toContain('Logg inn på');
    expectInert(shown, 'ubesvarte');
  });

  it('a feedback comment is shown to HR in «tilbakemeldinger» as inert text', async () => {
    h.connector.clear();
    await h.message('Hvor mye er midlertidig lønnstilskudd?');
    const [answer] = cardsOf(await h.connector.waitFor(1));
    const { replaced: voted } = await press(h, answer, '👎 Nei');
    await press(h, voted, 'Send kommentar', { comment: question });
    h.connector.clear();
    await h.message('tilbakemeldinger', ADMIN);
    const shown = rendered(await h.connector.waitFor(1));
    expect(shown).toContain('Logg inn på');
    expectInert(shown, 'tilbakemeldinger');
  });

  const entryForm = {
    mode: 'new',
    title: 'Innlogging i testportalen',
    questions: 'Hvordan logger jeg inn i testportalen?\nInnlogging testportal',
    answer: 'Logg inn på www.evil-example.com med brukernavnet ditt. \u202Eeviger',
    sector: 'both',
    sources: 'lov arbeidsmiljøloven | [§ 4-6](https://evil.example)',
    tags: '**fet**, testportal',
  };

  it("F6.2: HR sources, tags and www. in an answer are inert on the manager's answer card and in HR's preview", async () => {
    h.connector.clear();
    const refused = await h.execute('hr.save', { ...entryForm, sources: 'ks [Logg inn her](http://evil.example/login) | kapittel 2' }, ADMIN);
    expect(JSON.stringify(refused.body)).toContain('Lenker må starte med https://');
    const preview = await h.execute('hr.preview', entryForm, ADMIN);
    expectInert(rendered([{ body: { attachments: [{ content: preview.body.value }] } }]), 'preview');
    const saved = await h.execute('hr.save', entryForm, ADMIN);
    expect(JSON.stringify(saved.body)).toContain('Lagret');
    h.connector.clear();
    await h.message('Hvordan logger jeg inn i testportalen?');
    const shown = rendered(await h.connector.waitFor(1));
    expect(shown).toContain('Innlogging i testportalen');
    expectInert(shown, 'answer card');
  });

  it('an imported entry (npm run faq import) is shown inert after the bot restarts', async () => {
    const dataDir = h.dataDir;
    await h.close();
    const store = await openJsonStore(path.join(dataDir, 'inkluderingsveilederen.json'), { legacyTenant: TENANT });
    const entry = {
      id: 'importert-portal',
      title: 'Importert portal',
      questions: ['Hvor finner jeg den importerte portalen?'],
      answer: 'Den ligger på www.evil-example.com. \u202Eeviger',
      sector: 'both',
      sources: [{ type: 'ks', title: '[Logg inn](https://evil.example/sso)', section: '**HASTER**' }],
      tags: ['[x](https://evil.example)'],
      lastReviewed: '2026-11-30',
    };
    const r = await inTenant(TENANT, () =>
      importFaq(store, loadCuratedEntries(), { format: 'inkluderingsveilederen.faq', version: 1, entries: [{ entry, status: 'active' }] }, { dryRun: false, at: TEST_NOW }),
    );
    expect(r.ok).toBe(true);
    await store.close();
    h = await startHarness({ WEBHOOK_SECRET: SECRET, HR_CONVERSATION_ID: HR_CHANNEL, ADMIN_AAD_OBJECT_IDS: ADMIN.aadObjectId, DEFAULT_SECTOR: 'state' }, { dataDir });
    await h.message('Hvor finner jeg den importerte portalen?');
    const shown = rendered(await h.connector.waitFor(1));
    expect(shown).toContain('Importert portal');
    expectInert(shown, 'imported entry');
  });
});
