/**
 * Midlertidig lønnstilskudd (tiltaksforskriften kap. 9): rates, when they step down, and the longest
 * period. nav.no's employer page (read 2026-11-30) states them as in force; NAV's agreement system
 * (navikt/tiltaksgjennomforing-api, MidlertidigLonnstilskuddAvtaleBeregningStrategy and
 * MidlertidigLonnstilskuddStartOgSluttdatoStrategy @ ae0bdbc9, 2026-08-20) encodes the same.
 * The rates before February 2021 were not found in a public source here (the regulation's own text of
 * kap. 9 could not be retrieved), so every value starts on the earliest date a source confirms it.
 * It is NAV that sets the rate for a person, from its assessment of the need (innsatsgruppe).
 */
import type { Parameter, ParameterSource, ParameterValue } from './types.js';

const NAV_PAGE: ParameterSource = { title: 'nav.no: Midlertidig lønnstilskudd (for arbeidsgivere)', url: 'https://www.nav.no/arbeidsgiver/midlertidig-lonnstilskudd' };
const NAV_CODE: ParameterSource = {
  title: 'NAV: avtalesystemet for tiltak (navikt/tiltaksgjennomforing-api), beregning og varighet for midlertidig lønnstilskudd',
  url: 'https://github.com/navikt/tiltaksgjennomforing-api/blob/main/src/main/java/no/nav/tag/tiltaksgjennomforing/tilskuddsperiode/beregning/MidlertidigLonnstilskuddAvtaleBeregningStrategy.java',
};
const REGULATION: ParameterSource = {
  title: 'Lovdata: Tiltaksforskriften kapittel 9 (midlertidig lønnstilskudd)',
  url: 'https://lovdata.no/dokument/SF/forskrift/2015-12-11-1598#KAPITTEL_9',
};

const FROM = '2021-02-03';
const NOTE =
  "Earliest date a public NAV source confirms the value: NAV's agreement system enforces the 40/60 % rates from 3 Feb 2021 (PR #486), the step-down after 6/12 months from 25 Jan 2021 (PR #473) and the 12/24-month maximum from Sept 2020 (PR #194). Earlier values are not verified.";
const since = (value: number): ParameterValue[] => [{ value, from: FROM, note: NOTE }];

// The 40/60 % rates, the 10-point step-down after 6/12 months: re-read 2026-12-02 in the agreement system's snapshot of 2026-08-20.
const base = { sources: [NAV_PAGE, NAV_CODE, REGULATION], checked: '2026-12-02', checkBy: '2027-06-01' };

export const NAV_WAGE_SUBSIDY_PARAMETERS: readonly Parameter[] = [
  { id: 'nav.temporary-wage-subsidy.rate-ordinary', label: 'Midlertidig lønnstilskudd, ordinær sats de første månedene', unit: 'percent', values: since(40), ...base },
  { id: 'nav.temporary-wage-subsidy.rate-ordinary-after', label: 'Midlertidig lønnstilskudd, ordinær sats etter nedtrappingen', unit: 'percent', values: since(30), ...base },
  {
    id: 'nav.temporary-wage-subsidy.step-months-ordinary',
    label: 'Midlertidig lønnstilskudd, ordinær sats: antall måneder før satsen trappes ned',
    unit: 'months',
    values: since(6),
    ...base,
  },
  { id: 'nav.temporary-wage-subsidy.max-months-ordinary', label: 'Midlertidig lønnstilskudd: lengste periode som hovedregel', unit: 'months', values: since(12), ...base },
  {
    id: 'nav.temporary-wage-subsidy.rate-reduced',
    label: 'Midlertidig lønnstilskudd ved nedsatt arbeidsevne, sats de første månedene',
    unit: 'percent',
    values: since(60),
    ...base,
  },
  {
    id: 'nav.temporary-wage-subsidy.rate-reduced-after',
    label: 'Midlertidig lønnstilskudd ved nedsatt arbeidsevne, sats etter nedtrappingen',
    unit: 'percent',
    values: since(50),
    ...base,
  },
  {
    id: 'nav.temporary-wage-subsidy.step-months-reduced',
    label: 'Midlertidig lønnstilskudd ved nedsatt arbeidsevne: antall måneder før satsen trappes ned',
    unit: 'months',
    values: since(12),
    ...base,
  },
  { id: 'nav.temporary-wage-subsidy.max-months-reduced', label: 'Midlertidig lønnstilskudd ved nedsatt arbeidsevne: lengste periode', unit: 'months', values: since(24), ...base },
  {
    // nav.no (read 2026-11-30): "Når tilskuddsperioden er over, kan virksomheten søke om refusjon. Tilskuddsperioden kan vare
    // maksimalt tre måneder om gangen." Not found in an earlier public source, so the value starts on the day it was read.
    id: 'nav.temporary-wage-subsidy.refund-period-max-months',
    label: 'Midlertidig lønnstilskudd: en tilskuddsperiode (som dere søker refusjon for etterpå) varer høyst',
    unit: 'months',
    values: [{ value: 3, from: '2026-11-30', note: 'The day nav.no was read; earlier values are not verified.' }],
    sources: [NAV_PAGE],
    checked: '2026-11-30',
    checkBy: '2027-06-30',
  },
  {
    // nav.no lists, among those the subsidy may be relevant for, a person who "har jobb, men står i fare for å miste jobben
    // etter å ha vært sykmeldt fullt eller delvis i 12 måneder"; NAV's page for private persons says the same ("tolv måneder").
    id: 'nav.temporary-wage-subsidy.sick-leave-months',
    label: 'Midlertidig lønnstilskudd for en som har jobb: aktuelt etter så lang full eller gradert sykmelding',
    unit: 'months',
    values: since(12),
    sources: [
      NAV_PAGE,
      {
        title: 'nav.no: Midlertidig lønnstilskudd (for privatpersoner)',
        url: 'https://www.nav.no/no/Person/Arbeid/Oppfolging+og+tiltak+for+a+komme+i+jobb/Tiltak+for+a+komme+i+jobb/Relatert+innhold/tidsbegrenset-l%C3%B8nnstilskudd',
      },
      REGULATION,
    ],
    checked: '2026-11-30',
    checkBy: '2027-06-30',
  },
  {
    // tiltaksforskriften § 1-3 fourth paragraph (nav.no's copy of the regulation, read 2026-12-01): "Tiltaksdeltakere må være fylt
    // 16 år. Det kan gjelde høyere aldersgrenser for enkelte tiltak." The regulation has been in force since 1 Jan 2016.
    id: 'nav.measures.participant-min-age',
    label: 'Arbeidsmarkedstiltak (også lønnstilskudd): tiltaksdeltakeren må ha fylt',
    unit: 'years',
    values: [{ value: 16, from: '2016-01-01' }],
    sources: [
      {
        title: 'nav.no (rettskildene): Forskrift om arbeidsmarkedstiltak (tiltaksforskriften) § 1-3',
        url: 'https://www.nav.no/nav.no-ressurser/lenker/regelverk/rettskildene/f11.12.2015-nr-1598-forskrift-om-arbeidsmarkedstiltak-kapittel-13.arbeidsforberedende-trening',
      },
      { title: 'Lovdata: Tiltaksforskriften § 1-3', url: 'https://lovdata.no/dokument/SF/forskrift/2015-12-11-1598' },
    ],
    checked: '2026-12-01',
    checkBy: '2027-12-01',
  },
  {
    // NAV's refund solution (navikt/tiltak-refusjon-api, Tiltakstype.kt, read 2026-12-01): kanIkkeOverskride5g() is true for
    // VARIG_LONNSTILSKUDD and FIREARIG_LONNSTILSKUDD, false for MIDLERTIDIG_LONNSTILSKUDD. Starts with the trial (1 Aug 2026).
    id: 'nav.four-year-wage-subsidy.cap-g',
    label: 'Fireårig lønnstilskudd for unge, høyeste refusjon per år (i G)',
    unit: 'G',
    values: [{ value: 5, from: '2026-08-01', note: "The first day of the trial; taken from NAV's refund code, not yet seen on nav.no." }],
    sources: [
      {
        title: 'NAV: refusjonsløsningen for tiltak (navikt/tiltak-refusjon-api), Tiltakstype.kt',
        url: 'https://github.com/navikt/tiltak-refusjon-api/blob/main/src/main/kotlin/no/nav/arbeidsgiver/tiltakrefusjon/refusjon/Tiltakstype.kt',
      },
    ],
    checked: '2026-12-01',
    checkBy: '2027-06-30',
  },
];
