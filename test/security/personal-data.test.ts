/**
 * Free text that may hold personal data is screened before it is stored, and kept for a limited time
 * (security probe F9.2): the screen as a table of cases, the retention selection as a table, and each
 * place a user types such text, over HTTP against the real bot and data file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personalDataFieldError, personalDataMessage, screenPersonalData, type PersonalDataKind } from '../../dialogs/shared/personalData.js';
import { applyTextRetention, retentionCutoff, selectExpired } from '../../dialogs/shared/retention.js';
import { FEEDBACK, UNANSWERED } from '../../dialogs/shared/records.js';
import { inTenant } from '../../dialogs/shared/tenant.js';
import { memoryStore } from '../support/memoryStore.js';
import { walkGuideToResult } from '../support/walkGuide.js';
import { actionsOf, cardsOf, press, startHarness, TENANT, USER, type Harness } from '../helpers/botHarness.js';
import { signedHeaders } from '../helpers/webhook.js';

describe('the screen: a table of cases', () => {
  const flagged: Array<[string, PersonalDataKind[]]> = [
    // The probe's texts (F9.2)
    ['Kandidaten Ola Nordmann (født 01.02.1985) har hatt rusproblemer og har sonet i fengsel; han har diabetes', ['name', 'birthDate', 'health', 'drugs', 'prison']],
    ['Kan jeg ansette Kari Hansen som har kreft og har sittet i fengsel for narkotika?', ['name', 'health', 'drugs', 'prison']],
    ['Per Olsen i min enhet har schizofreni …', ['name', 'health']],
    // Names
    ['Ola', ['name']],
    ['Kan Ingrid begynne før jul?', ['name']],
    ['Vi vil ansette Mohammed fra tiltaket', ['name']],
    ['Søkeren heter Jørgen', ['name']],
    ['kandidaten Kari-Anne er aktuell', ['name']],
    ['Per Johansen søker jobben', ['name']],
    ['Et intervju med Liv Berg', ['name']],
    ['Hva med Jakobsen?', ['name']],
    // Birth dates and national identity numbers
    ['født 1.2.85', ['birthDate']],
    ['fødd 1. februar 1985', ['birthDate']],
    ['Fødselsdato: 01.02.1985', ['birthDate']],
    ['født i 1985', ['birthDate']],
    ['01028512345', ['nationalId']],
    ['fnr 010285 12345', ['nationalId']],
    // Named conditions and drugs, wherever they stand
    ['Gir diabetes rett til tilrettelegging?', ['health']],
    ['brukte heroin tidligere', ['drugs']],
    // General words in a statement about a particular person
    ['Hun er sykemeldt og vi trenger en vikar', ['health']],
    ['Han har sonet en dom', ['prison']],
    ['kandidaten har hatt rusproblemer i mange år', ['drugs']],
    ['søkeren sitter i fengsel nå', ['prison']],
  ];
  it.each(flagged)('flags %j as %j', (text, kinds) => {
    const r = screenPersonalData(text);
    expect(r.ok).toBe(false);
    expect(r.kinds).toEqual(kinds);
  });

  const clean = [
    'Kan jeg ansette uten å lyse ut?',
    'Hvor mye dekker NAV av lønna?',
    'Per i dag har vi tre vikarer. Hva gjelder?',
    'Kan vi ansette en som har sonet en dom?',
    'Kan jeg spørre kandidaten om sykdom i intervjuet?',
    'Hvor mye dekker NAV av lønna til en med nedsatt funksjonsevne?',
    'Gjelder arbeidsmiljøloven § 14-9 fra 01.07.2022?',
    'Hva sier Statens personalhåndbok om midlertidig ansettelse?',
    'Svaret sa ikke noe om kommuner i Oslo og Bergen',
    'Regner rusproblemer som grunn for hull i CV-en?',
    'Stillingsprosent 80, oppstart 2027-01-04, tlf. 55 55 55 55',
  ];
  it.each(clean)('lets %j through', (text) => {
    expect(screenPersonalData(text)).toEqual({ ok: true, kinds: [] });
  });

  it.each([
    ['Saksbehandler', true],
    ['Rus og psykiatri', true],
    ['Avdeling for demens', true],
    ['Miljøterapeut i kreftomsorgen', true],
    ['Vikar for Kari Hansen', false],
    ['Oppvekst, født 01.02.1985', false],
  ])('a vacancy title or unit %j passes: %s (diagnoses name the field there)', (text, ok) => {
    expect(screenPersonalData(text, { namedConditions: false }).ok).toBe(ok);
  });

  it('asks in Norwegian, naming what it saw, and says nothing was stored', () => {
    expect(personalDataMessage(['name', 'health'], 'Spørsmålet')).toBe(
      'Spørsmålet ser ut til å inneholde et navn og helseopplysninger. Skriv det om uten opplysninger om enkeltpersoner – ikke navn, fødselsdato, fødselsnummer, helse, rus eller soning – så tar jeg imot det. Ingenting er lagret.',
    );
    expect(personalDataFieldError(['nationalId'])).toBe('Ser ut til å inneholde et fødselsnummer. Skriv uten personopplysninger.');
  });

  it('is linear: eight times the text costs well under 8 × 3 the time (a quadratic screen would be 64×)', () => {
    const piece = 'Kan vi ansette en person fra tiltaket? Han sa det var greit. ';
    const time = (n: number) => {
      const text = piece.repeat(Math.ceil(n / piece.length)).slice(0, n);
      // CPU time, not the clock: other programs on the machine do not make it longer.
      let best = Infinity;
      for (let i = 0; i < 5; i++) {
        const before = process.cpuUsage();
        screenPersonalData(text);
        const used = process.cpuUsage(before);
        best = Math.min(best, (used.user + used.system) / 1000);
      }
      return best;
    };
    time(2_500);
    time(20_000);
    expect(time(20_000)).toBeLessThan(time(2_500) * 24 + 5);
  });
});

describe('retention of such texts', () => {
  const now = new Date('2027-06-01T12:00:00Z');
  it.each([
    ['2027-03-03T12:00:01Z', false],
    ['2027-03-03T11:59:59Z', true],
    ['2026-01-01T00:00:00Z', true],
    ['not a date', true],
  ])('with 90 days, a text from %s is expired: %s', (at, expired) => {
    const cutoff = retentionCutoff(now, 90);
    expect(selectExpired([{ at }], cutoff, (x) => x.at)).toHaveLength(expired ? 1 : 0);
  });

  it('removes old questions, cuts old comments from their votes, and cuts old order drafts from their guide runs', async () => {
    const store = memoryStore();
    const repo = (name: string) => store.repo<{ id: string; [field: string]: unknown }>(name);
    const old = '2027-01-10T10:00:00Z';
    const recent = '2027-05-20T10:00:00Z';
    await repo(UNANSWERED).put({ id: 'q-old', question: 'gammelt', count: 3, firstAsked: old, lastAsked: recent });
    await repo(UNANSWERED).put({ id: 'q-new', question: 'nytt', count: 1, firstAsked: recent, lastAsked: recent });
    await repo(FEEDBACK).put({ id: 'f-old', entryId: 'e', vote: 'down', comment: 'gammel kommentar', at: old });
    await repo(FEEDBACK).put({ id: 'f-new', entryId: 'e', vote: 'down', comment: 'ny kommentar', at: recent });
    await repo(FEEDBACK).put({ id: 'f-vote', entryId: 'e', vote: 'up', at: old });
    await repo('guideFlows').put({ id: 'u|c', status: 'result', order: { title: 'Rådgiver' }, updatedAt: old });
    const r = await applyTextRetention(store, now, 90);
    expect(r).toEqual({ questionsRemoved: 1, commentsRemoved: 1, ordersRemoved: 1 });
    expect((await store.repo(UNANSWERED).find()).map((q) => q.id)).toEqual(['q-new']);
    const feedback = await store.repo<{ id: string; comment?: string; vote: string }>(FEEDBACK).find();
    expect(feedback.map((f) => [f.id, f.vote, f.comment])).toEqual([
      ['f-old', 'down', undefined],
      ['f-new', 'down', 'ny kommentar'],
      ['f-vote', 'up', undefined],
    ]);
    expect(await store.repo<{ id: string; order?: unknown; status: string }>('guideFlows').get('u|c')).toMatchObject({ status: 'result' });
    expect((await store.repo<{ id: string; order?: unknown }>('guideFlows').get('u|c'))?.order).toBeUndefined();
  });
});

describe('each place such text is typed, over HTTP', () => {
  const SECRET = 'webhook-secret-for-tests-0123456789';
  const HR_ADMIN = '00000000-0000-0000-0000-0000000000ad';
  const HR_USER = { id: '29:hr', aadObjectId: HR_ADMIN, name: 'HR' };
  let h: Harness;
  const dataText = async () => {
    await h.bot.store.flush();
    const file = path.join(h.dataDir, 'inkluderingsveilederen.json');
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  };
  beforeAll(async () => {
    h = await startHarness({ WEBHOOK_SECRET: SECRET, ADMIN_AAD_OBJECT_IDS: HR_ADMIN, DEFAULT_SECTOR: 'state' });
  });
  afterAll(async () => h?.close());

  it('a question to HR with a name and a diagnosis is not stored; the rewritten one is', async () => {
    h.connector.clear();
    const question = 'Kan jeg ansette Kari Hansen som har kreft?';
    const sent = await h.execute('qa.sendToHr', { question });
    expect(sent.status).toBe(200);
    const [reply] = await h.connector.waitFor(1);
    expect(reply.body.text).toMatch(/^Spørsmålet ser ut til å inneholde et navn og helseopplysninger\. .*Ingenting er lagret\./);
    expect(await inTenant(TENANT, () => h.bot.store.repo(UNANSWERED).count())).toBe(0);
    expect(await dataText()).not.toMatch(/Kari|kreft/);
    h.connector.clear();
    await h.execute('qa.sendToHr', { question: 'Kan vi ansette en person med langvarig sykdom i et vikariat?' });
    expect(JSON.stringify((await h.connector.waitFor(1))[0].body)).toContain('sendt til HR');
    expect(await inTenant(TENANT, () => h.bot.store.repo(UNANSWERED).count())).toBe(1);
  });

  it('HR sees the retention limit on the unanswered questions', async () => {
    h.connector.clear();
    await h.message('ubesvarte', HR_USER);
    const [card] = cardsOf(await h.connector.waitFor(1));
    expect(JSON.stringify(card)).toContain('slettes 90 dager etter at de først ble stilt');
  });

  it('a feedback comment with a name and a diagnosis is refused in the card and not stored', async () => {
    h.connector.clear();
    await h.message('Hvor mye er midlertidig lønnstilskudd?');
    const [answer] = cardsOf(await h.connector.waitFor(1));
    const { replaced: voted } = await press(h, answer, '👎 Nei');
    const { replaced } = await press(h, voted, 'Send kommentar', { comment: 'Per Olsen i min enhet har schizofreni, hva gjelder for ham?' });
    expect(JSON.stringify(replaced)).toContain('Kommentaren ser ut til å inneholde et navn og helseopplysninger');
    expect(await dataText()).not.toMatch(/Olsen|schizofreni/);
  });

  it('the NAV order form refuses a name, a birth date and health details field by field; nothing is stored', async () => {
    const result = await walkGuideToResult(h);
    h.connector.clear();
    await press(h, result, 'Lag bestilling til NAV');
    const [form] = cardsOf(await h.connector.waitFor(1));
    const inputs = {
      orderTitle: 'Rådgiver for Ola Nordmann',
      orderTasks: 'Kandidaten (født 01.02.1985) har hatt rusproblemer; han har diabetes. Saksbehandling.',
      orderRequirements: 'Fnr 01028512345',
      orderPercent: '100',
      orderStart: '2027-02-01',
    };
    const { replaced } = await press(h, form, 'Lag bestillingen', inputs);
    const text = JSON.stringify(replaced);
    expect(text.match(/Skriv uten personopplysninger/g)?.length).toBe(3);
    expect(text).toContain('Ser ut til å inneholde et navn');
    const data = await dataText();
    for (const s of ['Nordmann', '01.02.1985', 'diabetes', '01028512345', 'rusproblemer']) expect(data).not.toContain(s);
    // Rewritten without personal data, the order is made.
    const { replaced: order } = await press(h, replaced, 'Lag bestillingen', {
      ...inputs,
      orderTitle: 'Rådgiver',
      orderTasks: 'Saksbehandling og veiledning i tilskuddsforvaltning.',
      orderRequirements: '',
    });
    expect(JSON.stringify(order)).toContain('Rådgiver');
    expect(actionsOf(order).length).toBeGreaterThan(0);
  });

  it('the vacancy chat form refuses a name in the title; the webhook answers 400 naming the field', async () => {
    h.connector.clear();
    const formId = randomUUID();
    const r = await h.execute('vacancy.submit', {
      formId,
      title: 'Vikar for Kari Hansen',
      unit: 'Økonomi',
      reason: 'sick_leave',
      permanence: 'temporary',
      durationMonths: '6',
      startDate: '2027-01-04',
    });
    expect(JSON.stringify(r.body)).toContain('Ser ut til å inneholde et navn');
    const raw = JSON.stringify({
      externalId: 'pd-1',
      title: 'Saksbehandler',
      unit: 'Vikar for Per Olsen (født 01.02.1985)',
      reason: 'sick_leave',
      permanent: false,
      durationMonths: 6,
      startDate: '2027-01-04',
      managerAadObjectId: USER.aadObjectId,
      sector: 'state',
    });
    const res = await fetch(`${h.bot.url}/api/vacancies`, { method: 'POST', headers: signedHeaders(raw, SECRET), body: raw });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { details: Array<{ path: string; message: string }> };
    expect(body.details).toEqual([{ path: 'unit', message: 'Ser ut til å inneholde et navn og en fødselsdato. Skriv uten personopplysninger.' }]);
    expect(await dataText()).not.toMatch(/Hansen|Olsen/);
  });
});
