/**
 * Durations in arbeidsmiljøloven § 14-9, which governs temporary hiring in municipalities and county
 * municipalities. aml 2005 took effect on 1 January 2006. From 1 July 2015 (Prop. 39 L (2014–2015)) the
 * limit for substitutes (and the then new letter f, and combinations) became three years; work of a
 * temporary nature alone kept four. Letter f was repealed from 1 July 2022 (Prop. 87 L (2021–2022)).
 */
import { HORIZON_NOTE } from './horizon.js';
import type { Parameter } from './types.js';

const CHECKED = '2026-11-30';
const CHECK_BY = '2027-11-30';

const AML = { title: 'Lovdata: Arbeidsmiljøloven § 14-9', url: 'https://lovdata.no/lov/2005-06-17-62/%C2%A714-9' };
const NHO_2015 = {
  title: 'NHO: Hvilken betydning har tiden som midlertidig ansatt på generelt grunnlag for beregning av den såkalte fireårsregelen? (25.03.2015)',
  url: 'https://www.nho.no/veiledere/Ansettelser-og-arbeidsavtaler/Ansettelser/Artikler/sporsmal-og-svar-om-arbeidsmiljoloven/hvilken-betydning-har-tiden-som-midlertidig-ansatt-pa-generelt-grunnlag-for-beregning-av-den-sakalte-firearsregelen/',
};
const PROP_39 = { title: 'Prop. 39 L (2014–2015), kap. 3', url: 'https://www.regjeringen.no/no/dokumenter/Prop-39-L-20142015/id2342898/?ch=3' };
const PROP_87 = { title: 'Prop. 87 L (2021–2022), kap. 6', url: 'https://www.regjeringen.no/no/dokumenter/prop.-87-l-20212022/id2907723/?ch=6' };

const AMLCOM = {
  title: 'arbeidsmiljoloven.com: § 14-9 Fast og midlertidig ansettelse (lovtekst, femte ledd)',
  url: 'https://arbeidsmiljoloven.com/paragraf/fast-og-midlertidig-ansettelse/',
};
const NHO_VARSEL = {
  title: 'NHO Arbinn: Hva om det ikke er gitt varsel om fratreden?',
  url: 'https://arbinn.nho.no/arbeidsrett/ansettelser-og-rekruttering/midlertidige-ansettelser/sporsmal-og-svar/hva-om-det-ikke-er-gitt-varsel-om-fratreden/',
};

const AML_14_2 = {
  title: 'arbeidsmiljoloven.com: § 14-2 Fortrinnsrett til ny ansettelse (lovtekst)',
  url: 'https://arbeidsmiljoloven.com/article/%c2%a7-14-2-fortrinnsrett-til-ny-ansettelse/',
};
const ALTINN_PREFERRED = {
  title: 'Altinn: Fortrinnsrett og rett til stilling tilsvarende faktisk arbeidstid',
  url: 'https://info.altinn.no/starte-og-drive/arbeidsforhold/ansettelse/fortrinnsrett-ved-ansettelse/',
};

export const MUNICIPAL_PARAMETERS: readonly Parameter[] = [
  {
    id: 'municipal.permanent-after.temporary-work-years',
    label: 'Fireårsregelen (arbeidsmiljøloven § 14-9): sammenhengende midlertidig ansettelse i arbeid av midlertidig karakter ut over dette gir fast ansettelse',
    unit: 'years',
    values: [{ value: 4, from: '2006-01-01' }],
    sources: [
      AML,
      NHO_2015,
      { title: 'Idunn (Arbeidsrett 2009): Midlertidig ansattes rett til fast stilling etter fireårsregelen', url: 'https://www.idunn.no/arbeid/2009/03/art04' },
    ],
    checked: CHECKED,
    checkBy: CHECK_BY,
  },
  {
    id: 'municipal.permanent-after.substitute-years',
    label: 'Treårsregelen (arbeidsmiljøloven § 14-9): sammenhengende vikariat, eller vikariat og midlertidig arbeid i kombinasjon, ut over dette gir fast ansettelse',
    unit: 'years',
    values: [
      { value: 4, from: '2006-01-01', to: '2015-06-30' },
      { value: 3, from: '2015-07-01' },
    ],
    sources: [AML, NHO_2015, PROP_39],
    checked: CHECKED,
    checkBy: CHECK_BY,
  },
  {
    id: 'municipal.general-temporary.max-months',
    label: 'Midlertidig ansettelse på generelt grunnlag (arbeidsmiljøloven § 14-9, tidligere bokstav f): lengste varighet',
    unit: 'months',
    // Repealed from 1 July 2022: no value after that day.
    values: [{ value: 12, from: '2015-07-01', to: '2022-06-30' }],
    sources: [AML, PROP_39, PROP_87],
    checked: CHECKED,
    checkBy: CHECK_BY,
  },
  {
    id: 'municipal.temporary-end.after-years',
    label: 'Midlertidig ansatt (arbeidsmiljøloven § 14-9) lenger enn dette har krav på skriftlig varsel om fratreden',
    unit: 'years',
    values: [{ value: 1, from: '2017-07-01', note: HORIZON_NOTE }],
    sources: [AMLCOM, NHO_VARSEL],
    checked: CHECKED,
    checkBy: CHECK_BY,
  },
  {
    id: 'municipal.temporary-end.notice-months',
    label: 'Skriftlig varsel om fratreden til midlertidig ansatt (arbeidsmiljøloven § 14-9): senest så lenge før',
    unit: 'months',
    values: [{ value: 1, from: '2017-07-01', note: HORIZON_NOTE }],
    sources: [AMLCOM, NHO_VARSEL],
    checked: CHECKED,
    checkBy: CHECK_BY,
  },
  // Arbeidsmiljøloven § 14-2 (fortrinnsrett til ny ansettelse). The two-year duration for jobs ended by
  // covid-19 between 1 July and 31 December 2021 (fourth paragraph) is left out: it no longer applies to a hire.
  {
    id: 'municipal.preferred-right.min-employment-months',
    label: 'Fortrinnsrett til ny ansettelse (arbeidsmiljøloven § 14-2): ansatt i virksomheten i til sammen minst så lenge',
    unit: 'months',
    values: [{ value: 12, from: '2017-07-01', note: HORIZON_NOTE }],
    sources: [AML_14_2, ALTINN_PREFERRED],
    checked: '2026-12-01',
    checkBy: CHECK_BY,
  },
  {
    id: 'municipal.preferred-right.window-years',
    label: 'Fortrinnsrett til ny ansettelse (arbeidsmiljøloven § 14-2): ansettelsestiden regnes innenfor de siste så mange år',
    unit: 'years',
    values: [{ value: 2, from: '2017-07-01', note: HORIZON_NOTE }],
    sources: [AML_14_2, ALTINN_PREFERRED],
    checked: '2026-12-01',
    checkBy: CHECK_BY,
  },
  {
    id: 'municipal.preferred-right.duration-years',
    label: 'Fortrinnsrett til ny ansettelse (arbeidsmiljøloven § 14-2): varer så lenge etter at oppsigelsesfristen er ute',
    unit: 'years',
    values: [{ value: 1, from: '2017-07-01', note: HORIZON_NOTE }],
    sources: [AML_14_2, ALTINN_PREFERRED],
    checked: '2026-12-01',
    checkBy: CHECK_BY,
  },
  {
    id: 'municipal.preferred-right.accept-days',
    label: 'Fortrinnsrett til ny ansettelse (arbeidsmiljøloven § 14-2): faller bort hvis tilbud om passende stilling ikke er akseptert innen så mange dager',
    unit: 'days',
    values: [{ value: 14, from: '2017-07-01', note: HORIZON_NOTE }],
    sources: [AML_14_2],
    checked: '2026-12-01',
    checkBy: CHECK_BY,
  },
  // KS's reading of the ministry's letter of 3 November 2023 (not law or regulation): the state's trainee scheme
  // with temporary hiring «i inntil to år» which KS says municipalities may now use. From: the day of the letter.
  {
    id: 'municipal.trainee.ks-max-months',
    label: 'Traineeordning i kommunal sektor slik KS beskriver den etter departementets brev 3. november 2023 (ikke lov eller forskrift): midlertidig ansettelse i inntil',
    unit: 'months',
    values: [{ value: 24, from: '2023-11-03', note: 'KS publiserte ordningen etter departementets brev til KS 3. november 2023; før det hadde kommunal sektor ingen slik ramme.' }],
    sources: [
      {
        title: 'KS: Gjennomslag for arbeidsinkludering i kommunal sektor',
        url: 'https://www.ks.no/fagomrader/arbeidsgiverpolitikk/inkluderende-arbeidsliv-ia/gjennomslag-for-arbeidsinkludering-i-kommunal-sektor/',
      },
      {
        title: 'KS: KS ber om like vilkår for arbeidsinkludering som i staten',
        url: 'https://www.ks.no/fagomrader/arbeidsgiverpolitikk/inkluderende-arbeidsliv-ia/inn-i-jobb/ks-ber-om-like-vilkar-for-arbeidsinkludering-som-i-staten/',
      },
    ],
    checked: '2026-12-03',
    checkBy: '2027-12-03',
  },
  // Arbeidsmiljøloven kapittel 11 (barn og unge): the age limits Arbeidstilsynet states for work. Horizon:
  // the 2005 act took effect on 1 January 2006; the limits were the same under the 1977 act.
  {
    id: 'municipal.youth-work.light-work-age',
    label: 'Barn og unge i arbeid (arbeidsmiljøloven kapittel 11): fra denne alderen kan barn gjøre lett arbeid',
    unit: 'years',
    values: [{ value: 13, from: '2006-01-01', note: HORIZON_NOTE }],
    sources: [{ title: 'Arbeidstilsynet: Barn og ungdom i arbeid', url: 'https://www.arbeidstilsynet.no/arbeidsforhold/tilrettelegging/ungdom-i-arbeid/' }],
    checked: '2026-12-01',
    checkBy: CHECK_BY,
  },
  {
    id: 'municipal.youth-work.min-age',
    label:
      'Barn og unge i arbeid (arbeidsmiljøloven kapittel 11): hovedregelen er at den som er yngre enn dette, ikke kan arbeide; under denne alderen kreves foreldrenes skriftlige samtykke',
    unit: 'years',
    values: [{ value: 15, from: '2006-01-01', note: HORIZON_NOTE }],
    sources: [{ title: 'Arbeidstilsynet: Barn og ungdom i arbeid', url: 'https://www.arbeidstilsynet.no/arbeidsforhold/tilrettelegging/ungdom-i-arbeid/' }],
    checked: '2026-12-01',
    checkBy: CHECK_BY,
  },
  {
    id: 'municipal.youth-work.adult-age',
    label: 'Barn og unge i arbeid (arbeidsmiljøloven kapittel 11): særreglene om arbeidstid og farlig arbeid gjelder den som er yngre enn dette',
    unit: 'years',
    values: [{ value: 18, from: '2006-01-01', note: HORIZON_NOTE }],
    sources: [
      { title: 'Arbeidstilsynet: Barn og ungdom i arbeid', url: 'https://www.arbeidstilsynet.no/arbeidsforhold/tilrettelegging/ungdom-i-arbeid/' },
      {
        title: 'Skatteetaten: Arbeid og arbeidsavtalar (ungdom)',
        url: 'https://www.skatteetaten.no/nn/Person/Skattekort-og-forskotsskatt/Frikort/Ungdom-arbeid-og-skatt/Arbeid-og-arbeidsavtalar/',
      },
    ],
    checked: '2026-12-01',
    checkBy: CHECK_BY,
  },
  // Uføretrygd (folketrygdloven kapittel 12) from 1 January 2015: income up to this share of G a year
  // does not reduce the benefit (nav.no). Graded benefit has an individual limit on top.
  {
    id: 'benefit.disability.income-limit-g',
    label: 'Uføretrygd: inntekt opp til denne grensen i året reduserer ikke uføretrygden (gradert uføretrygd har en individuell grense i tillegg)',
    unit: 'G',
    values: [{ value: 0.4, from: '2015-01-01' }],
    sources: [{ title: 'nav.no: Jobbe ved sida av uføretrygd', url: 'https://www.nav.no/no/person/pensjon/nynorsk/jobbe-ved-sida-av-uforetrygd' }],
    checked: '2026-12-01',
    checkBy: CHECK_BY,
  },
  // nav.no (Jobbe ved sida av uføretrygd, read 2026-12-03): «Dersom du har fått innvilga tiltaket «Varig tilrettelagt arbeid»,
  // er inntektsgrensa 1 G.» Prop. 4 L (2021–2022) kap. 7 says the same («0,4 G (1 G for deltakere i VTA)»).
  {
    id: 'benefit.disability.income-limit-vta-g',
    label: 'Uføretrygd: inntektsgrensen for den som har fått innvilget varig tilrettelagt arbeid (VTA)',
    unit: 'G',
    values: [{ value: 1, from: '2015-01-01' }],
    sources: [
      { title: 'nav.no: Jobbe ved sida av uføretrygd', url: 'https://www.nav.no/no/person/pensjon/nynorsk/jobbe-ved-sida-av-uforetrygd' },
      { title: 'Prop. 4 L (2021–2022) kap. 7', url: 'https://www.regjeringen.no/no/dokumenter/prop.-4-s-20212022/id2875704/?ch=7' },
    ],
    checked: '2026-12-03',
    checkBy: CHECK_BY,
  },
];
