/**
 * NAV's measures for employers other than the temporary wage subsidy (whose figures live with the
 * rules): lasting wage subsidy, four-year wage subsidy for young people, inclusion grant, mentor, work
 * trial, function assistance and work aids.
 *
 * Where a value has been the same for longer than our sources show, the first `from` is the earliest
 * day we can vouch for, not the day the value began: 2016-01-01 (tiltaksforskriften took effect) for
 * the measures, 2017-07-01 (the rule set's horizon) for folketrygdloven's work aids, 2026-08-01 (the
 * first possible start) for the four-year wage subsidy.
 */
import { HORIZON, HORIZON_NOTE, sinceHorizon } from './horizon.js';
import type { Parameter } from './types.js';

const CHECKED = '2026-11-30';

const TILTAKSFORSKRIFTEN_FROM = '2016-01-01';

const AAP_WORK = {
  title: 'nav.no: Arbeidsavklaringspenger (AAP) og lønnet arbeid',
  url: 'https://www.nav.no/no/person/arbeid/arbeidsavklaringspenger/arbeidsavklaringspenger-aap/arbeidsavklaringspenger-aap-og-lonnet-arbeid',
};

const VARIG_NAV = {
  title: 'nav.no: Varig lønnstilskudd (for arbeidsgivere)',
  url: 'https://www.nav.no/arbeidsgiver/varig-lonnstilskudd',
};
const VARIG_LAW = {
  title: 'Tiltaksforskriften kapittel 10 (varig lønnstilskudd)',
  url: 'https://lovdata.no/dokument/SF/forskrift/2015-12-11-1598#KAPITTEL_10',
};
const INCLUSION_NAV = {
  title: 'nav.no: Inkluderingstilskudd (for arbeidsgivere)',
  url: 'https://www.nav.no/arbeidsgiver/inkluderingstilskudd',
};
const INCLUSION_LAW = {
  title: 'Tiltaksforskriften kapittel 11 (inkluderingstilskudd)',
  url: 'https://lovdata.no/dokument/SF/forskrift/2015-12-11-1598#KAPITTEL_11',
};
const MENTOR_NAV = { title: 'nav.no: Mentortilskudd (for arbeidsgivere)', url: 'https://www.nav.no/arbeidsgiver/mentor' };
const MENTOR_YOUTH_2025 = {
  title: 'Byggmesteren (6. august 2025), gjengir Arbeids- og inkluderingsdepartementet: mentor i inntil tre år for alle under 30 år i tilrettelagt fag- og yrkesopplæring',
  url: 'https://byggmesteren.as/2025/08/06/mer-praktisk-opplaering-for-unge-som-strever-med-skole',
};
const MENTOR_YOUTH_LTI = {
  title: 'Lovdata (Lovtidend avd. I): FOR-2025-07-30-1575, endring i tiltaksforskriften (i kraft 1. august 2025)',
  url: 'https://lovdata.no/dokument/LTI/forskrift/2025-07-30-1575',
};
// The four-year wage subsidy for young people is a trial (forskrift 4 Feb 2026 nr. 163). Its figures are
// those NAV's agreement system enforces (navikt/tiltaksgjennomforing-api, FirearigLonnstilskudd*Strategy,
// checked 2026-11-30); nav.no had no page on it in our sources, so they are checked again early.
const FOUR_YEAR_FROM = '2026-08-01';
const FOUR_YEAR_LAW = {
  title: 'Lovdata: Forskrift om forsøk med fireårig lønnstilskudd for unge (FOR-2026-02-04-163)',
  url: 'https://lovdata.no/dokument/LTI/forskrift/2026-02-04-163',
};
const FOUR_YEAR_RATES = {
  title: 'NAV: avtalesystemet for tiltak, satser for fireårig lønnstilskudd (FirearigLonnstilskuddBeregningStrategy)',
  url: 'https://github.com/navikt/tiltaksgjennomforing-api/blob/main/src/main/java/no/nav/tag/tiltaksgjennomforing/tilskuddsperiode/beregning/FirearigLonnstilskuddBeregningStrategy.java',
};
const FOUR_YEAR_DATES = {
  title: 'NAV: avtalesystemet for tiltak, varighet og alder for fireårig lønnstilskudd (FirearigLonnstilskuddStartOgSluttdatoStrategy)',
  url: 'https://github.com/navikt/tiltaksgjennomforing-api/blob/main/src/main/java/no/nav/tag/tiltaksgjennomforing/avtale/startOgSluttDatoStrategy/FirearigLonnstilskuddStartOgSluttdatoStrategy.java',
};
const fourYear = (id: string, label: string, unit: 'percent' | 'years', value: number, source: { title: string; url: string }): Parameter => ({
  id,
  label,
  unit,
  values: [{ value, from: FOUR_YEAR_FROM }],
  sources: [source, FOUR_YEAR_LAW],
  // Rates, durations, age and the 2026-08-01 start re-read on 2026-12-02 in the agreement system's snapshot of 2026-08-20.
  checked: '2026-12-02',
  checkBy: '2027-06-01',
});

const WORK_TRIAL_NAV = {
  title: 'nav.no: Arbeidstrening (for arbeidsgivere)',
  url: 'https://www.nav.no/no/bedrift/rekruttering/relatert-informasjon/arbeidstrening',
};

// Tilskudd til sommerjobb (NAV, yearly from 2021). nav.no's page for private persons (read 2026-12-01) confirms the
// age band, the four weeks and the June–August start; the rates are those NAV and the employers' organisations
// published (NHO, June 2021; NHO LT 2021; Skaun kommune). NAV decides each year whether the scheme is offered.
const SUMMER_FROM = '2021-06-01';
const SUMMER_NOTE = 'Earliest date our sources show the scheme (NHO, June 2021); NAV decides each year whether it is offered.';
const SUMMER_NAV = { title: 'nav.no: Tilskudd til sommerjobb', url: 'https://nav.no/tilskudd-sommerjobb' };
const SUMMER_NHO = { title: 'NHO: Bedriftstilskudd til sommerjobb', url: 'https://www.nho.no/tema/arbeidsliv/artikler/bedriftstilskudd-til-sommerjobb/' };
const summer = (id: string, label: string, unit: 'percent' | 'weeks' | 'years', value: number, sources: Array<{ title: string; url: string }>): Parameter => ({
  id,
  label,
  unit,
  values: [{ value, from: SUMMER_FROM, note: SUMMER_NOTE }],
  sources,
  checked: '2026-12-01',
  checkBy: '2027-05-31',
});

// National VTA place counts (read 2026-12-03), each kept as the fact for its year from the day the source gives it.
const VTA_2015 = {
  title: 'Stortinget: skriftlig spørsmål 15:850 (2014–2015), svar 14.4.2015 – avtalte VTA-plasser i ordinær og skjermet virksomhet',
  url: 'https://www.stortinget.no/no/Saker-og-publikasjoner/Sporsmal/Skriftlige-sporsmal-og-svar/Skriftlig-sporsmal/?qid=62432',
};
const VTA_2019 = {
  title: 'Statsbudsjettet (revidert 2019): Varig tilrettelagt arbeid (VTA) – om lag 11 000 tiltaksplasser i 2019',
  url: 'https://www.statsbudsjettet.no/Revidert-budsjett-2019/Statsbudsjettet-fra-A-til-A/Varig-tilrettelagt-arbeid-VTA/',
};
const VTA_2021 = {
  title: 'Regjeringen.no (2021): Flere får varig tilrettelagt arbeid – arbeid til mer enn 12 000 personer',
  url: 'https://www.regjeringen.no/no/dokumentarkiv/regjeringen-solberg/aktuelt-regjeringen-solberg/asd/pressemeldinger/2021/flere-far-varig-tilrettelagt-arbeid/id2848518/',
};
const VTA_2024_DAGSAVISEN = {
  title: 'Dagsavisen (15. mai 2024): Regjeringen øker i 2024 bevilgningen til VTA tilsvarende 500 plasser',
  url: 'https://www.dagsavisen.no/nyheter/innenriks/2024/05/15/vil-ha-flere-ufore-i-jobb-men-uenige-om-storrelsen-pa-tiltak/',
};
const VTA_2024_TOTAL = {
  title: 'Dagsavisen (28. september 2024): «Norge har 13.500 tilrettelagte jobber for mennesker med nedsatt arbeidsevne» – flere får VTA-plass',
  url: 'https://www.dagsavisen.no/nyheter/politikk/2024/09/28/flere-far-vta-plass-min-jobb-er-a-holde-orden-pa-ting/',
};
const VTA_2024_STORTING = {
  title: 'Stortinget: spørsmål 2032 (2023–2024), svar 21.5.2024 – 290 nye VTA-plasser desember 2023 til april 2024 (gjengitt av Altinget)',
  url: 'https://www.altinget.no/helse/statsradensvarer/14005',
};
/** A VTA place count for one year: a historical fact, open-ended from the day the source gives it. */
const vtaCount = (id: string, label: string, value: number, from: string, sources: Array<{ title: string; url: string }>): Parameter => ({
  id,
  label,
  unit: 'places',
  values: [{ value, from, note: 'A historical figure for that year, kept as a fact; not the number of places today.' }],
  sources,
  checked: '2026-12-03',
  checkBy: '2027-12-03',
});

export const NAV_MEASURES: readonly Parameter[] = [
  {
    id: 'nav.lasting-wage-subsidy.rate-first-year',
    label: 'Varig lønnstilskudd, høyeste sats det første året',
    unit: 'percent',
    values: [{ value: 75, from: TILTAKSFORSKRIFTEN_FROM }],
    sources: [VARIG_NAV, VARIG_LAW],
    checked: CHECKED,
    checkBy: '2027-06-30',
  },
  {
    id: 'nav.lasting-wage-subsidy.rate-later',
    label: 'Varig lønnstilskudd, høyeste sats etter det første året',
    unit: 'percent',
    values: [{ value: 67, from: TILTAKSFORSKRIFTEN_FROM }],
    sources: [VARIG_NAV, VARIG_LAW],
    checked: CHECKED,
    checkBy: '2027-06-30',
  },
  {
    id: 'nav.lasting-wage-subsidy.cap-g',
    label: 'Varig lønnstilskudd, høyeste refusjon per år (i G)',
    unit: 'G',
    values: [{ value: 5, from: TILTAKSFORSKRIFTEN_FROM }],
    sources: [VARIG_NAV, VARIG_LAW],
    checked: CHECKED,
    checkBy: '2027-06-30',
  },
  {
    id: 'nav.lasting-wage-subsidy.review-months',
    label: 'Varig lønnstilskudd, NAV vurderer tilskuddet med arbeidsgiver minst så ofte',
    unit: 'months',
    values: [{ value: 6, from: TILTAKSFORSKRIFTEN_FROM }],
    sources: [VARIG_NAV],
    checked: CHECKED,
    checkBy: '2027-06-30',
  },
  {
    // NAV sets the cap each calendar year. nav.no showed 143 900 kr (page of 26 May 2023); the later
    // amounts are those NAV's own agreement system applies (Sats.java), not yet seen on nav.no.
    id: 'nav.inclusion-grant.cap',
    label: 'Inkluderingstilskudd, høyeste beløp per deltaker over tolv måneder',
    unit: 'nok',
    values: [
      { value: 143900, from: '2023-01-01', to: '2023-12-31' },
      { value: 149100, from: '2024-01-01', to: '2024-12-31' },
      { value: 154800, from: '2025-01-01', to: '2025-12-31' },
      { value: 160400, from: '2026-01-01' },
    ],
    sources: [
      INCLUSION_NAV,
      {
        title: 'NAV: satsene for inkluderingstilskudd i tiltaksløsningen (Sats.java, august 2026)',
        url: 'https://github.com/navikt/tiltaksgjennomforing-api/blob/ae0bdbc9d248705ae84f93dc9f50c749e0b94eea/src/main/java/no/nav/tag/tiltaksgjennomforing/satser/Sats.java',
      },
      INCLUSION_LAW,
    ],
    checked: CHECKED,
    checkBy: '2027-01-31',
  },
  {
    // VTA-O (tiltaksforskriften kap. 14): a monthly grant to the employer. nav.no showed 7 067 kr a month (the 2025
    // rate); the other years are those NAV's agreement system applies (Sats.java, VTAO_SATS @ ae0bdbc9, 2026-08-20),
    // not seen on nav.no. NAV sets the rate each calendar year.
    id: 'nav.vta-o.monthly-grant',
    label: 'Varig tilrettelagt arbeid i ordinær virksomhet (VTA-O): tilskudd til arbeidsgiveren per måned',
    unit: 'nok',
    values: [
      { value: 6808, from: '2024-01-01', to: '2024-12-31' },
      { value: 7067, from: '2025-01-01', to: '2025-12-31' },
      { value: 7321, from: '2026-01-01', note: "NAV's agreement system only; not yet seen on nav.no." },
    ],
    sources: [
      { title: 'nav.no: Varig tilrettelagt arbeid i ordinær virksomhet (for arbeidsgivere)', url: 'https://www.nav.no/arbeidsgiver/varig-tilrettelagt-arbeid' },
      {
        title: 'NAV: satsene for VTA-O i tiltaksløsningen (Sats.java, august 2026)',
        url: 'https://github.com/navikt/tiltaksgjennomforing-api/blob/ae0bdbc9d248705ae84f93dc9f50c749e0b94eea/src/main/java/no/nav/tag/tiltaksgjennomforing/satser/Sats.java',
      },
      { title: 'Tiltaksforskriften kapittel 14 (varig tilrettelagt arbeid)', url: 'https://lovdata.no/dokument/SF/forskrift/2015-12-11-1598#KAPITTEL_14' },
    ],
    checked: CHECKED,
    checkBy: '2027-01-31',
  },
  {
    // NAV's agreement system (navikt/tiltaksgjennomforing-api @ae0bdbc9, 2026-08-20, VtaoStartOgSluttdatoStrategy.java): a
    // VTA-O agreement whose end date is after the participant turns 67 is refused (Feilkode.DELTAKER_67_AAR, added 2025-04-30).
    // No regulation text read on 2026-12-03 states the limit; entries say it is NAV's system.
    id: 'nav.vta-o.max-age',
    label: 'VTA-O: NAVs avtalesystem godtar ikke sluttdato etter at deltakeren fyller',
    unit: 'years',
    values: [{ value: 67, from: '2025-04-30' }],
    sources: [
      {
        title: 'NAV: avtalesystemet for tiltak (navikt/tiltaksgjennomforing-api), VtaoStartOgSluttdatoStrategy.java',
        url: 'https://github.com/navikt/tiltaksgjennomforing-api/blob/ae0bdbc9d248705ae84f93dc9f50c749e0b94eea/src/main/java/no/nav/tag/tiltaksgjennomforing/avtale/startOgSluttDatoStrategy/VtaoStartOgSluttdatoStrategy.java',
      },
    ],
    checked: '2026-12-03',
    checkBy: '2027-06-30',
  },
  {
    // NAV's agreement system (Oppfolging.java @ae0bdbc9): OPPFOLGINGSINTERVALL_6_MND – the next follow-up of a VTA-O agreement
    // (Tiltakstype.kreverOppfolging() is true only for VTAO) is at the earliest six months after the previous deadline.
    id: 'nav.vta-o.follow-up-interval-months',
    label: 'VTA-O: NAVs avtalesystem ber om ny oppfølging av avtalen tidligst så mange måneder etter forrige',
    unit: 'months',
    values: [{ value: 6, from: '2025-01-28' }],
    sources: [
      {
        title: 'NAV: avtalesystemet for tiltak (navikt/tiltaksgjennomforing-api), Oppfolging.java',
        url: 'https://github.com/navikt/tiltaksgjennomforing-api/blob/ae0bdbc9d248705ae84f93dc9f50c749e0b94eea/src/main/java/no/nav/tag/tiltaksgjennomforing/oppfolging/Oppfolging.java',
      },
    ],
    checked: '2026-12-03',
    checkBy: '2027-06-30',
  },
  {
    id: 'nav.inclusion-grant.period-months',
    label: 'Inkluderingstilskudd, perioden beløpet gjelder for, regnet fra første utgift',
    unit: 'months',
    values: [{ value: 12, from: TILTAKSFORSKRIFTEN_FROM }],
    sources: [
      {
        title: 'nav.no: Inkluderingstilskot (nynorsk, for privatpersonar)',
        url: 'https://kommune.nav.no/no/person/arbeid/oppfolging-og-tiltak-for-a-komme-i-jobb/tiltak-for-a-komme-i-jobb/nynorsk/inkluderingstilskot',
      },
      INCLUSION_LAW,
    ],
    checked: CHECKED,
    checkBy: '2027-06-30',
  },
  {
    id: 'nav.mentor.max-months',
    label: 'Mentortilskudd, vanlig lengste varighet',
    unit: 'months',
    values: [{ value: 6, from: TILTAKSFORSKRIFTEN_FROM }],
    sources: [MENTOR_NAV, { title: 'Tiltaksforskriften kapittel 5 (mentor)', url: 'https://lovdata.no/dokument/SF/forskrift/2015-12-11-1598' }],
    checked: CHECKED,
    checkBy: '2027-06-30',
  },
  {
    // Arbeids- og inkluderingsdepartementet's press release of August 2025 as given by Byggmesteren (6 Aug 2025, read
    // 2026-12-03): "Regjeringen utvider også varigheten av mentorordningen i inntil tre år for alle under 30 år som gjennomfører
    // opplæringstiltak gjennom tilrettelagt fag- og yrkesopplæring. Tidligere var dette maksimalt seks måneder for personer uten
    // nedsatt arbeidsevne. [...] Endringene trer i kraft 1. august." The amending regulation (Lovtidend) was not re-read on
    // 2026-12-03, so the section number of tiltaksforskriften is not claimed. nav.no's employer page (updated 7 June 2023) does
    // not yet mention the rule, and NAV's agreement system (MentorStartOgSluttdatoStrategy, snapshot 2026-08-20) caps a mentor
    // agreement at 6 months unless the participant's needs assessment shows reduced work capacity.
    id: 'nav.mentor.vocational-youth-max-age',
    label: 'Mentortilskudd: unge under denne alderen i et tilrettelagt fag- og yrkesopplæringsløp kan få mentor i lengre tid',
    unit: 'years',
    values: [{ value: 30, from: '2025-08-01' }],
    sources: [MENTOR_YOUTH_2025, MENTOR_YOUTH_LTI],
    checked: '2026-12-03',
    checkBy: '2027-06-01',
  },
  {
    // Same source as nav.mentor.vocational-youth-max-age: "inntil tre år for alle under 30 år som gjennomfører opplæringstiltak
    // gjennom tilrettelagt fag- og yrkesopplæring", from 1 August 2025.
    id: 'nav.mentor.vocational-youth-max-years',
    label: 'Mentortilskudd for unge i tilrettelagt fag- og yrkesopplæring: lengste varighet',
    unit: 'years',
    values: [{ value: 3, from: '2025-08-01' }],
    sources: [MENTOR_YOUTH_2025, MENTOR_YOUTH_LTI],
    checked: '2026-12-03',
    checkBy: '2027-06-01',
  },
  {
    id: 'nav.mentor.max-years-reduced-capacity',
    label: 'Mentortilskudd, lengste varighet ved nedsatt arbeidsevne og særlige behov',
    unit: 'years',
    values: [{ value: 3, from: TILTAKSFORSKRIFTEN_FROM }],
    sources: [MENTOR_NAV],
    checked: CHECKED,
    checkBy: '2027-06-30',
  },
  {
    id: 'nav.work-trial.max-months',
    label: 'Arbeidstrening, lengste varighet som hovedregel',
    unit: 'months',
    values: [{ value: 12, from: TILTAKSFORSKRIFTEN_FROM }],
    sources: [WORK_TRIAL_NAV, { title: 'Tiltaksforskriften kapittel 3 (arbeidstrening)', url: 'https://lovdata.no/dokument/SF/forskrift/2015-12-11-1598' }],
    checked: CHECKED,
    checkBy: '2027-06-30',
  },
  {
    id: 'nav.work-trial.extension-months',
    label: 'Arbeidstrening, mulig forlengelse for arbeidssøkere med nedsatt arbeidsevne',
    unit: 'months',
    values: [{ value: 6, from: TILTAKSFORSKRIFTEN_FROM }],
    sources: [WORK_TRIAL_NAV],
    checked: CHECKED,
    checkBy: '2027-06-30',
  },
  fourYear('nav.four-year-wage-subsidy.rate-year-1', 'Fireårig lønnstilskudd for unge, sats det første året', 'percent', 70, FOUR_YEAR_RATES),
  fourYear('nav.four-year-wage-subsidy.rate-year-2', 'Fireårig lønnstilskudd for unge, sats det andre året', 'percent', 60, FOUR_YEAR_RATES),
  fourYear('nav.four-year-wage-subsidy.rate-year-3', 'Fireårig lønnstilskudd for unge, sats det tredje året', 'percent', 50, FOUR_YEAR_RATES),
  fourYear('nav.four-year-wage-subsidy.rate-year-4', 'Fireårig lønnstilskudd for unge, sats det fjerde året', 'percent', 35, FOUR_YEAR_RATES),
  fourYear('nav.four-year-wage-subsidy.max-years', 'Fireårig lønnstilskudd for unge, lengste varighet i en fast stilling', 'years', 4, FOUR_YEAR_DATES),
  fourYear('nav.four-year-wage-subsidy.max-years-temporary', 'Fireårig lønnstilskudd for unge, lengste varighet i en midlertidig stilling', 'years', 2, FOUR_YEAR_DATES),
  fourYear('nav.four-year-wage-subsidy.max-age', 'Fireårig lønnstilskudd for unge, deltakeren må være under denne alderen ved oppstart', 'years', 30, FOUR_YEAR_DATES),
  {
    id: 'nav.function-assistance.grant-years',
    label: 'Funksjonsassistanse i arbeidslivet, innvilges for så lang tid om gangen',
    unit: 'years',
    values: [{ value: 1, from: TILTAKSFORSKRIFTEN_FROM }],
    sources: [{ title: 'nav.no: Funksjonsassistanse i arbeidslivet', url: 'https://www.nav.no/no/Bedrift/Hjelpemidler/Funksjonsassistanse' }],
    checked: CHECKED,
    checkBy: '2027-06-30',
  },
  {
    id: 'nav.work-aids.lasting-years',
    label: 'Hjelpemidler på arbeidsplassen (folketrygdloven § 10-5): funksjonsnedsettelsen må vare lenger enn',
    unit: 'years',
    values: [{ value: 2, from: HORIZON }],
    sources: [
      {
        title: 'nav.no: Hjelpemidler og tilrettelegging i arbeid',
        url: 'https://www.nav.no/no/person/hjelpemidler/hjelpemidler-og-tilrettelegging/tilrettelegging/arbeid-og-utdanning/arbeid',
      },
    ],
    checked: CHECKED,
    checkBy: '2027-06-30',
  },
  {
    // NAV's terms for receiving CVs from NAV («Vilkår for å motta CV-er fra Nav», shown to employers before they see a
    // candidate list; source in navikt/presenterte-kandidater): "CV-ene slettes automatisk seks måneder etter at de
    // [er] mottatt." The sentence entered NAV's terms on 2022-12-20 (commit 94ecc41) and is unchanged in the newest
    // snapshot (2026-03-11), so the value starts there; earlier terms are not verified.
    id: 'nav.shared-cv.delete-after-months',
    label: 'CV-er NAV deler med en arbeidsgiver i en kandidatliste, slettes automatisk så lenge etter at de ble mottatt',
    unit: 'months',
    values: [{ value: 6, from: '2022-12-20', note: "The day the sentence entered NAV's published terms; earlier values are not verified." }],
    sources: [
      { title: 'NAV: Vilkår for å motta CV-er fra Nav (navikt/presenterte-kandidater)', url: 'https://github.com/navikt/presenterte-kandidater/blob/main/app/samtykke/page.tsx' },
    ],
    checked: '2026-12-01',
    checkBy: '2027-06-30',
  },
  summer('nav.summer-job.rate-ordinary', 'Tilskudd til sommerjobb: andel av lønnskostnaden NAV dekker', 'percent', 50, [SUMMER_NHO, SUMMER_NAV]),
  summer('nav.summer-job.rate-reduced', 'Tilskudd til sommerjobb for personer med nedsatt arbeidsevne: andel av lønnskostnaden NAV dekker', 'percent', 75, [
    SUMMER_NHO,
    SUMMER_NAV,
  ]),
  summer('nav.summer-job.max-weeks', 'Tilskudd til sommerjobb: lengste varighet per deltaker', 'weeks', 4, [SUMMER_NAV, SUMMER_NHO]),
  summer('nav.summer-job.min-age', 'Tilskudd til sommerjobb: deltakeren er minst', 'years', 16, [SUMMER_NAV, SUMMER_NHO]),
  summer('nav.summer-job.max-age', 'Tilskudd til sommerjobb: deltakeren er høyst', 'years', 29, [SUMMER_NAV, SUMMER_NHO]),
  {
    // nav.no news (20 Dec 2022, updated 17 Feb 2023): digital refunds for wage subsidies from 1 Feb 2023; "Siste frist for å
    // sende inn en refusjon er senest to måneder etter at tilskuddsperioden er over." Earlier (paper) deadlines not verified.
    // NHO «Bedriftstilskudd til sommerjobb» (read 2026-12-02) gives the same deadline for the summer job grant: "Du kan søke om
    // refusjon når tiltaket er over (innen 2 mnd. etter tiltak)" (used by nav-summer-job-refund).
    // NAV's refund service (navikt/tiltak-refusjon-api, Refusjon.kt, read 2026-12-02) sets the same deadline for every
    // measure it pays (midlertidig og varig lønnstilskudd, mentor, sommerjobb, VTA-O: src/refusjon/tiltak.ts in
    // navikt/tiltak-refusjon-arbeidsgiver): two months after the period ends, or after NAV approved the period if later.
    // Re-read 2026-12-03: the nav.no news still says "Siste frist for å sende inn en refusjon er senest to måneder etter at
    // tilskuddsperioden er over. Dere vil få en påminnelse på SMS to uker før fristen går ut."
    id: 'nav.measures.refund-claim-deadline-months',
    label: 'Lønnstilskudd, mentortilskudd og tilskudd til sommerjobb: siste frist for å sende inn refusjonen, regnet fra tilskuddsperioden er over',
    unit: 'months',
    values: [{ value: 2, from: '2023-02-01', note: 'The digital refund solution started on this day; earlier deadlines are not verified.' }],
    sources: [
      {
        title: 'nav.no: Lønnstilskudd får ny digital refusjonsløsning fra februar',
        url: 'https://www.nav.no/no/bedrift/innhold-til-bedrift-forside/nyttig-a-vite/lonnstilskudd-far-ny-digital-refusjonslosning-fra-februar',
      },
      { title: 'NHO: Bedriftstilskudd til sommerjobb', url: 'https://www.nho.no/tema/arbeidsliv/artikler/bedriftstilskudd-til-sommerjobb/' },
      { title: 'NAV: refusjonsløsningen for tiltak (navikt/tiltak-refusjon-api, fristen for godkjenning)', url: 'https://github.com/navikt/tiltak-refusjon-api' },
    ],
    checked: '2026-12-03',
    checkBy: '2027-06-30',
  },
  {
    // nav.no (nynorsk, «Stønader ved tiltak»): "NAV kan gi tiltakspengar til tiltaksdeltakarar som har fylt 18 år."
    id: 'nav.tiltakspenger.min-age',
    label: 'Tiltakspenger: deltakeren må ha fylt',
    unit: 'years',
    values: [sinceHorizon(18)],
    sources: [{ title: 'nav.no: Tiltakspengar (nynorsk)', url: 'https://www.nav.no/no/person/arbeid/dagpenger-ved-arbeidsloshet-og-permittering/nynorsk/stonader-ved-tiltak' }],
    checked: '2026-12-01',
    checkBy: '2027-06-30',
  },
  {
    // Tiltaksforskriften § 1-3 fjerde ledd: «Tiltaksdeltakere må være fylt 16 år. Det kan gjelde høyere aldersgrenser for enkelte tiltak.»
    id: 'nav.measures.min-age',
    label: 'Arbeidsmarkedstiltak: deltakeren må ha fylt',
    unit: 'years',
    values: [{ value: 16, from: TILTAKSFORSKRIFTEN_FROM }],
    sources: [{ title: 'Lovdata: Tiltaksforskriften § 1-3', url: 'https://lovdata.no/dokument/SF/forskrift/2015-12-11-1598' }],
    checked: '2026-12-01',
    checkBy: '2027-06-30',
  },
  {
    // Arbeidsforberedende trening (tiltaksforskriften kapittel 13): "inntil ett år, med mulighet for forlengelse i
    // ytterligere ett år" (NAV's requirement text as quoted by tiltaksarrangører; nav.no's copy of kap. 13).
    id: 'nav.aft.max-months',
    label: 'Arbeidsforberedende trening (AFT), lengste varighet før forlengelse',
    unit: 'months',
    values: [
      { value: 12, from: TILTAKSFORSKRIFTEN_FROM, note: 'Chapter 13 is in tiltaksforskriften from 2016-01-01; NAV launched AFT in autumn 2016 (nav.no, AFT evaluation page).' },
    ],
    sources: [
      {
        title: 'nav.no: Tiltaksforskriften kapittel 13 (arbeidsforberedende trening)',
        url: 'https://www.nav.no/nav.no-ressurser/lenker/regelverk/rettskildene/f11.12.2015-nr-1598-forskrift-om-arbeidsmarkedstiltak-kapittel-13.arbeidsforberedende-trening',
      },
      { title: 'Lovdata: Tiltaksforskriften kapittel 13', url: 'https://lovdata.no/dokument/SF/forskrift/2015-12-11-1598#KAPITTEL_13' },
    ],
    checked: '2026-12-01',
    checkBy: '2027-06-30',
  },
  {
    id: 'nav.aft.extension-months',
    label: 'Arbeidsforberedende trening (AFT), mulig forlengelse',
    unit: 'months',
    values: [
      { value: 12, from: TILTAKSFORSKRIFTEN_FROM, note: 'Chapter 13 is in tiltaksforskriften from 2016-01-01; NAV launched AFT in autumn 2016 (nav.no, AFT evaluation page).' },
    ],
    sources: [
      {
        title: 'nav.no: Tiltaksforskriften kapittel 13 (arbeidsforberedende trening)',
        url: 'https://www.nav.no/nav.no-ressurser/lenker/regelverk/rettskildene/f11.12.2015-nr-1598-forskrift-om-arbeidsmarkedstiltak-kapittel-13.arbeidsforberedende-trening',
      },
      { title: 'Lovdata: Tiltaksforskriften kapittel 13', url: 'https://lovdata.no/dokument/SF/forskrift/2015-12-11-1598#KAPITTEL_13' },
    ],
    checked: '2026-12-01',
    checkBy: '2027-06-30',
  },
  {
    // AFT: "Tiltaksdeltakere som gjennomfører opplæring med sikte på formell kompetanse, kan få forlenget varigheten med
    // ytterligere ett år" (NAV's requirement text as quoted by the tiltaksarrangører Montar and iArbeid, read 2026-12-01).
    id: 'nav.aft.extension-education-months',
    label: 'Arbeidsforberedende trening (AFT), ytterligere forlengelse for deltakere i opplæring mot formell kompetanse',
    unit: 'months',
    values: [
      { value: 12, from: TILTAKSFORSKRIFTEN_FROM, note: 'Chapter 13 is in tiltaksforskriften from 2016-01-01; NAV launched AFT in autumn 2016 (nav.no, AFT evaluation page).' },
    ],
    sources: [
      { title: 'iArbeid: Arbeidsforberedende trening (AFT) – om tiltaket', url: 'https://iarbeid.no/kurs-og-kompetanse/arbeidsforberedende-trening-aft' },
      { title: 'Montar: Arbeidsforberedende trening (AFT)', url: 'https://www.montar.no/en/copy_tiltak/copy_aft' },
      { title: 'Lovdata: Tiltaksforskriften kapittel 13', url: 'https://lovdata.no/dokument/SF/forskrift/2015-12-11-1598#KAPITTEL_13' },
    ],
    checked: '2026-12-01',
    checkBy: '2027-06-30',
  },
  {
    // Ungdomsgarantien in NAV from 1 July 2023: young people under 30 who need NAV's help to get work
    // (regjeringen.no, budget news 2023; the ministry as quoted by NTB/Adresseavisen and E24, July 2023).
    id: 'nav.youth-guarantee.age-under',
    label: 'Ungdomsgarantien i NAV: gjelder unge under denne alderen',
    unit: 'years',
    values: [{ value: 30, from: '2023-07-01' }],
    sources: [
      { title: 'regjeringen.no: Lanserer ny ungdomsgaranti for å få flere unge i arbeid', url: 'https://www.regjeringen.no/no/aktuelt/budsjett-ungdomsgaranti/id2930065/' },
      {
        title: 'E24 (juli 2023): Nå skal unge få garantert personlig Nav-oppfølging',
        url: 'https://e24.no/naeringsliv/i/jlx4jA/naa-skal-unge-som-odd-joergen-21-faa-garantert-personlig-nav-oppfoelging',
      },
    ],
    checked: '2026-12-01',
    checkBy: '2027-06-30',
  },
  {
    // Udir's grant to training companies (not a NAV measure), kept beside NAV's age limits; round twenty-five.
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
  {
    // nav.no «Klagerettar» (nynorsk, updated 10 Feb 2023): a decision on an arbeidsmarknadstiltak can be appealed under
    // forvaltningsloven; "Klagefristen er 6 veker. Klagefristen er 3 veker dersom arbeidsmarknadstiltaket er hos ein arbeidsgivar."
    id: 'nav.measures.complaint-weeks',
    label: 'Klage på vedtak om arbeidsmarkedstiltak: klagefrist som hovedregel',
    unit: 'weeks',
    values: [{ value: 6, from: '2023-02-10', note: 'The date of the nav.no page read; earlier deadlines are not verified.' }],
    sources: [{ title: 'nav.no: Klagerettar (nynorsk)', url: 'https://www.nav.no/klagerettigheter/nn' }],
    checked: '2026-12-01',
    checkBy: '2027-06-30',
  },
  {
    id: 'nav.measures.complaint-weeks-employer',
    label: 'Klage på vedtak om arbeidsmarkedstiltak hos en arbeidsgiver: klagefrist',
    unit: 'weeks',
    values: [{ value: 3, from: '2023-02-10', note: 'The date of the nav.no page read; earlier deadlines are not verified.' }],
    sources: [{ title: 'nav.no: Klagerettar (nynorsk)', url: 'https://www.nav.no/klagerettigheter/nn' }],
    checked: '2026-12-01',
    checkBy: '2027-06-30',
  },
  {
    // nav.no «Arbeidsavklaringspenger (AAP) og lønnet arbeid»: "Du kan arbeide opp til 60 prosent av full stilling og motta
    // reduserte AAP. Arbeider du mer enn 60 prosent av full stilling, mister du retten til AAP for den aktuelle 14-dagersperioden."
    id: 'nav.aap.max-work-percent',
    label: 'AAP: den som jobber mer enn denne andelen av full stilling, mister AAP for meldeperioden',
    unit: 'percent',
    values: [sinceHorizon(60)],
    sources: [AAP_WORK],
    checked: '2026-12-01',
    checkBy: '2027-06-30',
  },
  {
    // Same page, «Opptrapping til full stilling»: work up to 80 % and still get AAP for the last 20 %, for up to 12 months, once.
    id: 'nav.aap.step-up-percent',
    label: 'AAP: i en opptrappingsperiode kan personen jobbe inntil denne andelen og få AAP for resten',
    unit: 'percent',
    values: [sinceHorizon(80)],
    sources: [AAP_WORK],
    checked: '2026-12-01',
    checkBy: '2027-06-30',
  },
  {
    // nav.no «Utdypende om AAP-endringene fra 1. januar 2018» (read 2026-12-03): "Fra 1. januar 2018 kan man motta AAP under
    // opptrapping i jobb i inntil 12 måneder. Tidligere var denne perioden maksimalt i inntil 6 måneder." Until 3 Dec 2026 the table
    // gave 12 months from the horizon (1 July 2017), which was wrong for the second half of 2017.
    id: 'nav.aap.step-up-months',
    label: 'AAP: opptrappingsperioden mot full stilling varer høyst',
    unit: 'months',
    values: [
      { value: 6, from: HORIZON, to: '2017-12-31', note: HORIZON_NOTE },
      { value: 12, from: '2018-01-01', note: 'AAP rules in force from 1 Jan 2018 (Prop. 74 L (2016–2017)); transitional rules for earlier recipients not checked.' },
    ],
    sources: [
      AAP_WORK,
      {
        title: 'nav.no: Utdypende om AAP-endringene fra 1. januar 2018',
        url: 'https://www.nav.no/no/person/arbeid/sykmeldt-arbeidsavklaringspenger-og-yrkesskade/endringer-i-reglene-for-arbeidsavklaringspenger-aap-fra-1.januar-2018/utdypende-om-aap-endringene-fra-1.januar-2018',
      },
    ],
    checked: '2026-12-03',
    checkBy: '2027-06-30',
  },
  {
    // nav.no «Dagpenger og vanlig arbeidstid»: "Hvis du i en periode jobber mer enn 50 prosent av din vanlige arbeidstid har du
    // ikke rett til dagpenger. Arbeider du 50 prosent eller mindre av din vanlige arbeidstid blir dagpengene redusert."
    // Not modelled (3 Dec 2026): during the pandemic a temporary rule let recipients work up to 60 % (the requirement of reduced
    // working time lowered from 50 to 40 %, from March 2020 and extended to at least January 2022: Bondelaget April 2020, Regnskap
    // Norge autumn 2021, Dagsavisen 8 Dec 2021). The exact start and end dates were not found in an official source, so the table
    // is not split; a question about those years should be checked with NAV.
    id: 'nav.dagpenger.max-work-percent',
    label: 'Dagpenger: den som jobber mer enn denne andelen av sin vanlige arbeidstid, har ikke rett til dagpenger',
    unit: 'percent',
    values: [sinceHorizon(50)],
    sources: [
      {
        title: 'nav.no: Dagpenger og vanlig arbeidstid',
        url: 'https://www.nav.no/no/Person/Arbeid/Dagpenger+ved+arbeidsloshet+og+permittering/Snarveier/dagpenger-og-vanlig-arbeidstid',
      },
      {
        title: 'Arbeid og velferd 3/2023: Lønner det seg alltid å jobbe for dagpengemottakere?',
        url: 'https://arbeidogvelferd.nav.no/journal/2023/3/m-441/Lønner_det_seg_alltid_å_jobbe_for_dagpengemottakere',
      },
    ],
    checked: '2026-12-01',
    checkBy: '2027-06-30',
  },
  {
    // nav.no (for kommunen) «Kvalifiseringsprogrammet»: "Kvalifiseringsstønaden er på årsbasis to ganger folketrygdens grunnbeløp."
    id: 'nav.kvp.benefit-g',
    label: 'Kvalifiseringsstønad per år (deltakere over 25 år)',
    unit: 'G',
    values: [sinceHorizon(2)],
    sources: [
      { title: 'nav.no: Kvalifiseringsprogrammet (for kommunen)', url: 'https://www.nav.no/no/nav-og-samfunn/samarbeid/for-kommunen/kvalifiseringsprogrammet2' },
      { title: 'Molde kommune: Kvalifiseringsprogrammet', url: 'https://www.molde.kommune.no/bolig-og-sosiale-tjenester/sosiale-tjenester/kvalifiseringsprogrammet-nav/' },
    ],
    checked: '2026-12-01',
    checkBy: '2027-06-30',
  },
  {
    // The government's budget proposal for 2026 (Prop. 1 S (2025–2026), laid before Stortinget 15 Oct 2025): 77,3 mill. kr to
    // strengthen VTA "med om lag 500 flere plasser", 2,4 mrd. kr on VTA in all (the minister to NTB, Dagsavisen 8 Oct 2025).
    // A proposal: the number Stortinget adopted (budget settled in December 2025) was not confirmed on 2026-12-03.
    id: 'nav.vta.new-places-proposed',
    label: 'Varig tilrettelagt arbeid (VTA): nye plasser regjeringen foreslo i statsbudsjettet for året (om lag)',
    unit: 'places',
    values: [{ value: 500, from: '2026-01-01', note: 'Budget year 2026, proposed in October 2025; earlier years not recorded here.' }],
    sources: [
      {
        title: 'Dagsavisen (NTB), 8. oktober 2025: Regjeringen vil ha færre på trygd og flere i jobb – om lag 500 flere VTA-plasser i 2026',
        url: 'https://www.dagsavisen.no/nyheter/regjeringen-vil-ha-faerre-pa-trygd-og-flere-i-jobb-lover-600-millioner-kroner-mer-i-budsjettet/9996114',
      },
    ],
    checked: '2026-12-03',
    checkBy: '2027-01-31',
  },
  // National VTA place counts, each a historical fact for its year (read 2026-12-03). No official total for 2025 or 2026 was
  // found; the entry nav-vta-places-number says so.
  vtaCount('nav.vta.places-2015-ordinary', 'Varig tilrettelagt arbeid: avtalte plasser i ordinær virksomhet (VTA-O) i april 2015', 1410, '2015-04-14', [VTA_2015]),
  vtaCount('nav.vta.places-2015-sheltered', 'Varig tilrettelagt arbeid: avtalte plasser i skjermet virksomhet i april 2015', 7873, '2015-04-14', [VTA_2015]),
  vtaCount('nav.vta.places-2019-budgeted', 'Varig tilrettelagt arbeid: plasser bevilgningen ga rom for i 2019 (om lag)', 11000, '2019-01-01', [VTA_2019]),
  vtaCount('nav.vta.places-2021-total', 'Varig tilrettelagt arbeid: regjeringen regnet med arbeid til flere enn så mange etter revidert budsjett 2021', 12000, '2021-07-01', [
    VTA_2021,
  ]),
  vtaCount('nav.vta.new-places-2024', 'Varig tilrettelagt arbeid: økning i bevilgningen for 2024, tilsvarende så mange plasser', 500, '2024-01-01', [VTA_2024_DAGSAVISEN]),
  vtaCount('nav.vta.places-2024-total', 'Varig tilrettelagt arbeid: tilrettelagte jobber i Norge i september 2024 (om lag, ifølge Dagsavisen)', 13500, '2024-09-28', [
    VTA_2024_TOTAL,
  ]),
  vtaCount('nav.vta.new-places-dec2023-apr2024', 'Varig tilrettelagt arbeid: nye plasser opprettet på landsbasis fra desember 2023 til april 2024', 290, '2024-04-30', [
    VTA_2024_STORTING,
  ]),
  {
    // Statens pensjonskasse: "Minstegrensen for rett til medlemskap i Statens pensjonskasse er 20 prosent stilling" (spk.no);
    // in force from 1 April 2016 (Advokatfellesskapet Centrum); SPH 2017 pkt. 5.1.2 says the same.
    id: 'pension.spk.min-position-percent',
    label: 'Statens pensjonskasse: minste stillingsandel for medlemskap',
    unit: 'percent',
    values: [{ value: 20, from: '2016-04-01' }],
    sources: [
      { title: 'spk.no: Hvem er medlem?', url: 'https://www.spk.no/Medlemskap-i-SPK/Hvem-er-medlem/' },
      { title: 'Statens personalhåndbok 2017 (Lovdata, tidligere utgave), pkt. 5.1.2', url: 'https://lovdata.no/dokument/SPH/sph-2017/KAPITTEL_5-1-2' },
      {
        title: 'Advokatfellesskapet Centrum: Endring av reglene om rett til medlemskap i Statens pensjonskasse',
        url: 'https://www.afc.no/nyheter/endring-av-reglene-om-rett-til-medlemskap-i-statens-pensjonskasse/print/',
      },
    ],
    checked: '2026-12-01',
    checkBy: '2027-11-30',
  },
  {
    // arbeidsplassen.no «Retningslinjer for innhold i annonser i Navs stillingsbase», point 12 (navikt/pam-stillingsok,
    // RetningslinjerStillingsannonser.tsx @ bc96612, 2026-08-21, page updated 2026-03-31): "Utløpsdato for en stilling må ikke
    // settes senere enn 6 måneder etter registreringsdato." The same sentence is in the repository on 2024-08-29 (37cef25a3).
    id: 'nav.arbeidsplassen.ad-max-publication-months',
    label: 'arbeidsplassen.nav.no: utløpsdatoen (siste publiseringsdato) for en stillingsannonse kan settes høyst så lenge etter registreringen',
    unit: 'months',
    values: [{ value: 6, from: '2024-08-29', note: 'The earliest version of the guidelines seen in the public repository; earlier values are not verified.' }],
    sources: [
      { title: 'arbeidsplassen.no: Retningslinjer for innhold i annonser i Navs stillingsbase (punkt 12)', url: 'https://arbeidsplassen.nav.no/retningslinjer-stillingsannonser' },
      {
        title: 'NAV: arbeidsplassen.no (navikt/pam-stillingsok), RetningslinjerStillingsannonser.tsx',
        url: 'https://github.com/navikt/pam-stillingsok/blob/main/src/app/(artikler)/retningslinjer-stillingsannonser/RetningslinjerStillingsannonser.tsx',
      },
    ],
    checked: '2026-12-03',
    checkBy: '2027-06-30',
  },
  {
    // NAV's import API for ads from recruitment systems (navikt/pam-import-api, TransferLogService.kt @ 36f0a6c, 2026-07-17):
    // handleExpiryAndStarttimeCombinations sets expires = published.plusDays(10) when applicationdue is "SNAREST" and no expiry
    // date is sent (PR #63, 2022-09-20). The API's docs: "Ads will follow the expiration date, and will be automatic deactivated".
    id: 'nav.arbeidsplassen.asap-ad-default-days',
    label: 'arbeidsplassen.nav.no: en annonse fra rekrutteringssystemet med søknadsfrist «snarest» og uten sluttdato avpubliseres etter',
    unit: 'days',
    values: [{ value: 10, from: '2022-09-20', note: "The day the rule was merged into NAV's import API." }],
    sources: [
      {
        title: 'NAV: stillingsimport-API for arbeidsplassen.no (navikt/pam-import-api), TransferLogService.kt',
        url: 'https://github.com/navikt/pam-import-api/blob/master/src/main/kotlin/no/nav/arbeidsplassen/importapi/transferlog/TransferLogService.kt',
      },
      {
        title: 'NAV: dokumentasjonen til stillingsimport-API-et (navikt/pam-import-api, docs/index.md)',
        url: 'https://github.com/navikt/pam-import-api/blob/master/docs/index.md',
      },
    ],
    checked: '2026-12-03',
    checkBy: '2027-06-30',
  },
];
