/**
 * Round ten (municipal side): accommodation for specific needs, the premises, HMS, the verneombud and
 * AMU, the occupational health service, harassment, whistleblowing for measure participants, redeployment
 * under aml § 4-6 and pay for a hire who works more slowly. House style, facts from the sources, and
 * manager questions in other words than the entries' phrasings.
 */
import { describeFacts, describeHouseStyle, describeRoutedQuestions } from '../../test/support/entryChecks.js';

const DAY = '2026-12-01';

const NEW = [
  'duty-accommodation-disproportionate-burden',
  'duty-accommodation-hearing',
  'duty-accommodation-mental-health',
  'duty-accommodation-home-office',
  'duty-accommodation-premises',
  'duty-hms-risk-assessment-disability',
  'duty-verneombud-accommodation',
  'duty-amu-inclusion',
  'duty-occupational-health-service',
  'duty-harassment-employer',
  'duty-harassment-routines',
  'duty-whistleblowing-measure-participant',
  'mun-redeployment-reduced-capacity',
] as const;

describeHouseStyle('round ten (municipal): house style', [...NEW, 'mun-pay-target-group-hire'], {
  day: DAY,
  english: true,
  extended: new Set(['mun-pay-target-group-hire']),
});

describeFacts(
  'round ten (municipal): what the sources say',
  [
    ['duty-accommodation-disproportionate-burden', /ingen kronegrense/],
    ['duty-accommodation-disproportionate-burden', /jo mer ressurser/],
    ['duty-accommodation-disproportionate-burden', /Dokumenter/],
    ['duty-accommodation-hearing', /NAV Hjelpemiddelsentral/],
    ['duty-accommodation-hearing', /teleslynge/],
    ['duty-accommodation-mental-health', /[Pp]sykiske lidelser kan være en \*\*funksjonsnedsettelse\*\*/],
    ['duty-accommodation-home-office', /ingen generell rett til hjemmekontor/],
    ['duty-accommodation-home-office', /skriftlig avtale.*§ 2/s],
    ['duty-accommodation-premises', /arbeidsplassforskriften § 2-4/],
    ['duty-accommodation-premises', /uforholdsmessig dyrt sammenlignet med nytten/],
    ['duty-hms-risk-assessment-disability', /§ 3-1/],
    ['duty-hms-risk-assessment-disability', /§ 13-2/],
    ['duty-verneombud-accommodation', /§ 6-2/],
    ['duty-verneombud-accommodation', /taushetsplikt om noens personlige forhold/],
    ['duty-amu-inclusion', /§ 7-2/],
    ['duty-amu-inclusion', /§ 2-3 d/],
    ['duty-amu-inclusion', /ikke i enkeltsaker/],
    ['duty-occupational-health-service', /tilrettelegging av arbeidsplasser, lokaler, utstyr og arbeidsprosesser/],
    ['duty-harassment-employer', /krenkende, skremmende, fiendtlige, nedverdigende eller ydmykende/],
    // Round 22 (round22-duties-review.test.ts): aml § 4-3 renumbered from 1 January 2026 (Arntzen de Besche); the ban is now the fifth paragraph
    ['duty-harassment-employer', /§ 4-3 femte ledd/],
    ['duty-harassment-routines', /Diskrimineringsnemnda håndhever plikten/],
    ['duty-whistleblowing-measure-participant', /§ 1-6/],
    ['duty-whistleblowing-measure-participant', /gjengjeldelse/],
    ['mun-redeployment-reduced-capacity', /ikke så langt som å opprette en stilling/],
    ['mun-redeployment-reduced-capacity', /tillitsvalgte tas med på råd/],
    ['mun-pay-target-group-hire', /sak 15\/1361/],
    ['mun-pay-target-group-hire', /kompenseres med \*\*lønnstilskudd\*\*/],
  ],
  DAY,
);

describeRoutedQuestions(
  'round ten (municipal): manager questions in other words',
  [
    ['Er det en øvre grense for hva tilretteleggingen for én ansatt kan koste oss?', 'municipal', 'duty-accommodation-disproportionate-burden'],
    ['Vi har ansatt en som bruker høreapparat, hva gjør vi med personalmøtene?', 'municipal', 'duty-accommodation-hearing'],
    ['Ny kollega har sosial angst – hvilke tilpasninger kan lederen gjøre?', 'municipal', 'duty-accommodation-mental-health'],
    ['Kan en saksbehandler med MS få jobbe hjemmefra som tilrettelegging?', 'municipal', 'duty-accommodation-home-office'],
    ['Lokalene våre har trapper og trange toaletter – hva må vi gjøre for en ny kollega i rullestol?', 'municipal', 'duty-accommodation-premises'],
    ['Hvordan får en døv ansatt beskjed når brannalarmen går?', 'municipal', 'duty-hms-risk-assessment-disability'],
    ['Må verneombudet få vite diagnosen når vi tilrettelegger for en ny medarbeider?', 'municipal', 'duty-verneombud-accommodation'],
    ['Hører tilrettelegging og universell utforming hjemme i AMU-møtene?', 'municipal', 'duty-amu-inclusion'],
    ['Kan BHT se på arbeidsstillingen og utstyret til en ny ansatt med ryggplager?', 'municipal', 'duty-occupational-health-service'],
    ['Kollegene gjør narr av en ansatt med utviklingshemming, hva gjør jeg som leder?', 'municipal', 'duty-harassment-employer'],
    ['Hva må stå i en rutine mot mobbing og trakassering i enheten?', 'municipal', 'duty-harassment-routines'],
    ['Har en person på arbeidstrening vern hvis hun sier fra om kritikkverdige forhold?', 'municipal', 'duty-whistleblowing-measure-participant'],
    ['Hjelpepleieren tåler ikke tunge løft lenger – må vi finne en annen jobb til henne i kommunen?', 'municipal', 'mun-redeployment-reduced-capacity'],
    ['Kan lønnen settes lavere for en nyansatt som ikke klarer like høyt tempo?', 'municipal', 'mun-pay-target-group-hire'],
  ],
  DAY,
);
