/**
 * Sick pay in the employer period (folketrygdloven §§ 8-18 to 8-20). The values are older than the
 * first `from`, which is the rule set's horizon (2017-07-01): the earliest day we vouch for.
 */
import type { Parameter } from './types.js';

const CHECKED = '2026-11-30';
const HORIZON = '2017-07-01';

export const SICK_PAY: readonly Parameter[] = [
  {
    id: 'sick-pay.employer-period-days',
    label: 'Arbeidsgiverperioden: dager arbeidsgiver betaler sykepenger før NAV overtar',
    unit: 'days',
    values: [{ value: 16, from: HORIZON }],
    sources: [
      { title: 'Folketrygdloven § 8-19 (arbeidsgiverperioden)', url: 'https://lovdata.no/lov/1997-02-28-19/%C2%A78-19' },
      {
        title: 'nav.no: Generell informasjon om arbeidsgivers plikter (sykepenger)',
        url: 'https://www.nav.no/no/Bedrift/Oppfolging/Sykmeldt+arbeidstaker/Sykepenger/arbeidsgivers-plikter',
      },
    ],
    checked: CHECKED,
    checkBy: '2027-06-30',
  },
  {
    id: 'sick-pay.qualifying-weeks',
    label: 'Ansettelsestid før arbeidsgiver må betale sykepenger i arbeidsgiverperioden',
    unit: 'weeks',
    values: [{ value: 4, from: HORIZON }],
    sources: [
      { title: 'Folketrygdloven § 8-18 (sykepenger fra arbeidsgiveren)', url: 'https://lovdata.no/lov/1997-02-28-19/%C2%A78-18' },
      {
        title: 'nav.no: Generell informasjon om arbeidsgivers plikter (sykepenger)',
        url: 'https://www.nav.no/no/Bedrift/Oppfolging/Sykmeldt+arbeidstaker/Sykepenger/arbeidsgivers-plikter',
      },
    ],
    checked: CHECKED,
    checkBy: '2027-06-30',
  },
  {
    id: 'sick-pay.benefit-cap-g',
    label: 'Sykepenger: NAV dekker lønn opp til (i G)',
    unit: 'G',
    values: [{ value: 6, from: HORIZON }],
    sources: [
      { title: 'Compendia: Refusjon av sykepenger', url: 'https://compendia24.no/sykdom/sykepenger/arbeidsgiverperioden/refusjon-av-sykepenger/' },
      { title: 'Folketrygdloven § 8-10 (sykepengegrunnlaget)', url: 'https://lovdata.no/lov/1997-02-28-19/%C2%A78-10' },
    ],
    checked: CHECKED,
    checkBy: '2027-06-30',
  },
  {
    id: 'sick-pay.exemption-pregnancy-backdate-months',
    label: 'Fritak for arbeidsgiverperioden ved svangerskapsrelatert sykdom: NAV dekker inntil så langt tilbake',
    unit: 'months',
    values: [{ value: 3, from: HORIZON }],
    sources: [
      { title: 'Compendia: Refusjon av sykepenger', url: 'https://compendia24.no/sykdom/sykepenger/arbeidsgiverperioden/refusjon-av-sykepenger/' },
      { title: 'Folketrygdloven § 8-20', url: 'https://lovdata.no/lov/1997-02-28-19/%C2%A78-20' },
    ],
    checked: CHECKED,
    checkBy: '2027-06-30',
  },
];
