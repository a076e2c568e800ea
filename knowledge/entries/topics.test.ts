/**
 * The topics added for issue 12 (NAV measures, sick pay, the IA agreement, the trainee programme,
 * interviews, documentation, reporting …): placeholders that resolve to today's value, no amounts or
 * durations written into the answers, answer-first shape, the legal review's corrections, and a
 * modest table of manager questions answered through the real search index.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTRIES_DIR, loadCuratedEntries } from './index.js';
import type { Entry } from './schema.js';
import { hasParameter, valueOn } from '../parameters/registry.js';
import { parameterIdsIn, renderParameters } from '../parameters/format.js';
import { TEST_DAY } from '../../test/support/clock.js';
import { createCuratedIndex } from '../search/curated.js';
import { describeKnownMisses } from '../../test/support/entryChecks.js';

const TODAY = new Date().toISOString().slice(0, 10);

/** The entry files this topic owns. */
const TOPIC_FILES = [
  'nav-measures.json',
  'nav-inclusion-grant.json',
  'nav-lasting-wage-subsidy.json',
  'nav-function-assistance.json',
  'nav-work-trial.json',
  'municipal-vta.json',
  'sick-pay-employer-period.json',
  'ia-agreement.json',
  'trainee-programme.json',
  'hiring-interview.json',
  'hiring-universal-design.json',
  'job-ads.json',
  'hiring-applicant-list.json',
  'hiring-documentation.json',
  'wage-subsidy-ending.json',
  'employment-contract.json',
  'inclusion-reporting.json',
  'municipal-hiring-rules.json',
  'nav-four-year-wage-subsidy.json',
  'state-vta.json',
  'nav-vta-o.json',
  'state-wage-subsidy-exemption-nav.json',
  'nav-services.json',
];

const all = loadCuratedEntries();
const byId = new Map(all.map((e) => [e.id, e]));
const topicEntries: Entry[] = TOPIC_FILES.flatMap((f) => JSON.parse(readFileSync(join(ENTRIES_DIR, f), 'utf8')) as Entry[]);
const entry = (id: string): Entry => {
  const e = byId.get(id);
  if (!e) throw new Error(`no entry ${id}`);
  return e;
};

describe('parameter placeholders in every curated entry', () => {
  it.each(all.filter((e) => parameterIdsIn(e.answer).length > 0).map((e) => [e.id, e] as const))('%s names parameters that exist and have a value today', (_id, e) => {
    for (const id of parameterIdsIn(e.answer)) {
      expect(hasParameter(id), `${e.id}: unknown parameter ${id}`).toBe(true);
      expect(valueOn(id, TODAY), `${e.id}: ${id} has no value on ${TODAY}`).toBeDefined();
    }
    expect(renderParameters(e.answer, TODAY)).not.toMatch(/\{\{/);
  });
});

describe('the topic entries', () => {
  it('are all loaded by the curated loader', () => {
    for (const e of topicEntries) expect(byId.has(e.id), e.id).toBe(true);
  });

  // Amounts, rates, caps and durations live in knowledge/parameters; an answer names the parameter.
  const HARD_CODED = /\b\d+(?:[ ,.]\d+)*\s*(?:%|prosent|kr\b|kroner|G\b|dager?\b|uker?\b|måned(?:er)?\b|år\b)/i;
  it.each(topicEntries.map((e) => [e.id, e] as const))('%s writes no amount or duration into its answer', (_id, e) => {
    expect(e.answer.replace(/\{\{p:[a-z0-9.-]+\}\}/g, '')).not.toMatch(HARD_CODED);
  });

  it.each(topicEntries.map((e) => [e.id, e] as const))('%s ends with a next step and was reviewed for this round', (_id, e) => {
    expect(e.answer).toMatch(/_Neste steg:_ \S[^\n]*$/);
    expect(e.lastReviewed >= '2026-11-30', `${e.id}: ${e.lastReviewed}`).toBe(true);
    expect(e.questions.length).toBeGreaterThanOrEqual(5);
  });

  it('give a municipal manager a municipal answer and a state manager a state answer where the rules differ', () => {
    const pairs: Array<[state: string, municipal: string]> = [
      ['state-lasting-wage-subsidy-advertisement', 'mun-lasting-wage-subsidy-advertisement'],
      ['state-work-trial-to-hire', 'mun-work-trial-to-hire'],
      ['state-wage-subsidy-ending', 'mun-wage-subsidy-ending'],
      ['state-probation', 'mun-probation'],
      ['state-hiring-documentation', 'mun-hiring-documentation'],
      ['state-inclusion-reporting', 'mun-inclusion-reporting'],
      ['state-trainee-how-to-join', 'mun-trainee-programme'],
    ];
    for (const [s, m] of pairs) {
      expect(entry(s).sector, s).toBe('state');
      expect(entry(m).sector, m).toBe('municipal');
      // A municipal answer may name the state's rules only to say that they do not apply.
      expect(entry(m).answer, m).not.toMatch(/statsansatteforskriften § 3a/);
    }
  });
});

describe("the legal review's NAV findings", () => {
  it('F4.3: tilretteleggingstilskudd is described as abolished, inkluderingstilskudd as today’s scheme', () => {
    const e = entry('nav-accommodation-grant');
    expect(e.answer).toMatch(/^Nei, \*\*tilretteleggingstilskuddet finnes ikke lenger\*\*/);
    expect(e.answer).toMatch(/1\. januar 2019/);
    expect(e.answer).toMatch(/inkluderingstilskudd/);
    expect(e.answer).not.toMatch(/hjemmekontor|endret arbeidstid/);
    for (const other of all) {
      if (other.id === 'nav-accommodation-grant' || other.id === 'ia-no-ia-company') continue;
      expect(other.answer, other.id).not.toMatch(/Tilretteleggingstilskudd fra NAV/i);
    }
  });

  it.each([
    ['2023-06-01', 143900],
    ['2024-06-01', 149100],
    ['2025-06-01', 154800],
    ['2026-06-01', 160400],
  ])('F4.4: the inclusion grant cap on %s is %d kr', (date, amount) => {
    expect(valueOn('nav.inclusion-grant.cap', date)?.value).toBe(amount);
  });

  it('F4.4: the inclusion grant entries name the cap, the twelve-month window and applying before purchase', () => {
    expect(parameterIdsIn(entry('nav-inclusion-grant').answer)).toEqual(['nav.inclusion-grant.cap', 'nav.inclusion-grant.period-months']);
    expect(entry('nav-inclusion-grant').answer).toMatch(/\*\*før\*\* dere kjøper inn/);
    expect(entry('nav-inclusion-grant-apply').answer).toMatch(/^Dere må søke \*\*før\*\*/);
  });

  it('F4.5: mentor and work trial durations and the staffing rule', () => {
    expect(parameterIdsIn(entry('nav-mentor-grant').answer)).toEqual(['nav.mentor.max-months', 'nav.mentor.max-years-reduced-capacity']);
    expect(parameterIdsIn(entry('nav-work-trial').answer)).toEqual(['nav.work-trial.max-months', 'nav.work-trial.extension-months']);
    expect(entry('nav-work-trial-limits').answer).toMatch(/^Arbeidstrening skal \*\*aldri dekke grunnbemanningen\*\*/);
    expect(renderParameters(entry('nav-mentor-grant').answer, '2026-11-30')).toMatch(/inntil 6 måneder.*inntil 3 år/s);
  });

  it('F4.6/M1: the lasting wage subsidy with rates, cap and review', () => {
    const text = renderParameters(entry('nav-lasting-wage-subsidy').answer, '2026-11-30');
    expect(text).toMatch(/inntil 75 % av lønnskostnaden det første året, deretter inntil 67 %/);
    expect(text).toMatch(/høyere enn 5 G per år/);
    expect(text).toMatch(/høyst 6 måneder mellom hver gang/);
  });

  it('F4.8: every VTA-O entry says the 2025 proposal’s status must be checked with NAV', () => {
    const vta = all.filter((e) => e.id.startsWith('mun-vta-o'));
    expect(vta.length).toBeGreaterThanOrEqual(6);
    for (const e of vta) expect(e.answer, e.id).toMatch(/ikke kunnet bekrefte/);
  });

  it('M3: the § 8-20 exemption uses the dated employer period and refers to no diagnosis', () => {
    const e = entry('sick-pay-employer-period-exemption');
    expect(e.answer).toMatch(/^Ja, det kan dere søke om: etter \*\*folketrygdloven § 8-20\*\*/);
    expect(renderParameters(e.answer, '2026-11-30')).toMatch(/arbeidsgiverperioden \(16 dager\)/);
    expect(e.answer).toMatch(/ikke spørre om diagnose/);
  });

  it('M4: the trial period in a temporary post is capped at half from 1 July 2024, not before', () => {
    expect(valueOn('employment.probation.temporary-max-share', '2024-06-30')).toBeUndefined();
    expect(valueOn('employment.probation.temporary-max-share', '2024-07-01')?.value).toBe(50);
    expect(renderParameters(entry('state-probation').answer, '2026-11-30')).toMatch(/aldri mer enn halvparten av ansettelsens lengde \(statsansatteloven § 15/);
    expect(renderParameters(entry('mun-probation').answer, '2026-11-30')).toMatch(/\(arbeidsmiljøloven § 15-6/);
  });
});

describe('NAV measures: the facts managers ask for', () => {
  const rendered = (id: string) => renderParameters(entry(id).answer, '2026-11-30');
  it.each([
    ['nav-wage-subsidy-basis', /utbetalt lønn[\s\S]*feriepenger[\s\S]*arbeidsgiveravgift[\s\S]*obligatorisk tjenestepensjon/],
    ['nav-wage-subsidy-part-time-refund', /hel- og deltidsstilling[\s\S]*inntil 3 måneder[\s\S]*refusjon/],
    ['nav-wage-subsidy-combine', /mentortilskudd[\s\S]*inkluderingstilskudd/],
    ['nav-mentor-agreement', /dere som arbeidsgiver\*\* eller av \*\*NAV-veilederen[\s\S]*hvem som skal være mentor/],
    ['nav-work-trial-no-duty-to-hire', /^Nei, dere har ingen plikt til å ansette/],
    ['nav-work-trial-how-to-offer', /NAVs arbeidsgivertelefon\*\* \(nummeret står i svaret/],
    ['nav-contact-employer-line', /55 55 33 36/],
    ['sick-pay-exemption-refund', /alle sykefravær, uansett diagnose[\s\S]*Fristen er 3 måneder/],
    ['nav-inclusion-grant-not-covered', /^Nei, ikke vanlige kostnader/],
    ['state-wage-subsidy-ending', /inntil 24 måneder[\s\S]*statsansatteloven § 17/],
    ['mun-wage-subsidy-ending', /gjelder ikke for en deltaker i arbeidsmarkedstiltak ansatt etter bokstav d/],
    ['nav-vta-o-apply', /uføretrygd[\s\S]*ikke kunnet bekrefte/],
    ['nav-wage-subsidy-step-down', /^Satsen trappes ned[\s\S]*40 %[\s\S]*6 måneder\*\* – altså et halvt år – og deretter \*\*30 %/],
    ['nav-wage-subsidy-period-decided', /^NAV bestemmer det[\s\S]*høyst \*\*12 måneder \(ett år\)\*\*[\s\S]*24 måneder \(to år\)/],
    ['nav-lasting-wage-subsidy-duration', /minst hvert halvår – med høyst 6 måneder mellom hver gang/],
    ['nav-mentor-ordinary-employee', /^Ja, det kan være mulig[\s\S]*få eller beholde ordinært arbeid/],
    ['nav-mentor-agreement', /^Det er arbeidsgiveren som søker/],
    ['nav-work-trial-start-approval', /^Nei – arbeidstreningen kan ikke starte før avtalen er godkjent av NAV/],
    ['nav-work-trial-daily', /^Nei – en deltaker på arbeidstrening skal ikke jobbe alene[\s\S]*jobbe sammen med en annen person[\s\S]*betaler ikke lønn/],
    ['nav-work-trial-insurance', /kollektiv ansvars- og ulykkesforsikring[\s\S]*Spør NAV-veilederen/],
    ['nav-vta-o-employer-money', /^Dere får et \*\*månedlig tilskudd\*\* fra NAV – 7 321 kr[\s\S]*uføretrygd/],
    ['nav-recruitment-altinn-access', /«Rekruttering»[\s\S]*«Lønn og personalmedarbeider»/],
    // rv18-nav (2026-12-02): opens «Det kommer an på ansettelsen» – a fast ansatt is not let go when the subsidy ends (SPH 3.1; statsansatteloven §§ 17, 4).
    [
      'state-wage-subsidy-ending-dismissal',
      /^Det kommer an på ansettelsen[\s\S]*trenger dere ikke si opp[\s\S]*§ 17 første ledd[\s\S]*\*\*fast\*\* ansatt, fortsetter[\s\S]*§ 19 eller § 20[\s\S]*lyses ut offentlig \(statsansatteloven § 4\)/,
    ],
    // The same for the municipal entry (aml § 14-9 sjette ledd; § 15-7 for a fast ansatt): the answer depends on the employment.
    [
      'mun-wage-subsidy-ending-dismissal',
      /^Det kommer an på ansettelsen[\s\S]*trenger kommunen ikke si opp[\s\S]*§ 14-9 sjette ledd[\s\S]*\*\*fast\*\* ansatt, fortsetter[\s\S]*§ 15-7/,
    ],
    // kbnav (2026-12-01): ordering from NAV, sick pay, the end of a wage subsidy, and measures.
    ['nav-arbeidsplassen-post-vacancy', /gratis[\s\S]*få minutter[\s\S]*«Rekruttering»/],
    ['nav-cv-search-closed', /^Nei, ikke CV-ene[\s\S]*februar 2021[\s\S]*lovhjemmel/],
    ['nav-employer-decides-hire', /^Nei\. NAV foreslår kandidater[\s\S]*arbeidsgiverens oppgave/],
    ['sick-pay-employer-period-basics', /^Arbeidsgiverperioden er 16 dager[\s\S]*minst 4 uker[\s\S]*mindre enn 16 dager[\s\S]*opp til 6 G/],
    ['sick-pay-refund-after-employer-period', /^Send \*\*inntektsmelding\*\*[\s\S]*inntil 3 måneder før den kalendermåneden/],
    ['sick-pay-exemption-hiring-no-asking', /^Nei[\s\S]*arbeidsmiljøloven § 9-3[\s\S]*før hen begynner/],
    ['nav-wage-subsidy-extension', /^Ja, innenfor den lengste varigheten[\s\S]*12 måneder \(ett år\)[\s\S]*24 måneder \(to år\)/],
    ['nav-wage-subsidy-to-lasting', /varig og vesentlig nedsatt arbeidsevne[\s\S]*75 %[\s\S]*67 %[\s\S]*5 G per år/],
    ['nav-work-trial-sick', /^Dere betaler ingen sykepenger: en deltaker på arbeidstrening er ikke ansatt/],
    ['nav-measures-no-right', /^Nei, ikke som en rettighet[\s\S]*tiltaksforskriften § 1-3/],
    ['nav-substitute-own-wage', /^Nei, ikke for vikaren selv[\s\S]*opp til 6 G/],
    ['nav-wage-subsidy-agreement-change', /alle parter godkjenne den på nytt/],
    ['nav-candidate-list', /\*\*kandidatliste\*\*[\s\S]*bemanne, rekruttere[\s\S]*slettes automatisk 6 måneder/],
    // kbnav2 (2026-12-01): NAV and the vacancy, § 8-20 in practice, grant payout, work trial, wage subsidy, IA, reporting.
    ['nav-vacancy-filled-notify', /^Ja\. En arbeidsgiver som har bedt NAV[\s\S]*arbeidsmarkedsloven § 7[\s\S]*Ta ned annonsen/],
    ['nav-anonymous-ad', /^Det kommer an på[\s\S]*arbeidsmarkedsloven § 7[\s\S]*ikke kunnet bekrefte/],
    ['sick-pay-exemption-not-automatic', /^Nei, ikke automatisk[\s\S]*§ 8-20[\s\S]*legeerklæring[\s\S]*ikke bakover/],
    ['sick-pay-exemption-treatment-period', /^Det kommer an på NAVs vurdering[\s\S]*gjentatte sykefravær i en begrenset periode[\s\S]*før hen begynner/],
    ['nav-inclusion-grant-payout', /^Etterpå[\s\S]*etterskuddsvis[\s\S]*ikke funnet at NAV gir forskudd/],
    ['nav-inclusion-grant-workplace-assessment', /^Ja, det kan dekkes[\s\S]*ergoterapeut[\s\S]*NAV Hjelpemiddelsentral/],
    ['nav-work-trial-goals-roles', /^Det avtales mellom tre parter[\s\S]*\*\*før\*\* den starter[\s\S]*tilretteleggings- og oppfølgingsavtale/],
    ['nav-wage-subsidy-real-job', /^Ja\. Med midlertidig lønnstilskudd[\s\S]*vanlig hel- eller deltidsstilling med ordinær lønn[\s\S]*arbeidstrening/],
    ['nav-wage-subsidy-employee-sick', /^Det kommer an på fraværet[\s\S]*arbeidsgiverperiode \(16 dager\)/],
    ['ia-agreement-sick-pay', /^Nei, sykelønnsordningen er ikke lenger garantert[\s\S]*brede forlik/],
    ['ia-not-inclusion-goal', /^Nei, de er ikke det samme – det er to forskjellige ting[\s\S]*inkluderingsdugnaden/],
    ['state-ministry-equality-reporting', /^Det kommer an på[\s\S]*Prop\. 1 S[\s\S]*ikke kunnet bekrefte/],
    // kbsrcnav (2026-12-01): source sweep of nav.no's employer pages, tiltaksforskriften and DFØ.
    ['nav-function-assistance-changes', /^Ja – dere og den ansatte \*\*plikter å si fra til NAV\*\*[\s\S]*1 år[\s\S]*heller ikke når den ansatte er syk[\s\S]*§ 6-2/],
    ['nav-follow-up-agreement', /^Det er en \*\*skriftlig avtale[\s\S]*fast kontaktperson i NAV[\s\S]*innen frister[\s\S]*inkluderingstilskudd[\s\S]*eldre side på nav\.no/],
    ['nav-work-trial-job-offer', /^Da skal arbeidstreningen som hovedregel \*\*avsluttes\*\*[\s\S]*§ 1-3[\s\S]*særlige tilfeller[\s\S]*før dere gir tilbudet/],
    ['nav-wage-subsidy-refund-frequency', /\*\*Varig lønnstilskudd\*\* har samme ordning[\s\S]*høyst 3 måneder av gangen/],
    ['state-trainee-position', /Traineen og mentoren skriver under en avtale/],
    ['nav-vta-o-apply', /riktig virksomhetsnummer \(underenheten\) og deltakerens fødselsnummer/],
    // kb5nav (2026-12-01): everyday situations with someone on a NAV measure, sick pay with full salary, IA, ARP supervision.
    ['nav-wage-subsidy-refund-claim', /^Nei, ikke helt automatisk[\s\S]*a-meldingen[\s\S]*«inntektsmelding»[\s\S]*senest 2 måneder/],
    ['nav-wage-subsidy-agreement-change', /a-meldingen[\s\S]*alle parter godkjenne den på nytt[\s\S]*Refusjonen følger lønnen/],
    ['nav-wage-subsidy-employment-ends', /^Da stopper tilskuddet[\s\S]*senest 2 måneder[\s\S]*ikke et eget grunnlag for å si opp/],
    ['nav-lasting-wage-subsidy-current-employee', /\*\*beholde\*\*[\s\S]*12 måneder[\s\S]*§ 4-6/],
    ['nav-lasting-wage-subsidy-disability-pension', /gradert eller full uføretrygd[\s\S]*§ 12-14[\s\S]*VTA-O/],
    ['nav-wage-subsidy-ending-reduced-capacity', /Varig lønnstilskudd[\s\S]*Mentortilskudd[\s\S]*Inkluderingstilskudd[\s\S]*§ 8-20/],
    ['nav-work-trial-benefits', /^Dere betaler ingenting[\s\S]*tiltakspenger[\s\S]*fylt 18 år/],
    ['nav-work-trial-working-environment', /§ 1-6 første ledd bokstav g[\s\S]*kapittel 1 til 13, 18 og 19/],
    ['nav-work-trial-end-early', /^Ja, men ta det med NAV[\s\S]*§ 1-3/],
    ['nav-summer-job-grant', /16 år til 29 år[\s\S]*4 uker[\s\S]*50 %[\s\S]*75 %/],
    ['nav-function-assistance-new-job', /^Nei, ikke automatisk[\s\S]*søkes på nytt/],
    ['nav-vta-o-office-payment', /NAV-kontoret deltakeren hører til[\s\S]*søke om refusjon/],
    ['nav-arbeidsplassen-several-managers', /«Rekruttering»[\s\S]*ser og kan endre de samme/],
    ['nav-vacancy-report-content', /arbeidsmarkedsloven § 7[\s\S]*\*\*grunnen\*\*/],
    ['nav-anonymous-ad', /oppgi \*\*grunnen\*\*/],
    ['sick-pay-full-salary-refund', /opp til 6 G[\s\S]*52 uker[\s\S]*§ 23-2/],
    ['ia-bransjeprogram', /hjemmetjenesten[\s\S]*ikke kunnet bekrefte/],
    ['inclusion-arp-supervision', /Likestillings- og diskrimineringsombudet[\s\S]*Diskrimineringsnemnda/],
    ['inclusion-report-missing-consequence', /Diskrimineringsnemnda[\s\S]*tvangsmulkt/],
    // kb6nav (2026-12-01): NAV services a hiring manager meets (IPS, AFT, courses, ekspertbistand, aids, interpreters, youth) and sick pay for a new hire.
    ['nav-ips-employer', /jobbspesialist[\s\S]*ordinær, lønnet jobb[\s\S]*ikke tidsbegrenset[\s\S]*vanlig arbeidsavtale/],
    ['nav-aft-hire', /^Ja\. \*\*Arbeidsforberedende trening[\s\S]*ikke ansatt[\s\S]*§ 1-3[\s\S]*inntil 12 måneder/],
    ['nav-training-before-hire', /^Det kommer an på NAVs vurdering[\s\S]*AMO[\s\S]*kapittel 7[\s\S]*ikke ansatt/],
    ['nav-expert-assistance', /ekspertbistand[\s\S]*trenger ikke være sykmeldt[\s\S]*\*\*før\*\*[\s\S]*refusjon/],
    ['nav-work-aids-apply', /^Det er \*\*den ansatte\*\*[\s\S]*§ 10-5[\s\S]*§ 4-6[\s\S]*ny arbeidsgiver/],
    ['nav-interpreter-deaf', /^NAV – ikke dere[\s\S]*§ 10-7 bokstav f og g[\s\S]*vedtak/],
    ['nav-interpreter-interview', /Tolketjenesten[\s\S]*vedtak om tolk[\s\S]*§ 22/],
    ['nav-reading-secretary', /^Ja\.[\s\S]*§ 10-7 bokstav e[\s\S]*\*\*ansatt hos dere\*\*/],
    ['nav-arbeidslivssenter', /ikke med å finne kandidater[\s\S]*IA-rådgiveren/],
    ['nav-youth-guarantee', /under 30 år[\s\S]*fast kontaktperson[\s\S]*1\. juli 2023[\s\S]*Ingen egne plikter/],
    ['nav-youth-lift', /intensjonsavtale[\s\S]*ikke kunnet bekrefte/],
    ['nav-measures-employment-overview', /^Det kommer an på tiltaket[\s\S]*Arbeidstrening:\*\* ikke ansatt[\s\S]*§ 1-3/],
    ['sick-pay-new-hire-earning-period', /4 uker[\s\S]*§ 8-2[\s\S]*kapittel 4, 8, 9 og 14[\s\S]*Arbeidsavklaringspenger/],
    ['state-sick-pay-new-hire', /§ 18[\s\S]*\*\*som har tiltrådt\*\*[\s\S]*opphører når ansettelsen opphører/],
    ['sick-pay-new-hire', /opptjening[\s\S]*§ 8-2/],
    ['nav-wage-subsidy-employee-sick', /Gradert sykmelding/],
    // kb7nav (2026-12-01): NAV money in special situations, mentors, work-trial practicalities, complaints, IA offers.
    ['nav-wage-subsidy-pay-elements', /uregelmessige tillegg knyttet til arbeidet tid[\s\S]*Overtidsgodtgjørelse, bonus[\s\S]*opptjent/],
    ['nav-wage-subsidy-holiday', /feriepengene[\s\S]*hver måned[\s\S]*ferietrekk/],
    ['nav-wage-subsidy-leave', /Permisjon uten lønn[\s\S]*trekkes fra/],
    ['nav-wage-subsidy-employee-sick', /sykepengene refundert[\s\S]*trekkes fra/],
    ['nav-wage-subsidy-two-employers', /virksomhetsnummer[\s\S]*§ 1-3/],
    ['nav-mentor-who', /frikjøpe en kollega[\s\S]*Ekstern mentor/],
    ['nav-mentor-hours-pay', /egen timelønn[\s\S]*inntil 6 måneder[\s\S]*arbeidsgiveravgift/],
    ['nav-work-trial-reference', /§ 15-15[\s\S]*kapittel 1 til 13, 18 og 19[\s\S]*Ikke helse/],
    ['nav-work-trial-evening-weekend', /sammen med en annen[\s\S]*§ 10-11/],
    ['nav-work-trial-holiday', /ikke feriepenger[\s\S]*NAV-veilederen/],
    ['nav-complaint-decision', /forvaltningsloven[\s\S]*6 uker[\s\S]*3 uker[\s\S]*hos en arbeidsgiver/],
    ['nav-no-answer', /arbeidsgivertelefon[\s\S]*Markedskontakten[\s\S]*serviceklager/],
    ['nav-inclusion-grant-payout', /Saksbehandlingstid/],
    ['ia-idebanken', /Arbeids- og velferdsdirektoratet[\s\S]*ikke tilskudd/],
    ['ia-practical-offers', /ingen egne IA-tilskudd[\s\S]*ekspertbistand[\s\S]*ikke kunnet bekrefte/],
    ['state-inclusion-wage-subsidy-count', /egen avkrysning[\s\S]*Arbeidstrening\*\* telles ikke/],
  ])('%s says it', (id, pattern) => {
    expect(rendered(id)).toMatch(pattern);
  });

  it('the refund period and the sick-pay refund deadline are dated parameters', () => {
    expect(valueOn('nav.temporary-wage-subsidy.refund-period-max-months', '2026-11-30')?.value).toBe(3);
    expect(valueOn('nav.temporary-wage-subsidy.refund-period-max-months', '2026-11-29')).toBeUndefined();
    expect(valueOn('sickpay.refund-claim-deadline-months', '2026-11-30')?.value).toBe(3);
    expect(valueOn('nav.temporary-wage-subsidy.sick-leave-months', '2026-11-30')?.value).toBe(12);
    expect(valueOn('sickpay.period-gap-days', '2026-11-30')?.value).toBe(16);
    expect(valueOn('nav.shared-cv.delete-after-months', '2026-11-30')?.value).toBe(6);
    expect(valueOn('nav.measures.refund-claim-deadline-months', '2026-11-30')?.value).toBe(2);
    expect(valueOn('nav.measures.refund-claim-deadline-months', '2023-01-31')).toBeUndefined();
    expect(valueOn('nav.summer-job.max-weeks', '2026-06-01')?.value).toBe(4);
    expect(valueOn('nav.tiltakspenger.min-age', '2026-11-30')?.value).toBe(18);
    expect(valueOn('sickpay.max-weeks', '2026-11-30')?.value).toBe(52);
    expect(valueOn('nav.measures.complaint-weeks', '2026-11-30')?.value).toBe(6);
    expect(valueOn('nav.measures.complaint-weeks-employer', '2026-11-30')?.value).toBe(3);
    expect(valueOn('nav.measures.complaint-weeks-employer', '2023-02-09')).toBeUndefined();
  });
});

/**
 * A modest table of typical manager questions (not the entries' own phrasings) and the entry that
 * must answer, through the real curated index. The search engine is being reworked elsewhere; the
 * questions it currently misses are listed below as todo rather than tuned for.
 */
const INDEX_CASES: Array<[question: string, expected: string | string[]]> = [
  ['hvor mye betaler nav ved varig lønstilskudd', ['nav-lasting-wage-subsidy', 'nav-wage-subsidy-overview']],
  ['Hva skiller varig lønnstilskudd fra det midlertidige?', 'nav-temporary-vs-lasting-wage-subsidy'],
  ['ansette fast med varig lønnstilskudd i et direktorat uten å lyse ut', 'state-lasting-wage-subsidy-advertisement'],
  ['Hvor mye kan vi få dekket med inkluderingstilskudd?', 'nav-inclusion-grant'],
  ['Finnes tilretteleggingstilskudd fortsatt?', 'nav-accommodation-grant'],
  ['Kan NAV betale for en assistent til en blind ansatt?', 'nav-function-assistance'],
  ['Hvor lenge kan vi få mentortilskudd?', ['nav-mentor-grant', 'nav-mentor-duration']],
  ['Er en som er på arbeidstrening ansatt hos oss?', ['nav-work-trial-not-employee', 'nav-work-trial']],
  ['Kan vi bruke arbeidstrening som ferievikar?', 'nav-work-trial-limits'],
  ['Kan NAV dekke arbeidsgiverperioden for en med kronisk sykdom?', 'sick-pay-employer-period-exemption'],
  ['Hva er den nye IA-avtalen?', 'ia-agreement'],
  ['Må en traineestilling være hundre prosent?', 'state-trainee-position'],
  ['Er det lov å spørre om søkeren skal ha barn?', 'hiring-interview-forbidden-questions'],
  ['Må vi kalle inn søkere med innvandrerbakgrunn til intervju?', 'state-interview-immigrant-background'],
  ['Må vi ha offentlig søkerliste for en stilling bare for målgruppen?', 'hiring-applicant-list-target-group'],
  ['Hva gjør kommunen når den midlertidige ansettelsen med lønnstilskudd går ut?', 'mun-wage-subsidy-ending'],
  ['Hvor lang prøvetid kan kommunen avtale?', 'mun-probation'],
  ['Må kommunen rapportere ansettelser fra målgruppen?', 'mun-inclusion-reporting'],
  ['Kan kommunen delta i traineeprogrammet i staten?', 'mun-trainee-programme'],
  ['Når må arbeidsavtalen være skrevet?', 'employment-written-contract'],
  ['Må kommunen lyse ut ledige stillinger?', 'mun-public-advertisement'],
  ['Kan kommunen ansette administrativt i seks måneder?', 'mun-short-hire-without-advertisement'],
  ['Hvem bestemmer hvem som skal ansettes i kommunen?', 'mun-appointing-authority'],
  ['Hvem er målgruppen i kommunen?', 'mun-who-is-target-group'],
  ['Må kommunen kalle inn søkere med innvandrerbakgrunn?', 'mun-interview-target-group'],
  ['Må vi lyse ut en VTA-O-plass i staten?', 'state-vta-o'],
  ['Hvor mye gir NAV i fireårig lønnstilskudd?', 'nav-four-year-wage-subsidy'],
  ['Må kommunen lyse ut når kandidaten har fireårig lønnstilskudd?', 'mun-four-year-wage-subsidy-hiring'],
  ['Hva er lønnstilskudd?', 'nav-wage-subsidy-overview'],
  ['inngår feriepengene i lønnstilskuddet?', 'nav-wage-subsidy-basis'],
  ['kan vi få mentor i tillegg til lønnstilskudd', 'nav-wage-subsidy-combine'],
  ['kan vi få lønnstilskudd for en vi allerede har ansatt', ['nav-wage-subsidy-who', 'nav-lasting-wage-subsidy-apply']],
  ['må vi ansette etter arbeidstrening', 'nav-work-trial-no-duty-to-hire'],
  ['hvem betaler funksjonsassistenten', 'nav-function-assistance-employer'],
  ['hvordan får vi en vta plass', 'nav-vta-o-apply'],
  ['telefonnummer nav arbeidsgiver', 'nav-contact-employer-line'],
  ['kan inkluderingstilskuddet dekke en vanlig kontorstol', 'nav-inclusion-grant-not-covered'],
  ['hvem lager mentoravtalen', 'nav-mentor-agreement'],
  ['må vi signere IA-avtalen', ['ia-agreement-employer-role', 'ia-no-ia-company', 'ia-agreement']],
  ['satsen på lønnstilskuddet går ned etter seks måneder – til hva?', 'nav-wage-subsidy-step-down'],
  ['hvem avgjør hvor lenge vi får lønnstilskudd', 'nav-wage-subsidy-period-decided'],
  ['mentor til en ansatt uten NAV-tiltak', 'nav-mentor-ordinary-employee'],
  ['får deltakeren starte før avtalen om arbeidstrening er godkjent', 'nav-work-trial-start-approval'],
  ['arbeidstrening og yrkesskadeforsikring', 'nav-work-trial-insurance'],
  ['vta-o månedlig tilskudd og lønn', 'nav-vta-o-employer-money'],
  ['tilgang i altinn til kandidatlister', 'nav-recruitment-altinn-access'],
  ['kan en som er helt ufør ha funksjonsassistent', 'nav-function-assistance-disability-pension'],
  ['vta-o for en med delvis uføretrygd', 'nav-vta-o-graded-disability'],
  ['hvor lenge kan en ha plass i vta-o', 'nav-vta-o-duration'],
  ['inkluderingstilskudd når personen ikke er på tiltak', 'nav-inclusion-grant-follow-up-agreement'],
  ['hvor ofte sender vi refusjonskrav for lønnstilskudd', 'nav-wage-subsidy-refund-frequency'],
  ['er det vi eller kandidaten som søker lønnstilskudd', 'nav-wage-subsidy-who-applies'],
  ['er målet at vi ansetter fast etter lønnstilskudd', 'nav-wage-subsidy-permanent-expectation'],
  ['mentor i mer enn et halvt år', 'nav-mentor-duration'],
  ['hvem betaler arbeidsgiverperioden når den ansatte har fritak', ['sick-pay-exemption-first-16-days', 'sick-pay-employer-period-exemption']],
  ['vi var ia-bedrift – må avtalen med nav fornyes', 'ia-former-ia-company'],
  ['hvem kontakter staten for å bruke lønnstilskudd-unntaket', ['state-wage-subsidy-exemption-nav-contact', 'state-wage-subsidy-how-to']],
  // kbnav (2026-12-01)
  ['er det gratis å legge ut en stillingsannonse hos nav', 'nav-arbeidsplassen-post-vacancy'],
  ['kan vi søke i cv-databasen til nav etter kandidater selv', 'nav-cv-search-closed'],
  ['kan jeg sende navnet på en person jeg vil ha til nav', 'nav-order-no-personal-data'],
  ['nav sender en kandidat vi ikke vil ha, må vi ansette', 'nav-employer-decides-hire'],
  ['hvor lang tid bruker nav på å finne folk til oss', 'nav-how-fast'],
  ['hvilke oppgaver har vi som arbeidsgiver når noen er på tiltak', 'nav-employer-obligations-measures'],
  ['hvem i virksomheten må godkjenne tiltaksavtalen i altinn', 'nav-measure-agreement-altinn'],
  ['hvor mange dager er arbeidsgiverperioden', 'sick-pay-employer-period-basics'],
  ['når må inntektsmeldingen sendes', 'sick-pay-refund-after-employer-period'],
  ['hvor lenge varer fritaket for arbeidsgiverperioden', 'sick-pay-exemption-duration'],
  ['lov å spørre om kronisk sykdom i intervjuet for å søke fritak', 'sick-pay-exemption-hiring-no-asking'],
  ['kan lønnstilskuddet fortsette etter ett år', ['nav-wage-subsidy-extension', 'nav-wage-subsidy-duration']],
  ['kan vi gå fra midlertidig til varig lønnstilskudd', 'nav-wage-subsidy-to-lasting'],
  ['deltaker i arbeidstrening sykemeldt', 'nav-work-trial-sick'],
  ['har vi rett på lønnstilskudd', 'nav-measures-no-right'],
  ['vikaren for en sykmeldt – får vi refundert lønna hennes', 'nav-substitute-own-wage'],
  ['skal øke stillingen til 80 prosent for en med lønnstilskudd', 'nav-wage-subsidy-agreement-change'],
  ['kan NAV korte ned lønnstilskuddet', 'nav-wage-subsidy-period-decided'],
  ['hvor ser jeg kandidatene nav har delt', 'nav-candidate-list'],
  // kbnav2 (2026-12-01)
  ['holder NAV jobbmesser som vi kan være med på', 'nav-job-fairs'],
  ['vi har ansatt en selv, må NAV få vite at de kan slutte å lete', 'nav-vacancy-filled-notify'],
  ['kan vi publisere en annonse på arbeidsplassen uten firmanavn', 'nav-anonymous-ad'],
  ['kommer fritaket for arbeidsgiverperioden automatisk med en kronisk diagnose', 'sick-pay-exemption-not-automatic'],
  ['kan vi slippe arbeidsgiverperioden for en som skal ha dialyse', 'sick-pay-exemption-treatment-period'],
  ['får vi inkluderingstilskuddet utbetalt før vi handler inn', 'nav-inclusion-grant-payout'],
  ['kan NAV betale for en fysioterapeut som ser på arbeidsstasjonen', 'nav-inclusion-grant-workplace-assessment'],
  ['hvem lager målene for en arbeidstreningsperiode', 'nav-work-trial-goals-roles'],
  ['en på lønnstilskudd er sykmeldt, hva med refusjonen', 'nav-wage-subsidy-employee-sick'],
  ['kan sykelønna kuttes selv om vi har IA-avtale', 'ia-agreement-sick-pay'],
  ['er IA-avtalen og femprosentmålet samme sak', 'ia-not-inclusion-goal'],
  ['hvor rapporterer departementet likestillingsarbeidet sitt', 'state-ministry-equality-reporting'],
  // kbsrcnav (2026-12-01)
  ['må vi melde fra til nav når den ansatte med funksjonsassistent slutter', 'nav-function-assistance-changes'],
  ['hva lover nav oss i en oppfølgingsavtale for en ung arbeidssøker', 'nav-follow-up-agreement'],
  ['hvem kan få en tilretteleggings- og oppfølgingsavtale', 'nav-follow-up-agreement'],
  ['deltakeren på arbeidstrening har fått tilbud om jobb hos oss, må arbeidstreningen avsluttes', 'nav-work-trial-job-offer'],
  ['hvor lang er tilskuddsperioden for refusjon ved varig lønnstilskudd', 'nav-wage-subsidy-refund-frequency'],
  ['hvem oppretter avtalen om midlertidig lønnstilskudd', ['nav-wage-subsidy-who-applies', 'nav-wage-subsidy-apply']],
  ['skal lærlinger fra målgruppen telles med i inkluderingsrapporteringen', 'state-inclusion-reporting'],
  ['den ansatte med funksjonsassistent skal gå ned i stilling, hva gjør vi', 'nav-function-assistance-changes'],
  // kb5nav (2026-12-01): questions written before the entries; the last two reached their entry only after tags were added.
  ['hvem hos oss kan sende inn refusjon for tiltak i altinn', 'nav-wage-subsidy-refund-claim'],
  ['tilskudd fra nav til sommerjobb for ungdom', 'nav-summer-job-grant'],
  ['tar hun med seg funksjonsassistenten til ny arbeidsgiver', 'nav-function-assistance-new-job'],
  ['hvordan gir vi flere avdelingsledere tilgang til stillingsannonsene våre hos nav', 'nav-arbeidsplassen-several-managers'],
  ['hva skal stå med når vi melder ledig stilling til nav', 'nav-vacancy-report-content'],
  ['hva tilbyr ia-bransjeprogrammet for barnehager', 'ia-bransjeprogram'],
  ['må vi betale reisen til jobben for en på arbeidstrening', 'nav-work-trial-benefits'],
  ['gjelder hms-reglene for praksisplass fra nav', 'nav-work-trial-working-environment'],
  ['en langtidssykmeldt får full lønn hos oss, dekker nav alt', 'sick-pay-full-salary-refund'],
  ['hva er sanksjonen hvis direktoratet ikke redegjør for likestilling i årsrapporten', 'inclusion-report-missing-consequence'],
  ['medarbeider med lang fartstid har fått nedsatt arbeidsevne, kan nav dekke deler av lønna', 'nav-lasting-wage-subsidy-current-employee'],
  ['kan vi avbryte praksisperioden hvis kandidaten ikke passer', 'nav-work-trial-end-early'],
  // kb6nav (2026-12-01): questions written before the entries (some phrasings were then taken from them).
  ['En kandidat følges av en IPS-jobbspesialist fra NAV – hva betyr det for oss?', 'nav-ips-employer'],
  ['er en på praksis fra aft ansatt hos oss', 'nav-aft-hire'],
  ['Hva er opplæringstiltak fra NAV, for eksempel AMO-kurs?', 'nav-training-before-hire'],
  ['Hva er ekspertbistand fra NAV for arbeidsgivere?', 'nav-expert-assistance'],
  ['Må vi betale noe for hjelpemidler fra hjelpemiddelsentralen?', 'nav-work-aids-apply'],
  ['tar nav betalt for tolk når vi har møte med en døv medarbeider', 'nav-interpreter-deaf'],
  ['Kan vi få tolk til en døv kandidat på jobbintervju?', 'nav-interpreter-interview'],
  ['Kan en blind ansatt få lese- og sekretærhjelp fra NAV?', 'nav-reading-secretary'],
  ['Hva kan IA-rådgiveren i NAV hjelpe oss med?', 'nav-arbeidslivssenter'],
  // «NAV Arbeidslivssenter» is its own thing, not a way of saying NAV.
  ['Hva gjør NAV Arbeidslivssenter for arbeidsgivere?', 'nav-arbeidslivssenter'],
  ['ungdom med fast kontaktperson i nav, hva kan vi forvente', 'nav-youth-guarantee'],
  ['Hva betyr ungdomsløftet for oss som arbeidsgiver som tar inn en ung person?', 'nav-youth-lift'],
  ['hvilke tiltak gjør at personen blir ansatt hos oss og hvilke ikke', 'nav-measures-employment-overview'],
  ['Har en nyansatt rett til sykepenger før hen har jobbet fire uker?', ['sick-pay-new-hire-earning-period', 'sick-pay-new-hire']],
  ['midlertidig ansatt i direktoratet blir syk og kontrakten går ut, betaler vi lønn', 'state-sick-pay-new-hire'],
  // kb7nav (2026-12-01): my own probe questions; several phrasings were written from them, so these overstate generalisation.
  ['lønnstilskudd for en som jobber turnus – regnes helgetillegg og nattillegg med i grunnlaget', 'nav-wage-subsidy-pay-elements'],
  ['den ansatte med lønnstilskudd tar ut ferie i juli – får vi tilskudd for ferieperioden', 'nav-wage-subsidy-holiday'],
  ['permisjon uten lønn for en ansatt med lønnstilskudd – betaler nav tilskudd da', 'nav-wage-subsidy-leave'],
  ['kan nærmeste leder selv være mentor for den nyansatte', 'nav-mentor-who'],
  ['hvor mye får vi per time i mentortilskudd', 'nav-mentor-hours-pay'],
  ['kan vi gi en attest eller være referanse etter arbeidstreningen', 'nav-work-trial-reference'],
  ['kan arbeidstreningen foregå på kveldstid eller i helgene', 'nav-work-trial-evening-weekend'],
  ['kan vi klage når nav avslår inkluderingstilskudd', 'nav-complaint-decision'],
  ['nav svarer ikke på henvendelsen min om lønnstilskudd, hva gjør jeg', 'nav-no-answer'],
  ['hva er idébanken', 'ia-idebanken'],
  ['hva kan IA-avtalen tilby oss konkret av kurs og rådgivning', 'ia-practical-offers'],
  ['hvor lang saksbehandlingstid har nav på inkluderingstilskudd', 'nav-inclusion-grant-payout'],
  // Known misses, now answered (kbsrcnav probe; kb7nav: no longer refused by the scope check).
  ['kan funksjonsassistenten ta over jobben mens den ansatte er syk', 'nav-function-assistance-changes'],
  ['har en deltaker på arbeidstrening rett på ferie', 'nav-work-trial-holiday'],
  ['får vi hjelp fra nav til å få ned sykefraværet gjennom ia-avtalen', 'ia-practical-offers'],
];

/** Typical questions the current search does not answer with the right entry (see the report). */
const KNOWN_MISSES: Array<[question: string, sector: undefined, expected: string, got: string]> = [
  // kb5nav: an unseen probe; «praksiskandidat» plus «økonomisk» finds no work-trial entry (best: the work-trial-to-hire entries, 0.38).
  ['får praksiskandidaten noe fra oss økonomisk', undefined, 'nav-work-trial-benefits', 'no answer (mun-work-trial-to-hire, 0.38)'],
  ['kan vi få hjelp utenfra når en ansatt stadig er borte, betaler nav', undefined, 'nav-expert-assistance', 'no answer (nav-work-aids, 0.34)'],
];

describe('typical manager questions through the curated index', () => {
  const index = createCuratedIndex({ date: TEST_DAY });
  it.each(INDEX_CASES)('%s', (question, expected) => {
    const result = index.answer(question);
    expect(result.answered, `score ${result.score}, best ${index.search(question, 1)[0]?.entry.id}`).toBe(true);
    expect([expected].flat()).toContain(result.entry?.id);
  });
});

describeKnownMisses('typical manager questions the index does not yet route to the entry that holds the answer', KNOWN_MISSES, TEST_DAY);
