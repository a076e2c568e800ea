/**
 * Round five (employment terms around a hire): probation, complaints and reasons after an appointment,
 * the extended applicant list, background checks on the web, health requirements in advertisements,
 * åremål, temporary hires without a valid ground, chaining administrative appointments, assessing every
 * applicant, and accommodation nobody asked for. Each entry states what its public source says, names
 * numbers through the parameter table, keeps the sectors apart where the rules differ, and a table of
 * manager questions (not the entries' own phrasings) reaches it through the real index.
 */
import { describe, expect, it } from 'vitest';
import { valueOn } from '../parameters/registry.js';
import { createCuratedIndex } from '../search/curated.js';
import { curatedEntries, describeHouseStyle, describeKnownMisses, describeRoutedQuestions } from '../../test/support/entryChecks.js';

const DAY = '2026-12-01';
const { entry, rendered: renderedOn } = curatedEntries();
const rendered = (id: string) => renderedOn(id, DAY);

const ADDED = [
  'probation-longer-than-max',
  'mun-probation-extension-absence',
  'state-probation-extension',
  'mun-probation-dismissal-stay',
  'state-probation-dismissal',
  'state-appointment-complaint',
  'mun-appointment-complaint',
  'applicant-extended-list',
  'hiring-google-applicants',
  'ad-health-requirements',
  'state-aremaal-extend',
  'state-temp-invalid-ground',
  'mun-temp-invalid-ground',
  'state-admin-chaining',
  'hiring-assess-all-applicants',
  'duty-accommodation-not-requested',
];

describeHouseStyle('the round-five employment entries', ADDED, {
  day: DAY,
  opens: /^(Ja|Nei|Det kommer an på|Som hovedregel nei)(?=[\s,.:])/,
  maxPhrasings: 9,
  extended: new Set(ADDED),
});

describe('the round-five municipal entries', () => {
  it('a municipal entry names the state’s law only as the state’s', () => {
    for (const id of ADDED.filter((x) => x.startsWith('mun-'))) {
      for (const s of entry(id)
        .answer.split(/(?<=[.!?])\s+|\n+/)
        .filter((x) => /statsansatte(loven|forskriften)/.test(x))) {
        expect(s, id).toMatch(/\b(staten|statens|statlige?)\b|\bikke\b/i);
      }
    }
  });
});

/** [entry, what its source says, as a pattern the answer rendered on the day read must match]. */
const FACTS: Array<[id: string, fact: RegExp]> = [
  ['probation-longer-than-max', /^Nei, den delen gjelder ikke\. Prøvetiden kan være \*\*inntil 6 måneder\*\*[\s\S]*halvparten[\s\S]*ikke kan fravikes til ugunst/],
  [
    'mun-probation-extension-absence',
    /like lang tid som fraværet varte[\s\S]*\*\*Ved ansettelsen:\*\*[\s\S]*\*\*skriftlig\*\*[\s\S]*\*\*Før prøvetiden er ute:\*\*[\s\S]*skyldes arbeidsgiver, gir ikke grunnlag/,
  ],
  // Round 19: state employers' guidance (NTNU, Høgskolen i Østfold) now gives the rule; the old law's rule is kept as history.
  ['state-probation-extension', /^Ja, hvis den ansatte ble orientert skriftlig[\s\S]*tjenestemannsloven var det ikke adgang til å forlenge prøvetiden ved fravær/],
  [
    'mun-probation-dismissal-stay',
    /ikke rett til å fortsette i stillingen[\s\S]*§ 15-11 tredje ledd[\s\S]*tilpasning til arbeidet, faglige dyktighet eller pålitelighet[\s\S]*14 dager/,
  ],
  ['state-probation-dismissal', /\*\*Oppsigelsesfristen\*\* i prøvetiden er 1 måned \(statsansatteloven § 22\)[\s\S]*ikke fått kontrollert/],
  [
    'state-appointment-complaint',
    /^Nei[\s\S]*forvaltningsloven § 3 andre ledd\*\* unntar ansettelsesvedtak fra reglene om \*\*begrunnelse, klage og omgjøring\*\*[\s\S]*Sivilombudet[\s\S]*§ 31/,
  ],
  ['mun-appointment-complaint', /^Nei[\s\S]*forvaltningsloven § 3 andre ledd[\s\S]*både for staten og kommunene[\s\S]*Sivilombudet/],
  ['applicant-extended-list', /^Ja\.[\s\S]*navn, alder, utdanning og praksis[\s\S]*forvaltningslovforskriften kapittel 5[\s\S]*ikke\*\* krav på innsyn/],
  ['hiring-google-applicants', /\*\*nødvendig og relevant\*\*[\s\S]*§ 30 og arbeidsmiljøloven § 9-3 forbyr å innhente slikt også «på annen måte»/],
  ['ad-health-requirements', /^Nei, ikke som et generelt krav[\s\S]*§ 6\*\*[\s\S]*§ 9-3\*\*[\s\S]*saklig formål, er nødvendig for arbeidet og ikke er uforholdsmessig inngripende/],
  [
    'state-aremaal-extend',
    /normalt \*\*6 år\*\*[\s\S]*\*\*gjentas én gang\*\*[\s\S]*\*\*øverste leder\*\*[\s\S]*ikke gjøres om til fast stilling uten at stillingen kunngjøres offentlig/,
  ],
  ['state-temp-invalid-ground', /statsansatteloven § 9\*\*[\s\S]*\*\*fast ansatt\*\*[\s\S]*mer enn 3 år[\s\S]*senest 1 måned/],
  ['mun-temp-invalid-ground', /\*\*fast arbeidsforhold\*\*[\s\S]*\*\*erstatning\*\* \(arbeidsmiljøloven § 14-11\)/],
  ['state-admin-chaining', /^Nei\. Administrativ ansettelse etter \*\*statsansatteloven § 7\*\* gjelder ansettelser på \*\*inntil 6 måneder\*\*/],
  ['hiring-assess-all-applicants', /^Nei[\s\S]*\*\*best kvalifiserte\*\*[\s\S]*forvaltningsloven § 17[\s\S]*så godt opplyst som mulig/],
  ['duty-accommodation-not-requested', /^Ja, når dere kjenner til behovet[\s\S]*§ 22\)[\s\S]*§ 4-6\*\*[\s\S]*ikke diagnosen/],
];

describe('what the sources say', () => {
  it.each(FACTS)('%s', (id, fact) => {
    expect(rendered(id)).toMatch(fact);
  });

  it('the åremål period is a dated parameter', () => {
    expect(valueOn('employment.fixed-term-leader.period-years', DAY)?.value).toBe(6);
  });
});

describe('the sectors kept apart', () => {
  it.each([
    ['state-probation-extension', 'mun-probation-extension-absence'],
    ['state-probation-dismissal', 'mun-probation-dismissal-stay'],
    ['state-appointment-complaint', 'mun-appointment-complaint'],
    ['state-temp-invalid-ground', 'mun-temp-invalid-ground'],
  ])('%s is the state’s and %s the municipalities’', (state, municipal) => {
    expect(entry(state).sector).toBe('state');
    expect(entry(municipal).sector).toBe('municipal');
  });
});

/** Manager questions in other words than the entries' phrasings, and the entry that must answer, for the asker's sector. */
const INDEX_CASES: Array<[question: string, sector: 'state' | 'municipal', expected: string]> = [
  ['Vi skrev ni måneders prøvetid i kontrakten. Gjelder det?', 'municipal', 'probation-longer-than-max'],
  ['Den nye medarbeideren var sykmeldt i tre uker i prøvetiden. Kan vi forlenge?', 'municipal', 'mun-probation-extension-absence'],
  ['Kan prøvetiden forlenges i staten når hun har vært syk?', 'state', 'state-probation-extension'],
  ['Hun ble sagt opp i prøvetiden og har gått til søksmål. Kan hun jobbe mens saken går?', 'municipal', 'mun-probation-dismissal-stay'],
  ['Kan en statsansatt i prøvetid kreve å fortsette mens oppsigelsen prøves?', 'state', 'state-probation-dismissal'],
  ['En søker som ikke fikk stillingen vil klage på vedtaket. Hvor klager hen?', 'state', 'state-appointment-complaint'],
  ['Må kommunen gi skriftlig begrunnelse til søkere som ikke ble ansatt?', 'municipal', 'mun-appointment-complaint'],
  ['En søker ber om å få se utdanningen og erfaringen til de andre søkerne. Har hen rett til det?', 'municipal', 'applicant-extended-list'],
  ['Er det greit å sjekke søkernes profiler på sosiale medier?', 'state', 'hiring-google-applicants'],
  ['Kan vi kreve at søkerne har god helse?', 'municipal', 'ad-health-requirements'],
  ['Kan direktøren få et nytt åremål uten at vi lyser ut?', 'state', 'state-aremaal-extend'],
  ['Engasjementet hadde egentlig ingen hjemmel. Kan vi bare la det gå ut?', 'state', 'state-temp-invalid-ground'],
  ['Vikariatet i kommunen manglet grunnlag. Hva risikerer vi?', 'municipal', 'mun-temp-invalid-ground'],
  ['Vi fikk 200 søknader. Kan vi bare lese de 30 første?', 'state', 'hiring-assess-all-applicants'],
  ['En medarbeider har diabetes men har aldri bedt om tilrettelegging. Må vi gjøre noe?', 'municipal', 'duty-accommodation-not-requested'],
  // The existing probation entry keeps the 2024 rule on a new trial period after a temporary post.
  ['Vikaren vår skal bli fast i samme stilling – kan vi ha prøvetid igjen?', 'municipal', 'mun-probation'],
];

/** Manager questions another (related) entry answers today; reported, not tuned for. */
const KNOWN_MISSES: Array<[question: string, sector: 'state' | 'municipal', expected: string, why: string]> = [
  [
    'Kan vi gi en ny administrativ ansettelse etter at den første på seks måneder er over?',
    'state',
    'state-admin-chaining',
    'state-admin-keep-longer (0.69) answers, which says the same: a new ordinary process is needed',
  ],
];

describe('manager questions through the curated index', () => {
  const index = createCuratedIndex({ date: DAY });
  it.each(INDEX_CASES)('%s (%s)', (question, sector, expected) => {
    const r = index.answer(question, { sector });
    expect(r.answered, `score ${r.score}`).toBe(true);
    expect(r.entry?.id).toBe(expected);
  });
});

describeKnownMisses('manager questions the index does not yet route to the entry that holds the answer', KNOWN_MISSES, DAY);

/**
 * Source sweep (kbsrcmun): facts in arbeidsmiljøloven chapter 14, KS, Oslo kommune, likestillings- og
 * diskrimineringsloven and Arbeidstilsynet that no entry stated. Each new entry is checked for shape and
 * for what its source says, and manager questions in other words reach it through the real index.
 */
const SWEEP_ADDED = ['mun-parttime-documentation', 'mun-preferred-right-dismissed', 'mun-temp-to-test-candidate'];

describeHouseStyle('the source-sweep entries', SWEEP_ADDED, { day: DAY, maxPhrasings: 9 });

const SWEEP_FACTS: Array<[id: string, fact: RegExp]> = [
  [
    'mun-parttime-documentation',
    /§ 14-1 b[\s\S]*1\. januar 2023[\s\S]*\*\*heltid\*\*[\s\S]*\*\*dokumentere behovet skriftlig\*\*[\s\S]*tilgjengelig\*\* for de tillitsvalgte[\s\S]*\*\*drøfte\*\*[\s\S]*ikke et forbud mot deltid[\s\S]*Arbeidstilsynet/,
  ],
  [
    'mun-preferred-right-dismissed',
    /§ 14-2[\s\S]*virksomhetens forhold[\s\S]*\*\*ikke en vikar\*\*[\s\S]*redusert stilling[\s\S]*minst 12 måneder \(ett år\) i virksomheten de siste 2 år[\s\S]*til 1 år etter at oppsigelsesfristen gikk ut[\s\S]*senest 14 dager[\s\S]*ikke være den beste søkeren/,
  ],
  [
    'mun-temp-to-test-candidate',
    /^Nei\. Å prøve ut om en person passer, er ikke et grunnlag[\s\S]*omgåelse av stillingsvernet[\s\S]*\*\*Fast ansettelse med prøvetid:\*\*[\s\S]*§ 15-6[\s\S]*bokstav d[\s\S]*§ 14-11/,
  ],
  ['duty-individual-accommodation', /\*\*Alle ansatte:\*\* § 22[\s\S]*midlertidig ansatte og vikarer[\s\S]*reelt vurdert ut fra kvalifikasjonene/],
];

describe('what the swept sources say', () => {
  it.each(SWEEP_FACTS)('%s', (id, fact) => {
    expect(rendered(id)).toMatch(fact);
  });
  it('the § 14-2 numbers are dated parameters', () => {
    expect(valueOn('municipal.preferred-right.min-employment-months', DAY)?.value).toBe(12);
    expect(valueOn('municipal.preferred-right.window-years', DAY)?.value).toBe(2);
    expect(valueOn('municipal.preferred-right.duration-years', DAY)?.value).toBe(1);
    expect(valueOn('municipal.preferred-right.accept-days', DAY)?.value).toBe(14);
  });
});

/** Manager questions from the sweep, in words other than the entries' phrasings. */
const SWEEP_CASES: Array<[question: string, sector: 'state' | 'municipal', expected: string]> = [
  ['Vi vil ansette en kandidat fra målgruppen i 50 prosent stilling – må vi dokumentere behovet for deltid?', 'municipal', 'mun-parttime-documentation'],
  ['Må kommunen drøfte med tillitsvalgte før vi ansetter noen i en deltidsstilling?', 'municipal', 'mun-parttime-documentation'],
  ['Er heltid hovedregelen når kommunen ansetter nye medarbeidere?', 'municipal', 'mun-parttime-documentation'],
  ['En midlertidig ansatt får ikke forlenget fordi prosjektet er slutt – har hen fortrinnsrett til nye stillinger i kommunen?', 'municipal', 'mun-preferred-right-dismissed'],
  ['Hvor lenge varer fortrinnsretten for en som er sagt opp på grunn av nedbemanning?', 'municipal', 'mun-preferred-right-dismissed'],
  ['Har en vikar fortrinnsrett til en ny stilling når vikariatet er over?', 'municipal', 'mun-preferred-right-dismissed'],
  ['Hvor lang tid har en med fortrinnsrett på å takke ja til en tilbudt stilling?', 'municipal', 'mun-preferred-right-dismissed'],
  // The general entries keep their questions.
  ['Har en deltidsansatt fortrinnsrett til en ledig hel stilling?', 'municipal', 'part-time-preferred-right'],
  ['Får vi lønnstilskudd hvis kandidaten jobber deltid?', 'municipal', 'nav-wage-subsidy-part-time-refund'],
  ['Går deltidsansatte foran målgruppen når vi øremerker en stilling?', 'municipal', 'mun-targeted-advert-preferred-rights'],
  ['Må vi drøfte midlertidige ansettelser med de tillitsvalgte?', 'municipal', 'mun-temp-union-discussion'],
  ['Kan kommunen ansette midlertidig for å prøve ut om en kandidat passer i jobben?', 'municipal', 'mun-temp-to-test-candidate'],
  ['Kan vi avvise en søker fordi tilretteleggingen hen trenger blir for dyr?', 'municipal', 'duty-individual-accommodation'],
  ['Gjelder tilretteleggingsplikten også for midlertidig ansatte og vikarer?', 'municipal', 'duty-individual-accommodation'],
  ['Kan kommunen avtale prøvetid med en som allerede har vært vikar i samme jobb?', 'municipal', 'mun-probation'],
  ['Når kan kommunen ansette midlertidig?', 'municipal', 'mun-temporary-grounds'],
  ['Kan vi ansette en vikar i kommunen?', 'municipal', 'mun-temp-substitute'],
  ['Hvem har rett på individuell tilrettelegging?', 'municipal', 'duty-individual-accommodation'],
  // Once a sweep miss for the contract entry; the municipal entry on a written answer now answers it better.
  ['Kan en midlertidig ansatt i kommunen kreve svar på at hen ønsker fast stilling?', 'municipal', 'mun-request-permanent-written-answer'],
];

describe('sweep questions through the curated index', () => {
  const index = createCuratedIndex({ date: DAY });
  it.each(SWEEP_CASES)('%s (%s)', (question, sector, expected) => {
    const r = index.answer(question, { sector });
    expect(r.answered, `score ${r.score}`).toBe(true);
    expect(r.entry?.id).toBe(expected);
  });
});

/**
 * Round six (kb5mun): everyday questions of a municipal unit leader – substitutes for an internal role,
 * summer and seasonal temps, extending a substitute post, dismissal and follow-up in probation,
 * impartiality when a friend or relative applies, age and political views in hiring, an applicant who
 * can only work part time, reduced hours for health reasons, the activity duty's plan, and Inn i jobb.
 */
const ROUND6 = [
  'mun-temp-substitute-internal-role',
  'mun-summer-substitutes',
  'mun-seasonal-work',
  'mun-temp-substitute-extend',
  'mun-probation-dismissal-grounds',
  'mun-probation-dismissal-process',
  'mun-probation-follow-up',
  'duty-impartiality-relative',
  'duty-impartiality-friend',
  'duty-impartiality-what-to-do',
  'duty-age-in-job-ads',
  'duty-applicant-part-time-disability',
  'duty-arp-plan',
  'mun-inn-i-jobb-network-offer',
  'mun-inn-i-jobb-union-role',
  'duty-reduced-hours',
  'duty-accommodation-applicants',
];

const EXTENDED6 = new Set(['duty-reduced-hours', 'duty-accommodation-applicants']);

describeHouseStyle('the round-six entries', ROUND6, {
  day: DAY,
  opens: /^(Ja|Nei|Det kommer an på|Tre til side|Drahjelp|De skal være med|Det er en fast prosess)(?=[\s,.:])/,
  extended: EXTENDED6,
});

const ROUND6_FACTS: Array<[id: string, fact: RegExp]> = [
  ['mun-temp-substitute-internal-role', /bokstav b[\s\S]*\*\*fra stillingen eller oppgavene\*\*[\s\S]*internt prosjekt/],
  ['mun-summer-substitutes', /^Nei\.[\s\S]*\*\*for en eller flere andre\*\*[\s\S]*Rt\. 2006 s\. 1158/],
  ['mun-seasonal-work', /bokstav a[\s\S]*\*\*arbeidet er av midlertidig karakter\*\*[\s\S]*sesongpreget[\s\S]*Rt\. 1985 s\. 1141/],
  ['mun-probation-dismissal-grounds', /tilpasning til arbeidet, faglige dyktighet eller pålitelighet[\s\S]*Rt\. 2003 s\. 1071[\s\S]*Opplæring først/],
  ['mun-probation-dismissal-process', /tillitsvalgte[\s\S]*§ 15-1[\s\S]*personlig eller sendes rekommandert[\s\S]*§ 15-4[\s\S]*14 dager[\s\S]*før prøvetiden er ute/],
  ['mun-probation-follow-up', /\*\*nødvendig opplæring, veiledning og oppfølging\*\*[\s\S]*usaklig[\s\S]*dokumentere oppfølgingen/],
  ['duty-impartiality-relative', /§ 6 første ledd[\s\S]*\*\*søsken\*\*[\s\S]*andre ledd[\s\S]*§ 6 tredje ledd/],
  ['duty-impartiality-friend', /«særegne forhold»[\s\S]*vinklubb[\s\S]*dokumentere habilitetsvurderingene/],
  ['duty-impartiality-what-to-do', /\*\*tilrettelegge grunnlaget\*\*[\s\S]*ikke en som er direkte underordnet deg[\s\S]*saksbehandlingsfeil/],
  ['duty-age-in-job-ads', /^Nei\. Arbeidsmiljøloven § 13-1[\s\S]*\*\*alder\*\*[\s\S]*§ 13-2[\s\S]*§ 13-3/],
  ['duty-applicant-part-time-disability', /§ 22[\s\S]*\*\*arbeidssøkere\*\*[\s\S]*\*\*uforholdsmessig byrde\*\*[\s\S]*fire femdeler/],
  [
    'duty-reduced-hours',
    /§ 10-2 fjerde ledd\*\* har en arbeidstaker som har fylt 62 år[\s\S]*legeattest[\s\S]*lønnen reduseres[\s\S]*\*\*rett til å gå tilbake\*\*[\s\S]*\*\*tvisteløsningsnemnda\*\*/,
  ],
  ['duty-arp-plan', /\*\*alle offentlige virksomheter\*\*, uansett størrelse[\s\S]*Fire steg[\s\S]*\*\*rekruttering\*\*[\s\S]*annethvert år/],
  ['mun-inn-i-jobb-network-offer', /\*\*Kommunen definerer selv sitt prosjekt\*\*[\s\S]*\*\*Nettverkssamlinger\*\*[\s\S]*\*\*Prosessledere\*\*/],
  ['mun-inn-i-jobb-union-role', /\*\*KS, NAV og forhandlingssammenslutningene\*\*[\s\S]*regionale team[\s\S]*\*\*lokale tillitsvalgte bidrar i inkluderingsarbeidet\*\*/],
];

describe('what the round-six sources say', () => {
  it.each(ROUND6_FACTS)('%s', (id, fact) => {
    expect(rendered(id)).toMatch(fact);
  });
  it('the age for reduced hours is a dated parameter', () => {
    expect(valueOn('employment.reduced-hours.age-years', DAY)?.value).toBe(62);
  });
});

/** A unit leader's questions in other words than the entries' phrasings. */
const ROUND6_CASES: Array<[question: string, sector: 'state' | 'municipal', expected: string]> = [
  ['En miljøterapeut er lånt ut til et prosjekt i kommunen i et år – kan vi ansette en vikar i hennes stilling?', 'municipal', 'mun-temp-substitute-internal-role'],
  ['Må vi oppgi en bestemt ansatt i avtalen til hver sommervikar?', 'municipal', 'mun-summer-substitutes'],
  ['Kan vi ha midlertidige sesongarbeidere på idrettsanlegget om sommeren?', 'municipal', 'mun-seasonal-work'],
  ['Permisjonen til den faste er forlenget. Kan vikaren få en ny kontrakt?', 'municipal', 'mun-temp-substitute-extend'],
  ['Kan vi si opp en nyansatt i prøvetiden fordi hun samarbeider dårlig med kollegene?', 'municipal', 'mun-probation-dismissal-grounds'],
  ['Hvilke formkrav gjelder når vi sier opp noen i prøvetiden?', 'municipal', 'mun-probation-dismissal-process'],
  ['Hvordan bør jeg følge opp en nyansatt i prøvetiden så vi har gjort jobben vår?', 'municipal', 'mun-probation-follow-up'],
  ['Svogeren min har søkt stilling i avdelingen jeg leder. Kan jeg ansette ham?', 'municipal', 'duty-impartiality-relative'],
  ['En nær venn har søkt på en stilling hos oss. Blir jeg inhabil?', 'municipal', 'duty-impartiality-friend'],
  ['Jeg er inhabil i ansettelsen – hvem skal overta saken?', 'municipal', 'duty-impartiality-what-to-do'],
  ['Er det lov å skrive at vi søker en ung og sprek medarbeider?', 'municipal', 'duty-age-in-job-ads'],
  ['Kan vi velge bort en søker på 60 fordi hun er for gammel for teamet?', 'municipal', 'hiring-interview-age'],
  ['Kan medlemskap i et politisk parti telle mot en søker i kommunen?', 'municipal', 'hiring-interview-political-views'],
  ['Den beste søkeren er delvis ufør og kan bare jobbe 60 prosent. Kan vi velge en annen?', 'municipal', 'duty-applicant-part-time-disability'],
  ['En ansatt med MS ber om å gå ned til 80 prosent. Må vi si ja?', 'municipal', 'duty-reduced-hours'],
  ['Må kommunen ha en egen plan for likestilling og mangfold?', 'municipal', 'duty-arp-plan'],
  ['Hva får vi ut av å delta i Inn i jobb-nettverket til KS?', 'municipal', 'mun-inn-i-jobb-network-offer'],
  ['Hvordan skal tillitsvalgte være med i Inn i jobb hos oss?', 'municipal', 'mun-inn-i-jobb-union-role'],
  // Round twelve: the entry on an assistant at a work test (LDO 12/640) answers this more exactly than the general one.
  ['Kan en søker ha med egen assistent på arbeidsprøven?', 'municipal', 'hiring-test-assistant-accommodation'],
  // The general entries keep their questions.
  ['Hvor lenge kan en vikar være ansatt i kommunen før hen får fast stilling?', 'municipal', 'mun-temporary-permanent-rule'],
  ['Hvor mange tiltak må vi prøve før vi kan si opp en nyansatt i prøvetiden?', 'municipal', 'probation-dismissal-accommodation'],
  ['Hva er de fire stegene i aktivitetsplikten?', 'municipal', 'duty-arp-four-steps'],
];

describeRoutedQuestions('round-six questions through the curated index', ROUND6_CASES, DAY);

/**
 * Round seven (kb6mun): around and after a hire – onboarding and follow-up of a new hire with a
 * disability or CV gap (first weeks, the accommodation talk, adapting tasks and hours, a gradual start,
 * documenting accommodation, what colleagues may be told), privacy in hiring (keeping applications,
 * archiving the case, sharing a CV, the self-declaration, credit checks, the applicant's own rights),
 * pay and terms in a municipality, and the municipality's hiring regulation and interview panel.
 */
const ROUND7 = [
  'onboarding-first-weeks',
  'onboarding-accommodation-conversation',
  'onboarding-adapt-tasks-hours',
  'onboarding-gradual-start',
  'onboarding-document-accommodation',
  'onboarding-tell-colleagues',
  'privacy-application-retention',
  'privacy-hiring-case-archive',
  'privacy-share-cv',
  'privacy-self-declaration-storage',
  'privacy-credit-check',
  'privacy-applicant-rights',
  'mun-pay-target-group-hire',
  'mun-parttime-plan-increase',
  'mun-contract-nav-measure',
  'mun-hiring-regulations',
  'mun-interview-panel',
];

describeHouseStyle('the round-seven entries', ROUND7, { day: DAY, opens: /^(Ja|Nei|Det kommer an på|Som hovedregel nei)(?=[\s,.:–])/, maxPhrasings: 9 });

const ROUND7_FACTS: Array<[id: string, fact: RegExp]> = [
  ['onboarding-first-weeks', /§ 4-2[\s\S]*\*\*Fadder eller kontaktperson:\*\*/],
  ['onboarding-accommodation-conversation', /§ 22\)[\s\S]*§ 4-6\)[\s\S]*\*\*Spør om behov, ikke om diagnose:\*\*/],
  ['onboarding-adapt-tasks-hours', /\*\*så langt det er mulig\*\*[\s\S]*\*\*uforholdsmessig byrde\*\*[\s\S]*§ 10-2 tredje ledd[\s\S]*§ 10-2 fjerde ledd/],
  ['onboarding-gradual-start', /§ 10-2 fjerde ledd[\s\S]*rett til å gå tilbake[\s\S]*§ 14-6 første ledd bokstav l[\s\S]*godkjennes på nytt/],
  ['onboarding-document-accommodation', /\*\*tiltakene\*\*, ikke diagnosen[\s\S]*relevante alternativer er vurdert[\s\S]*hvem har tilgang/],
  ['onboarding-tell-colleagues', /^Nei[\s\S]*\*\*noens personlige forhold\*\*[\s\S]*forvaltningsloven § 13[\s\S]*klientforhold/],
  [
    'privacy-application-retention',
    /\*\*journalføres\*\*[\s\S]*\*\*søkerlistene\*\*[\s\S]*\*\*søknaden til den som blir ansatt\*\*[\s\S]*\*\*aldri før alle klagefrister er ute\*\*/,
  ],
  ['privacy-hiring-case-archive', /\*\*forenklet og utvidet søkerliste\*\*[\s\S]*\*\*Notatene er saksdokumenter,\*\*/],
  ['privacy-share-cv', /^Nei, ikke uten søkerens samtykke[\s\S]*artikkel 6 bokstav b[\s\S]*§ 13/],
  ['privacy-self-declaration-storage', /artikkel 9[\s\S]*Ikke på søkerlisten/],
  ['privacy-credit-check', /^Som hovedregel nei[\s\S]*\*\*høyere funksjon\*\*[\s\S]*\*\*stort økonomisk ansvar\*\*[\s\S]*\*\*sluttfasen\*\*[\s\S]*Lagre ikke selve utskriften/],
  ['privacy-applicant-rights', /artikkel 15[\s\S]*personopplysningsloven § 16[\s\S]*arkivlova/],
  ['mun-pay-target-group-hire', /\*\*som alle andre i samme stilling\*\*[\s\S]*unntatt Oslo[\s\S]*\*\*garantilønn\*\*[\s\S]*§ 29/],
  ['mun-parttime-plan-increase', /\*\*dokumenteres skriftlig\*\*[\s\S]*§ 14-1 b[\s\S]*§ 14-3/],
  ['mun-contract-nav-measure', /\*\*Arbeidstrening:\*\* deltakeren er \*\*ikke ansatt\*\*[\s\S]*§ 14-6 første ledd bokstav e/],
  ['mun-hiring-regulations', /Ingen lov krever det[\s\S]*Sivilombudet[\s\S]*strider mot lov eller tariffavtale/],
  ['mun-interview-panel', /forvaltningsloven § 6[\s\S]*\(§ 13\)[\s\S]*også tillitsvalgte/],
];

describe('what the round-seven sources say', () => {
  it.each(ROUND7_FACTS)('%s', (id, fact) => {
    expect(rendered(id)).toMatch(fact);
  });
  it('the written-contract entry now lists the § 14-6 items and the tariff agreement', () => {
    expect(rendered('employment-written-contract')).toMatch(/\*\*hvilken tariffavtale\*\*[\s\S]*§ 14-6 første ledd/);
  });
});

/** A manager's questions in other words than the entries' phrasings. */
const ROUND7_CASES: Array<[question: string, sector: 'state' | 'municipal', expected: string]> = [
  ['Vi har fått en ny medarbeider fra NAV, trenger hen en fadder?', 'municipal', 'onboarding-first-weeks'],
  ['Når skal jeg snakke med den nye om hva hun trenger av tilrettelegging?', 'municipal', 'onboarding-accommodation-conversation'],
  ['Kan vi la en nyansatt med ME jobbe kortere dager og ta flere pauser?', 'state', 'onboarding-adapt-tasks-hours'],
  ['Den nye skal starte på 50 prosent og øke til full stilling – hvordan avtaler vi det?', 'state', 'onboarding-gradual-start'],
  ['Hvor skal jeg lagre hva vi har avtalt om tilrettelegging?', 'municipal', 'onboarding-document-accommodation'],
  ['Kollegene lurer på hvorfor den nye har egne ordninger – hva kan jeg si?', 'municipal', 'onboarding-tell-colleagues'],
  ['Hvor lenge må vi ta vare på søknadene til dem som ikke fikk stillingen?', 'state', 'privacy-application-retention'],
  ['Må intervjunotatene arkiveres?', 'municipal', 'privacy-hiring-case-archive'],
  ['Kan jeg videresende en god søker til lederen i en annen avdeling?', 'municipal', 'privacy-share-cv'],
  ['Hvem kan se egenerklæringen i rekrutteringssystemet?', 'state', 'privacy-self-declaration-storage'],
  ['Er kredittsjekk av kandidater lov?', 'state', 'privacy-credit-check'],
  ['En søker vil se alt vi har skrevet om henne – hva gjør jeg?', 'municipal', 'privacy-applicant-rights'],
  ['Skal en som kommer inn via øremerket stilling ha samme lønn som andre?', 'municipal', 'mun-pay-target-group-hire'],
  ['Skal en på arbeidstrening ha arbeidskontrakt?', 'municipal', 'mun-contract-nav-measure'],
  ['Hva er tilsettingsreglementet?', 'municipal', 'mun-hiring-regulations'],
  ['Hvem bør være med i intervjuet når kommunen ansetter?', 'municipal', 'mun-interview-panel'],
  // The general entries keep their questions.
  ['Hvordan tar vi godt imot en nyansatt som har vært lenge utenfor arbeidslivet?', 'state', 'inc-welcome'],
  ['Har en ansatt rett til redusert arbeidstid av helsegrunner?', 'municipal', 'duty-reduced-hours'],
  ['Kan vi registrere diagnoser eller helseopplysninger om kandidater?', 'municipal', 'duty-privacy-health-data'],
  ['Hva må kommunen dokumentere når vi ansetter?', 'municipal', 'mun-hiring-documentation'],
  ['Må søkere legge fram legeerklæring for å søke på en øremerket stilling i kommunen?', 'municipal', 'mun-target-group-self-declaration'],
  ['Hva må stå i en arbeidsavtale?', 'municipal', 'employment-written-contract'],
];

describeRoutedQuestions('round-seven questions through the curated index', ROUND7_CASES, DAY);

/**
 * Round eight (kb7mun): a municipal manager's month – police certificates by sector (barnehageloven § 30,
 * opplæringsloven, helse- og omsorgstjenesteloven § 5-4), authorisation of health personnel, teachers'
 * competence requirements and hiring without them, the pedagogical leader's dispensation, kindergarten
 * assistants, on-call substitutes and extra shifts, summer jobs for young people, a hire on disability
 * benefit, who sets qualification requirements, the municipality's own inclusion goal and a complaint to
 * the Anti-Discrimination Tribunal.
 */
const ROUND8 = [
  'mun-police-certificate-kindergarten',
  'mun-police-certificate-school',
  'mun-police-certificate-health-care',
  'mun-police-certificate-remarks',
  'mun-health-authorisation-check',
  'mun-health-waiting-authorisation',
  'mun-teacher-competence-requirements',
  'mun-teacher-unqualified-temporary',
  'mun-kindergarten-pedagogical-leader',
  'mun-kindergarten-assistants',
  'mun-on-call-substitutes',
  'mun-extra-shifts-permanent',
  'mun-youth-summer-jobs',
  'mun-who-sets-qualification-requirements',
  'mun-inclusion-hiring-goal',
  'duty-discrimination-tribunal-complaint',
];

describeHouseStyle('the round-eight entries', ROUND8, { day: DAY, maxPhrasings: 9 });

const ROUND8_FACTS: Array<[id: string, fact: RegExp]> = [
  [
    'mun-police-certificate-kindergarten',
    /barnehageloven § 30, tidligere § 19[\s\S]*renhold, kjøkken[\s\S]*\*\*før\*\* personen begynner[\s\S]*seksuelle overgrep mot mindreårige/,
  ],
  ['mun-police-certificate-school', /SFO[\s\S]*sommerskole[\s\S]*bare den som får tilbud[\s\S]*eldre enn tre måneder[\s\S]*makuleres/],
  [
    'mun-police-certificate-health-care',
    /helse- og omsorgstjenesteloven § 5-4[\s\S]*1\. januar 2017[\s\S]*BPA-assistenter, støttekontakter og avlastere[\s\S]*allerede var ansatt[\s\S]*§ 20 a/,
  ],
  ['mun-police-certificate-remarks', /\*\*utelukket\*\*[\s\S]*\*\*konkret\*\*[\s\S]*referanser er like viktige/],
  ['mun-health-authorisation-check', /helsepersonelloven § 48[\s\S]*\*\*arbeidsgiveren\*\*[\s\S]*Helsepersonellregisteret/],
  ['mun-health-waiting-authorisation', /yrkestittelen[\s\S]*§ 4\)[\s\S]*norsk på B2-nivå[\s\S]*legemiddelhåndtering/],
  ['mun-teacher-competence-requirements', /1\.–4\. trinn[\s\S]*240 studiepoeng[\s\S]*HR-2016-2229-A[\s\S]*Prop\. 62 L/],
  ['mun-teacher-unqualified-temporary', /\*\*ingen søkere fyller kompetansekravene\*\*[\s\S]*31\. juli[\s\S]*\*\*På vilkår:\*\*[\s\S]*Sivilombudet/],
  ['mun-kindergarten-pedagogical-leader', /§§ 24 og 25[\s\S]*\*\*inntil ett år om gangen\*\*[\s\S]*\*\*offentlig utlyst\*\*/],
  ['mun-kindergarten-assistants', /\*\*styrer og pedagogisk leder\*\*, ikke til assistenter/],
  ['mun-on-call-substitutes', /\*\*midlertidig ansettelse\*\*[\s\S]*Rt\. 2006 s\. 1158[\s\S]*1\. januar 2019[\s\S]*§ 14-3/],
  ['mun-extra-shifts-permanent', /§ 14-4 a[\s\S]*§ 14-11[\s\S]*3 år[\s\S]*4 år/],
  ['mun-youth-summer-jobs', /Under 13 år[\s\S]*Fra 13 år[\s\S]*Fra 15 år[\s\S]*under 18 år[\s\S]*skriftlig samtykke/],
  ['mun-who-sets-qualification-requirements', /Sivilombudet[\s\S]*lyses ut på nytt[\s\S]*\*\*ønsket\*\*[\s\S]*LDO godtok et førerkortkrav/],
  ['mun-inclusion-hiring-goal', /^Nei[\s\S]*\*\*Femprosentmålet\*\*[\s\S]*statlige virksomheter[\s\S]*§ 26[\s\S]*Inn i jobb/],
  ['duty-discrimination-tribunal-complaint', /\(§ 37\)[\s\S]*tilkjenne oppreisning[\s\S]*\*\*erstatning\*\*[\s\S]*domstolene/],
  ['mun-appointing-authority', /kan ikke delegeres til formannskapet[\s\S]*\*\*Rektor, styrer eller enhetsleder:\*\*/],
];

describe('what the round-eight sources say', () => {
  it.each(ROUND8_FACTS)('%s', (id, fact) => {
    expect(rendered(id)).toMatch(fact);
  });
  it('the age limits for young workers and the disability-benefit income limit are dated parameters', () => {
    expect(valueOn('municipal.youth-work.light-work-age', DAY)?.value).toBe(13);
    expect(valueOn('municipal.youth-work.min-age', DAY)?.value).toBe(15);
    expect(valueOn('municipal.youth-work.adult-age', DAY)?.value).toBe(18);
    expect(valueOn('benefit.disability.income-limit-g', DAY)?.value).toBe(0.4);
  });
});

/** A municipal manager's questions in other words than the entries' phrasings. */
const ROUND8_CASES: Array<[question: string, sector: 'state' | 'municipal', expected: string]> = [
  ['Vi skal ansette en kokk i barnehagen – trenger hun politiattest?', 'municipal', 'mun-police-certificate-kindergarten'],
  ['Skal SFO-assistenten vi har gitt tilbud levere politiattest?', 'municipal', 'mun-police-certificate-school'],
  ['Skal en ny avlaster i kommunen vise politiattest?', 'municipal', 'mun-police-certificate-health-care'],
  ['Hvordan kontrollerer vi at vikarsykepleieren har autorisasjon?', 'municipal', 'mun-health-authorisation-check'],
  ['Kan vi ansette en med PPU som lærer på ungdomsskolen?', 'municipal', 'mun-teacher-competence-requirements'],
  ['Ingen med lærerutdanning søkte. Kan vi ansette en student ut skoleåret?', 'municipal', 'mun-teacher-unqualified-temporary'],
  ['Kan en assistent få dispensasjon og bli pedagogisk leder?', 'municipal', 'mun-kindergarten-pedagogical-leader'],
  ['Hun har jobbet mye mer enn stillingen sin i et år. Kan hun kreve større stilling?', 'municipal', 'mun-extra-shifts-permanent'],
  ['En søker har gradert uføretrygd. Kan vi ansette ham i 40 prosent?', 'municipal', 'hiring-applicant-disability-pension'],
  ['Kan vi ansette en uten fagbrev når annonsen sa fagbrev?', 'municipal', 'mun-who-sets-qualification-requirements'],
  ['Gjelder fem prosent-målet for kommunen vår?', 'municipal', 'mun-inclusion-hiring-goal'],
  ['Diskrimineringsnemnda har sendt oss en klage fra en søker. Hva gjør vi?', 'municipal', 'duty-discrimination-tribunal-complaint'],
  ['Hvem ansetter lærerne i kommunen, rektor eller kommunedirektøren?', 'municipal', 'mun-appointing-authority'],
  // The general entries keep their questions.
  ['Kan vi kreve politiattest fra søkeren?', 'state', 'hiring-police-certificate'],
  ['Kan vi stille krav om gode norskkunnskaper i stillingsannonsen?', 'municipal', 'ad-language-requirements'],
  // A known miss of the round, now answered.
  ['Vi har en ringeliste med ekstrahjelp i hjemmetjenesten – er det lov?', 'municipal', 'mun-on-call-substitutes'],
];

/** Manager questions that get no answer or a neighbouring entry today; reported, not tuned for. */
const ROUND8_MISSES: Array<[question: string, sector: 'municipal', expected: string, why: string]> = [
  [
    'Politiattesten til den nye viser et gammelt ran. Hva nå?',
    'municipal',
    'mun-police-certificate-remarks',
    'no answer (0.37): the four police-certificate entries share the words',
  ],
  ['Kan vi ta inn en 14-åring som sommerhjelp på biblioteket?', 'municipal', 'mun-youth-summer-jobs', 'no answer (0.42): «14-åring» and «sommerhjelp» are not split'],
  [
    'Sykepleieren fra Filippinene har ikke fått autorisasjon ennå. Kan hun jobbe hos oss?',
    'municipal',
    'mun-health-waiting-authorisation',
    'mun-health-authorisation-check answers (0.46), which points on to it',
  ],
];

describe('round-eight questions through the curated index', () => {
  const index = createCuratedIndex({ date: DAY });
  it.each(ROUND8_CASES)('%s (%s)', (question, sector, expected) => {
    const r = index.answer(question, { sector });
    expect(r.answered, `score ${r.score}`).toBe(true);
    expect(r.entry?.id).toBe(expected);
  });
});

describeKnownMisses('round-eight questions the index does not yet route to the entry that holds the answer', ROUND8_MISSES, DAY);
