/**
 * The privacy sweep (issue 17, security probe §9): walk every flow with a candidate's personal data
 * typed everywhere a manager can type — messages, typed guide answers, the NAV order, the question
 * to HR, a feedback comment, the vacancy form — then scan every file in DATA_DIR, the bot's log at
 * trace level and everything printed to the console: no name, birth date, national identity number,
 * diagnosis or cause may survive.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardsOf, press, startHarness, USER, type Harness } from '../helpers/botHarness.js';
import { captureLog } from '../support/logCapture.js';
import { walkGuideToResult } from '../support/walkGuide.js';

/** What a manager might write about a candidate (the probe's texts). */
const CANDIDATE = 'Kandidaten Ola Nordmann (født 01.02.1985, fnr 01028512345) har hatt rusproblemer, har sonet i fengsel for narkotika og har diabetes';
const ASKED = 'Kan jeg ansette Kari Hansen som har kreft og har sittet i fengsel for narkotika?';
const COMMENTED = 'Per Olsen i min enhet har schizofreni og er sykemeldt';
/** None of these may be found anywhere afterwards (case-insensitive). */
const MUST_NOT_SURVIVE = [
  'Ola Nordmann',
  'Nordmann',
  'Kari Hansen',
  'Per Olsen',
  'Olsen',
  '01.02.1985',
  '01028512345',
  'diabetes',
  'kreft',
  'schizofreni',
  'narkotika',
  'fengsel',
  'rusproblemer',
  'sonet',
  'sykemeldt',
];

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? filesUnder(path.join(dir, d.name)) : [path.join(dir, d.name)]));
}

describe('privacy sweep: personal data typed everywhere, nothing kept', () => {
  const log = captureLog();
  const printed: string[] = [];
  const originals = { log: console.log, info: console.info, warn: console.warn, error: console.error, debug: console.debug };
  const stdoutWrite = process.stdout.write.bind(process.stdout);
  const stderrWrite = process.stderr.write.bind(process.stderr);
  let h: Harness;

  beforeAll(async () => {
    for (const k of Object.keys(originals) as Array<keyof typeof originals>) console[k] = (...a: unknown[]) => void printed.push(a.map(String).join(' '));
    process.stdout.write = ((c: string | Uint8Array, ...rest: unknown[]) => (
      printed.push(String(c)),
      (stdoutWrite as (...a: unknown[]) => boolean)(c, ...rest)
    )) as typeof process.stdout.write;
    process.stderr.write = ((c: string | Uint8Array, ...rest: unknown[]) => (
      printed.push(String(c)),
      (stderrWrite as (...a: unknown[]) => boolean)(c, ...rest)
    )) as typeof process.stderr.write;
    h = await startHarness({ DEFAULT_SECTOR: 'state', HR_CONVERSATION_ID: '19:hr@thread.tacv2' }, { log: { level: 'trace', stream: log.stream } });
  });
  afterAll(async () => {
    Object.assign(console, originals);
    process.stdout.write = stdoutWrite;
    process.stderr.write = stderrWrite;
    await h?.close();
  });

  it("walks every flow with the candidate's data typed in", async () => {
    // 1. A question with the data, answered or not; then sent to HR (refused), then sent without it.
    h.connector.clear();
    await h.message(ASKED);
    const [noAnswer] = cardsOf(await h.connector.waitFor(1));
    h.connector.clear();
    await h.execute('qa.sendToHr', { question: ASKED });
    expect((await h.connector.waitFor(1))[0].body.text).toMatch(/Ingenting er lagret/);
    void noAnswer;
    h.connector.clear();
    await h.message(CANDIDATE);
    await h.connector.waitFor(1);

    // 2. The guide: typed answers with the data, then to the result by the buttons.
    h.connector.clear();
    await h.message('ny stilling');
    await h.connector.waitFor(1);
    for (const typed of [CANDIDATE, 'han har diabetes', '01.02.1985']) {
      h.connector.clear();
      await h.message(typed);
      await h.connector.waitFor(1);
    }
    await h.message('avbryt');
    const result = await walkGuideToResult(h);

    // 3. The NAV order with the data in every free-text field (refused), then without.
    h.connector.clear();
    await press(h, result, 'Lag bestilling til NAV');
    const [form] = cardsOf(await h.connector.waitFor(1));
    const order = { orderTitle: 'Stilling for Ola Nordmann', orderTasks: CANDIDATE, orderRequirements: ASKED, orderPercent: '100', orderStart: '2027-02-01' };
    const { replaced: refused } = await press(h, form, 'Lag bestillingen', order);
    expect(JSON.stringify(refused)).toContain('Skriv uten personopplysninger');
    const { replaced: made } = await press(h, refused, 'Lag bestillingen', {
      ...order,
      orderTitle: 'Rådgiver',
      orderTasks: 'Saksbehandling av tilskudd og veiledning av søkere.',
      orderRequirements: 'Relevant utdanning',
    });
    expect(JSON.stringify(made)).toContain('Rådgiver');

    // 4. A feedback comment with the data (refused).
    h.connector.clear();
    await h.message('Hvor mye er midlertidig lønnstilskudd?');
    const [answer] = cardsOf(await h.connector.waitFor(1));
    const { replaced: voted } = await press(h, answer, '👎 Nei');
    const { replaced: commented } = await press(h, voted, 'Send kommentar', { comment: COMMENTED });
    expect(JSON.stringify(commented)).toContain('Ingenting er lagret');

    // 5. The vacancy form with the data in title and unit (refused), then without, then closed.
    const formId = randomUUID();
    const vacancy = {
      formId,
      title: 'Vikar for Kari Hansen',
      unit: 'Per Olsen sin enhet',
      reason: 'sick_leave',
      permanence: 'temporary',
      durationMonths: '6',
      startDate: '2027-01-04',
    };
    const bad = await h.execute('vacancy.submit', vacancy);
    expect(JSON.stringify(bad.body)).toContain('Skriv uten personopplysninger');
    h.connector.clear();
    const good = await h.execute('vacancy.submit', { ...vacancy, title: 'Saksbehandler', unit: 'Økonomi' });
    const checklist = good.body.value;
    expect(JSON.stringify(checklist)).toContain('Sjekkliste for inkludering');
    const { replaced: closeForm } = await press(h, checklist, 'Lukk stillingen');
    await press(h, closeForm, 'Lukk stillingen', { filled: 'yes', pathId: 'state.ordinary', targetGroup: 'yes' });

    // 6. Commands with the data after them, typed by a manager.
    for (const typed of [`oppføringer ${ASKED}`, `grunnlinje ${CANDIDATE}`, `/${CANDIDATE}`, `hjelp ${CANDIDATE}`]) {
      h.connector.clear();
      await h.message(typed, USER);
      await h.connector.waitFor(1);
    }
    await h.bot.store.flush();
  });

  it('nothing of it is in any file in DATA_DIR', async () => {
    await h.bot.store.flush();
    const files = filesUnder(h.dataDir);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      for (const s of MUST_NOT_SURVIVE) expect(text.toLowerCase(), `${s} in ${path.basename(file)}`).not.toContain(s.toLowerCase());
    }
  });

  it('nothing of it is in the log at trace level, nor printed to the console', () => {
    const text = log.text();
    expect(log.lines().length).toBeGreaterThan(10);
    expect(log.lines().some((l) => l.level === 10 || l.level === 20 || l.level === 30)).toBe(true);
    for (const s of MUST_NOT_SURVIVE) {
      expect(text.toLowerCase(), `${s} in the log`).not.toContain(s.toLowerCase());
      expect(printed.join('\n').toLowerCase(), `${s} on the console`).not.toContain(s.toLowerCase());
    }
  });
});
