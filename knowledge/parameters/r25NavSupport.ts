/**
 * Round twenty-five (r25-nav-support), read 2026-12-03: the car-repair exception in NAV's «Arbeids- og
 * utdanningsreiser» (nynorsk page) and the age limit in Udir's grant for apprentices, praksisbrev candidates and
 * lærekandidater with special needs («Lærlingar, praksisbrevkandidatar og lærekandidatar med særskilde behov»).
 */
import type { Parameter } from './types.js';

const FIRST_READ = 'The day a public source confirming the value was read; earlier values are not verified here.';

export const R25_NAV_SUPPORT_PARAMETERS: readonly Parameter[] = [
  {
    // nav.no (nynorsk): «Dersom vêrforhold gjer det vanskeleg å nytte eigen bil, eller dersom du har bilen på
    // reparasjon utover ei veke, kan du få dekt transportbehovet ditt sjølv om du allereie får stønad til bil.»
    id: 'nav.work-travel.car-repair-weeks',
    label: 'Arbeids- og utdanningsreiser (NAV) selv med stønad til bil: bilen står på reparasjon i mer enn',
    unit: 'weeks',
    values: [{ value: 1, from: '2026-12-03', note: FIRST_READ }],
    sources: [
      {
        title: 'nav.no: Arbeids- og utdanningsreiser (nynorsk)',
        url: 'https://www.nav.no/no/person/hjelpemidler/hvor-trenger-du-hjelp/nynorsk/arbeids-og-utdanningsreiser',
      },
    ],
    checked: '2026-12-03',
    checkBy: '2027-12-01',
  },
  {
    // Udir: «Ordninga er for dei som er under 25 år» (lærlingar, praksisbrevkandidatar og lærekandidatar med særskilde
    // behov, og med svake norskdugleikar og kort butid).
    id: 'udir.apprentice-special-needs.age-under',
    label: 'Tilskudd til lærebedrifter for lærlinger og lærekandidater med særskilte behov (Udir): gjelder dem under',
    unit: 'years',
    values: [
      {
        value: 25,
        from: '2020-05-15',
        note: "The earliest date a public source read confirms the limit (Trøndelag fylkeskommune's page, updated 15 May 2020); earlier values are not verified here.",
      },
    ],
    sources: [
      {
        title: 'Udir: Lærlingar, praksisbrevkandidatar og lærekandidatar med særskilde behov',
        url: 'https://www.udir.no/om-udir/tilskudd-og-prosjektmidler/tilskudd-og-prosjektmidler-for-fylkeskommuner/larlingar-sarskilde-behov/',
      },
      {
        title: 'Trøndelag fylkeskommune: Tilskudd for lærlinger og lærekandidater med særskilte behov (oppdatert 15.05.2020)',
        url: 'https://www.trondelagfylke.no/vare-tjenester/utdanning/Opplaering_i_bedrift/bedrifter-og-opplaringskontor/tilskudd/',
      },
    ],
    checked: '2026-12-03',
    checkBy: '2027-12-01',
  },
];
