/**
 * The CV-gap target group (statsansatteforskriften § 4a), defined by forskrift 13 Dec 2019 nr. 1750 in force
 * 1 January 2020. Before that date the regulation had no such group (the reporting definition DFØ used
 * in 2019, «minst to sammenhengende år», was for reporting only), so the values start then.
 */
import type { Parameter } from './types.js';

const SOURCES = [
  {
    title: 'DFØ: Dette skal du rapportere (definisjon av hull i CV-en)',
    url: 'https://arbeidsgiver.dfo.no/strategisk-hr/inkluderingsdugnaden/rapportering-i-arsrapporten/dette-skal-du-rapportere',
  },
  {
    title: 'Difi: Nytt traineeprogram utlyses i 2020 (forskriftsendringen fra 1. januar 2020)',
    url: 'https://arbeidsgiver.difi.no/nyhet/2020/01/nytt-traineeprogram-utlyses-i-2020',
  },
  { title: 'Lovdata: Forskrift til lov om statens ansatte mv. § 4a', url: 'https://lovdata.no/dokument/SF/forskrift/2017-06-21-838' },
];

// The inclusion drive's reported results (round twenty-five, read 2026-12-03), historical and open-ended.
const REGJERINGEN_2019 = {
  title: 'regjeringen.no: Målrettet arbeid for inkludering gir resultater (tallene for 2019)',
  url: 'https://www.regjeringen.no/no/aktuelt/malrettet-arbeid-for-inkludering-gir-resultater/id2765146/',
};
const REGJERINGEN_2020 = {
  title: 'regjeringen.no 22.06.2021: Regjeringen vil at staten skal gå foran i inkluderingsdugnaden (tallene for 2020)',
  url: 'https://www.regjeringen.no/no/aktuelt/regjeringen-vil-at-staten-skal-ga-foran-i-inkluderingsdugnaden/id2863035/',
};
const JOBBFORALLE = {
  title: 'Jobbforalle: Staten sliter med inkluderingen (tabell over nyansatte i målgruppen 2019 og 2018)',
  url: 'https://www.jobbforalle.no/redaksjonelt-jobbforalle/staten-sliter-med-inkluderingen',
};

export const TARGET_GROUP_PARAMETERS: readonly Parameter[] = [
  {
    id: 'target-group.cv-gap.min-years',
    label: 'Hull i CV-en (statsansatteforskriften § 4a): minst så mange år til sammen utenfor arbeid, utdanning eller opplæring',
    unit: 'years',
    values: [{ value: 2, from: '2020-01-01' }],
    sources: SOURCES,
    checked: '2026-11-30',
    checkBy: '2027-11-30',
  },
  {
    id: 'target-group.cv-gap.window-years',
    label: 'Hull i CV-en (statsansatteforskriften § 4a): regnet innenfor de siste',
    unit: 'years',
    values: [{ value: 5, from: '2020-01-01' }],
    sources: SOURCES,
    checked: '2026-11-30',
    checkBy: '2027-11-30',
  },
  {
    id: 'target-group.cv-gap.current-job-max-years',
    label: 'Hull i CV-en (statsansatteforskriften § 4a): den som nå har fast stilling eller midlertidig stilling som varer mer enn dette, regnes ikke med',
    unit: 'years',
    values: [{ value: 1, from: '2020-01-01' }],
    sources: SOURCES,
    checked: '2026-11-30',
    checkBy: '2027-11-30',
  },
  {
    // Difi («Hva er inkluderingsdugnaden?»): «Regjeringen vil at fem prosent av alle ordinære nyansettelser i staten skal være
    // personer med «hull i CVen» eller nedsatt funksjonsevne.» A historical target (2018–2021), so the value stays open-ended.
    id: 'state.inclusion-dugnad.new-hires-target-percent',
    label: 'Inkluderingsdugnaden i staten: mål for andelen nyansettelser fra målgruppen',
    unit: 'percent',
    values: [{ value: 5, from: '2018-07-01', note: 'The target of the inclusion drive, kept as a historical fact after it was not continued.' }],
    sources: [
      {
        title: 'Difi: Hva er inkluderingsdugnaden?',
        url: 'https://arbeidsgiver.difi.no/strategisk-hr-og-ledelse/inkluderingsdugnaden/hva-er-inkluderingsdugnaden',
      },
    ],
    checked: '2026-12-02',
    checkBy: '2027-12-02',
  },
  {
    // Jobbforalle: «Det er likevel en klar forbedring i forhold til oppstartsåret 2018. Da var resultatet 0,5 prosent for
    // andre halvår.» (the table's «Sum alle departementer» row gives 0,5 for 2018).
    id: 'state.inclusion-results.share-2018h2-percent',
    label: 'Inkluderingsdugnaden: andelen nyansatte i staten fra målgruppen i andre halvår 2018',
    unit: 'percent',
    values: [{ value: 0.5, from: '2018-07-01', note: 'A historical result for the second half of 2018, kept as a fact.' }],
    sources: [JOBBFORALLE],
    checked: '2026-12-03',
    checkBy: '2027-12-03',
  },
  {
    // regjeringen.no: «I 2019 ble det ansatt totalt 274 personer i målgruppen, som gir en andel på 2,2 prosent av alle
    // ansettelsene i staten i 2019.» Jobbforalle: 274 of 12 691 reported hires, 2,2.
    id: 'state.inclusion-results.share-2019-percent',
    label: 'Inkluderingsdugnaden: andelen nyansatte i staten fra målgruppen i 2019',
    unit: 'percent',
    values: [{ value: 2.2, from: '2019-01-01', note: 'A historical result for the year 2019, kept as a fact.' }],
    sources: [REGJERINGEN_2019, JOBBFORALLE],
    checked: '2026-12-03',
    checkBy: '2027-12-03',
  },
  {
    // regjeringen.no 22.06.2021: «Selv om antall ansatte i målgruppen økte i fjor, gikk prosentandelen ned fra 2,2 % til 2,0 %.»
    id: 'state.inclusion-results.share-2020-percent',
    label: 'Inkluderingsdugnaden: andelen nyansatte i staten fra målgruppen i 2020',
    unit: 'percent',
    values: [{ value: 2.0, from: '2020-01-01', note: 'A historical result for the year 2020, kept as a fact.' }],
    sources: [REGJERINGEN_2020],
    checked: '2026-12-03',
    checkBy: '2027-12-03',
  },
  {
    // Difi «Dette skal du rapportere» (reporting year 2019, published 12.11.2019): «Person som ikke har vært i arbeid,
    // utdanning eller annen opplæring i minst to sammenhengende år». The regulation's § 4a definition (two years in total
    // within five) applies from the reporting year 2020. A historical definition, so the value stays open-ended.
    id: 'target-group.cv-gap.reporting-2019-continuous-years',
    label: 'Hull i CV-en i Difis rapporteringsveiledning for 2019: minst så mange sammenhengende år utenfor arbeid, utdanning eller opplæring',
    unit: 'years',
    values: [{ value: 2, from: '2019-01-01', note: 'The definition for the reporting year 2019 only, kept as a historical fact; from 2020 § 4a applies.' }],
    sources: [
      {
        title: 'Difi: Dette skal du rapportere (rapporteringsåret 2019)',
        url: 'https://arbeidsgiver.difi.no/strategisk-hr-og-ledelse/inkluderingsdugnaden/rapportering-pa-inkluderingsdugnaden-i-arsrapporten/dette-skal-du-rapportere',
      },
    ],
    checked: '2026-12-02',
    checkBy: '2027-12-02',
  },
];
