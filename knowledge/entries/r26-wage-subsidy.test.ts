/**
 * Round twenty-six (r26-wage-subsidy): what managers ask about wage subsidies and NAV's employer services that the base
 * lacked – a person on a wage subsidy who is offered a permanent job elsewhere (tiltaksforskriften § 1-3), NAV's follow-up
 * once the subsidy has ended and the person is hired permanently, how long an ad stays on arbeidsplassen.nav.no when the
 * deadline is «snarest»/«løpende», and whether arbeidsplassen may be used for volunteers or contractors. Sources read
 * 2026-12-03: nav.no «Midlertidig lønnstilskudd» (employer and private pages), «Ny løsning for å inngå avtale om
 * lønnstilskudd», «Lønnstilskudd får ny digital refusjonsløsning», «Avtale om tilrettelegging og oppfølging»,
 * «Inkluderingstilskudd» (employer and private pages), «Mentortilskudd», «Varig lønnstilskudd», the English «Follow-up»
 * page, nav.no's copy of tiltaksforskriften § 1-3; arbeidsplassen.no «Vilkår for å publisere stillingsannonser», «Vilkår og
 * retningslinjer», «Retningslinjer for innhold i annonser i Navs stillingsbase» and «Superrask søknad» (navikt/pam-stillingsok
 * @ bc96612), NAV's import API (navikt/pam-import-api @ 36f0a6c). The two arbeidsplassen numbers are parameters in
 * navMeasures.ts. The other subtopics of the brief (post percentage change, the step-down, the summer-job refund deadline,
 * the Inn i jobb start-up report) were already answered by existing entries: their routing is checked below.
 */
import { describeFacts, describeHouseStyle, describeRoutedQuestions } from '../../test/support/entryChecks.js';

const DAY = '2026-12-03';

const IDS = ['nav-wage-subsidy-job-offer-elsewhere', 'nav-follow-up-after-wage-subsidy-hire', 'nav-arbeidsplassen-ad-expiry', 'nav-arbeidsplassen-volunteers-contractors'];

describeHouseStyle('round twenty-six wage-subsidy entries keep the house style', IDS, { day: DAY, english: true });

describeFacts(
  'round twenty-six wage-subsidy entries say what their sources say',
  [
    // tiltaksforskriften § 1-3 fifth paragraph (nav.no's copy): end the measure on an offer of suitable work; NAV may approve completion
    ['nav-wage-subsidy-job-offer-elsewhere', /^Nei\. Hen må ikke fullføre lønnstilskuddet først/],
    ['nav-wage-subsidy-job-offer-elsewhere', /tiltaksforskriften § 1-3 skal en tiltaksdeltaker \*\*avslutte tiltaket\*\* når hen får tilbud om passende arbeid/],
    ['nav-wage-subsidy-job-offer-elsewhere', /NAV kan i særlige tilfeller godkjenne at et påbegynt tiltak fullføres/],
    // nav.no Midlertidig lønnstilskudd: the goal is to help more people get or keep a permanent job
    ['nav-wage-subsidy-job-offer-elsewhere', /flere får eller beholder en fast jobb/],
    // nav.no Ny løsning for å inngå avtale: a change after the start is approved again by all parties
    ['nav-wage-subsidy-job-offer-elsewhere', /må alle parter godkjenne den på nytt/],
    // nav.no refusjonsløsning: the last date to submit is two months after the period
    ['nav-wage-subsidy-job-offer-elsewhere', /senest 2 måneder etter at tilskuddsperioden er over/],
    // nav.no Avtale om tilrettelegging og oppfølging: a fixed contact person, regular follow-up, quick processing
    ['nav-follow-up-after-wage-subsidy-hire', /^Ja, det kan dere be om/],
    ['nav-follow-up-after-wage-subsidy-hire', /navngitt kontaktperson i NAV, regelmessig oppfølging og rask saksbehandling/],
    // nav.no Inkluderingstilskudd (employer): also for those covered by a follow-up agreement or other work-oriented help
    ['nav-follow-up-after-wage-subsidy-hire', /omfattes av en tilretteleggings- og oppfølgingsavtale eller får annen arbeidsrettet bistand fra NAV/],
    // nav.no Mentortilskudd: also when needed for a person with reduced work capacity to keep ordinary work
    ['nav-follow-up-after-wage-subsidy-hire', /kan gis også når personen ikke lenger er på et tiltak/],
    // nav.no Follow-up: for those who need extensive assistance to gain or keep a job
    ['nav-follow-up-after-wage-subsidy-hire', /trenger mye bistand for å få eller beholde en jobb/],
    // arbeidsplassen retningslinjer punkt 12: expiry no later than six months after registration
    ['nav-arbeidsplassen-ad-expiry', /^Det kommer an på sluttdatoen annonsen har fått/],
    ['nav-arbeidsplassen-ad-expiry', /kan ikke settes senere enn 6 måneder etter at annonsen ble registrert/],
    // pam-import-api TransferLogService: SNAREST without expiry → published + 10 days; an earlier due date wins
    ['nav-arbeidsplassen-ad-expiry', /setter NAV sluttdatoen til 10 dager etter publisering/],
    ['nav-arbeidsplassen-ad-expiry', /tas den ned på søknadsfristen/],
    // arbeidsplassen vilkår: publish once; no frequent edits to climb in the search
    ['nav-arbeidsplassen-ad-expiry', /publiseres bare én gang/],
    // arbeidsplassen Superrask søknad: marking the post as filled unpublishes the ad
    ['nav-arbeidsplassen-ad-expiry', /avpublisert når dere markerer stillingen som besatt/],
    // arbeidsplassen vilkår: only when you will offer a candidate employment
    ['nav-arbeidsplassen-volunteers-contractors', /^Nei\. arbeidsplassen\.nav\.no er for \*\*reelle stillinger\*\*/],
    // retningslinjer punkt 2, 6 (with the exception for health personnel with a public operating agreement) and 3
    ['nav-arbeidsplassen-volunteers-contractors', /Arbeidsgiver- og arbeidstakerregisteret, foretar forskuddstrekk og har ansvar for arbeidsmiljøet/],
    ['nav-arbeidsplassen-volunteers-contractors', /oppdrag til \*\*selvstendig næringsdrivende\*\* skal ikke registreres/],
    ['nav-arbeidsplassen-volunteers-contractors', /\*\*helsepersonell med offentlig driftsavtale\*\*/],
    ['nav-arbeidsplassen-volunteers-contractors', /uten en konkret ledig stilling, kan ikke registreres/],
    ['nav-arbeidsplassen-volunteers-contractors', /kan bli slettet uten varsel/],
  ],
  DAY,
);

describeRoutedQuestions(
  'manager questions about wage subsidies and NAV employer services reach the entries',
  [
    ['Han som har lønnstilskudd hos oss har fått tilbud om fast jobb et annet sted – må han fullføre tiltaket først?', 'state', 'nav-wage-subsidy-job-offer-elsewhere'],
    ['Medarbeideren på lønnstilskudd vil begynne i en fast jobb hos en annen arbeidsgiver før perioden er ute – hva gjør vi?', 'municipal', 'nav-wage-subsidy-job-offer-elsewhere'],
    ['Lønnstilskuddet er slutt og vi har ansatt henne fast – kan vi fortsatt få oppfølging fra NAV?', 'municipal', 'nav-follow-up-after-wage-subsidy-hire'],
    ['Får vi hjelp fra NAV etter at personen er fast ansatt og tiltaket er over?', 'state', 'nav-follow-up-after-wage-subsidy-hire'],
    ['Hvor lenge er en stillingsannonse med løpende søknadsfrist publisert på arbeidsplassen.nav.no?', 'state', 'nav-arbeidsplassen-ad-expiry'],
    ['Hvor lenge ligger en annonse ute på arbeidsplassen når søknadsfristen er snarest?', 'municipal', 'nav-arbeidsplassen-ad-expiry'],
    ['Kan vi legge ut et verv som frivillig leksehjelper på arbeidsplassen?', 'municipal', 'nav-arbeidsplassen-volunteers-contractors'],
    ['Kan vi annonsere etter frilansere eller oppdragstakere på arbeidsplassen?', 'state', 'nav-arbeidsplassen-volunteers-contractors'],
    // Subtopics of the brief that existing entries already answer
    ['Den ansatte med lønnstilskudd går fra 60 til 80 prosent stilling – blir tilskuddet regnet om?', 'state', 'nav-wage-subsidy-agreement-change'],
    ['Er satsen for midlertidig lønnstilskudd den samme gjennom hele perioden?', 'municipal', 'nav-wage-subsidy-step-down'],
    ['Er satsen lik hele perioden når den ansatte har nedsatt arbeidsevne?', 'state', 'nav-wage-subsidy-step-down'],
    ['Hva er fristen for å kreve refusjon for sommerjobbtilskuddet?', 'municipal', 'nav-summer-job-refund'],
    ['Finnes det en rapport fra starten av Inn i jobb, og hvem skrev den?', 'municipal', 'mun-inn-i-jobb-startup-report'],
  ],
  DAY,
);
