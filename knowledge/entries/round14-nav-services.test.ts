/**
 * Round fourteen (r14-nav-services): the public pages of the NAV service topics covered fact by fact —
 * arbeidstrening (nav.no employer pages, tiltaksforskriften kap. 3), funksjonsassistanse i arbeidslivet (nav.no,
 * NAV's Kunnskapsbanken), varig tilrettelagt arbeid (tiltaksforskriften kap. 14, nav.no, KS' consultation response
 * of 20 Oct 2025 = seed 003), getting candidates from NAV (arbeidsgivertelefonen, arbeidsplassen.nav.no) and the
 * IA agreement (Idébanken). New entries for the facts no entry held; phrasings added to existing entries where the
 * fact was there but the question did not reach it. Sources read 2026-12-01.
 */
import { describe, it } from 'vitest';
import { describeFacts, describeHouseStyle, describeRoutedQuestions, describeKnownMisses } from '../../test/support/entryChecks.js';

const DAY = '2026-12-01';

const NEW = [
  'nav-work-trial-agreement-content',
  'nav-work-trial-why-offer',
  'nav-function-assistance-lasting-need',
  'nav-function-assistance-job-types',
  'nav-function-assistance-accommodation-first',
  'nav-function-assistance-application-form',
  'nav-function-assistance-work-leader',
  'nav-vta-other-measures-first',
  'nav-vta-o-ordinary-business',
  'nav-vta-sheltered-wage',
  'ia-workplace-cooperation',
  'nav-recruitment-cooperation-agreement',
] as const;

describeHouseStyle('round fourteen NAV service entries keep the house style', NEW, { day: DAY, english: true });

describeFacts(
  'round fourteen NAV service entries say what their sources say',
  [
    // nav.no «Arbeidstrening» (for arbeidsgivere): purpose defined before start; tasks, training, expectations, duration, follow-up
    ['nav-work-trial-agreement-content', /\*\*formålet\*\* er beskrevet/],
    ['nav-work-trial-agreement-content', /\*\*forventet varighet\*\* og hvilken \*\*oppfølging\*\*/],
    // nav.no «Arbeidstrening» (nynorsk): NAV-rettleiaren opprettar avtalen, deltakar og arbeidsgivar godkjenner digitalt
    ['nav-work-trial-agreement-content', /NAV-veilederen oppretter avtalen digitalt/],
    ['nav-work-trial-agreement-content', /fast kontaktperson både i NAV og på arbeidsplassen/],
    // arbeidsgiver.nav.no «Arbeidstrening»: no money; arbeidsmiljø, omdømme; some get a permanent job
    ['nav-work-trial-why-offer', /\*\*ingen pengestøtte\*\*/],
    ['nav-work-trial-why-offer', /\*\*positivt for arbeidsmiljøet\*\* og bidra til \*\*omdømmet\*\*/],
    ['nav-work-trial-why-offer', /noen deltakere ender med \*\*fast jobb\*\*/],
    // Kunnskapsbanken «Vilkår 1 – funksjonsnedsettelse»: lasting impairment; not the diagnosis; invisible impairments
    ['nav-function-assistance-lasting-need', /Det er et krav at funksjonsnedsettelsen er \*\*varig\*\*/],
    ['nav-function-assistance-lasting-need', /Det er \*\*ikke diagnosen\*\* som avgjør/],
    ['nav-function-assistance-lasting-need', /\*\*usynlig funksjonsnedsettelse\*\*/],
    // Kunnskapsbanken «Vilkår 2 – krav om ordinært lønnet arbeid»
    ['nav-function-assistance-job-types', /\*\*vikariater\*\*, prosjektstillinger, \*\*sommerjobber\*\*/],
    ['nav-function-assistance-job-types', /selvstendig næringsdrivende og frilansere kan omfattes/],
    ['nav-function-assistance-job-types', /studenter og personer i arbeidspraksis/],
    ['nav-function-assistance-job-types', /\*\*forhåndsvedtak\*\*/],
    // nav.no «Funksjonsassistanse»: tilrettelegging and hjelpemidler clarified first; Kunnskapsbanken «Hvordan søke»
    ['nav-function-assistance-accommodation-first', /\*\*hjelpemidler\*\* må være \*\*klarlagt\*\*/],
    ['nav-function-assistance-accommodation-first', /bedriftshelsetjenesten først gjør en generell vurdering/],
    ['nav-function-assistance-accommodation-first', /besøker \*\*NAV Hjelpemiddelsentral\*\* arbeidsplassen/],
    ['nav-function-assistance-application-form', /«Registreringsskjema for arbeidsgiver»/],
    ['nav-function-assistance-application-form', /\*\*NAV Hjelpemiddelsentral Møre og Romsdal\*\* fatter vedtaket/],
    // Jobb for alle «Funksjonsassistent»: styres av brukeren, ansettes av arbeidsgiveren; Kunnskapsbanken «Kompetente arbeidstakere»
    ['nav-function-assistance-work-leader', /\*\*arbeidsgiveren ansetter\*\* funksjonsassistenten/],
    ['nav-function-assistance-work-leader', /\*\*styres av den ansatte\*\*/],
    ['nav-function-assistance-work-leader', /selv ha kompetansen til å gjøre arbeidsoppgavene/],
    // tiltaksforskriften §§ 14-1 to 14-3
    ['nav-vta-other-measures-first', /\*\*andre arbeidsmarkedstiltak er vurdert og funnet uaktuelle\*\* \(tiltaksforskriften § 14-3\)/],
    ['nav-vta-other-measures-first', /\*\*spesiell tilrettelegging og tett oppfølging\*\*/],
    // nav.no «Varig tilrettelagt arbeid i ordinær virksomhet»: ordinær virksomhet = vanlig arbeidsgiver, not tiltaksarrangør
    ['nav-vta-o-ordinary-business', /\*\*vanlig arbeidsgiver\*\*, i motsetning til en \*\*tiltaksarrangør eller tiltaksbedrift\*\*/],
    ['nav-vta-o-ordinary-business', /\*\*enkeltplass\*\* hos en vanlig arbeidsgiver \(tiltaksforskriften § 14-2\)/],
    // seed 003 (KS høringssvar 20.10.2025), «Lønnsplikt»
    ['nav-vta-sheltered-wage', /forhåndsgodkjente \(skjermede\) virksomheter har i dag lønn etter tariff/],
    ['nav-vta-sheltered-wage', /bli i skjermet VTA i stedet for å gå over til VTA-O/],
    // Idébanken «Hva handler IA-avtalen om nå?»
    ['ia-workplace-cooperation', /\*\*samarbeid mellom ledere, tillitsvalgte, verneombud og ansatte\*\*/],
    ['ia-workplace-cooperation', /\*\*Forebyggende arbeidsmiljøarbeid:\*\*/],
    ['ia-workplace-cooperation', /\*\*hele arbeidslivet\*\*/],
    // seed 003 (KS): follow-up in VTA-O regardless of type of impairment; utviklingshemming
    ['nav-vta-other-measures-first', /\*\*uavhengig av type funksjonsnedsettelse\*\*/],
    // Kunnskapsbanken «Oppfølging av tiltaket»: yearly follow-up, normally in the autumn
    ['nav-function-assistance-changes', /normalt kontakt \*\*om høsten\*\*/],
    // nav.no «Varig tilrettelagt arbeid i ordinær virksomhet»: shared by a link when NAV creates the agreement
    ['nav-vta-o-apply', /deles den automatisk med deltakeren og dere via en lenke/],
    // Idébanken: IA covers the whole working life (no IA companies)
    ['ia-no-ia-company', /IA-arbeidet retter seg nå mot hele arbeidslivet/],
    // arbeidsgiver.nav.no «Arbeidstrening»: log in to fill in the agreement form; lite arbeidserfaring, falt ut på grunn av sykdom
    ['nav-work-trial-agreement-content', /\*\*logge inn\*\* på NAVs sider for arbeidsgivere/],
    ['nav-work-trial-who', /\*\*falt ut av arbeidslivet på grunn av sykdom\*\*/],
    // seed 003 (KS) calls the sheltered variant VTA-F
    ['nav-vta-o-ordinary-business', /KS kaller den \*\*VTA-F\*\*/],
    // NKBUF quoting regjeringen.no (2018): markedskontakter, samarbeidsavtale om rekruttering og inkludering; seed 002 (Oslo Economics)
    ['nav-recruitment-cooperation-agreement', /samordnet innsats overfor virksomheter som har samarbeidsavtale om rekruttering og inkludering/],
    ['nav-recruitment-cooperation-agreement', /kontakten ble mindre etter inkluderingsdugnaden/],
    ['nav-recruitment-cooperation-agreement', /samarbeide med de lokale NAV-kontorene/],
    // existing entries that now take the question (phrasings added this round)
    // nav.no «Arbeidstrening» (nynorsk): lita eller mangelfull arbeidserfaring; tiltaksforskriften § 1-3 age
    ['nav-work-trial-who', /liten eller mangelfull arbeidserfaring/],
    // arbeidsgiver.nav.no «Arbeidstrening»: always in addition to staff and together with another person
    ['nav-work-trial-limits', /jobbe sammen med en av de ansatte/],
    // nav.no «Arbeidstrening»: Arbeidsgivertelefonen
    ['nav-contact-employer-line', /NAVs arbeidsgivertelefon/],
    // data.nav.no: vacancies published by NAV, source arbeidsplassen.nav.no/stillinger
    ['nav-arbeidsplassen-post-vacancy', /arbeidsplassen\.nav\.no/],
    // nav.no «Funksjonsassistanse»: av- og påkledning, lunsj, kopiering, tjenestereise
    ['nav-function-assistance', /av- og påkledning, hjelp i lunsjen, kopiering, tjenestereiser/],
  ],
  DAY,
);

// Written after the entries, in other words than their phrasings.
describeRoutedQuestions(
  'round fourteen manager questions reach the entry that holds the fact',
  [
    ['Hva skal stå i avtalen om arbeidstrening?', undefined, 'nav-work-trial-agreement-content'],
    ['Hvorfor skal vi ta imot folk på arbeidstrening?', 'municipal', 'nav-work-trial-why-offer'],
    ['Får man funksjonsassistent etter en operasjon for en kort periode?', undefined, 'nav-function-assistance-lasting-need'],
    ['Hvilket skjema bruker vi for å søke funksjonsassistanse?', 'state', 'nav-function-assistance-application-form'],
    ['Hvem fatter vedtak om funksjonsassistanse?', undefined, 'nav-function-assistance-application-form'],
    ['Må hjelpemidler være prøvd før man får funksjonsassistent?', undefined, 'nav-function-assistance-accommodation-first'],
    ['Kommer NAV på besøk på arbeidsplassen før funksjonsassistanse innvilges?', undefined, 'nav-function-assistance-accommodation-first'],
    ['Hvem er arbeidsleder for funksjonsassistenten?', undefined, 'nav-function-assistance-work-leader'],
    ['Kan en selvstendig næringsdrivende få funksjonsassistanse?', undefined, 'nav-function-assistance-job-types'],
    ['Må andre tiltak være prøvd før VTA?', undefined, 'nav-vta-other-measures-first'],
    ['Hva betyr ordinær virksomhet i VTA-O?', undefined, 'nav-vta-o-ordinary-business'],
    ['Har deltakere i VTA i skjermet bedrift lønn etter tariff?', undefined, 'nav-vta-sheltered-wage'],
    ['Hva er partssamarbeid i IA-arbeidet?', 'municipal', 'ia-workplace-cooperation'],
    ['Hvem passer arbeidstrening for?', undefined, 'nav-work-trial-who'],
    ['Hvor gammel må en på arbeidstrening være?', undefined, 'nav-work-trial-who'],
    ['Må deltakeren på arbeidstrening jobbe sammen med noen av de ansatte?', 'state', 'nav-work-trial-limits'],
    ['Hva er IA-avtalen kort fortalt?', undefined, 'ia-agreement'],
    ['Kan en med utviklingshemming få jobb i VTA-O hos oss?', undefined, 'nav-vta-other-measures-first'],
    ['Følger NAV opp funksjonsassistansen årlig?', undefined, 'nav-function-assistance-changes'],
    ['Hvordan finner vi VTA-O-avtalen som NAV har opprettet?', undefined, 'nav-vta-o-apply'],
    ['Er det fortsatt IA-bedrifter?', 'municipal', 'ia-no-ia-company'],
    ['Kan funksjonsassistenten også ha andre oppgaver på arbeidsplassen?', undefined, 'nav-function-assistance-employer'],
    ['Hvor logger vi inn for å fylle ut skjemaet for arbeidstrening?', undefined, 'nav-work-trial-agreement-content'],
    ['Kan en som har falt ut av arbeidslivet på grunn av sykdom få arbeidstrening hos oss?', 'municipal', 'nav-work-trial-who'],
    ['Hva koster arbeidstrening for arbeidsgiveren?', undefined, 'nav-work-trial-benefits'],
    ['Kan kommunen få VTA-O-tilskudd for en som jobber i barnehagen?', 'municipal', 'mun-vta-o-own-services'],
    ['Hvilke organisasjoner står bak IA-avtalen på arbeidsgiversiden?', undefined, 'ia-agreement'],
    ['Hva er forskjellen på VTA i skjermet virksomhet og VTA-O?', undefined, 'nav-vta-o-ordinary-business'],
    ['avtale arbeidstrening hva må med?', undefined, 'nav-work-trial-agreement-content'],
    ['Hvilke innsatsområder har den nye IA-avtalen?', 'municipal', 'ia-workplace-cooperation'],
    ['Kan etaten lage en fast avtale med NAV om rekrutteringssamarbeid?', 'state', 'nav-recruitment-cooperation-agreement'],
    ['Kan kommunen ha en samarbeidsavtale med NAV om å rekruttere fra målgruppen?', 'municipal', 'nav-recruitment-cooperation-agreement'],
    ['kan frilanser få funksjonsassistent', undefined, 'nav-function-assistance-job-types'],
    ['vta-o krav andre tiltak prøvd først?', 'state', 'nav-vta-other-measures-first'],
    ['lønn etter tariff i vekstbedrift for vta?', undefined, 'nav-vta-sheltered-wage'],
    ['Må tilretteleggingen være kartlagt før søknad om funksjonsassistent?', undefined, 'nav-function-assistance-accommodation-first'],
    ['Kan en sommervikar få funksjonsassistanse?', 'municipal', 'nav-function-assistance-job-types'],
    // Reached once round nineteen added phrasings on whom at NAV to talk to (was a known miss, score 0.40).
    ['Vi vil rekruttere via NAV – hvem i NAV snakker vi med?', undefined, 'nav-contact-employer-line'],
  ],
  DAY,
);

describe('round fourteen NAV service known misses', () => {
  it.todo('«funkass etter kneoperasjon?» scores 0: the short form «funkass» is not read as funksjonsassistanse');
  it.todo('«Hva betyr IA?» → ia-no-ia-company (0.79), whose text does not spell out «inkluderende arbeidsliv»');
  it.todo('«Kan vi sende stillingsannonsen til NAV på e-post?» is held off-topic (it) by «e-post»; SPH 2.3.1.5 (stilling@nav.no, lenke) not added');
  it.todo('questions with «sykefravær» (IA goal, previous agreement not reaching its goal, sickness statistics) are held off-topic (sickleave)');
  it.todo('a vacancy without an application deadline stays on nav.no for a set number of days (SPH 2.3.1.5, 2017 text): not verified as current');
  it.todo('how many work-trial participants at once: no public source sets a number');
  it.todo('arbeidsgiveravgift for a work-trial participant: no public source read this round');
});

// Questions of the round the index does not yet route to the entry that holds the answer (once written as it.todo notes); each fails once it is fixed.
describeKnownMisses(
  'round fourteen nav-services known misses are still missed',
  [
    ['Kva får vi ut av å ha nokon på arbeidstrening?', undefined, 'nav-work-trial-why-offer', '→ nav-work-trial (0.89), not nav-work-trial-why-offer'],
    ['Hvem finansierer bransjeprogrammene?', undefined, 'ia-bransjeprogram', '0.42; «finansierer» not read as «betaler»'],
    ['Hva er VTA-S?', undefined, 'nav-vta-o-ordinary-business', '→ mun-vta-o (0.86), not nav-vta-o-ordinary-business which names VTA-S'],
    ['Hva heter NAVs stillingsportal?', undefined, 'nav-arbeidsplassen-post-vacancy', '0.29; «stillingsportal» not linked to arbeidsplassen'],
  ],
  DAY,
);
