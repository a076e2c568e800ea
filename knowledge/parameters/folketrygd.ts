/**
 * National insurance figures the absence refund uses (folketrygdloven kap. 8 and 14). They were in force
 * long before 2017; the table starts at the rule set's horizon (1 July 2017) and says so.
 */
import type { Parameter } from './types.js';

const HORIZON_NOTE = "In force before this date too; the table starts at the rule set's horizon (statsansatteloven, 1 July 2017).";
const base = {
  checked: '2026-11-30',
  checkBy: '2027-11-30',
} as const;

export const FOLKETRYGD_PARAMETERS: readonly Parameter[] = [
  {
    id: 'sickpay.employer-period-days',
    label: 'Arbeidsgiverperioden ved sykefravær: dager arbeidsgiveren betaler før NAV overtar (folketrygdloven § 8-19)',
    unit: 'days',
    values: [{ value: 16, from: '2017-07-01', note: HORIZON_NOTE }],
    sources: [
      { title: 'Lovdata: Folketrygdloven § 8-19', url: 'https://lovdata.no/lov/1997-02-28-19/%C2%A78-19' },
      { title: 'jusinfo: Arbeidsgiverperioden', url: 'https://jusinfo.no/trygderett/sykepenger/arbeidsgiverperioden/' },
    ],
    ...base,
  },
  {
    id: 'sickpay.employer-period-qualifying-weeks',
    label: 'Arbeidsgiverperioden gjelder først når arbeidstakeren har arbeidet så mange uker hos arbeidsgiveren (folketrygdloven § 8-18/8-19)',
    unit: 'weeks',
    values: [{ value: 4, from: '2017-07-01', note: HORIZON_NOTE }],
    sources: [
      { title: 'Virke: Arbeidsgiverperioden ved sykefravær', url: 'https://www.virke.no/lovverk-radgiving/jus-arbeidsliv/fagartikler/arbeidsgiverperioden-ved-sykefravar/' },
      { title: 'jusinfo: Arbeidsgiverperioden', url: 'https://jusinfo.no/trygderett/sykepenger/arbeidsgiverperioden/' },
    ],
    ...base,
  },
  {
    // Folketrygdloven § 8-18 andre ledd as Compendia («Krav til ansettelsestid») and Tannlegetidende 2018 give it: an
    // employment that ends and starts again with the same employer within this many days adds up towards the four
    // weeks; after a longer break the four weeks start again. Added in round 29 (r29-target-sickpay).
    id: 'sickpay.rehire-gap-days',
    label: 'Fireukersregelen: ny ansettelse hos samme arbeidsgiver innen så mange dager legges sammen med den forrige (folketrygdloven § 8-18 andre ledd)',
    unit: 'days',
    values: [{ value: 14, from: '2017-07-01', note: HORIZON_NOTE }],
    sources: [
      { title: 'Compendia: Krav til ansettelsestid (sykepenger)', url: 'https://compendia24.no/sykdom/sykepenger/generelle-vilkar-for-sykepenger/krav-til-ansettelsestid/' },
      { title: 'Tannlegetidende 2018: Sykepenger og arbeidsgiverperioden', url: 'https://tannlegetidende.no/journal/2018/1/d2e3549/Sykepenger_og_arbeidsgiverperioden' },
    ],
    checked: '2026-12-03',
    checkBy: '2027-11-30',
  },
  {
    // Folketrygdloven § 8-2 (opptjeningstid): in work at least four weeks immediately before the incapacity;
    // benefits under chapters 4, 8, 9 and 14 count as work (nav.no rettskilder, kap. 8; lovkommentar.no; Compendia).
    id: 'sickpay.earning-period-weeks',
    label: 'Opptjeningstid for sykepenger: i arbeid så mange uker rett før arbeidsuførheten (folketrygdloven § 8-2)',
    unit: 'weeks',
    values: [{ value: 4, from: '2017-07-01', note: HORIZON_NOTE }],
    sources: [
      { title: 'Lovdata: Folketrygdloven § 8-2', url: 'https://lovdata.no/lov/1997-02-28-19/%C2%A78-2' },
      { title: 'nav.no: Folketrygdloven kapittel 8 med rundskriv', url: 'https://www.nav.no/nav.no-ressurser/lenker/regelverk/rettskildene/folketrygdloven-kap.8' },
    ],
    ...base,
  },
  {
    // Folketrygdloven § 8-19 second paragraph (a new absence less than 16 days after the last counts in the same
    // employer period) and third paragraph (after a full employer period, 16 days back at work before a new one).
    id: 'sickpay.period-gap-days',
    label:
      'Arbeidsgiverperioden: nytt fravær innen så mange dager regnes med i samme periode, og så lenge må den ansatte ha vært i arbeid før en ny periode (folketrygdloven § 8-19 andre og tredje ledd)',
    unit: 'days',
    values: [{ value: 16, from: '2017-07-01', note: HORIZON_NOTE }],
    sources: [
      { title: 'Lovdata: Folketrygdloven § 8-19', url: 'https://lovdata.no/lov/1997-02-28-19/%C2%A78-19' },
      { title: 'jusinfo: Arbeidsgiverperioden', url: 'https://jusinfo.no/trygderett/sykepenger/arbeidsgiverperioden/' },
      { title: 'Virke: Arbeidsgiverperioden ved sykefravær', url: 'https://www.virke.no/lovverk-radgiving/jus-arbeidsliv/fagartikler/arbeidsgiverperioden-ved-sykefravar/' },
    ],
    checked: '2026-12-01',
    checkBy: '2027-11-30',
  },
  {
    id: 'benefit.max-g',
    label: 'Sykepenger og foreldrepenger dekker inntekt opp til (folketrygdloven §§ 8-10 og 14-7)',
    unit: 'G',
    values: [{ value: 6, from: '2017-07-01', note: HORIZON_NOTE }],
    sources: [
      { title: 'Lovdata: Folketrygdloven § 8-10', url: 'https://lovdata.no/lov/1997-02-28-19/%C2%A78-10' },
      { title: 'Virke: Arbeidsgiverperioden ved sykefravær', url: 'https://www.virke.no/lovverk-radgiving/jus-arbeidsliv/fagartikler/arbeidsgiverperioden-ved-sykefravar/' },
    ],
    ...base,
  },
  {
    // Folketrygdloven § 8-12: sickness benefit for at most 248 days (about one year, 52 weeks) before the right is used up.
    id: 'sickpay.max-weeks',
    label: 'Sykepenger gis i høyst (folketrygdloven § 8-12: 248 sykepengedager, om lag ett år)',
    unit: 'weeks',
    values: [{ value: 52, from: '2017-07-01', note: HORIZON_NOTE }],
    sources: [
      { title: 'Lovdata: Folketrygdloven § 8-12', url: 'https://lovdata.no/lov/1997-02-28-19/%C2%A78-12' },
      {
        title: 'Finans Norge: Sykepenger og lønn under sykdom',
        url: 'https://www.finansnorge.no/arbeidsgiver/arbeidsrett/under-ansettelsesforholdet/lonn/lonn-ved-fravar/loenn-under-sykdom/',
      },
    ],
    checked: '2026-12-01',
    checkBy: '2027-11-30',
  },
];
