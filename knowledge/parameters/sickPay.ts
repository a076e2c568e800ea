/**
 * Exemption from the employer period (folketrygdloven § 8-20). The employer period itself, its
 * qualifying weeks and the 6 G cap are in folketrygd.ts. The value is older than the first `from`,
 * which is the rule set's horizon (2017-07-01): the earliest day we vouch for.
 */
import { HORIZON, sinceHorizon } from './horizon.js';
import type { Parameter } from './types.js';

const CHECKED = '2026-11-30';

export const SICK_PAY: readonly Parameter[] = [
  {
    id: 'sickpay.exemption-pregnancy-backdate-months',
    label: 'Fritak for arbeidsgiverperioden ved svangerskapsrelatert sykdom: NAV dekker inntil så langt tilbake',
    unit: 'months',
    values: [{ value: 3, from: HORIZON }],
    sources: [
      { title: 'Compendia: Refusjon av sykepenger', url: 'https://compendia24.no/sykdom/sykepenger/arbeidsgiverperioden/refusjon-av-sykepenger/' },
      { title: 'Folketrygdloven § 8-20', url: 'https://lovdata.no/lov/1997-02-28-19/%C2%A78-20' },
      // "Refusjonskrav kan innvilges inntil tre måneder forut for den kalendermåneden NAV mottok søknaden, begrenset til ni måneder før termindato."
      { title: 'nav.no: Gravid arbeidstaker (for arbeidsgivere)', url: 'https://www.nav.no/no/bedrift/oppfolging/sykmeldt-arbeidstaker/sykepenger/gravid-arbeidstaker' },
    ],
    checked: CHECKED,
    checkBy: '2027-06-30',
  },
  {
    // Folketrygdloven § 22-13 third paragraph: benefits are paid for up to three months before the month in which the
    // claim was made. nav.no (Gravid arbeidstaker, for employers) applies it to refunds of sick pay in the employer
    // period: "kan refunderes for inntil tre måneder forut for den måneden krav om refusjon settes frem, jf.
    // folketrygdlovens § 22-13"; nav.no (Kronisk syk arbeidstaker) calls it a deadline ("fristen, som er tre måneder").
    // The value is older than the horizon, the earliest day we vouch for. Re-read 2026-12-03: nav.no (Gravid arbeidstaker)
    // "Sykepenger i arbeidsgiverperioden kan refunderes for inntil tre måneder forut for den måneden krav om refusjon settes
    // frem, jf. folketrygdlovens § 22-13"; nav.no (Kronisk syk arbeidstaker) "fristen, som er tre måneder".
    id: 'sickpay.refund-claim-deadline-months',
    label: 'Refusjon av sykepenger i arbeidsgiverperioden (også ved fritak): NAV dekker inntil så mange måneder før måneden kravet settes fram',
    unit: 'months',
    values: [{ value: 3, from: HORIZON }],
    sources: [
      { title: 'Lovdata: Folketrygdloven § 22-13 (frister for å sette fram krav)', url: 'https://lovdata.no/lov/1997-02-28-19/%C2%A722-13' },
      { title: 'nav.no: Gravid arbeidstaker (for arbeidsgivere)', url: 'https://www.nav.no/no/bedrift/oppfolging/sykmeldt-arbeidstaker/sykepenger/gravid-arbeidstaker' },
      { title: 'nav.no: Kronisk syk arbeidstaker (for arbeidsgivere)', url: 'https://www.nav.no/no/bedrift/oppfolging/sykmeldt-arbeidstaker/sykepenger/kronisk-syk-arbeidstaker' },
    ],
    checked: '2026-12-03',
    checkBy: '2027-06-30',
  },
  {
    // Folketrygdloven § 8-24 first paragraph: the right to use self-certification (egenmelding) needs at least two
    // months' work for the employer; re-employment within two weeks counts the earlier employment (nav.no; Compendia).
    id: 'sickpay.self-certification-qualifying-months',
    label: 'Egenmelding: arbeidstakeren må ha arbeidet hos arbeidsgiveren i minst så lenge (folketrygdloven § 8-24 første ledd)',
    unit: 'months',
    values: [sinceHorizon(2)],
    sources: [
      { title: 'Lovdata: Folketrygdloven § 8-24', url: 'https://lovdata.no/lov/1997-02-28-19/%C2%A78-24' },
      { title: 'nav.no: Egenmelding', url: 'https://www.nav.no/no/person/arbeid/sykmeldt-arbeidsavklaringspenger-og-yrkesskade/relatert-informasjon/egenmelding' },
      {
        title: 'Compendia: Hvor lenge må jeg være ansatt for å kunne bruke egenmelding?',
        url: 'https://compendia24.no/faq/sykdom/sykepenger/hvor-lenge-ma-jeg-vaere-ansatt-for-a-kunne-bruke-egenmelding/',
      },
    ],
    checked: '2026-12-01',
    checkBy: '2027-11-30',
  },
  {
    // Folketrygdloven § 8-24 fourth paragraph: self-certification for up to three calendar days at a time; within the
    // employer period the employer may allow more (after discussing it with the union representatives).
    id: 'sickpay.self-certification-days',
    label: 'Egenmelding etter folketrygdloven: inntil så mange kalenderdager om gangen (§ 8-24 fjerde ledd; arbeidsgiveren kan gi mer innenfor arbeidsgiverperioden)',
    unit: 'days',
    values: [sinceHorizon(3)],
    sources: [
      { title: 'Lovdata: Folketrygdloven § 8-24', url: 'https://lovdata.no/lov/1997-02-28-19/%C2%A78-24' },
      { title: 'nav.no: Egenmelding', url: 'https://www.nav.no/no/person/arbeid/sykmeldt-arbeidsavklaringspenger-og-yrkesskade/relatert-informasjon/egenmelding' },
    ],
    checked: '2026-12-01',
    checkBy: '2027-11-30',
  },
  {
    // Folketrygdloven § 8-3 second paragraph: sickness benefit needs a basis of at least half the basic amount (G).
    // nav.no (Sykepenger til arbeidstakere) and jusinfo (Sykepengegrunnlag): the limit applies only after the
    // employer period, not to the employer's sick pay in the first 16 days.
    id: 'sickpay.min-income-g',
    label: 'Sykepenger fra NAV etter arbeidsgiverperioden krever et sykepengegrunnlag på minst (folketrygdloven § 8-3 andre ledd)',
    unit: 'G',
    values: [sinceHorizon(0.5)],
    sources: [
      { title: 'Lovdata: Folketrygdloven § 8-3', url: 'https://lovdata.no/lov/1997-02-28-19/%C2%A78-3' },
      {
        title: 'nav.no: Sykepenger til arbeidstakere',
        url: 'https://www.nav.no/no/person/arbeid/sykmeldt-arbeidsavklaringspenger-og-yrkesskade/sykepenger/sykepenger-til-arbeidstakere',
      },
      { title: 'jusinfo: Sykepengegrunnlag', url: 'https://jusinfo.no/trygderett/sykepenger/sykepengegrunnlag/' },
    ],
    checked: '2026-12-01',
    checkBy: '2027-11-30',
  },
  {
    // nav.no (Gravid arbeidstaker, for employers): "Refusjonskrav kan innvilges inntil tre måneder forut for den
    // kalendermåneden NAV mottok søknaden, begrenset til ni måneder før termindato."
    id: 'sickpay.exemption-pregnancy-due-date-limit-months',
    label: 'Fritak ved svangerskapsrelatert sykdom: refusjon bakover i tid begrenses til så lenge før termindato',
    unit: 'months',
    values: [{ value: 9, from: HORIZON, note: "Read on nav.no 2026-12-01; the table starts at the rule set's horizon." }],
    sources: [{ title: 'nav.no: Gravid arbeidstaker (for arbeidsgivere)', url: 'https://www.nav.no/no/bedrift/oppfolging/sykmeldt-arbeidstaker/sykepenger/gravid-arbeidstaker' }],
    checked: '2026-12-01',
    checkBy: '2027-11-30',
  },
  {
    // Compendia (Fritak for arbeidsgiverperioden ved økt risiko for sykefravær): for disabled people entering work the
    // exemption can be given for a limited time without closer assessment, "for eksempel i inntil ett år". An example,
    // not a statutory limit: NAV's decision sets the period.
    id: 'sickpay.exemption-disability-example-years',
    label: 'Fritak for arbeidsgiverperioden uten nærmere vurdering for funksjonshemmede som skal inn i arbeid: eksempel på begrenset tidsrom (Compendia)',
    unit: 'years',
    values: [{ value: 1, from: HORIZON, note: "An example given by Compendia, read 2026-12-01; the table starts at the rule set's horizon." }],
    sources: [
      {
        title: 'Compendia: Fritak for arbeidsgiverperioden ved økt risiko for sykefravær',
        url: 'https://compendia24.no/fritak-for-arbeidsgiverperioden-ved-okt-risiko-for-sykefravaer/',
      },
      { title: 'Lovdata: Folketrygdloven § 8-20', url: 'https://lovdata.no/lov/1997-02-28-19/%C2%A78-20' },
    ],
    checked: '2026-12-01',
    checkBy: '2027-11-30',
  },
  {
    // nav.no «Sykepenger og arbeidsgiverens plikter» / «Sykepenger i arbeidsgiverperioden» (read 2026-12-02): sick-listed for
    // single treatment days, the employer period is the number of days the employee usually works in 16 calendar days; "For en
    // arbeidstaker med vanlig femdagers uke vil en full arbeidsgiverperiode være 12 behandlingsdager."
    id: 'sickpay.treatment-days-employer-period',
    label: 'Enkeltstående behandlingsdager: en full arbeidsgiverperiode for en ansatt med vanlig femdagersuke er så mange behandlingsdager',
    unit: 'days',
    values: [{ value: 12, from: HORIZON, note: "Read on nav.no 2026-12-02; the table starts at the rule set's horizon." }],
    sources: [
      {
        title: 'nav.no: Sykepenger og arbeidsgiverens plikter',
        url: 'https://www.nav.no/no/Bedrift/Oppfolging/Sykmeldt+arbeidstaker/Sykepenger/arbeidsgivers-plikter',
      },
      { title: 'Lovdata: Folketrygdloven § 8-19', url: 'https://lovdata.no/lov/1997-02-28-19/%C2%A78-19' },
    ],
    checked: '2026-12-02',
    checkBy: '2027-11-30',
  },
  {
    // Folketrygdloven § 8-18 as given by jusinfo («Arbeidsgiverperioden», read 2026-12-02): "Dersom ikke legeerklæring sendes
    // arbeidsgiveren innen 14 dager etter at arbeidsgiveren kan kreve det, faller retten til sykepenger bort."
    id: 'sickpay.medical-certificate-deadline-days',
    label: 'Sykepenger fra arbeidsgiveren: legeerklæringen må komme fram innen så mange dager etter at arbeidsgiveren kan kreve den (folketrygdloven § 8-18)',
    unit: 'days',
    values: [sinceHorizon(14)],
    sources: [
      { title: 'jusinfo: Arbeidsgiverperioden', url: 'https://jusinfo.no/trygderett/sykepenger/arbeidsgiverperioden/' },
      { title: 'Lovdata: Folketrygdloven § 8-18', url: 'https://lovdata.no/lov/1997-02-28-19/%C2%A78-18' },
    ],
    checked: '2026-12-02',
    checkBy: '2027-11-30',
  },
  {
    // nav.no «Arbeidsgiveren kan betvile en sykmelding» (read 2026-12-02): "Når du har fått vedtaket fra NAV, kan du innen tre
    // uker klage på avgjørelsen", then the Ankenemnda for sykepenger i arbeidsgiverperioden (folketrygdloven § 21-13).
    id: 'sickpay.employer-period-dispute-complaint-weeks',
    label: 'Tvist om sykepenger i arbeidsgiverperioden: arbeidsgiverens frist for å klage på NAVs vedtak',
    unit: 'weeks',
    values: [{ value: 3, from: HORIZON, note: "Read on nav.no 2026-12-02; the table starts at the rule set's horizon." }],
    sources: [
      {
        title: 'nav.no: Arbeidsgiveren kan betvile en sykmelding',
        url: 'https://www.nav.no/no/bedrift/oppfolging/sykmeldt-arbeidstaker/relatert-informasjon/arbeidsgiveren-kan-bestride-en-sykmelding',
      },
    ],
    checked: '2026-12-02',
    checkBy: '2027-11-30',
  },
  {
    // jusinfo «Klage og søksmål» (read 2026-12-02): "Fristen for å klage er seks uker, jf. folketrygdloven § 21-12 femte ledd."
    id: 'folketrygd.complaint-weeks',
    label: 'Klage på vedtak etter folketrygdloven (for eksempel om fritak for arbeidsgiverperioden): klagefrist (§ 21-12)',
    unit: 'weeks',
    values: [sinceHorizon(6)],
    sources: [
      { title: 'jusinfo: Klage og søksmål (folketrygdloven § 21-12)', url: 'https://jusinfo.no/trygderett/klage-og-soksmal/klage-og-soksmal/' },
      { title: 'Lovdata: Folketrygdloven § 21-12', url: 'https://lovdata.no/lov/1997-02-28-19/%C2%A721-12' },
    ],
    checked: '2026-12-02',
    checkBy: '2027-11-30',
  },
  {
    // Helsenett «Hyppig sykefravær» (questions and answers, read 2026-12-02): "I praksis legger NAV til grunn at sykefraværet
    // må ligge på omkring 35 dager i året for at vilkåret skal anses å være oppfylt." A secondary source's account of NAV's
    // practice, not a rule in the law or on nav.no.
    id: 'sickpay.exemption-practice-days-per-year',
    label: 'Fritak for arbeidsgiverperioden: sykefravær i året NAV i praksis legger til grunn ifølge Helsenett (omtrent)',
    unit: 'days',
    values: [{ value: 35, from: HORIZON, note: "Helsenett's account, read 2026-12-02; the table starts at the rule set's horizon." }],
    sources: [{ title: 'Helsenett: Hyppig sykefravær (spørsmål og svar)', url: 'https://www.helsenett.no/168-sykdommer/lov-og-rett/trygd/19437-hyppig-sykefravaer.html' }],
    checked: '2026-12-02',
    checkBy: '2027-11-30',
  },
];
