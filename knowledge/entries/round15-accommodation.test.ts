/**
 * Round fifteen (r15-accommodation): individual accommodation for applicants and employees with a disability
 * and NAV's help for it, fact by fact — arbeidsmiljøloven §§ 2-3, 4-6 and 18-1, likestillings- og
 * diskrimineringsloven § 22, nav.no (hjelpemidler i arbeid, arbeidsstoler, inkluderingstilskudd), Kunnskapsbanken
 * (NAV Hjelpemiddelsentral), Arbeidstilsynet (Regelhjelp), Virke, Compendia, Dalan, Arbeidsmandsforbundet, NHI,
 * LDO and NHO. New entries answer one question each; existing entries got a fact or a phrasing. Sources read 2026-12-01.
 */
import { describe, it } from 'vitest';
import { describeFacts, describeHouseStyle, describeRoutedQuestions, describeKnownMisses } from '../../test/support/entryChecks.js';

const DAY = '2026-12-01';

const NEW = ['acc-desk-chair-who-pays', 'acc-aml-4-6-how-far', 'acc-employee-declines', 'acc-where-to-get-advice', 'acc-disability-definition-ldl'] as const;

describeHouseStyle('round fifteen accommodation entries keep the house style', NEW, { day: DAY, english: true });

describeFacts(
  'round fifteen accommodation entries say what their sources say',
  [
    // nav.no: Hjelpemidler og tilrettelegging i arbeid (no support for what an ordinary operation needs)
    ['acc-desk-chair-who-pays', /\*\*ordinær drift\*\*/],
    // Kunnskapsbanken: a product from ordinary trade found at about 50 % of similar workplaces is the employer's duty
    ['acc-desk-chair-who-pays', /\*\*omtrent halvparten av tilsvarende arbeidsplasser\*\*/],
    // NAV: Stoler og bord — lent from NAV Hjelpemiddelsentral; the difficulty must last more than two years
    ['acc-desk-chair-who-pays', /kan \*\*lånes\*\* fra NAV Hjelpemiddelsentral/],
    ['acc-desk-chair-who-pays', /varer lenger enn 2 år/],
    // nav.no: Inkluderingstilskudd (opprettelse av ekstra tiltaksplass, for eksempel kontormøbler)
    ['acc-desk-chair-who-pays', /ekstra tiltaksplass, for eksempel kontormøbler/],
    // arbeidsmiljoloven.com (Ot.prp. nr. 49 (2004–2005)): konkret helhetsvurdering; art, størrelse, økonomi
    ['acc-aml-4-6-how-far', /\*\*konkret helhetsvurdering\*\*/],
    ['acc-aml-4-6-how-far', /virksomhetens art, størrelse og økonomi/],
    // Virke: rettspraksis — the duty goes further for temporary measures than for lasting ones
    ['acc-aml-4-6-how-far', /\*\*strekker seg lenger for midlertidige tiltak\*\*/],
    // Regelhjelp (Arbeidstilsynet): the duty is much greater when the reduced capacity is work-related
    ['acc-aml-4-6-how-far', /plikten er \*\*mye større\*\* når den henger sammen med arbeidsforholdene/],
    // Compendia: regardless of permanent or temporary employment, position size and age
    ['acc-aml-4-6-how-far', /uansett om den ansatte er fast eller midlertidig/],
    // aml § 2-3 andre ledd bokstav f; Compendia: the employee informs about their functional capacity
    ['acc-employee-declines', /§ 2-3 andre ledd bokstav f/],
    ['acc-employee-declines', /\*\*opplyser om funksjonsevnen sin\*\*/],
    // Dalan: unnlatt medvirkning uten rimelig grunn → the employer's duty is smaller
    ['acc-employee-declines', /uten rimelig grunn, kan det føre til at dere ikke lenger har like stor plikt/],
    // Arbeidsmandsforbundet: medical grounds are needed to refuse to try the accommodation
    ['acc-employee-declines', /medisinske grunner for å nekte å prøve ut tilretteleggingen/],
    // NHI: NAV Arbeidslivssenter, verneombud; nav.no: Hjelpemiddelsentralen advises also where the employer pays
    ['acc-where-to-get-advice', /NAV Arbeidslivssenter/],
    ['acc-where-to-get-advice', /også når det er dere som skal betale utstyret/],
    // aml § 4-6 tredje og fjerde ledd (arbeidsmiljoloven.com; NHO): plan within four weeks, dialogue meeting within seven
    ['duty-accommodation-reduced-work-capacity', /senest når hen har vært helt eller delvis borte i 4 uker/],
    ['duty-accommodation-reduced-work-capacity', /sendes til den som har sykmeldt/],
    ['duty-accommodation-reduced-work-capacity', /Dialogmøte skal innkalles \*\*senest 7 uker\*\*/],
    // Statens personalhåndbok 2.3.3.4: fysiske, psykiske og kognitive funksjoner; no requirement of duration or severity
    ['acc-disability-definition-ldl', /\*\*fysiske, psykiske eller kognitive funksjoner\*\*/],
    ['acc-disability-definition-ldl', /\*\*Ingen krav til varighet eller alvorlighetsgrad\*\*/],
    ['acc-disability-definition-ldl', /forbigående eller bagatellmessige forhold/],
    // aml § 10-2 andre ledd (NHO: rett til fritak fra nattarbeid uten vesentlige ulemper for virksomheten)
    ['duty-reduced-hours', /rett til fritak fra nattarbeid på samme vilkår/],
    // forskrift om arbeidsmiljølovens anvendelse for personer som ikke er arbeidstakere § 5 (kapittel 1 til 13)
    ['nav-work-trial-working-environment', /\*\*Tilrettelegging:\*\* kapittel 4/],
    // aml § 18-1: Arbeidstilsynet supervises the Working Environment Act
    ['duty-accommodation-two-laws', /\*\*Arbeidstilsynet\*\* fører tilsyn med at arbeidsmiljøloven følges/],
  ],
  DAY,
);

// Written before the entries were changed, in other words than their phrasings (probe questions of this round).
describeRoutedQuestions(
  'round fifteen manager questions reach the entry that holds the fact',
  [
    ['Hva menes med nedsatt funksjonsevne når vi vurderer tilrettelegging?', undefined, 'acc-disability-definition-ldl'],
    ['Må funksjonsnedsettelsen være varig for at vi skal måtte tilrettelegge?', undefined, 'acc-disability-definition-ldl'],
    ['Kan en sykepleier med helseplager slippe nattarbeid?', 'municipal', 'duty-reduced-hours'],
    ['Har vi tilretteleggingsplikt overfor en som er på arbeidstrening og ikke ansatt?', undefined, 'nav-work-trial-working-environment'],
    ['Hvem betaler for hev-senk-pult til en ansatt med vondt i ryggen?', undefined, 'acc-desk-chair-who-pays'],
    ['Er en god kontorstol arbeidsgivers ansvar eller NAVs?', undefined, 'acc-desk-chair-who-pays'],
    ['Hva slags utstyr må arbeidsgiveren selv betale for når en ansatt har funksjonsnedsettelse?', undefined, 'acc-desk-chair-who-pays'],
    ['Strekker tilretteleggingsplikten seg like langt for varige som for midlertidige tiltak?', undefined, 'acc-aml-4-6-how-far'],
    ['Har vi større plikt til å tilrettelegge når skaden skyldes jobben?', undefined, 'acc-aml-4-6-how-far'],
    ['Kreves det mer tilrettelegging av en stor etat enn av en liten?', 'state', 'acc-aml-4-6-how-far'],
    ['Hva gjør vi hvis den ansatte avslår tilretteleggingen vi tilbyr?', undefined, 'acc-employee-declines'],
    ['Hvem kan vi spørre om råd om tilretteleggingsplikten?', undefined, 'acc-where-to-get-advice'],
    ['Må vi tilrettelegge når den ansatte ikke har fortalt om funksjonsnedsettelsen?', undefined, 'duty-accommodation-not-requested'],
    ['Kan en ansatt med nedsatt funksjonsevne få hjelp til å komme seg til jobben?', undefined, 'nav-work-travel'],
    ['Må vi tilrettelegge slik at en ansatt med funksjonsnedsettelse kan ta videreutdanning og få forfremmelse?', undefined, 'duty-accommodation-training-advancement'],
    ['Må vi lage en ny stilling til en ansatt som ikke kan fortsette i jobben sin?', undefined, 'duty-accommodation-reduced-work-capacity'],
    ['Søkeren bruker rullestol, hva må vi tenke på før intervjuet?', undefined, 'duty-accommodation-applicants'],
    ['Kan en søker med dysleksi få mer tid på den skriftlige testen?', undefined, 'hiring-uu-tests-and-cases'],
    ['Kan vi velge bort en søker fordi hun trenger dyr tilrettelegging?', undefined, 'duty-individual-accommodation'],
    ['Er det vi eller den ansatte som søker hjelpemiddelsentralen?', undefined, 'nav-work-aids-apply'],
    ['Kan den ansatte ta med seg hjelpemidlene fra NAV når hun slutter hos oss?', undefined, 'nav-work-aids-apply'],
    ['Kan vi få en ergoterapeut til å se på arbeidsplassen til en ny medarbeider?', undefined, 'nav-inclusion-grant-workplace-assessment'],
    ['Kan vi kjøpe utstyret først og søke inkluderingstilskudd etterpå?', undefined, 'nav-inclusion-grant-apply'],
    ['Hvordan får vi refusjon for funksjonsassistenten?', undefined, 'nav-function-assistance-employer'],
    ['Vi skal intervjue en døv søker, hvordan bestiller vi tolk?', 'municipal', 'hiring-interpreter-interview'],
    ['Kan en blind ansatt få lesehjelp betalt av NAV?', undefined, 'nav-reading-secretary'],
    ['Kan hjemmekontor være tilrettelegging for en ansatt med kronisk sykdom?', 'state', 'duty-accommodation-home-office'],
    ['Følger funksjonsassistenten med til ny jobb?', undefined, 'nav-function-assistance-new-job'],
    ['Kan vi si opp en ansatt fordi tilretteleggingen ikke fungerer?', undefined, 'probation-dismissal-accommodation'],

    // Known misses of the round (it.todo notes), now answered.
    ['Må vi kjøpe akkurat den stolen den ansatte vil ha, eller kan vi velge en billigere som fungerer?', undefined, 'duty-accommodation-employer-chooses'],
    ['Hvem betaler tegnspråktolk på personalmøter?', undefined, 'nav-interpreter-deaf'],
    ['Kan en ansatt klage til Arbeidstilsynet hvis vi ikke tilrettelegger?', undefined, 'duty-accommodation-two-laws'],
    ['Må vi gi en ansatt med funksjonsnedsettelse fritak fra nattarbeid?', undefined, 'duty-reduced-hours'],
    // Once a known miss for another entry; it now reaches an entry that answers it better.
    ['Hvem kan få funksjonsassistent på jobb?', undefined, 'nav-function-assistance-who-qualifies'],
    ['Kan en som er på arbeidstrening hos oss få hjelpemidler fra NAV?', undefined, 'acc-work-aids-job-seeker'],
  ],
  DAY,
);

describe('round fifteen accommodation known misses', () => {
  it.todo('«Hvem må bevise at tilretteleggingen er for byrdefull …» → duty-accommodation-disproportionate-burden, tentative (0.48)');
  it.todo(
    'processing and delivery time for work aids from NAV Hjelpemiddelsentral («Hvor lang tid tar det …» goes to nav-inclusion-grant-period): no source read on processing times for work',
  );
  it.todo('repair and maintenance of NAV aids at the workplace (0.23): no source read');
});

// Questions of the round the index does not yet route to the entry that holds the answer (once written as it.todo notes); each fails once it is fixed.
describeKnownMisses(
  'round fifteen accommodation known misses are still missed',
  [
    [
      'Når må oppfølgingsplanen for en sykmeldt være ferdig?',
      undefined,
      'duty-accommodation-reduced-work-capacity',
      'are refused as off-topic sick leave (score 0, scope.ts); the facts are in duty-accommodation-reduced-work-capacity',
    ],
    [
      'Når skal vi ha dialogmøte med en sykmeldt ansatt?',
      undefined,
      'duty-accommodation-reduced-work-capacity',
      'are refused as off-topic sick leave (score 0, scope.ts); the facts are in duty-accommodation-reduced-work-capacity',
    ],
    ['Finnes det en beløpsgrense for hvor mye vi må bruke på tilrettelegging?', undefined, 'duty-accommodation-disproportionate-burden', '(compound «beløpsgrense») (0.40)'],
    ['Hva legges vekt på når man vurderer om tilrettelegging er en uforholdsmessig byrde?', undefined, 'duty-accommodation-disproportionate-burden', 'tentative (0.53)'],
    [
      'Hva kan skje hvis vi ikke tilrettelegger for en medarbeider med funksjonsnedsettelse?',
      undefined,
      'duty-accommodation-breach-discrimination',
      'goes to duty-accommodation-not-requested, 0.57',
    ],
    [
      'Har en jobbsøker med funksjonsnedsettelse krav på at vi tilrettelegger?',
      undefined,
      'duty-accommodation-applicants',
      'goes to tg-which-disability, 0.89: «krav på» + «funksjonsnedsettelse»',
    ],
    ['Må vi tilrettelegge for en vikar som bare skal være her i tre måneder?', undefined, 'duty-individual-accommodation', 'goes to state-administrative-appointment'],
    ['Hvilke krav må oppfylles for å få hjelpemidler fra NAV til jobben?', undefined, 'nav-work-aids', 'tentative (0.49)'],
  ],
  DAY,
);
