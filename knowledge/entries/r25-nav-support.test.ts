/**
 * Round twenty-five (r25-nav-support): NAV support around an employee with a disability – taxi to work or a car,
 * personal help from a functional assistant, travel to try out aids, the inclusion grant for a participant in NAV's
 * training measure, the travel grant instead of sick leave, and the grant for apprentices with special needs (an
 * existing entry, nav-apprentice-special-needs, reviewed against Udir). Sources read 2026-12-03: nav.no «Arbeids- og
 * utdanningsreiser» (bokmål and nynorsk), «Tilskudd til bil i arbeid og utdanning», «Tilleggsstønader»,
 * «Funksjonsassistanse i arbeidslivet», «Reiseutgifter» (hjelpemidler), «Inkluderingstilskudd» (bokmål and nynorsk),
 * «Reisetilskudd» (bokmål, nynorsk and the older page), NAV's rundskriv to tiltaksforskriften (chapter list), the text
 * of tiltaksforskriften §§ 6-1 to 6-3 (as quoted by Sansetap.no), Kunnskapsbanken (NAV) on competent employees, the
 * three kinds of employment and «Tilrettelegging i arbeid», Safo on functional assistance, NOU 2021: 11 chapter 4 (BPA),
 * Udir «Lærlingar, praksisbrevkandidatar og lærekandidatar med særskilde behov», and Leder.no on reisetilskudd
 * (folketrygdloven § 8-14). The car-repair week (accessibility.ts) and the apprentice age limit (navMeasures.ts) are parameters.
 */
import { describeFacts, describeHouseStyle, describeRoutedQuestions } from '../../test/support/entryChecks.js';

const DAY = '2026-12-03';

const IDS = [
  'nav-work-travel-car-grant-overlap',
  'nav-function-assistance-personal-care',
  'nav-aids-trial-travel',
  'nav-inclusion-grant-training-participant',
  'nav-travel-grant-temporary',
];

describeHouseStyle('round twenty-five NAV support entries keep the house style', IDS, { day: DAY, english: true });

describeFacts(
  'round twenty-five NAV support entries say what their sources say',
  [
    // nav.no Arbeids- og utdanningsreiser: not when one already has a car from folketrygden usable for work
    ['nav-work-travel-car-grant-overlap', /allerede \*\*bil fra folketrygden\*\* som kan brukes til jobben/],
    // nav.no (nynorsk): weather, or the car in repair for more than a week – transport covered despite the car grant
    ['nav-work-travel-car-grant-overlap', /står bilen på reparasjon i mer enn 1 uke, kan den ansatte få dekket transporten/],
    // nav.no: licence temporarily withdrawn for medical reasons
    ['nav-work-travel-car-grant-overlap', /midlertidig har mistet førerkortet av medisinske årsaker/],
    // nav.no Tilskudd til bil: no car grant when the need can be met otherwise, e.g. by arbeids- og utdanningsreiser
    ['nav-work-travel-car-grant-overlap', /ikke \*\*tilskudd til bil\*\* når transportbehovet kan dekkes på en annen måte/],
    // nav.no Arbeids- og utdanningsreiser / Tilleggsstønader: measure participants apply for travel support there
    ['nav-work-travel-car-grant-overlap', /gjennom \*\*tilleggsstønadene\*\*/],
    // nav.no (nynorsk): the employer covers travel that is part of the job
    ['nav-work-travel-car-grant-overlap', /Reiser som er en del av jobben, skal arbeidsgiveren dekke/],
    // nav.no Funksjonsassistanse: dressing, lunch, copying, business trips
    ['nav-function-assistance-personal-care', /\*\*av- og påkledning\*\* og \*\*hjelp i lunsjen\*\*/],
    // tiltaksforskriften § 6-2: practical tasks and accompaniment when moving about, so ordinary tasks can be done
    ['nav-function-assistance-personal-care', /\*\*ledsaging ved forflytning\*\* i arbeidssituasjonen.*§ 6-2/],
    // Safo: moving about, lifting and fetching heavy things, practical help on work trips
    ['nav-function-assistance-personal-care', /å løfte og hente tunge ting/],
    // Kunnskapsbanken: grey zones, a concrete assessment in each case
    ['nav-function-assistance-personal-care', /gråsonene vurderes konkret i hvert tilfelle/],
    // Kunnskapsbanken (three kinds of employment): with BPA it is often natural to use the same assistants
    ['nav-function-assistance-personal-care', /Har den ansatte BPA, kan det ofte være naturlig å leie inn de samme assistentene/],
    // nav.no Reiseutgifter: to the centre, the car centre or an orthopaedic workshop to try out, adapt or repair
    ['nav-aids-trial-travel', /\*\*prøve ut, tilpasse eller reparere\*\* et hjelpemiddel/],
    // nav.no Reiseutgifter: forms 10-07.19 and 10-07.17, receipts and a confirmation of attendance
    ['nav-aids-trial-travel', /10-07\.19.*10-07\.17.*\*\*oppmøtebekreftelse\*\*/],
    // nav.no Reiseutgifter: a taxi requisition from the unit one travels to
    ['nav-aids-trial-travel', /kan hen få rekvisisjon fra enheten hen skal til/],
    // Kunnskapsbanken Tilrettelegging i arbeid: advice regardless of who is to pay
    ['nav-aids-trial-travel', /uavhengig av hvem som skal betale/],
    // nav.no Inkluderingstilskudd: ordinary employers; individual placement help from NAV or a labour-market measure
    ['nav-inclusion-grant-training-participant', /individuell formidlingsbistand fra NAV, eller for personer som \*\*deltar på et arbeidsmarkedstiltak\*\*/],
    // NAV's rundskriv: chapter 7 of tiltaksforskriften is «Opplæring»
    ['nav-inclusion-grant-training-participant', /\*\*Opplæring\*\* er et eget tiltak i tiltaksforskriften \(kapittel 7\)/],
    // nav.no Inkluderingstilskudd: apply before the purchase; what the refund claim documents
    ['nav-inclusion-grant-training-participant', /hvem tilskuddet gjelder, hva som er betalt, beløpet, når og at det er betalt/],
    // nav.no Inkluderingstilskudd: no medical treatment nor aids covered under folketrygdloven § 10-5
    ['nav-inclusion-grant-training-participant', /medisinsk behandling og hjelpemidler som dekkes etter folketrygdloven § 10-5/],
    // nav.no Reisetilskudd: instead of sick pay when one cannot travel as usual for health reasons
    ['nav-travel-grant-temporary', /kan \*\*reisetilskudd\*\* gis i stedet for sykepenger/],
    // nav.no Reisetilskot (nynorsk): the employer covers the employer period (16 days) by agreement, NAV from day 17
    ['nav-travel-grant-temporary', /I \*\*arbeidsgiverperioden\*\* \(16 dager\) dekker dere utgiftene etter avtale/],
    // nav.no: capped at what sick pay would have been; own car per the state travel rules
    ['nav-travel-grant-temporary', /begrenset til det hen ville fått i sykepenger/],
    // nav.no (nynorsk): not for transport during the working day
    ['nav-travel-grant-temporary', /transport i løpet av arbeidsdagen gir ikke reisetilskudd/],
    // nav.no: the transport need, not the illness, must be temporary; no limit on days
    ['nav-travel-grant-temporary', /det er transportbehovet som må være midlertidig, ikke sykdommen/],
    // nav.no Reisetilskudd: tick that the employer paid – the employer gets the money directly
    ['nav-travel-grant-temporary', /så får dere pengene direkte fra NAV/],
    // Udir: under 25; the lærebedrift applies to the county, which sends it on to Udir by 1 October
    ['nav-apprentice-special-needs', /\*\*under 25 år\*\* med særskilte behov/],
    ['nav-apprentice-special-needs', /sender søknaden til \*\*fylkeskommunen\*\*\. Fylkeskommunen behandler den og sender den videre til Utdanningsdirektoratet innen 1\. oktober/],
    // Udir: for extra staff, not special-education means; not grounded in law
    ['nav-apprentice-special-needs', /\*\*ekstra personellressurs\*\*.*ikke spesialundervisningsmidler/],
    ['nav-apprentice-special-needs', /ordningen er ikke hjemlet i lov/],
  ],
  DAY,
);

describeRoutedQuestions(
  'manager questions about NAV support around an employee reach the entries',
  [
    ['Medarbeideren vår med bilstønad har bilen inne til reparasjon i to uker – får hun taxi til jobb i mellomtiden?', 'municipal', 'nav-work-travel-car-grant-overlap'],
    ['Trenger en ansatt hjelp på toalettet i løpet av arbeidsdagen – kan en funksjonsassistent gjøre det?', 'state', 'nav-function-assistance-personal-care'],
    ['Hvem dekker reiseutgiftene når en ansatt med funksjonsnedsettelse skal teste ut et hjelpemiddel hos NAV?', 'municipal', 'nav-aids-trial-travel'],
    ['Vi tar imot en som tar fagbrev med støtte fra NAV og trenger ekstra utstyr – finnes det tilskudd?', 'state', 'nav-inclusion-grant-training-participant'],
    ['En ansatt med brukket fot kan jobbe, men ikke ta bussen – kan NAV dekke taxi som tilrettelegging i stedet for sykmelding?', 'municipal', 'nav-travel-grant-temporary'],
    ['Hvor sender lærebedriften søknaden om ekstra tilskudd for en lærekandidat som trenger tett oppfølging?', undefined, 'nav-apprentice-special-needs'],
  ],
  DAY,
);
