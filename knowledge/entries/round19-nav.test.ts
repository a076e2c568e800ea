/**
 * Round nineteen (r19-nav): NAV's measures as managers meet them in practice — VTA i ordinær virksomhet (must uføretrygd be
 * granted, an employer with a specific person, no guaranteed place, the follow-up at work, whether a place follows the
 * person or can be refilled when someone leaves, AAP), arbeidstrening (insurance, starting before the papers, a fixed
 * contact person at NAV, who it is for), mentor (what is covered, a new employee with no NAV connection),
 * funksjonsassistanse for a new employee, lønnstilskudd (position percentage up, part time, refund claims and deadline),
 * the refund and its deadline for tilskudd til sommerjobb, and whom at NAV an employer calls to recruit.
 *
 * Sources read 2026-12-02: nav.no «Varig tilrettelagt arbeid i ordinær virksomhet» (arbeidsgiver), nav.no «Mentortilskudd»
 * (arbeidsgiver) and «Mentor» (person, bokmål and nynorsk), nav.no «Funksjonsassistanse i arbeidslivet», nav.no «Tilskudd til
 * sommerjobb», tiltaksforskriften kapittel 14 (Lovdata text, §§ 14-1 to 14-4), NAV's rundskriv R76-12-01 (nav.no copy, the
 * general part on § 1-3), Muligheter for alle «Ordinært arbeid» (VTA-O), NAKU «Varig tilrettelagt arbeid», NHO
 * «Bedriftstilskudd til sommerjobb», Skaun kommune «Søk om tilskudd til sommerjobb» (NAV's text), Kunnskapsbanken
 * (funksjonsassistent: vilkår 2, hvordan søke), Uloba «Funksjonsassistanse» and nkbuf.no (regjeringen.no) on markedskontakter.
 *
 * The knowledge base already held nearly every fact asked. The round adds two entries — a VTA-O place is agreed for one
 * participant and is not a fixed place to refill (nav-vta-o-place-follows-person), and the summer job grant is paid only on
 * the employer's refund claim, with its deadline (nav-summer-job-refund) — one fact on an existing entry (a new employee
 * with no NAV connection cannot get a mentor grant on the employer's own: nav-mentor-ordinary-employee), the NHO source on
 * the refund-deadline parameter, and phrasings on the VTA-O, work trial, mentor, functional assistance and contact entries.
 */
import { describe, it } from 'vitest';
import { describeFacts, describeHouseStyle, describeRoutedQuestions, describeKnownMisses } from '../../test/support/entryChecks.js';

const DAY = '2026-12-02';

const NEW = ['nav-vta-o-place-follows-person', 'nav-summer-job-refund'] as const;

describeHouseStyle('round nineteen NAV entries keep the house style', NEW, { day: DAY, english: true });

describeFacts(
  'round nineteen NAV entries say what their sources say',
  [
    // nav.no «Varig tilrettelagt arbeid i ordinær virksomhet»: the agreement must be registered on the right organisation
    // number and the participant's personal number; participant, employer and NAV approve it before the measure begins
    ['nav-vta-o-place-follows-person', /knyttet til den enkelte deltakeren og avtales med NAV for \*\*én bestemt person\*\*/],
    ['nav-vta-o-place-follows-person', /deltakerens fødselsnummer/],
    ['nav-vta-o-place-follows-person', /deltakeren, dere og NAV må godkjenne den før tiltaket begynner/],
    // Muligheter for alle «Ordinært arbeid»: one contacts NAV when an employer wants to employ a specific person; the number
    // of new places is set each year by the state budget, and how easy VTA-O is to get varies across the country
    ['nav-vta-o-place-follows-person', /ønsker å ansette en bestemt person/],
    ['nav-vta-o-place-follows-person', /antallet nye plasser reguleres hvert år av statsbudsjettet/],
    // NAKU «Varig tilrettelagt arbeid»: a VTA place is allocated via the local NAV office
    ['nav-vta-o-place-follows-person', /tildelingen skjer via det lokale NAV-kontoret/],
    // Tiltaksforskriften § 14-3: persons who receive or are expected soon to be granted uføretrygd and need special
    // adaptation and close follow-up
    ['nav-vta-o-place-follows-person', /i nær fremtid ventes å få, uføretrygd/],
    ['nav-vta-o-place-follows-person', /tiltaksforskriften § 14-3/],
    // Skaun kommune (NAV's text): NAV pays the grant afterwards on the employer's refund claim; the claim documents whom it
    // concerns, what was paid for, the amount and when it was paid
    ['nav-summer-job-refund', /\*\*etterskuddsvis\*\*, på grunnlag av et \*\*refusjonskrav fra dere\*\*/],
    ['nav-summer-job-refund', /hvem tilskuddet gjelder, hva det er betalt for, beløpet og når det er betalt/],
    // NHO «Bedriftstilskudd til sommerjobb»: refund can be claimed when the measure is over, within 2 months after it
    ['nav-summer-job-refund', /søke om refusjon når sommerjobben er over, og senest innen 2 måneder etter at tiltaket er slutt/],
    // nav.no «Tilskudd til sommerjobb»: the agreement must be approved by the youth, employer and NAV before the start; a
    // contact person at NAV and at the workplace during the period
    ['nav-summer-job-refund', /godkjent av ungdommen, dere og NAV \*\*før\*\* sommerjobben starter/],
    ['nav-summer-job-refund', /kontaktperson i NAV og en på arbeidsplassen/],
    // nav.no «Mentortilskudd» (arbeidsgiver): the candidate must be tied to a NAV office, so a new employee with no NAV
    // connection cannot get the grant through the employer alone
    ['nav-mentor-ordinary-employee', /Personen må være tilknyttet et NAV-kontor/],
    ['nav-mentor-ordinary-employee', /\*\*Ingen kontakt med NAV:\*\*.*kan dere ikke få tilskuddet på egen hånd/],
  ],
  DAY,
);

// This round's probe questions (written before the phrasings were added, in other words), with the asker's sector.
describeRoutedQuestions(
  'round nineteen manager questions reach the entry that holds the fact',
  [
    // VTA-O: a place follows the participant
    ['Kan kommunen opprette faste VTA-O plasser som vi fyller når noen slutter?', 'municipal', 'nav-vta-o-place-follows-person'],
    ['Følger VTA-O plassen personen eller arbeidsplassen?', 'municipal', 'nav-vta-o-place-follows-person'],
    ['Hvis VTA-O deltakeren slutter, kan vi få en ny person inn på samme plass?', 'municipal', 'nav-vta-o-place-follows-person'],
    ['Kan etaten ha faste plasser for varig tilrettelagt arbeid som vi fyller opp selv?', 'state', 'nav-vta-o-place-follows-person'],
    ['Kan vi holde av VTA-O-plassen til neste kandidat?', 'municipal', 'nav-vta-o-place-follows-person'],
    ['han på vta-o slutter til sommeren, kan vi ta inn en annen i plassen hans?', undefined, 'nav-vta-o-place-follows-person'],
    // VTA-O: uføretrygd expected is enough; AAP
    ['holder det at hun forventes å få uføretrygd for vta-o?', 'state', 'nav-vta-o-aap-pending'],
    ['Må uføretrygden være på plass før VTA-O kan starte?', 'municipal', 'nav-vta-o-aap-pending'],
    ['Kan en på AAP begynne på vta-o?', undefined, 'nav-vta-o-aap-pending'],
    // VTA-O: an employer with a specific person
    ['Vi har en vi ønsker å ansette på VTA-O, hvordan går vi fram?', undefined, 'nav-vta-o-apply'],
    ['Etaten vil gjerne ha en bestemt person på vta-o, hva gjør vi?', 'state', 'nav-vta-o-apply'],
    // VTA-O: no guaranteed place (nav-vta-o-apply and nav-vta-places-limited both say NAV allocates places)
    ['Får vi sikkert VTA-O hvis etaten har funnet en kandidat?', 'state', 'nav-vta-o-apply'],
    ['Kan NAV si nei til vta-o selv om vi vil ansette personen?', undefined, 'nav-vta-places-limited'],
    // VTA-O: follow-up at work
    ['Trenger vi en egen veileder på jobben for en vta-o ansatt?', 'state', 'nav-vta-o-tasks-hours'],
    ['Hva slags oppfølging må vi gi en VTA-O-ansatt?', 'municipal', 'nav-vta-o-tasks-hours'],
    ['hva slags oppfølging forventes av oss når vi har en på vta-o?', 'state', 'nav-vta-o-tasks-hours'],
    ['må vi ha en fadder for den som er på vta-o i kommunen?', 'municipal', 'mun-vta-o-own-services'],
    // Arbeidstrening
    ['Er arbeidstreningsdeltakeren dekket av folketrygden ved yrkesskade?', 'state', 'nav-work-trial-insurance'],
    ['må kommunen ha egen forsikring for dem på arbeidstrening?', 'municipal', 'nav-work-trial-insurance'],
    ['Kan han begynne på arbeidstrening før avtalen med nav er klar?', 'municipal', 'nav-work-trial-start-approval'],
    ['Kan ein på arbeidstrening starte før avtalen er godkjend?', 'municipal', 'nav-work-trial-start-approval'],
    ['Får vi en fast kontaktperson i NAV mens arbeidstreningen pågår?', undefined, 'nav-work-trial-goals-roles'],
    ['Hvem er arbeidstrening for – må personen ha vært syk?', 'municipal', 'nav-work-trial-who'],
    ['må man ha vært syk for å få arbeidstrening?', 'state', 'nav-work-trial-who'],
    ['Kan en ung person uten arbeidserfaring få arbeidstrening hos oss?', 'state', 'nav-work-trial-who'],
    // Mentor
    ['Hvor mange timer dekker NAV for mentor?', 'municipal', 'nav-mentor-hours-pay'],
    ['Kva dekkjer NAV av mentortimane?', 'municipal', 'nav-mentor-hours-pay'],
    ['Nyansatt trenger mentor men er ikke registrert hos NAV – hva gjør vi?', 'municipal', 'nav-mentor-ordinary-employee'],
    ['ny ansatt uten nav-tilknytning, kan vi søke mentortilskudd?', 'state', 'nav-mentor-ordinary-employee'],
    ['Kan vi få mentor for en nyansatt som ikke har noe med NAV å gjøre?', 'state', 'nav-mentor-ordinary-employee'],
    // Funksjonsassistanse for a new employee
    ['Kan vi søke funksjonsassistanse med en gang for en nyansatt?', 'municipal', 'nav-function-assistance-application-form'],
    // Since nynorsk forms are read as bokmål (2026-12-03) this reaches r27's entry on when to apply, which answers it (forhåndsvedtak, no need to wait for the first day).
    ['Kan ein ny tilsett få funksjonsassistent frå første dag?', 'municipal', 'nav-function-assistance-apply-when'],
    ['Må den ansatte være ansatt før vi søker om funksjonsassistent?', 'state', 'nav-function-assistance-employer'],
    // Lønnstilskudd
    ['Stillingen øker fra 60 til 80 prosent, blir lønnstilskuddet større?', 'municipal', 'nav-wage-subsidy-agreement-change'],
    ['Kan man ha deltidsstilling med midlertidig lønnstilskudd?', 'state', 'nav-wage-subsidy-part-time-refund'],
    ['Kommer lønnstilskuddet automatisk eller må vi sende refusjonskrav?', 'municipal', 'nav-wage-subsidy-refund-claim'],
    ['Hva er fristen for å kreve refusjon for lønnstilskudd?', undefined, 'nav-wage-subsidy-refund-claim'],
    // Tilskudd til sommerjobb: the refund
    ['Frist for refusjon sommerjobb tilskudd?', 'municipal', 'nav-summer-job-refund'],
    ['når må vi sende krav om refusjon for sommerjobben?', undefined, 'nav-summer-job-refund'],
    ['Kva tid må vi senast sende refusjonskravet for sommarjobben?', undefined, 'nav-summer-job-refund'],
    ['betaler NAV ut tilskuddet til sommerjobb av seg selv?', 'state', 'nav-summer-job-refund'],
    ['Får vi sommerjobbtilskuddet automatisk?', 'state', 'nav-summer-job-refund'],
    // Whom at NAV to call
    ['Hvem i NAV snakker vi med når vi vil rekruttere?', 'state', 'nav-contact-employer-line'],
    ['Hva er NAV arbeidsgivertjeneste?', 'municipal', 'nav-contact-employer-line'],
    ['Telefonnummer til NAV for arbeidsgivere?', undefined, 'nav-contact-employer-line'],
    // Moved from the known misses in round twenty-eight: «garantert» now reaches the entry on limited places.
    ['Er vi garantert VTA-O plass hvis vi finner en person selv?', 'municipal', 'nav-vta-places-limited'],
  ],
  DAY,
);

describe('round nineteen NAV: what is left', () => {
  it.todo(
    'whether folketrygden (folketrygdloven kap. 13) gives yrkesskade cover to a participant in arbeidstrening: no readable source found this round – nav-work-trial-insurance still sends the manager to NAV',
  );
  it.todo('what the employer must provide in VTA-O follow-up beyond a fadder: no nav.no text found; the 2025 proposal on forsterket oppfølging is not confirmed adopted');
  it.todo('whether a late refund claim for the summer job grant can still be paid: no source found – nav-summer-job-refund sends the manager to NAV');
});

// Questions of this round the index does not yet route to the entry that holds the answer (fails once one is fixed).
describeKnownMisses(
  'round nineteen known misses are still missed',
  [
    [
      'Hva må vi som arbeidsgiver gjøre av oppfølging i VTA-O, og hva gjør NAV?',
      'municipal',
      'nav-vta-o-tasks-hours',
      'read as two questions; the first goes to mun-vta-o-grant for a municipal asker',
    ],
    [
      'Direktoratet vil ha to faste vta-o plasser, går det an?',
      'state',
      'nav-vta-o-place-follows-person',
      'tentative to nav-vta-o-apply; «faste plasser» wording was kept out of the phrasings because it pulled a dev question to a wrong answer',
    ],
    [
      'kommunen hadde ungdom på sommerjobb med nav tilskudd, hvordan får vi pengene?',
      'municipal',
      'nav-summer-job-refund',
      'goes to nav-summer-job-grant, which says only that the grant is paid as a refund afterwards',
    ],
    ['Får vi utbetalt sommerjobbtilskuddet automatisk etter sommeren?', 'state', 'nav-summer-job-refund', 'refused as a pay question (scope.ts): «utbetalt … etter sommeren»'],
    ['Hvem i NAV skal vi snakke med når vi trenger folk?', 'state', 'nav-contact-employer-line', 'still goes to nav-expectations (as in round eighteen)'],
  ],
  DAY,
);
