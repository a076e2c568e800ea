/**
 * Exemption from the employer period (folketrygdloven § 8-20). The employer period itself, its
 * qualifying weeks and the 6 G cap are in folketrygd.ts. The value is older than the first `from`,
 * which is the rule set's horizon (2017-07-01): the earliest day we vouch for.
 */
import type { Parameter } from './types.js';

const CHECKED = '2026-11-30';
const HORIZON = '2017-07-01';

export const SICK_PAY: readonly Parameter[] = [
  {
    id: 'sickpay.exemption-pregnancy-backdate-months',
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
  {
    // nav.no, Kronisk syk arbeidstaker: "Sender dere kravene fortløpende, unngår dere å oversitte fristen, som er tre måneder."
    // The page names no section of the act; the value is older than the horizon, the earliest day we vouch for.
    id: 'sickpay.refund-claim-deadline-months',
    label: 'Krav om refusjon av sykepenger fra NAV (også ved fritak for arbeidsgiverperioden) må sendes innen',
    unit: 'months',
    values: [{ value: 3, from: HORIZON }],
    sources: [
      { title: 'nav.no: Kronisk syk arbeidstaker (for arbeidsgivere)', url: 'https://www.nav.no/no/bedrift/oppfolging/sykmeldt-arbeidstaker/sykepenger/kronisk-syk-arbeidstaker' },
    ],
    checked: CHECKED,
    checkBy: '2027-06-30',
  },
];
