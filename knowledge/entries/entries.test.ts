import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCuratedEntries } from './index.js';
import { entriesNeedingReview, parametersOf, renderEntry, renderForSearch, renderText, UNKNOWN_VALUE } from './render.js';
import { CuratedEntrySchema, type Entry, type Source } from './schema.js';
import { TEST_DAY } from '../../test/support/clock.js';
import { sharedFile } from '../../scripts/sharedDir.js';
import { hasParameter } from '../parameters/registry.js';

const SEEDS_DIR = sharedFile(import.meta.dirname, 'seeds');

describe('the curated entries', () => {
  const entries = loadCuratedEntries();

  it('cover the domain with at least 60 entries', () => {
    expect(entries.length).toBeGreaterThanOrEqual(60);
  });

  it.each(entries.map((e) => [e.id, e] as const))('%s is valid', (_id, entry) => {
    expect(CuratedEntrySchema.safeParse(entry).success).toBe(true);
  });

  it('hold no escaped line break a writer meant as a real one (a literal \\n shows as backslash-n on the card)', () => {
    const escaped = entries.flatMap((e) => [e.title, e.answer, ...e.questions].filter((t) => t.includes('\\n')).map(() => e.id));
    expect(escaped).toEqual([]);
  });

  it('cite a web page once per entry (the HR form keys a page by its address, so a second copy would not round-trip)', () => {
    const twice = entries.filter((e) => {
      const urls = e.sources.flatMap((s) => (s.type === 'web' ? [s.url] : []));
      return new Set(urls).size !== urls.length;
    });
    expect(twice.map((e) => e.id)).toEqual([]);
  });

  it('end every answer with one next step, labelled «_Neste steg:_»', () => {
    const offenders = entries.filter((e) => !/\n\n_Neste steg:_ \S[^\n]*$/.test(e.answer) || e.answer.split('Neste steg').length !== 2);
    expect(offenders.map((e) => e.id)).toEqual([]);
  });

  it('never say the same sentence twice in one answer', () => {
    const repeated = entries.filter((e) => {
      const sentences = e.answer
        .split(/(?<=[.!?])\s+|\n+/)
        .map((s) => s.replace(/[*_]/g, '').trim())
        .filter((s) => s.length > 40);
      return new Set(sentences).size !== sentences.length;
    });
    expect(repeated.map((e) => e.id)).toEqual([]);
  });

  it('have unique ids', () => {
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('relate only to entries that exist, never to themselves', () => {
    const ids = new Set(entries.map((e) => e.id));
    for (const e of entries) {
      for (const rel of e.related ?? []) {
        expect(ids.has(rel), `${e.id} → ${rel}`).toBe(true);
        expect(rel, e.id).not.toBe(e.id);
      }
    }
  });

  it.runIf(existsSync(SEEDS_DIR))('cite seed files that exist in ../shared/seeds', () => {
    for (const e of entries) {
      for (const s of e.sources) {
        if (s.type === 'seed') expect(existsSync(join(SEEDS_DIR, s.file)), `${e.id}: ${s.file}`).toBe(true);
      }
    }
  });
});

describe('loadCuratedEntries rejects a broken file', () => {
  const good = (id: string, extra: Partial<Entry> = {}): Entry => ({
    id,
    title: 'Et gyldig spørsmål',
    questions: ['Første formulering?', 'Andre formulering?', 'Tredje formulering?'],
    answer: 'Et kort svar med neste steg.',
    sector: 'state',
    sources: [{ type: 'law', law: 'statsansatteloven', section: '§ 7' }],
    tags: ['test'],
    lastReviewed: '2025-01-01',
    ...extra,
  });
  let dir = '';
  const write = (files: Record<string, unknown>) => {
    dir = mkdtempSync(join(tmpdir(), 'entries-'));
    for (const [name, content] of Object.entries(files)) {
      writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
    }
    return dir;
  };
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('loads good files in name order', () => {
    const loaded = loadCuratedEntries(write({ 'b.json': [good('b-1')], 'a.json': [good('a-1', { related: ['b-1'] })] }));
    expect(loaded.map((e) => e.id)).toEqual(['a-1', 'b-1']);
  });

  it.each([
    ['a field fails the schema', { 'x.json': [good('ok-1'), good('short-q', { questions: ['Bare én?'] })] }, /x\.json.*"short-q".*"questions"/],
    [
      'a source names an unknown seed',
      { 'x.json': [{ ...good('bad-src'), sources: [{ type: 'seed', file: 'nope.txt', section: '1' }] }] },
      /x\.json.*"bad-src".*"sources\.0\.file"/,
    ],
    ['an unknown field', { 'x.json': [{ ...good('extra'), author: 'someone' }] }, /x\.json.*"extra"/],
    ['a duplicate id across files', { 'x.json': [good('same')], 'y.json': [good('same')] }, /y\.json.*"same".*"id".*x\.json/],
    ['a related id that does not exist', { 'x.json': [good('lonely', { related: ['ghost'] })] }, /x\.json.*"lonely".*"related".*ghost/],
    ['invalid JSON', { 'x.json': '[{"id": ' }, /x\.json.*JSON/],
    ['an object instead of an array', { 'x.json': good('single') }, /x\.json.*array/],
  ])('%s', (_what, files, message) => {
    expect(() => loadCuratedEntries(write(files))).toThrow(message);
  });
});

describe('dated parameters in the curated entries', () => {
  const entries = loadCuratedEntries();
  const today = new Date().toISOString().slice(0, 10);

  it('some entries name parameters instead of copying numbers', () => {
    expect(entries.filter((e) => parametersOf(e).length > 0).length).toBeGreaterThanOrEqual(25);
  });

  it.each(entries.filter((e) => parametersOf(e).length > 0).map((e) => [e.id, e] as const))('%s: every parameter is known and has a value today', (_id, e) => {
    for (const id of parametersOf(e)) expect(hasParameter(id), id).toBe(true);
    const r = renderEntry(e, today);
    expect(r.answer).not.toContain('{{p:');
    expect(r.answer).not.toContain(UNKNOWN_VALUE);
    expect(r.title).not.toContain('{{p:');
  });

  it('renders the value in force on the date asked', () => {
    const e = entries.find((x) => x.id === 'state-wage-subsidy-no-advertisement')!;
    expect(renderEntry(e, TEST_DAY).answer).toMatch(/inntil 24 måneder/);
    const sub = entries.find((x) => x.id === 'state-temp-substitute')!;
    expect(renderEntry(sub, TEST_DAY).answer).toMatch(/arbeidsgiverperioden på 16 dager, beregnet av inntekt opp til 6 G/);
  });

  it("the search indexes nothing where a value is unknown that day (the placeholder's words would move the ranking)", () => {
    expect(renderForSearch({ title: 'G', answer: 'G var {{p:g}}.' }, '1990-01-01').answer).toBe('G var .');
    expect(renderForSearch({ title: 'G', answer: 'G er {{p:g}}.' }, today).answer).toBe(renderText('G er {{p:g}}.', today));
  });

  it('renderText never throws: an unknown id or a day without a value shows a Norwegian placeholder', () => {
    expect(renderText('G var {{p:g}}.', '1990-01-01')).toBe(`G var ${UNKNOWN_VALUE}.`);
    expect(renderText('X {{p:no.such.id}}', today)).toBe(`X ${UNKNOWN_VALUE}`);
  });

  it('the schema refuses an answer that names an unknown parameter, in Norwegian', () => {
    const bad = {
      id: 'x-1',
      title: 'Et spørsmål',
      questions: ['Én?', 'To?', 'Tre?'],
      answer: 'Satsen er {{p:nav.no-such-rate}} nå.',
      sector: 'state',
      sources: [{ type: 'law', law: 'statsansatteloven', section: '§ 7' }],
      tags: [],
      lastReviewed: '2026-11-30',
    };
    const r = CuratedEntrySchema.safeParse(bad);
    expect(r.success).toBe(false);
    expect(r.success ? '' : r.error.issues[0].message).toMatch(/ukjent parameter «nav\.no-such-rate»/);
  });
});

describe('entriesNeedingReview (HR: «Trenger gjennomgang»)', () => {
  const entries = loadCuratedEntries();
  const today = new Date().toISOString().slice(0, 10);

  it('lists no curated entry today (every parameter is within its check-again date)', () => {
    expect(entriesNeedingReview(entries, today)).toEqual([]);
  });

  it('lists exactly the entries that name a parameter past its checkBy, with the parameters', () => {
    const later = '2099-01-01';
    const listed = entriesNeedingReview(entries, later);
    expect(listed.map((x) => x.entry.id).sort()).toEqual(
      entries
        .filter((e) => parametersOf(e).length > 0)
        .map((e) => e.id)
        .sort(),
    );
    const sub = listed.find((x) => x.entry.id === 'state-temp-substitute')!;
    expect(sub.parameters.map((p) => p.id)).toEqual(['sickpay.employer-period-days', 'benefit.max-g', 'state.permanent-after-years']);
    for (const p of sub.parameters) expect(p.checkBy < later).toBe(true);
  });

  it('lists an entry (e.g. an HR overlay) that names an unknown parameter', () => {
    const e = { ...entries[0], id: 'hr-overlay', answer: 'Beløpet er {{p:old.removed}}.' };
    expect(entriesNeedingReview([e], today)).toEqual([{ entry: e, parameters: [{ id: 'old.removed', label: 'Ukjent parameter', checkBy: '' }] }]);
  });
});

// The legal review (../shared/research/legal-review.md, 2026-11-30): each correction in the entries, with
// the source the review names.
describe('legal review corrections in the entries', () => {
  const entries = loadCuratedEntries();
  const byId = (id: string) => {
    const e = entries.find((x) => x.id === id);
    if (!e) throw new Error(`no entry ${id}`);
    return e;
  };
  // The texts as shown on a fixed day: a later change in the parameter table changes the rendered text.
  const text = (id: string) => renderEntry(byId(id), TEST_DAY).answer;
  const cites = (id: string, pred: (s: Source) => boolean) => byId(id).sources.some(pred);
  const MINE = /^(state-|tg-|mun-(?!vta)|duty-|inc-|gen-|nav-wage|nav-(what|st-|rekrut|order|expect|contact|typical|candidate)|nav-reduced)/;

  // F1.1/F1.2 — DFØ 22.06.2022; regjeringen.no 22.06.2022: the exemption was created on 1 July 2022.
  it('F1.2: no "one year before July 2022"; the exemption was introduced 1 July 2022, § 7 before', () => {
    const a = text('state-wage-subsidy-2022-change');
    expect(a).not.toMatch(/utvidet fra \*\*ett år til to år\*\*/);
    expect(a).toMatch(/innført 1\. juli 2022/);
    expect(a).toMatch(/forskrift 22\. juni 2022 nr\. 1113/);
    expect(a).toMatch(/administrativ ansettelse\*\* etter statsansatteloven § 7/);
    expect(byId('state-wage-subsidy-2022-change').questions[0]).toMatch(/før juli 2022/);
    expect(cites('state-wage-subsidy-2022-change', (s) => s.type === 'web' && s.url.includes('dfo.no'))).toBe(true);
  });

  // F1.3 — DFØ 22.06.2022: NAV decides on the subsidy; only the advertisement duty is lifted; permanent = advertise.
  it('F1.3: the exemption lifts only the advertisement; NAV grants the subsidy; a permanent post is advertised', () => {
    const a = text('state-wage-subsidy-no-advertisement');
    expect(a).toMatch(/innvilget av NAV/);
    expect(a).toMatch(/kvalifikasjonsprinsippet, innstilling og ansettelsesvedtak gjelder fortsatt/);
    expect(a).toMatch(/\*\*fast\*\* etter perioden, må stillingen \*\*lyses ut\*\*/);
  });

  // F1.4 — Difi 23.01.2020: trainee conversion from 1 January 2020.
  it('F1.4: permanent appointment of a trainee without advertisement from 1 January 2020', () => {
    expect(text('state-trainee-permanent')).toMatch(/fra \*\*1\. januar 2020\*\*/);
    expect(text('state-exceptions-overview')).toMatch(/fra 1\. januar 2020/);
  });

  // F1.5 — the letter/paragraph of § 3a is not verified: cite "§ 3a" only.
  it('F1.5: no entry cites "§ 3a første ledd bokstav a/b"', () => {
    for (const e of entries) {
      expect(e.answer, e.id).not.toMatch(/§ 3a første ledd bokstav/);
      for (const s of e.sources) if (s.type === 'law') expect(s.section, e.id).not.toMatch(/§ 3a første ledd/);
    }
  });

  // F1.7 — Difi «Midlertidig ansettelse»: «Praksisarbeid inkluderer lærlinger, hospitanter og aspiranter».
  it('F1.7: apprentices are praksisarbeid (c), not utdanningsstillinger (d)', () => {
    expect(text('state-temp-education-positions')).toMatch(/Lærlinger er ikke utdanningsstillinger/);
    expect(text('state-temp-practice-work')).toMatch(/\*\*lærlinger\*\*/);
    expect(text('state-temporary-grounds')).toMatch(/praksisarbeid\*\*, for eksempel lærlinger/);
  });

  // F2.3 — NHO 25.03.2015: a alone more than four years; b, former f or combined more than three.
  it('F2.3: the municipal rule is four years for work of a temporary nature and three for substitutes', () => {
    const a = text('mun-temporary-permanent-rule');
    expect(a).toMatch(/mer enn 3 år\*\* som vikar/);
    expect(a).toMatch(/mer enn 4 år\*\* i arbeid av midlertidig karakter/);
    expect(a).toMatch(/tidligere bokstav f.*teller med/);
  });

  // F2.5 — which measures aml § 14-9 (2) d covers is set in regulations: check with NAV.
  it('F2.5: the entries on letter d say to check with NAV that the measure is covered', () => {
    for (const id of ['mun-state-exceptions', 'mun-temporary-measure-participant', 'mun-temporary-grounds']) expect(text(id), id).toMatch(/avklar med NAV/i);
  });

  // F3.1 — seed 000: KS holds it a «saklig unntak»; the ministry finds limited exceptions «hensiktsmessig».
  it('F3.1: the view that a restricted pool is a saklig unntak is KS’s, not the ministry’s', () => {
    const a = text('mun-target-group-only-advert');
    expect(a).toMatch(/Det er \*\*KS\*\*/);
    expect(a).not.toMatch(/Departementet mener dette kan være et saklig unntak/);
    expect(text('mun-ministry-letter-2023')).toMatch(/ikke et rettslig vedtak/);
  });

  // F3.2 — DFØ «Relevant regelverk for traineeprogrammet» quotes ldl § 11 a–c.
  it('F3.2: the targeted advertisement cites ldl § 11 and its three conditions', () => {
    for (const id of ['mun-target-group-only-advert', 'mun-target-group-advert-how']) {
      expect(
        cites(id, (s) => s.type === 'law' && s.law === 'likestillings- og diskrimineringsloven' && s.section === '§ 11'),
        id,
      ).toBe(true);
    }
    expect(text('mun-target-group-only-advert')).toMatch(/egnet til å fremme likestilling.*rimelig forhold.*opphører når formålet er nådd/);
  });

  // F4.1/F4.2 — nav.no «Midlertidig lønnstilskudd»; tiltaksforskriften kap. 9 (not «§ 9-4»); NAV sets the rate.
  it('F4.1/F4.2: the wage-subsidy entries cite kap. 9, show today’s rates from the table, and say NAV sets the rate', () => {
    for (const e of entries.filter((x) => MINE.test(x.id))) {
      expect(e.answer, e.id).not.toMatch(/§ 9-4/);
      for (const s of e.sources) if (s.type === 'law') expect(s.section, e.id).not.toMatch(/9-4/);
    }
    const a = text('nav-wage-subsidy-rates');
    expect(a).toMatch(/40 % de første 6 måneder, deretter \*\*30 %\*\*/);
    expect(a).toMatch(/60 % de første 12 måneder \(ett år\), deretter \*\*50 %\*\*/);
    expect(a).toMatch(/NAV som vurderer behovet og avgjør hvilken sats/);
  });

  // F4.7 — Virke/jusinfo: the refund covers the benefit after the employer period, not the absent person's full pay.
  it('F4.7: a substitute’s refund is the benefit after the employer period, not «lønnen»', () => {
    const a = text('state-temp-substitute');
    expect(a).not.toMatch(/NAV dekker lønnen/);
    expect(a).toMatch(/ikke arbeidsgiveravgift og pensjon/);
  });

  // F5.3 — Difi 23.01.2020: the CV gap joined the trainee programme with the 2020–2021 programme.
  it('F5.3: the trainee programme took in the CV gap from 2020–2021, not 2019', () => {
    const a = text('state-trainee-programme');
    expect(a).not.toMatch(/i 2019/);
    expect(a).toMatch(/\*\*2020–2021\*\*/);
  });

  // F5.5 — no source found that the fellesføring was repeated after 2024: tell the manager where to check.
  it('F5.5: no stale «see the 2024 fellesføring»; the manager is told to check this year’s tildelingsbrev', () => {
    expect(text('inc-inkluderingsdugnaden')).not.toMatch(/Se hva fellesføringen for 2024 krever/);
    for (const id of ['inc-inkluderingsdugnaden', 'inc-fellesforing-2024']) expect(text(id), id).toMatch(/tildelingsbrevet/);
  });

  // F5.6 — the heltidsnorm rests on seed 002 only: attributed, with whom to check.
  it('F5.6: the heltidsnorm is attributed to Oslo Economics and the manager asked to check with HR', () => {
    expect(text('state-permanent-main-rule')).toMatch(/Ifølge Oslo Economics-rapporten \(2023\).*Spør HR/s);
  });

  // F5.7/M5 — ldl § 30 (compendia: the categories an employer may not obtain).
  it('F5.7: the interview-questions entry names ldl § 30 besides aml § 9-3', () => {
    expect(text('duty-interview-health-questions')).toMatch(/likestillings- og diskrimineringsloven § 30/);
    expect(cites('duty-interview-health-questions', (s) => s.type === 'law' && s.section === '§ 30')).toBe(true);
  });

  // Sector: where the rules differ, one entry per sector, and no municipal answer gives a state rule.
  it('the pre-advertisement checklist has one entry per sector, each with its own rules', () => {
    expect(byId('gen-before-advertising').sector).toBe('state');
    expect(byId('gen-before-advertising-municipal').sector).toBe('municipal');
    expect(text('gen-before-advertising')).toMatch(/statsansatteforskriften § 3a/);
    expect(text('gen-before-advertising-municipal')).not.toMatch(/statsansatteloven § 7|statsansatteforskriften § 3a\)/);
    expect(text('gen-before-advertising-municipal')).toMatch(/§ 14-9 andre ledd bokstav d/);
    expect(text('nav-wage-subsidy-duration')).not.toMatch(/I staten kan/);
  });

  it('the split and rewritten entries keep 5–8 phrasings, with nynorsk and English', () => {
    for (const id of ['gen-before-advertising', 'gen-before-advertising-municipal', 'state-wage-subsidy-2022-change', 'state-trainee-permanent']) {
      const q = byId(id).questions;
      expect(q.length, id).toBeGreaterThanOrEqual(5);
      expect(q.length, id).toBeLessThanOrEqual(8);
      expect(
        q.some((x) => /^(Kva|Kor|Kan vi tilsetje)/.test(x)),
        `${id} nynorsk`,
      ).toBe(true);
      expect(
        q.some((x) => /^(What|How|Can|I have)/.test(x)),
        `${id} English`,
      ).toBe(true);
    }
  });
});
