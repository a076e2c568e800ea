/**
 * Round twenty-eight (r28-accommodation-grants): individual accommodation for new employees and applicants
 * (likestillings- og diskrimineringsloven § 22, arbeidsmiljøloven § 4-6), NAV's aids, the inclusion grant, functional
 * assistance and the car grant, as hiring managers in the state and municipalities ask about them. Every angle of the
 * brief already had an entry, so this round added no entries and extended seven where the answer or the routing fell
 * short: dyslexia and long case documents, a partially sighted applicant and the recruitment system, the car grant's
 * write-down, buying before applying for the inclusion grant, functional assistance as a non-statutory grant, the pay
 * documentation for the assistant's refund and a short home office while the office is rebuilt.
 *
 * Sources read 2026-12-03 (stored copies of the pages): Statped «Dysleksi og tilrettelegging i voksen alder» (usual
 * accommodation for employees: PC with spelling and speech synthesis, scanner pen, information in electronic form so
 * digital aids can be used instead of reading), Dysleksi Norge «Gode råd til bedrifter som vil bli dysleksivennlige»
 * (easy-to-read procedures, training in the aids, ask the person), nav.no «Spørsmål og svar om tilskudd til bil i
 * arbeid og utdanning» (the grant lasts 11 years and is written down by 1/22 every half-year, first six months after the
 * promissory note), Jobb for alle «Funksjonsassistent» («ikke en lovfestet rettighet, den er avhengig av at Stortinget
 * hvert år bevilger penger»), NAV's announcement on stopping new functional-assistance grants as quoted by Uloba and
 * Handikapnytt (May 2023: «rammestyrt tiltak»; existing decisions not affected), Kunnskapsbanken «Refusjon av utgifter
 * til funksjonsassistent» (documentation confirming the wage payment, for example the payslip), nav.no
 * «Inkluderingstilskudd» and NAV Arbeidsgiver's veiviser (apply before the purchase; the list of measures does not name
 * opplæring, so the training-participant entry keeps its «ask NAV» answer), Arbeidstilsynet on the home-office
 * regulation § 1 (short or occasional work is outside it, whatever the reason).
 *
 * Checked and left as they were: the disproportionate-burden entry already weighs the employer's resources (LDO), the
 * computer-aids entry already says the aids centre advises on ordinary equipment, the work-travel and car-grant entries
 * already use nav.no's current names, the conflicting-needs entry already cites LDO 17/586 (moving the allergic employee
 * instead of examining the service dog's need was a breach), the autism entry already covers a long time outside work
 * (predictability, clear tasks, mentor grant). No source named a «fast kontaktperson» for autism, so none was added.
 * Not confirmed: the text of tiltaksforskriften kapittel 11 on which measures the inclusion grant covers; NAV's
 * employer list leaves out opplæring, but without the regulation the entry still tells the manager to ask NAV.
 */
import { describeFacts, describeHouseStyle, describeRoutedQuestions } from '../../test/support/entryChecks.js';

const DAY = '2026-12-03';

/** The entries this round extended (no new entries: every angle of the brief already had one). */
const EXTENDED = [
  'acc-dyslexia-at-work',
  'hiring-uu-application-alternative',
  'nav-car-grant-job-ends',
  'nav-inclusion-grant-apply',
  'nav-function-assistance-right-refusal',
  'nav-function-assistance-employer',
  'duty-home-office-short-period',
];

// nav-inclusion-grant-apply («Dere må søke før …») and nav-function-assistance-employer («Det gjør arbeidsgiveren …») open
// with a direct answer to their how/who questions from earlier rounds, not with Ja/Nei; this round left their openings.
const OPENS_OTHERWISE = new Set(['nav-inclusion-grant-apply', 'nav-function-assistance-employer']);

describeHouseStyle(
  'round twenty-eight extended entries keep the house style',
  EXTENDED.filter((id) => !OPENS_OTHERWISE.has(id)),
  { day: DAY, english: true, extended: new Set(EXTENDED) },
);

describeFacts(
  'round twenty-eight accommodation and grant extensions say what their sources say',
  [
    // Statped «Dysleksi og tilrettelegging i voksen alder»: electronic information so digital aids can be used instead of reading
    ['acc-dyslexia-at-work', /\*\*Lange dokumenter:\*\* gi saksdokumenter, rapporter og regelverk \*\*elektronisk\*\*, så hen kan få dem lest opp med talesyntese/],
    // Dysleksi Norge «Gode råd til bedrifter»: easy-to-read procedures and training in the aids
    ['acc-dyslexia-at-work', /Dysleksi Norge nevner også \*\*lettleste rutiner og maler\*\* og \*\*opplæring i hjelpemidlene\*\*/],
    // nav.no «Spørsmål og svar om tilskudd til bil»: 1/22 every half-year, first due six months after the promissory note
    ['nav-car-grant-job-ends', /hvert halvår \(altså ikke én gang i året; første gang et halvt år etter at gjeldsbrevet er skrevet under\)/],
    // Jobb for alle «Funksjonsassistent»: not a statutory right, depends on Stortinget's yearly appropriation
    [
      'nav-function-assistance-right-refusal',
      /\*\*ikke en lovfestet rettighet\*\*: ordningen er et \*\*rammestyrt tiltak\*\* og avhenger av at Stortinget hvert år bevilger penger/,
    ],
    // NAV's announcement (May 2023, quoted by Handikapnytt and Uloba): the stop applies to new applicants, not existing decisions
    ['nav-function-assistance-right-refusal', /gjelder stansen nye søkere; den som allerede har vedtak, beholder det/],
    // Kunnskapsbanken «Refusjon av utgifter til funksjonsassistent»: documentation confirming the wage payment, e.g. the payslip
    ['nav-function-assistance-employer', /dokumentasjon av lønnen som er utbetalt, for eksempel lønnsslipp/],
    // Arbeidstilsynet, forskrift om arbeid i arbeidstakers hjem § 1: short or occasional work is outside, whatever the reason
    ['duty-home-office-short-period', /\*\*Grunnen avgjør ikke:\*\* unntaket i § 1 gjelder kortvarig eller sporadisk arbeid uansett hvorfor det jobbes hjemme/],
  ],
  DAY,
);

describeRoutedQuestions(
  'managers reach the round twenty-eight accommodation and grant answers in their own words',
  [
    // 1 size of the employer in the disproportionate-burden assessment (already answered)
    [
      'Vi er en stor kommune med mange ansatte – betyr det at vi må strekke oss lenger enn en liten bedrift på tilrettelegging?',
      'municipal',
      'duty-accommodation-disproportionate-burden',
    ],
    // 2 ordinary equipment the employer buys; advice from the aids centre (already answered)
    ['Vi kjøper vanlig tastatur og mus selv, men kan hjelpemiddelsentralen gi oss råd om hva som passer?', 'state', 'nav-computer-aids'],
    // 3 dyslexia and long documents (extended)
    ['En nyansatt saksbehandler har dysleksi og bruker lang tid på å lese lange saksdokumenter – hva kan vi gjøre?', 'state', 'acc-dyslexia-at-work'],
    ['Ny saksbehandler med dysleksi sliter med lange dokumenter – hva slags tilrettelegging er vanlig, og har hun krav på det?', 'municipal', 'acc-dyslexia-at-work'],
    ['Ein nytilsett saksbehandlar med dysleksi slit med lange saksdokument – kva er vanleg tilrettelegging?', 'municipal', 'acc-dyslexia-at-work'],
    ['Our new caseworker has dyslexia and reading long case files takes her ages – what can we do?', 'state', 'acc-dyslexia-at-work'],
    // 4 an applicant with poor sight and the recruitment system (extended)
    ['Søker er svaksynt og får ikke logget inn i rekrutteringsportalen – kan hun sende søknaden på e-post?', 'state', 'hiring-uu-application-alternative'],
    ['Søkeren er svaksynt og klarer ikke rekrutteringsløsningen på nett – må vi godta en søknad på papir?', 'state', 'hiring-uu-application-alternative'],
    // 6 the car grant's write-down (extended)
    ['Blir tilskuddet til bil fra NAV nedskrevet hvert år?', 'state', 'nav-car-grant-job-ends'],
    ['Hvor mye av bilstønaden må betales tilbake hvis den ansatte slutter etter noen år?', 'municipal', 'nav-car-grant-job-ends'],
    // 7 allergy and a colleague's service dog (already answered)
    ['Ny ansatt er sterkt allergisk mot hund og en kollega har servicehund – holder det å flytte den nye til en annen avdeling?', 'state', 'acc-conflicting-needs'],
    // 8 autism after a long time outside work (already answered)
    ['Hva slags tilrettelegging passer for en med Asperger som har vært borte fra arbeidslivet i mange år?', 'municipal', 'acc-autism-at-work'],
    // 9 short home office while the office is rebuilt (extended)
    ['En nyansatt skal ha hjemmekontor i to uker mens kontoret pusses opp – trenger vi hjemmekontoravtale?', 'state', 'duty-home-office-short-period'],
    ['Kontorene våre skal bygges om, så en nyansatt sitter hjemme i to uker – gjelder forskriften om hjemmearbeid?', 'municipal', 'duty-home-office-short-period'],
    // 10 the inclusion grant: bought before applying (extended), work trial aids (already answered)
    ['Kan vi få refundert skjerm vi allerede har kjøpt til en med tilretteleggingsbehov?', 'municipal', 'nav-inclusion-grant-apply'],
    ['Vi har allerede bestilt og betalt utstyret til den nye – er det for sent å søke inkluderingstilskudd?', 'state', 'nav-inclusion-grant-apply'],
    ['En på arbeidstrening trenger spesialstol – hva må vi sjekke før vi bestiller?', 'municipal', 'nav-work-trial-aids-before-ordering'],
    // 11 functional assistance: not a statutory right (extended), documentation, decisions, personal help (already answered)
    ['Er ordningen med funksjonsassistent lovfestet, eller styres den av budsjettet?', 'municipal', 'nav-function-assistance-right-refusal'],
    ['Kan NAV si nei til funksjonsassistent fordi bevilgningen er brukt opp?', 'municipal', 'nav-function-assistance-right-refusal'],
    ['Hvilken dokumentasjon må vi sende med refusjonskravet for funksjonsassistenten?', 'state', 'nav-function-assistance-employer'],
    ['Hva må arbeidsgiver legge ved refusjonskravet for lønn til funksjonsassistenten?', 'municipal', 'nav-function-assistance-hours'],
    ['Må tilrettelegging og hjelpemidler være prøvd før vi søker funksjonsassistent?', 'state', 'nav-function-assistance-accommodation-first'],
    ['Kan funksjonsassistenten hjelpe med påkledning og mat i lunsjen?', 'municipal', 'nav-function-assistance-personal-care'],
    ['Hvor lenge gjelder vedtaket om funksjonsassistent, og hva må vi melde fra om?', 'state', 'nav-function-assistance-changes'],
    // routed since a passive «Skrives …» is no writing task (2026-12-03)
    ['Skrives bilstønaden ned hvert år?', 'state', 'nav-car-grant-job-ends'],
    // routed since «og får …» after a statement is no second ask (2026-12-03)
    ['En søker ser dårlig og får ikke brukt det digitale rekrutteringssystemet – må vi ta imot søknad på papir?', 'municipal', 'hiring-uu-application-alternative'],
    // routed since naming the regulation («hjemmekontorforskriften») is no leave question (2026-12-03)
    ['Gjelder hjemmekontorforskriften når den nye jobber hjemme i to uker mens kontoret bygges om?', 'municipal', 'duty-home-office-short-period'],
  ],
  DAY,
);
