/**
 * Coverage per sector (issue 12): every topic of ../shared/domain.md and of the legal review's
 * missing-topic list (../shared/research/legal-review.md, M1–M11), with the entries that answer it for
 * each sector. Where the state's and the municipalities' rules differ, the topic has a state entry and
 * a municipal entry; where they are the same, one entry for both. The same table, with notes, is in
 * /work/wt/notes/kb-coverage.md. A test here fails when an entry is removed, moves to another sector,
 * or opens with a heading instead of an answer.
 */
import { describe, expect, it } from 'vitest';
import { loadCuratedEntries } from './index.js';

interface Coverage {
  state?: string[];
  municipal?: string[];
  both?: string[];
  /** The topic exists in one sector only, and why. */
  only?: 'state' | 'municipal';
  why?: string;
}

const COVERAGE: Array<[topic: string, coverage: Coverage]> = [
  ['Målgruppen: hvem den er', { state: ['tg-who-is-target-group'], municipal: ['mun-who-is-target-group'] }],
  ['Funksjonsnedsettelse: definisjonen', { state: ['tg-disability-definition'], municipal: ['mun-who-is-target-group'] }],
  ['Hull i CV-en: definisjon og telling', { state: ['tg-cv-gap-definition', 'tg-cv-gap-counting'], municipal: ['mun-who-is-target-group', 'mun-cv-gap-definition'] }],
  [
    'Søkeren oppgir selv at hen er i målgruppen (ingen legeerklæring)',
    { state: ['tg-self-declaration', 'tg-disability-definition'], municipal: ['mun-target-group-self-declaration', 'mun-who-is-target-group'] },
  ],
  ['Hvordan snakke om målgruppen', { both: ['tg-respectful-language'] }],
  ['Fast ansettelse som hovedregel', { state: ['state-permanent-main-rule'], municipal: ['mun-temporary-grounds'] }],
  ['Offentlig utlysning', { state: ['state-public-advertisement'], municipal: ['mun-public-advertisement'] }],
  ['Ny utlysning når ingen søkere er kvalifisert', { state: ['state-no-qualified-applicants'], municipal: ['mun-no-qualified-applicants'] }],
  [
    'Tilby en lik stilling til neste på innstillingen',
    { state: ['state-reuse-applicant-list'], only: 'state', why: 'DFØs svar gjelder staten; vi har ikke funnet en kommunal kilde, og kommunens reglement avgjør' },
  ],
  ['Melde ledige stillinger til NAV (arbeidsplassen.nav.no)', { both: ['vacancy-report-to-nav'] }],
  ['Fungerende eller konstituert leder fast uten utlysning', { state: ['state-admin-keep-longer'], municipal: ['mun-acting-leader-permanent'] }],
  ['Kvalifikasjonsprinsippet', { state: ['state-qualification-principle'], municipal: ['mun-qualification-principle'] }],
  ['Overkvalifiserte søkere og personlig egnethet', { both: ['hiring-overqualified', 'hiring-personal-suitability'] }],
  ['Velferdsgrunner og moderat fortrinn', { state: ['state-moderate-preference'], municipal: ['mun-welfare-grounds'] }],
  ['Innstilling og ansettelsesmyndighet', { state: ['state-recommendation-innstilling', 'state-appointing-authority'], municipal: ['mun-appointing-authority'] }],
  [
    'Regelverk og steg i en ordinær ansettelse',
    { state: ['state-law-framework', 'state-hiring-process-steps'], municipal: ['mun-hiring-process-steps'], both: ['mun-state-vs-municipal'] },
  ],
  ['Grunnlag for midlertidig ansettelse', { state: ['state-temporary-grounds', 'state-temp-temporary-nature'], municipal: ['mun-temporary-grounds', 'mun-temp-project-funding'] }],
  ['Vikariat', { state: ['state-temp-substitute'], municipal: ['mun-temp-substitute'] }],
  ['Varsel når en midlertidig ansettelse slutter', { state: ['state-temp-end-notice'], municipal: ['mun-temp-end-notice'] }],
  ['Praksisarbeid og lærlinger (NAV-praksis er ikke praksisarbeid)', { state: ['state-temp-practice-work'], municipal: ['mun-temporary-grounds'] }],
  [
    'Utdanningsstillinger',
    {
      state: ['state-temp-education-positions'],
      only: 'state',
      why: 'bokstav d i statsansatteloven § 9 har ingen kommunal parallell; kommunens grunnlag står i mun-temporary-grounds',
    },
  ],
  ['Midlertidig uten særskilt grunn / uforutsett behov', { state: ['state-temp-unforeseen-need'], municipal: ['mun-general-temporary-repealed'] }],
  ['Tre- og fireårsregelen', { state: ['state-three-year-rule'], municipal: ['mun-temporary-permanent-rule'] }],
  ['Drøfting av midlertidige ansettelser med tillitsvalgte', { state: ['state-temp-union-discussion'], municipal: ['mun-temp-union-discussion'] }],
  ['Tillitsvalgte og utlysningsteksten', { state: ['state-ad-union-comment'], municipal: ['mun-ad-union-comment'] }],
  [
    'Kortvarig ansettelse uten utlysning (statsansatteloven § 7)',
    {
      state: ['state-administrative-appointment', 'state-admin-one-year-personalreglement', 'state-admin-needs-temporary-ground', 'state-admin-keep-longer'],
      municipal: ['mun-short-hire-without-advertisement'],
    },
  ],
  [
    'Ansette med midlertidig lønnstilskudd uten utlysning',
    {
      state: ['state-wage-subsidy-no-advertisement', 'state-wage-subsidy-how-to', 'state-wage-subsidy-2022-change'],
      municipal: ['mun-state-exceptions', 'mun-temporary-measure-participant'],
    },
  ],
  ['Kvalifikasjonsprinsippet ved ansettelse med lønnstilskudd', { state: ['state-wage-subsidy-qualification'], municipal: ['mun-state-exceptions'] }],
  ['Unntakene samlet', { state: ['state-exceptions-overview'], municipal: ['mun-state-exceptions', 'mun-nav-measures-outside'] }],
  ['Den midlertidige lønnstilskuddsansettelsen tar slutt', { state: ['state-wage-subsidy-ending'], municipal: ['mun-wage-subsidy-ending'] }],
  [
    'Traineeprogrammet i staten',
    {
      state: ['state-trainee-programme', 'state-trainee-how-to-join', 'state-trainee-position', 'state-trainee-duration', 'state-trainee-permanent'],
      municipal: ['mun-trainee-programme'],
    },
  ],
  ['Intervjuplikt for søkere med funksjonsnedsettelse eller hull i CV-en', { state: ['state-interview-obligation'], municipal: ['mun-interview-target-group'] }],
  ['Moderat fortrinn («tilnærmet like godt kvalifisert»)', { state: ['state-moderate-preference'], municipal: ['mun-interview-target-group'] }],
  ['Intervjuplikt for søkere med innvandrerbakgrunn', { state: ['state-interview-immigrant-background'], municipal: ['mun-interview-target-group'] }],
  [
    'Utlysning bare for målgruppen (positiv særbehandling, ldl § 11)',
    { state: ['state-trainee-how-to-join'], municipal: ['mun-target-group-only-advert', 'mun-target-group-advert-how', 'mun-earmarked-positions-number'] },
  ],
  ['Departementets brev til KS (2023)', { municipal: ['mun-ministry-letter-2023'], only: 'municipal', why: 'brevet gjelder kommunal sektor' }],
  [
    'Drøfting av øremerking og KS’ ønske om statens unntak',
    { municipal: ['mun-earmarking-union-discussion', 'mun-ks-request-state-exceptions'], only: 'municipal', why: 'øremerking og KS’ henvendelse gjelder kommunal sektor' },
  ],
  ['Inn i jobb', { municipal: ['mun-inn-i-jobb', 'mun-inn-i-jobb-municipalities', 'mun-inn-i-jobb-research'], only: 'municipal', why: 'avtalen gjelder kommunal sektor' }],
  [
    'VTA-O (varig tilrettelagt arbeid i ordinær virksomhet)',
    { state: ['state-vta-o'], municipal: ['mun-vta-o', 'mun-vta-o-status', 'mun-vta-o-ks-view', 'mun-vta-o-wages', 'mun-vta-o-municipal-role', 'mun-vta-o-grant'] },
  ],
  [
    'Midlertidig lønnstilskudd: satser, varighet og vilkår',
    { both: ['nav-wage-subsidy-rates', 'nav-wage-subsidy-duration', 'nav-wage-subsidy-apply', 'nav-reduced-work-capacity'] },
  ],
  [
    'Varig lønnstilskudd',
    {
      state: ['state-lasting-wage-subsidy-advertisement'],
      municipal: ['mun-lasting-wage-subsidy-advertisement'],
      both: ['nav-lasting-wage-subsidy', 'nav-lasting-wage-subsidy-duration', 'nav-temporary-vs-lasting-wage-subsidy'],
    },
  ],
  ['Fireårig lønnstilskudd for unge', { state: ['state-four-year-wage-subsidy-hiring'], municipal: ['mun-four-year-wage-subsidy-hiring'], both: ['nav-four-year-wage-subsidy'] }],
  [
    'Arbeidstrening',
    {
      state: ['state-work-trial-no-advertisement'],
      municipal: ['mun-nav-measures-outside'],
      both: ['nav-work-trial', 'nav-work-trial-not-employee', 'nav-work-trial-limits', 'nav-work-trial-vs-subsidy'],
    },
  ],
  ['Fra arbeidstrening til ansettelse', { state: ['state-work-trial-to-hire'], municipal: ['mun-work-trial-to-hire'] }],
  ['Inkluderingstilskudd, og hva som skjedde med tilretteleggingstilskuddet', { both: ['nav-inclusion-grant', 'nav-inclusion-grant-apply', 'nav-accommodation-grant'] }],
  ['Mentortilskudd', { both: ['nav-mentor-grant'] }],
  ['Funksjonsassistanse og hjelpemidler', { both: ['nav-function-assistance', 'nav-work-aids'] }],
  ['Vikar ved sykefravær og foreldrepermisjon (refusjon)', { state: ['state-temp-substitute'], both: ['nav-substitute-refund'] }],
  ['Fritak for arbeidsgiverperioden (folketrygdloven § 8-20) og sykepenger for nyansatte', { both: ['sick-pay-employer-period-exemption', 'sick-pay-new-hire'] }],
  [
    'Samarbeid med NAV om rekruttering',
    {
      state: ['nav-st-hanshaugen'],
      both: ['nav-what-nav-helps', 'nav-order-candidates', 'nav-typical-process', 'nav-contact-person', 'nav-expectations', 'nav-rekrutteringsbistand', 'nav-candidate-competence'],
    },
  ],
  ['Sjekkpunkt før utlysning (NAV først)', { state: ['gen-before-advertising', 'inc-routine-report-needs'], municipal: ['gen-before-advertising-municipal'] }],
  [
    'Inkluderende stillingsannonser',
    { state: ['inc-inclusive-job-ads', 'inc-nav-shares-ordinary-ad', 'state-ad-diversity-text'], municipal: ['mun-inclusive-job-ads'], both: ['ad-language-requirements'] },
  ],
  ['Universell utforming av rekrutteringen', { both: ['hiring-universal-design'] }],
  ['Hva arbeidsgiver ikke kan spørre om (ldl § 30, aml § 9-3)', { both: ['hiring-interview-forbidden-questions', 'duty-interview-health-questions'] }],
  ['Hva kandidaten ikke trenger å fortelle', { both: ['hiring-candidate-need-not-disclose'] }],
  ['Sykefravær hos tidligere arbeidsgiver og politiattest', { both: ['hiring-previous-sick-leave', 'hiring-police-certificate'] }],
  ['Søkerens rett til opplysninger om den som ble ansatt (ldl § 31)', { both: ['hiring-applicant-information-right'] }],
  ['Offentlig søkerliste når stillingen er for målgruppen', { both: ['hiring-applicant-list-target-group'] }],
  ['Dokumentasjon av ansettelsesvurderingen', { state: ['state-hiring-documentation'], municipal: ['mun-hiring-documentation'] }],
  ['Prøvetid', { state: ['state-probation'], municipal: ['mun-probation'] }],
  ['Oppsigelsesfrist i prøvetiden', { state: ['state-probation-notice'], municipal: ['mun-probation-notice'] }],
  ['Skriftlig arbeidsavtale', { both: ['employment-written-contract'] }],
  ['Individuell tilrettelegging for søkere og ansatte', { both: ['duty-individual-accommodation', 'duty-accommodation-applicants'] }],
  ['Redusert arbeidstid av helsegrunner', { both: ['duty-reduced-hours'] }],
  ['Aktivitets- og redegjørelsesplikten', { both: ['duty-arp', 'duty-arp-recruitment'] }],
  ['Rapportering om inkludering', { state: ['state-inclusion-reporting', 'inc-fellesforing-2024'], municipal: ['mun-inclusion-reporting'] }],
  ['Inkluderingsdugnaden og femprosentmålet', { state: ['inc-inkluderingsdugnaden', 'inc-dugnad-results'], municipal: ['mun-consultation-2018'] }],
  [
    'Gode eksempler og erfaringer fra staten',
    {
      state: ['inc-example-statens-vegvesen', 'inc-example-statsforvalteren-vestland', 'inc-barriers', 'inc-enablers'],
      only: 'state',
      why: 'evalueringen (Oslo Economics 2023) gjelder statlige virksomheter; kommunale erfaringer står under Inn i jobb',
    },
  ],
  ['IA-avtalen', { both: ['ia-agreement', 'ia-no-ia-company'] }],
  ['Intern kunngjøring av ledige stillinger (aml § 14-1)', { both: ['duty-internal-vacancy-info'] }],
  ['Personvern og helseopplysninger', { both: ['duty-privacy-health-data', 'gen-bot-privacy'] }],
];

const SECTORS = ['state', 'municipal', 'both'] as const;

/** Words that answer a question directly. */
const DIRECT = /^(Ja|Nei|Det kommer an på|Ikke|Bare)(?=[\s,.:;–-]|$)/;
/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATION = /(?:^|\s)(?:St|nr|kap|jf|pkt|ca|bl\.a|f\.eks|dvs|mv|osv)$/;

/** The first line and the first sentence of an answer, without markdown emphasis. */
function opening(answer: string): { line: string; sentence: string } {
  const plain = answer.replace(/\*\*/g, '').replace(/(^|[\s(])_([^_\n]+)_/g, '$1$2');
  const line =
    plain
      .split('\n')
      .find((l) => l.trim() !== '')
      ?.trim() ?? '';
  const end = /[.!?:](?=\s+[A-ZÆØÅ«]|\s*$)/g;
  for (let m = end.exec(line); m; m = end.exec(line)) {
    const before = line.slice(0, m.index);
    if (m[0] === '.' && ABBREVIATION.test(before)) continue;
    return { line, sentence: line.slice(0, m.index + 1) };
  }
  return { line, sentence: line };
}

/** Why an opening is not an answer, or '' when it is one. */
function notAnAnswer(answer: string): string {
  const { line, sentence } = opening(answer);
  if (/^(#{1,6}|[-*•]|\d+[.)])\s/.test(line)) return `opens with a list or heading: «${line.slice(0, 60)}»`;
  if (DIRECT.test(sentence)) return '';
  const words = sentence.split(/\s+/).filter(Boolean).length;
  if (sentence.endsWith(':') && words < 6) return `opens with a heading: «${sentence}»`;
  if (words > 45) return `the first sentence is not short (${words} words)`;
  return '';
}

describe('the answer-opening check itself', () => {
  it.each([
    ['Ja, i en midlertidig stilling. Siden 1. juli 2022 …', ''],
    ['Nei. En plass for arbeidstrening er ikke en ledig stilling.', ''],
    ['Det kommer an på hva kommunen vil: skal personen bli fast …', ''],
    ['Søkeren oppgir det selv. I rekrutteringsportalene …', ''],
    ['**NAV St. Hanshaugen** er kontaktpunkt for statlige virksomheter i Oslo-området.', ''],
    ['I høringssvaret 20. oktober 2025 er KS grunnleggende positiv.', ''],
    ['Kort fortalt:\n\n- **Lov:** Staten følger statsansatteloven.', 'heading'],
    ['En typisk gang:\n- **Behov:** …', 'heading'],
    ['- **Inntil 12 måneder** som hovedregel.', 'list'],
    ['## Prøvetid\nSeks måneder.', 'heading'],
    [`${'ord '.repeat(50)}slutt.`, 'not short'],
  ])('%j → %s', (answer, problem) => {
    const found = notAnAnswer(answer);
    if (problem === '') expect(found).toBe('');
    else expect(found).toContain(problem);
  });
});

describe('coverage per sector', () => {
  const entries = loadCuratedEntries();
  const byId = new Map(entries.map((e) => [e.id, e]));

  it.each(COVERAGE)('%s: every entry exists, in the sector of its column', (_topic, cover) => {
    for (const sector of SECTORS) {
      for (const id of cover[sector] ?? []) {
        const e = byId.get(id);
        expect(e, `${id} is missing`).toBeDefined();
        expect(e?.sector, id).toBe(sector);
      }
    }
  });

  it.each(COVERAGE)('%s: is answered for both sectors, or says why it belongs to one', (_topic, cover) => {
    const has = (s: keyof Coverage) => (cover[s] as string[] | undefined)?.length ?? 0;
    if (cover.only) {
      expect(cover.why?.length ?? 0).toBeGreaterThan(10);
      expect(has(cover.only)).toBeGreaterThan(0);
    } else {
      expect(has('both') > 0 || (has('state') > 0 && has('municipal') > 0)).toBe(true);
    }
  });

  const listed = [...new Set(COVERAGE.flatMap(([, c]) => SECTORS.flatMap((s) => c[s] ?? [])))];
  it.each(listed)('%s opens with a direct answer or a short statement, not a heading', (id) => {
    const e = byId.get(id);
    expect(e, id).toBeDefined();
    expect(notAnAnswer(e!.answer)).toBe('');
  });

  // A municipal answer names the state's regulations only to say that they are the state's, or do not apply.
  it.each(listed.filter((id) => byId.get(id)?.sector === 'municipal'))('%s presents no state rule as the municipality’s', (id) => {
    const sentences = byId.get(id)!.answer.split(/(?<=[.!?])\s+|\n+/);
    for (const s of sentences.filter((x) => /statsansatte(loven|forskriften)/.test(x))) {
      expect(s, id).toMatch(/\b(staten|statens|statlige?)\b|\bikke\b/i);
    }
  });

  it('ids say their sector: state-* entries are for the state, mun-* entries for municipalities', () => {
    for (const e of entries) {
      if (e.id.startsWith('state-')) expect(e.sector, e.id).toBe('state');
      if (e.id.startsWith('mun-') && e.id !== 'mun-state-vs-municipal') expect(e.sector, e.id).toBe('municipal');
    }
  });
});
