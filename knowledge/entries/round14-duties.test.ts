/**
 * Round fourteen (r14-duties): the duties group (accommodation, interview-questions, reporting-duty, universal-design,
 * advertisement-writing) covered from its public sources fact by fact. New entries: arbeidsmiljøloven § 4-6 and how it
 * differs from likestillings- og diskrimineringsloven § 22; § 22 on training and advancement; failing to accommodate as
 * discrimination and what Diskrimineringsnemnda may do; § 30 on family planning,
 * faith-based employers and sexual orientation / samlivsform; aml § 9-4 medical examinations; who has the full
 * activity and reporting duty, which gender figures go in the report and how often, Bufdir's template, age outside § 26;
 * Hovedavtalen i staten on encouraging groups to apply; encouraging the under-represented gender; job analysis before
 * the advertisement. Also: contents of an accessibility statement, proactive ARP work («likestillingens HMS-arbeid»), «aktivt, målrettet og
 * planmessig», the 2020 strengthening, concrete ad titles (DFØ user test), what counts as health information.
 * Phrasings and a fact or two added to eleven existing entries (shared burden of proof: hiring-discrimination-claim-burden). Sources read 2026-12-01.
 */
import { describe, it } from 'vitest';
import { describeFacts, describeHouseStyle, describeRoutedQuestions, describeKnownMisses } from '../../test/support/entryChecks.js';

const DAY = '2026-12-01';

const NEW = [
  'duty-accommodation-reduced-work-capacity',
  'duty-accommodation-two-laws',
  'duty-accommodation-training-advancement',
  'duty-accommodation-breach-discrimination',
  'hiring-family-planning-question',
  'hiring-religion-question-faith-employer',
  'hiring-interview-partner-orientation',
  'hiring-medical-examination',
  'duty-arp-private-size',
  'duty-equality-report-gender-figures',
  'duty-equality-report-template',
  'duty-arp-age-not-covered',
  'state-ad-encourage-groups',
  'ad-encourage-underrepresented-gender',
  'ad-job-analysis-first',
  'uu-statement-content',
  'duty-arp-without-known-cases',
  'duty-arp-active-targeted-planned',
  'duty-arp-strengthened-2020',
  'ad-title-concrete',
  'hiring-health-information-definition',
] as const;

describeHouseStyle('round fourteen duties entries keep the house style', NEW, { day: DAY, english: true });

describeFacts(
  'round fourteen duties entries say what their sources say',
  [
    // arbeidsmiljøloven § 4-6 (lovtekst, arbeidsmiljoloven.com); Virke; Compendia
    ['duty-accommodation-reduced-work-capacity', /redusert arbeidsevne som følge av ulykke, sykdom, slitasje eller lignende/],
    ['duty-accommodation-reduced-work-capacity', /beholde eller få et passende arbeid/],
    ['duty-accommodation-reduced-work-capacity', /den ansatte og den tillitsvalgte tas med på råd/],
    ['duty-accommodation-reduced-work-capacity', /ikke plikt til å opprette en ny stilling/],
    // LDO sak 10/1862: the duty includes assessing other tasks in the enterprise, chosen in consultation
    ['duty-accommodation-reduced-work-capacity', /vurdere om den ansatte kan gjøre andre arbeidsoppgaver i virksomheten/],
    // Norsk Lektorlag: two laws, different aim; only § 22 covers applicants
    ['duty-accommodation-two-laws', /ulik innretning og ulikt formål/],
    ['duty-accommodation-two-laws', /Bare § 22 gjelder søkere/],
    // ldl § 22 (Kunnskapsbanken quoting the section)
    ['duty-accommodation-training-advancement', /ha tilgang til opplæring og annen kompetanseutvikling/],
    ['duty-accommodation-training-advancement', /mulighet til å avansere i arbeidet på lik linje med andre/],
    // LDO: lack of individual accommodation can be discrimination; regjeringen.no / LDO on Diskrimineringsnemnda
    ['duty-accommodation-breach-discrimination', /manglende individuell tilrettelegging kan være diskriminering/],
    ['duty-accommodation-breach-discrimination', /oppreisning i saker i arbeidslivet\*\* og \*\*erstatning i enkle saker/],
    ['duty-accommodation-breach-discrimination', /Det er gratis/],
    // SPH 2017 pkt. 2.3.3.7: compensation regardless of fault
    ['duty-accommodation-breach-discrimination', /selv om arbeidsgiveren ikke kan bebreides/],
    // ldl § 30 first paragraph a; Compendia «Gravid på jobbintervju»
    ['hiring-family-planning-question', /graviditet, adopsjon eller planer om å få barn/],
    ['hiring-family-planning-question', /forbudet er kjønnsnøytralt/],
    ['hiring-family-planning-question', /planlagt foreldrepermisjon og hvordan den skal tas ut/],
    ['hiring-family-planning-question', /referanser, tidligere kolleger eller felles bekjente/],
    // ldl § 30 (quoted by Difi): the two exceptions and the advertisement requirement
    ['hiring-religion-question-faith-employer', /avgjørende betydning for utøvelsen av arbeidet eller yrket/],
    ['hiring-religion-question-faith-employer', /fremme bestemte religiøse syn eller livssyn/],
    ['hiring-religion-question-faith-employer', /oppgis i utlysningen/],
    ['hiring-interview-partner-orientation', /seksuelle orientering, kjønnsidentitet eller kjønnsuttrykk/],
    // Arbeidstilsynet: aml § 9-4; Compendia: the list is exhaustive, consent does not help
    ['hiring-medical-examination', /stillinger som innebærer særlig risiko/],
    ['hiring-medical-examination', /nødvendig for å verne liv eller helse/],
    ['hiring-medical-examination', /samtykke fra søkeren gjør ikke en undersøkelse lovlig/],
    // Bufdir ARP for arbeidsgivere; NHO
    ['duty-arp-private-size', /Private virksomheter med flere enn femti ansatte/],
    ['duty-arp-private-size', /mellom tjue og femti ansatte\*\*, hvis en av partene på arbeidsplassen krever det/],
    // Bufdir: slik redegjør du (yearly / every second year; anonymised)
    ['duty-equality-report-gender-figures', /gjennomsnittlig antall uker foreldrepermisjon/],
    ['duty-equality-report-gender-figures', /minst hvert 2 år/],
    ['duty-equality-report-gender-figures', /\*\*anonymisert form\*\*/],
    ['duty-equality-report-template', /\*\*Excel-skjema\*\*/],
    // LDO FAQ ARP quoting § 26 (no age); Bufdir: harassment and gender-based violence
    ['duty-arp-age-not-covered', /\*\*alder er ikke med\*\*/],
    ['duty-arp-age-not-covered', /kjønnsbasert vold/],
    // Hovedavtalen i staten § 30 (Lo Stat)
    ['state-ad-encourage-groups', /vurdere om særskilte grupper skal oppfordres til å søke/],
    ['state-ad-encourage-groups', /orientere de tillitsvalgte om hjemmelen for midlertidigheten/],
    // LDO 2003/377; SPH 2017 pkt. 2.3.2.4; Prop. 81 L kap. 17 (positive action, also for men)
    ['ad-encourage-underrepresented-gender', /underrepresentert i den aktuelle stillingskategorien/],
    ['ad-encourage-underrepresented-gender', /i de aller fleste tilfeller være ulovlig/],
    // DFØ: hvordan skrive stillingsannonser som inkluderer; LDO: utlysningsteksten
    ['ad-job-analysis-first', /gjør analysen uten tanke på den som hadde stillingen før/],
    ['ad-job-analysis-first', /kravene dere må vurdere kandidatene etter senere i prosessen/],
    // Uu-tilsynet «Om tilgjengelegheitserklæring»: self-declaration, breaches, consequences, explanation, feedback
    ['uu-statement-content', /\*\*egenerklæring\*\*/],
    ['uu-statement-content', /hvorfor virksomheten ikke følger regelverket/],
    ['uu-statement-content', /melde fra om feil og mangler direkte til virksomheten/],
    // Bufdir: act even without known cases; «likestillingens HMS-arbeid»
    ['duty-arp-without-known-cases', /selv om dere ikke kjenner til at noen diskrimineres/],
    ['duty-arp-without-known-cases', /\*\*likestillingens HMS-arbeid\*\*/],
    // NHO: aktivt / målrettet / planmessig; BDO: no particular measures required, scaled to size
    ['duty-arp-active-targeted-planned', /\*\*sette i verk tiltak\*\*/],
    ['duty-arp-active-targeted-planned', /\*\*målet\*\* for arbeidet og \*\*hvem som er ansvarlig\*\*/],
    ['duty-arp-active-targeted-planned', /\*\*bevisst strategi\*\*/],
    ['duty-arp-active-targeted-planned', /Loven pålegger ikke bestemte tiltak/],
    // Bufdir / LDO: strengthened 1 January 2020; first report for 2020 published in 2021
    ['duty-arp-strengthened-2020', /\*\*1\. januar 2020\*\*/],
    ['duty-arp-strengthened-2020', /gjaldt året 2020, i årsberetningen som ble publisert i 2021/],
    // Difi 2020 user test of state job ads
    ['ad-title-concrete', /konkret stillingsinformasjon i tittelen framfor motiverende spørsmål/],
    ['ad-title-concrete', /for mye plass på å presentere virksomheten/],
    // arbeidsmiljoloven.com (forarbeidene to aml § 9-3); Compendia
    ['hiring-health-information-definition', /kartlegge personers nåværende og mulige fremtidige helsetilstand/],
    ['hiring-health-information-definition', /\*\*tidligere sykefravær\*\*/],
    ['hiring-health-information-definition', /Samtykke hjelper ikke/],
    // Existing entries. Bufdir: LDO may make follow-up visits
    ['inclusion-arp-supervision', /oppfølgingsbesøk/],
    // SPH 2017 pkt. 2.3.3.4: chronic illnesses such as asthma and migraine can be a disability
    ['duty-accommodation-not-requested', /diabetes, astma eller migrene/],
    // Compendia: may ask whether health problems prevent the tasks
    ['duty-interview-health-questions', /nødvendig for å utføre oppgavene/],
    // Bufdir / NTB: Diskrimineringsnemnda may impose tvangsmulkt
    ['inclusion-report-missing-consequence', /\*\*Tvangsmulkt:\*\*/],
    // DFØ: show that you take diversity and inclusion seriously
    ['ad-writing-inclusive-tips', /Vis at dere tar mangfold og inkludering på alvor/],
    // Jobb for alle «Hvordan bevise diskriminering?»; SPH 2017 pkt. 2.3.3.6: shared burden of proof
    ['hiring-discrimination-claim-burden', /\*\*bevisbyrden er delt\*\*/],
    ['hiring-discrimination-claim-burden', /\*\*arbeidsgiveren sannsynliggjøre\*\* at det likevel ikke skjedde/],
    // Leder.no (aml § 13-4): trade-union membership
    ['hiring-interview-political-views', /medlem av en fagforening/],
    // Uu-tilsynet FAQ: private enterprises need no accessibility statement
    ['hiring-uu-accessibility-statement', /Private virksomheter\*\* og frivillige organisasjoner er som hovedregel ikke pålagt/],
    // Uu-tilsynet «Om tilgjengelegheitserklæring»: users complain to Diskrimineringsnemnda
    ['hiring-uu-supervision-complaints', /klage til \*\*Diskrimineringsnemnda\*\*/],
    // LDO: teleslynge as an example of accommodation
    ['duty-accommodation-hearing', /teleslynge/],
    // Kunnskapsbanken / ldl § 22: what is weighed
    ['duty-accommodation-disproportionate-burden', /hvor godt tiltaket virker for at personen kan gjøre jobben, hva det faktisk koster, og hvor store ressurser/],
  ],
  DAY,
);

// Written after the entries, in other words than their phrasings; a good part of the probe questions.
describeRoutedQuestions(
  'round fourteen manager questions reach the entry that holds the fact',
  [
    ['En av renholderne har fått slitasjeskader og klarer ikke jobben – hva er plikten vår etter arbeidsmiljøloven?', undefined, 'duty-accommodation-reduced-work-capacity'],
    [
      'En helsefagarbeider på sykehjemmet har fått redusert arbeidsevne etter en ulykke – må vi finne passende arbeid til henne?',
      'municipal',
      'duty-accommodation-reduced-work-capacity',
    ],
    ['Kan vi flytte en ansatt til en annen jobb hvis hun ikke klarer sin vanlige jobb etter sykdom?', undefined, 'duty-accommodation-reduced-work-capacity'],
    ['Når gjelder arbeidsmiljøloven og når gjelder diskrimineringsloven for tilrettelegging?', undefined, 'duty-accommodation-two-laws'],
    ['Har en ansatt i etaten med funksjonsnedsettelse krav på tilrettelegging for å kunne avansere?', 'state', 'duty-accommodation-training-advancement'],
    ['Gjelder tilretteleggingsplikten også opplæring og kurs for en ansatt med funksjonsnedsettelse?', undefined, 'duty-accommodation-training-advancement'],
    ['Kan manglende tilrettelegging regnes som diskriminering av en søker?', undefined, 'duty-accommodation-breach-discrimination'],
    ['Hva kan skje hvis en ansatt klager oss inn for manglende tilrettelegging?', undefined, 'duty-accommodation-breach-discrimination'],
    ['Hvem må bevise hva i en diskrimineringssak om tilrettelegging?', undefined, 'hiring-discrimination-claim-burden'],
    ['Kan vi spørre om søkeren skal ta ut foreldrepermisjon snart?', undefined, 'hiring-family-planning-question'],
    ['Kan jeg spørre felles bekjente om søkeren er gravid?', undefined, 'hiring-family-planning-question'],
    ['Vi er en menighet, kan vi spørre søkeren om livssyn?', undefined, 'hiring-religion-question-faith-employer'],
    ['Må det stå i utlysningen hvis vi vil spørre om religion?', undefined, 'hiring-religion-question-faith-employer'],
    ['Er det lov å spørre om søkerens sivilstand på jobbintervju?', undefined, 'hiring-interview-partner-orientation'],
    ['Kan vi kreve en medisinsk undersøkelse av søkeren før vi ansetter?', undefined, 'hiring-medical-examination'],
    ['Gjelder redegjørelsesplikten for private bedrifter med 30 ansatte?', undefined, 'duty-arp-private-size'],
    ['Hvilke kjønnstall skal med i likestillingsredegjørelsen hvert år?', undefined, 'duty-equality-report-gender-figures'],
    ['Må likestillingsredegjørelsen være anonymisert?', 'municipal', 'duty-equality-report-gender-figures'],
    ['Har Bufdir et skjema vi kan bruke til likestillingsrapporteringen?', undefined, 'duty-equality-report-template'],
    ['Er alder et av grunnlagene i aktivitetsplikten for arbeidsgivere?', undefined, 'duty-arp-age-not-covered'],
    ['Skal vi i staten oppfordre bestemte grupper til å søke i utlysningsteksten?', 'state', 'state-ad-encourage-groups'],
    ['Kan barnehagen skrive i annonsen at menn oppfordres til å søke?', undefined, 'ad-encourage-underrepresented-gender'],
    ['Kan kommunen lyse ut en stilling som bare er for kvinner?', 'municipal', 'ad-encourage-underrepresented-gender'],
    ['Hvorfor anbefales det å gjøre en stillingsanalyse før utlysning?', undefined, 'ad-job-analysis-first'],
    ['Skal vi ta utgangspunkt i den forrige personen i stillingen når vi skriver kravene?', undefined, 'ad-job-analysis-first'],
    ['Kan jeg spørre søkeren om hen er medlem av en fagforening?', undefined, 'hiring-interview-political-views'],
    ['Hvor klager en søker hvis søknadsportalen vår ikke er universelt utformet?', undefined, 'hiring-uu-supervision-complaints'],
    ['Hva skal stå i en tilgjengelighetserklæring?', undefined, 'uu-statement-content'],
    ['Hvorfor kalles aktivitetsplikten likestillingens HMS-arbeid?', undefined, 'duty-arp-without-known-cases'],
    ['Må vi jobbe med aktivitetsplikten selv om vi ikke vet om noen som blir diskriminert?', 'municipal', 'duty-arp-without-known-cases'],
    ['Hva innebærer kravet om at likestillingsarbeidet skal være målrettet og planmessig?', undefined, 'duty-arp-active-targeted-planned'],
    ['Når trådte de skjerpede reglene om aktivitets- og redegjørelsesplikt i kraft?', undefined, 'duty-arp-strengthened-2020'],
    ['Bør vi droppe den lange presentasjonen av etaten øverst i stillingsannonsen?', 'state', 'ad-title-concrete'],
    ['Regnes tidligere sykefravær som helseopplysninger når vi ansetter?', undefined, 'hiring-health-information-definition'],
    ['Kan likestillingsombudet komme på besøk og sjekke likestillingsarbeidet vårt?', undefined, 'inclusion-arp-supervision'],
    ['Har en ansatt med migrene eller astma rett til tilrettelegging etter diskrimineringsloven?', undefined, 'duty-accommodation-not-requested'],
    ['Kan vi spørre om søkeren har helseproblemer som hindrer henne i å gjøre jobben?', undefined, 'duty-interview-health-questions'],
    ['Hvordan viser vi i annonsen at vi tar mangfold på alvor?', 'state', 'ad-writing-inclusive-tips'],
    ['Kan Diskrimineringsnemnda gi oss bot hvis vi ikke redegjør for likestilling?', 'municipal', 'inclusion-report-missing-consequence'],

    // Known misses of the round (it.todo notes), now answered.
    ['omfatter aktivitetsplikten forebygging av seksuell trakassering', undefined, 'duty-arp-areas'],
  ],
  DAY,
);

describe('round fourteen duties known misses', () => {
  it.todo('«videreutdanning for en medarbeider med synshemning» → duty-accommodation-training-advancement (0.30)');
  it.todo('«en avvist søker påstår vi diskriminerte henne – må vi bevise …» → hiring-discrimination-claim-burden (not answered)');
  it.todo('«bedriftslege for helseundersøkelse før de begynner» → hiring-medical-examination (0.39)');
  it.todo('«må en privat virksomhet ha tilgjengelighetserklæring» goes to uu-wcag-version, not hiring-uu-accessibility-statement');
  it.todo('«foreldrepermisjon» in a reporting question is read as out-of-scope:parental-leave (score 0) → duty-equality-report-gender-figures');
  it.todo('«hva må tilgjengelighetserklæringen … opplyse om» goes to hiring-uu-accessibility-statement (0.55), not uu-statement-content');
  it.todo('«må kommunen drive likestillingsarbeid selv om ingen ansatte har meldt om forskjellsbehandling» → duty-arp-without-known-cases (0.38)');
  it.todo('universal-design rules for self-service machines (automater): not relevant enough to hiring to add this round');
  it.todo('can we ask whether the applicant has a work permit: no public source read this round');
  it.todo('can we require a medical certificate before accommodating an employee: not verified against a source this round');
  it.todo('dispensation from the ICT universal-design rules (forskrift § 10 «særlig tungtveiende grunner») concerned the old deadlines; current rule not verified');
  it.todo('whether to ask for a cover letter or only a CV: no authoritative source read');
});

// Questions of the round the index does not yet route to the entry that holds the answer (once written as it.todo notes); each fails once it is fixed.
describeKnownMisses(
  'round fourteen duties known misses are still missed',
  [
    [
      'hvilke virksomheter har plikt til å redegjøre for likestilling i årsberetningen',
      undefined,
      'duty-arp-private-size',
      'goes to inclusion-report-missing-consequence, not duty-arp-private-size',
    ],
    ['kan vi i kommunen spørre en søker om hun skal ut i mammapermisjon', undefined, 'hiring-family-planning-question', 'score 0.42'],
    ['kan vi kreve at søkeren må kunne jobbe hundre prosent', undefined, 'duty-applicant-part-time-disability', 'score 0.38'],
  ],
  DAY,
);
