/**
 * Round twenty-four (r24-accommodation-types): practical accommodation for a new employee by type of impairment, and what
 * NAV covers, both sectors. Sources read 2026-12-03: Statped (autism, transition to working life; low-vision optics;
 * mobility routes), Veilederforum (NAV Arbeidsrådgivning on Asperger and work), Helsekompetanse (ASF), Autismekunnskap,
 * nav.no «Kognisjon», NAV Hjelpemiddelsentral Oslo «Kognitive hjelpemidler», Kunnskapsbanken (NAV) on cognitive aids,
 * on employees with impaired vision and on a sight-friendly workplace, Helse Bergen on applying for vision aids at work,
 * nav.no on «Tilskudd til bil i arbeid og utdanning» (the page, its questions and answers, «Bil og utstyr» and «Opphør av
 * bilstønad»), the bilstønadsforskriften on Lovdata, a written answer from the Minister of Labour (Storting document
 * 15:1628 (2011–2012)) and Sivilombudet's statement on a leased car. The write-down period, the new-grant period and the
 * income limit are parameters (nav.car-grant.*).
 */
import { describeFacts, describeHouseStyle, describeRoutedQuestions } from '../../test/support/entryChecks.js';

const DAY = '2026-12-03';

describeHouseStyle(
  'round twenty-four accommodation-by-impairment entries keep the house style',
  ['acc-autism-at-work', 'nav-cognitive-aids', 'acc-vision-impairment-workplace', 'nav-car-grant-work', 'nav-car-grant-job-ends', 'acc-noise-headphones-earplugs'],
  { day: DAY, english: true },
);

describeFacts(
  'round twenty-four accommodation-by-impairment entries say what their sources say',
  [
    // likestillings- og diskrimineringsloven § 22: suitable individual accommodation, unless a disproportionate burden
    ['acc-autism-at-work', /\*\*egnet individuell tilrettelegging\*\* \(likestillings- og diskrimineringsloven § 22\)/],
    // Statped, overgang til voksenlivet: overview of the new working day, procedures, tasks and how to do them
    ['acc-autism-at-work', /hvilke prosedyrer som gjelder, hvilke oppgaver hen skal ha og hvordan de skal gjøres \(Statped\)/],
    // Veilederforum (NAV Arbeidsrådgivning): clearly defined tasks; an overview of what stresses the person
    ['acc-autism-at-work', /klart definerte arbeidsoppgaver og å få oversikt over hva som stresser personen/],
    // Helsekompetanse: more detailed information for overview and predictability; clear, concrete, visual; timers
    ['acc-autism-at-work', /mer detaljert informasjon for å få oversikt og forutsigbarhet/],
    // Autismekunnskap: sensitive to light, sound or touch; a quieter work area and reduced noise
    ['acc-autism-at-work', /et roligere arbeidsområde og mindre støy/],
    // nav.no Kognisjon: lasting (over two years) and substantially reduced cognitive function
    ['nav-cognitive-aids', /varig \(over 2 år\) og vesentlig nedsatt kognitiv funksjon/],
    // NAV Hjelpemiddelsentral Oslo: ADHD and autism spectrum among the causes of cognitive difficulties
    ['nav-cognitive-aids', /ADHD, autismespektervansker, utviklingshemning, hodeskader, hjerneslag eller psykisk sykdom/],
    // Kunnskapsbanken: from simple calendars and visual timers to aid apps and digital planning systems
    ['nav-cognitive-aids', /visuelle tidsnedtellere til hjelpemiddel-apper/],
    // nav.no Kognisjon: general technology from ordinary trade first; specially developed aids when that is not enough
    ['nav-cognitive-aids', /smarttelefon eller et nettbrett fra vanlig handel kan fungere som hjelpemiddel/],
    // Kunnskapsbanken: even, glare-free general lighting; meeting participants say their names; windows behind
    ['acc-vision-impairment-workplace', /jevn og god allmennbelysning fra rom til rom, skjermet mot blending/],
    ['acc-vision-impairment-workplace', /la alle presentere seg med navn, plasser den synshemmede med vinduer og sterke lyskilder i ryggen/],
    // Kunnskapsbanken: learn the way to toilet, canteen, meeting room, own desk, emergency exits
    ['acc-vision-impairment-workplace', /toalett, kantine, møterom, egen plass, nødutganger og rømningsveier/],
    // Helse Bergen: the user applies together with the employer directly to the assistive technology centre
    ['acc-vision-impairment-workplace', /Den ansatte søker i samarbeid med dere direkte til hjelpemiddelsentralen, og utprøvingen skjer der/],
    // Statped (Sansetap): tablets and smartphones are not counted as aids
    ['acc-vision-impairment-workplace', /Smarttelefon og nettbrett regnes ikke som hjelpemidler/],
    // nav.no Tilskudd til bil: lasting impairment, great difficulty using public transport alone or accompanied
    ['nav-car-grant-work', /store vansker med å bruke offentlig transport alene eller med følge/],
    // nav.no: no public transport where one lives is not a reason; other means such as work travel come first
    ['nav-car-grant-work', /ikke finnes et kollektivtilbud der personen bor, gir ikke tilskudd/],
    ['nav-car-grant-work', /for eksempel med arbeids- og utdanningsreiser, gis det ikke tilskudd/],
    // nav.no Bil og utstyr: no grant when ordinary income before special deductions exceeds 6 G
    ['nav-car-grant-work', /over 6 G, gis det ikke tilskudd/],
    // nav.no Q&A: written down over 11 years; Stortinget/nav.no: a new grant after 8 years for work
    ['nav-car-grant-work', /skrives ned over 11 år, og nytt tilskudd kan gis etter 8 år/],
    // nav.no Q&A: work includes apprentices; education means higher education
    ['nav-car-grant-work', /også som lærling/],
    // nav.no Opphør av bilstønad: duty to tell NAV when leaving work; what is not written down is repaid
    ['nav-car-grant-job-ends', /\*\*plikter hen å melde fra til NAV\*\*/],
    ['nav-car-grant-job-ends', /\*\*ikke er skrevet ned\*\*, betales tilbake/],
    ['nav-car-grant-job-ends', /NAV vurderer i hver enkelt sak om det skal gjøres et gjeldsoppgjør/],
    ['nav-car-grant-job-ends', /Går over til uføretrygd:\*\* retten til tilskuddet opphører/],
    ['nav-car-grant-job-ends', /gjelden kan ikke gjøres opp ved å levere inn bilen/],
    // Sivilombudet: leasing is not re-acquisition under the regulation
    ['nav-car-grant-job-ends', /å lease en bil i stedet ikke er å skaffe ny bil etter regelverket/],
    // nav.no Støypropper: products from ordinary trade are not covered, so no grant for ear defenders or noise-cancelling headphones
    ['acc-noise-headphones-earplugs', /gir derfor ikke tilskudd til hørselvern eller hodetelefoner med støydemping/],
    // nav.no Støypropper: lasting (over two years), a diagnosed condition where treatment is not relevant
    ['acc-noise-headphones-earplugs', /varige \(over 2 år\) og den ansatte har en diagnostisert sykdom eller tilstand der behandling ikke er aktuelt/],
    // nav.no Støypropper: shielding and ear defenders can increase sensitivity; to be avoided in most cases
    ['acc-noise-headphones-earplugs', /hørselvern derfor i de fleste tilfeller unngås/],
    // NAV Hjelpemiddelsentral Oslo: the application says which earplugs from ordinary trade were tried and why not enough
    ['acc-noise-headphones-earplugs', /har testet ørepropper fra vanlig handel, og hvorfor de ikke er nok/],
  ],
  DAY,
);

describeRoutedQuestions(
  'manager questions about accommodation by type of impairment reach the entries',
  [
    ['Vår nye saksbehandler har autisme og trenger faste rutiner – hvordan organiserer vi jobben hans?', 'municipal', 'acc-autism-at-work'],
    ['Kan NAV gi en medarbeider med hukommelsesvansker et hjelpemiddel for å holde styr på tid og avtaler?', 'state', 'nav-cognitive-aids'],
    ['Hvordan skal belysningen og møtene være for en kollega som er svaksynt?', 'municipal', 'acc-vision-impairment-workplace'],
    ['Kan en ansatt med funksjonsnedsettelse som ikke kan ta bussen, få støtte fra NAV til å kjøpe bil?', 'state', 'nav-car-grant-work'],
    ['Vi avslutter arbeidsforholdet til en som har fått bilstønad – hva skjer med gjelden til NAV?', 'municipal', 'nav-car-grant-job-ends'],
    ['Må vi kjøpe hodetelefoner som stenger ute bråk til en medarbeider, eller får vi dem fra hjelpemiddelsentralen?', 'state', 'acc-noise-headphones-earplugs'],
    ['Hva hjelper en kollega med Asperger som blir overveldet av sanseinntrykk og uklare forventninger?', 'state', 'acc-autism-at-work'],
    ['Finnes det tidshjelpemidler fra NAV for en ansatt med ervervet hjerneskade som strever med å planlegge dagen?', 'municipal', 'nav-cognitive-aids'],
    [
      'Kan en blind medarbeider få forstørrelsesutstyr eller orienteringshjelpemidler til jobben, og hvordan legger vi til rette kontoret?',
      'state',
      'acc-vision-impairment-workplace',
    ],
    ['Hvilke vilkår gjelder for bilstønad fra NAV til en arbeidstaker med bevegelseshemning?', 'municipal', 'nav-car-grant-work'],
    ['Må en ansatt tilbakebetale bilstønaden hvis hen går over til uføretrygd eller blir arbeidsledig?', 'state', 'nav-car-grant-job-ends'],
  ],
  DAY,
);
