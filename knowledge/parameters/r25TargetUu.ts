/**
 * Round twenty-five (r25-target-uu): the shares of new hires from the target group that the state reported in the
 * years of the inclusion drive. Historical results, so each value stays open-ended from the start of the year it
 * describes. Read 2026-12-03.
 */
import type { Parameter } from './types.js';

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

export const R25_TARGET_UU_PARAMETERS: readonly Parameter[] = [
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
];
