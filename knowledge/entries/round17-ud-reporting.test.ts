/**
 * Round seventeen (r17-ud-reporting): universal design of recruitment, buildings and ICT, the activity and reporting
 * duty on equality (likestillings- og diskrimineringsloven §§ 24–26 a) and the state's inclusion reporting — driven by
 * manager questions as they are typed. New entries: the pay and involuntary part-time survey, the documentation duty
 * and the cooperation with employee representatives. Existing entries got phrasings and a few facts (Bufdir, LDO, Difi,
 * read 2026-12-02).
 */
import { describe, it } from 'vitest';
import { describeFacts, describeHouseStyle, describeRoutedQuestions, describeKnownMisses } from '../../test/support/entryChecks.js';

const DAY = '2026-12-02';

const NEW = ['duty-arp-pay-part-time-survey', 'duty-arp-documentation', 'duty-arp-employee-representatives'] as const;

describeHouseStyle('round seventeen UD and reporting entries keep the house style', NEW, { day: DAY, english: true });

describeFacts(
  'round seventeen UD and reporting entries say what their sources say',
  [
    // Bufdir (Kartlegge lønn, ufrivillig deltid …); DFØ (Difi) 2020: every second year
    ['duty-arp-pay-part-time-survey', /minst hvert 2 år/],
    // DFØ (Difi) 2020: definition of involuntary part-time
    ['duty-arp-pay-part-time-survey', /deltidsarbeid der den ansatte ønsker og er tilgjengelig for å jobbe mer/],
    // Bufdir: women's share of men's pay in kroner or per cent; average pay internally, optional in the report
    ['duty-arp-pay-part-time-survey', /\*\*kroner eller prosent\*\*/],
    ['duty-arp-pay-part-time-survey', /dere velger selv om dere oppgir kronebeløpet/],
    // Bufdir: reuse or refer to last year's figures
    ['duty-arp-pay-part-time-survey', /gjenbruke eller vise til fjorårets tall/],
    // Bufdir: in cooperation with employee representatives
    ['duty-arp-pay-part-time-survey', /i samarbeid med tillitsvalgte eller andre representanter/],
    // LDO (Oppfølging av plikten): access to the pay survey even when it cannot be anonymised
    ['duty-arp-pay-part-time-survey', /også når den ikke kan anonymiseres/],
    // LDO (Likelønn): equal value judged by competence, strain, responsibility and conditions
    ['duty-arp-pay-part-time-survey', /påkjenning, ansvar og arbeidsforhold/],
    // Bufdir (dokumentasjonsplikten): who may ask to see the documentation; confidentiality
    ['duty-arp-documentation', /de ansatte og deres representanter, Diskrimineringsnemnda, ombudet \(LDO\) og forskere/],
    ['duty-arp-documentation', /må dere vurdere taushetsplikten/],
    ['duty-arp-documentation', /trenger dokumentasjonen ikke offentliggjøres/],
    // Bufdir (Dette er ARP): the work shall be done together with the employees' representatives
    ['duty-arp-employee-representatives', /\*\*i samarbeid med de ansattes representanter\*\*/],
    ['duty-arp-areas', /arbeidet skal skje i samarbeid med de ansattes representanter/],
    // Bufdir (slik redegjør du): kroner or per cent
    ['duty-equality-report-gender-figures', /kvinners andel av menns lønn, i kroner eller prosent/],
    // LDO (Oppfølging av plikten): access to the pay survey; incomplete annual reports can be brought before the tribunal
    ['inclusion-arp-supervision', /ombudet og Diskrimineringsnemnda har rett til innsyn/],
    ['inclusion-report-missing-consequence', /ombudet kan klage mangelfulle årsberetninger inn for nemnda/],
    ['inclusion-report-missing-consequence', /kreve stansing og retting/],
    // Difi (Hva er inkluderingsdugnaden?): five per cent of all new hires in the state
    ['state-inclusion-reporting', /minst 5 % av alle nyansettelser i staten/],
  ],
  DAY,
);

// This round's probe questions, written before the entries were changed and in other words than their phrasings.
describeRoutedQuestions(
  'round seventeen manager questions reach the entry that holds the fact',
  [
    ['Hvor ofte må vi gjøre lønnskartlegging i etaten?', 'state', 'duty-arp-pay-part-time-survey'],
    ['Vi har ikke lønnskartlagt i år, kan vi bruke fjorårets tall?', 'state', 'duty-arp-pay-part-time-survey'],
    ['Må vi kartlegge lønn hvert år eller holder det annethvert år?', 'municipal', 'duty-arp-pay-part-time-survey'],
    ['Hva er ufrivillig deltid og hvordan kartlegger vi det i hjemmetjenesten?', 'municipal', 'duty-arp-pay-part-time-survey'],
    ['Skal lønnsforskjeller oppgis i kroner eller prosent i redegjørelsen?', 'municipal', 'duty-arp-pay-part-time-survey'],
    ['Kan LDO kreve å se lønnskartleggingen vår?', 'municipal', 'duty-arp-pay-part-time-survey'],
    ['må vi dokumentere likestillingsarbeidet selv om vi ikkje publiserer det?', 'municipal', 'duty-arp-documentation'],
    ['Hva kan Diskrimineringsnemnda gjøre hvis redegjørelsen vår er mangelfull?', 'municipal', 'inclusion-report-missing-consequence'],
    ['Er en barnehage med 12 ansatte omfattet av redegjørelsesplikten?', 'municipal', 'duty-arp-public-any-size'],
    ['Hvilke fire steg må kommunen gå gjennom i likestillingsarbeidet?', 'municipal', 'duty-arp-four-steps'],
    ['Må vi redegjøre for seksuell trakassering og kjønnsbasert vold i planen?', 'municipal', 'duty-arp-areas'],
    ['Kva skal stå i likestillingsrapporten vår?', 'municipal', 'duty-equality-report-gender-figures'],
    ['Har kommunene et 5 prosent mål for ansettelser av folk med hull i CV?', 'municipal', 'mun-inclusion-hiring-goal'],
    ['Er 5-prosentmålet fortsatt gjeldende?', 'state', 'inc-inkluderingsdugnaden'],
    ['Hvor mange av nyansatte i staten skal være fra målgruppen?', 'state', 'state-inclusion-reporting'],
    ['Teller en intern beordring som nyansettelse i inkluderingsrapporten?', 'state', 'state-inclusion-reporting'],
    ['Teller en trainee fra Traineeprogrammet med i andelen nyansatte?', 'state', 'state-inclusion-reporting'],
    ['Hvor i årsrapporten skal inkluderingsdugnaden rapporteres, kapittel 3 eller 4?', 'state', 'state-inclusion-report-where-in-annual-report'],
    ['Hvordan teller vi nyansatte i målgruppen uten å bryte personvernet?', 'state', 'state-inclusion-report-numbers-from-ticks'],
    ['Finnes det fortsatt en fellesføring om inkludering i tildelingsbrevet?', 'state', 'inc-fellesforing-2024'],
    ['Må søknadsskjemaet på nett følge WCAG?', 'state', 'hiring-uu-ict-requirements'],
    ['Kva er universell utforming av IKT?', 'municipal', 'hiring-uu-ict-requirements'],
    ['Må vi tilby andre måter å søke på enn webskjemaet?', 'state', 'hiring-uu-application-alternative'],
    ['Hvem kontrollerer at nettsida vår følger reglene om universell utforming?', 'state', 'hiring-uu-supervision-complaints'],
    ['Hva er uustatus.no?', 'municipal', 'hiring-uu-accessibility-statement'],
    ['Gjelder kravet om universell utforming for deler av bygget som ikke egner seg for folk med funksjonsnedsettelse?', 'municipal', 'hiring-uu-staff-buildings'],
    ['Kan vi få dispensasjon fra uu-kravene fordi systemet er gammelt?', 'state', 'uu-public-sector-no-dispensation'],

    // Known misses of the round (it.todo notes), now answered.
    ['Når ble aktivitetsplikten skjerpet?', undefined, 'duty-arp-strengthened-2020'],
    ['Må videoer i stillingsannonsen tekstes?', undefined, 'uu-video-captions'],
  ],
  DAY,
);

describe('round seventeen UD and reporting known misses', () => {
  it.todo('«Hvem er ansvarlig for universell utforming av bygget når vi leier lokaler fra Statsbygg?» — no source read on tenant and owner duties; not written');
});

// Questions of the round the index does not yet route to the entry that holds the answer (once written as it.todo notes); each fails once it is fixed.
describeKnownMisses(
  'round seventeen ud-reporting known misses are still missed',
  [
    [
      'Skal tallene for kjønnsbalanse og foreldrepermisjon stå i årsrapporten hvert år?',
      undefined,
      'duty-equality-report-gender-figures',
      'is refused as off-topic (leave) by scope.ts because of «foreldrepermisjon» (score 0); the fact is in duty-equality-report-gender-figures; scope.ts was left alone',
    ],
    [
      'Hva skal med i likestillingsredegjørelsen i årsberetningen?',
      undefined,
      'duty-equality-report-gender-figures',
      '→ duty-equality-report-where-published (0.79) before duty-equality-report-gender-figures (0.66)',
    ],
    ['Hva gjør vi hvis vi ikke når målet om fem prosent?', undefined, 'tg-low-share-what-to-do', '→ inc-dugnad-results (0.70) before tg-low-share-what-to-do (0.68)'],
  ],
  DAY,
);
