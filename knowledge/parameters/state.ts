/**
 * Durations in the state's hiring rules: statsansatteloven §§ 7 and 9 and statsansatteforskriften §§ 3a
 * and 5. The rule set starts on 1 July 2017 (statsansatteloven and its regulation took effect then), so a
 * value that was already in force then is dated from that day.
 * Checked 2026-11-30: Lovdata's page for the regulation lists only two amendments, forskrift
 * 13 Dec 2019 nr. 1750 (in force 1 Jan 2020) and 22 June 2022 nr. 1113 (in force 1 July 2022).
 */
import type { Parameter } from './types.js';

const CHECKED = '2026-11-30';
/** Statute durations change only by an amendment; look again in a year. */
const CHECK_BY = '2027-11-30';

const LOVDATA_REGULATION = { title: 'Lovdata: Forskrift til lov om statens ansatte mv. (FOR-2017-06-21-838)', url: 'https://lovdata.no/dokument/SF/forskrift/2017-06-21-838' };
const LOVDATA_ACT = { title: 'Lovdata: Lov om statens ansatte mv. (statsansatteloven)', url: 'https://lovdata.no/dokument/NL/lov/2017-06-16-67' };
const DFO_TEMPORARY = {
  title: 'DFØ (Difi): Midlertidig ansettelse',
  url: 'https://arbeidsgiver.difi.no/personalledelse/rekruttering/ulike-ansettelsesforhold/midlertidig-ansettelse',
};
const SPH_2025 = {
  title: 'regjeringen.no: Statens personalhåndbok, kap. 3 Opphør av arbeidsforholdet (3.1 Midlertidig ansatte og åremål)',
  url: 'https://www.regjeringen.no/no/dokumenter/statens-personalhandbok/id3081747/?ch=3',
};
const PERSONNEL_REGULATION_GUIDE = {
  title: 'regjeringen.no: Veiledning til personalreglement for departementene (statsansatteloven § 7)',
  url: 'https://www.regjeringen.no/no/dokumenter/veiledning-til-personalreglement-for-departementene/id2662378/',
};

const PREFERRED_RIGHT_STATE = {
  title: 'Jobbnorge: Fortrinnsrett til ansettelse i staten (gjengir statsansatteloven § 24)',
  url: 'https://support.jobbnorge.no/hc/no/articles/115004353185-Fortrinnsrett-til-ansettelse-i-staten',
};
const LOVDATA_24 = { title: 'Lovdata: Statsansatteloven § 24', url: 'https://lovdata.no/lov/2017-06-16-67/%C2%A724' };

export const STATE_PARAMETERS: readonly Parameter[] = [
  {
    id: 'state.admin-appointment.max-months',
    label: 'Administrativ ansettelse uten utlysning (statsansatteloven § 7): lengste varighet etter loven',
    unit: 'months',
    values: [{ value: 6, from: '2017-07-01' }],
    sources: [LOVDATA_ACT, PERSONNEL_REGULATION_GUIDE],
    checked: CHECKED,
    checkBy: CHECK_BY,
  },
  {
    id: 'state.admin-appointment.max-months-personnel-regulation',
    label: 'Administrativ ansettelse (statsansatteloven § 7): lengste varighet når personalreglementet åpner for det',
    unit: 'months',
    values: [{ value: 12, from: '2017-07-01' }],
    sources: [LOVDATA_ACT, PERSONNEL_REGULATION_GUIDE],
    checked: CHECKED,
    checkBy: CHECK_BY,
  },
  {
    id: 'state.unforeseen-need.max-months',
    label: 'Midlertidig ansettelse ved uforutsett behov (statsansatteloven § 9 første ledd bokstav e): lengste varighet',
    unit: 'months',
    values: [{ value: 6, from: '2017-07-01' }],
    sources: [LOVDATA_ACT, DFO_TEMPORARY],
    checked: CHECKED,
    checkBy: CHECK_BY,
  },
  {
    id: 'state.permanent-after-years.max-short-break-days',
    label: 'Treårsregelen i staten: korte opphold mellom to midlertidige perioder på inntil dette avbryter ikke den sammenhengende ansettelsen',
    unit: 'days',
    values: [
      {
        value: 14,
        from: '2017-07-01',
        note: 'Not in the text of statsansatteloven § 9. Creo (a union) states it; Statens personalhåndbok 2017 pkt. 2.8.4.1 (written under tjenestemannsloven) gave «inntil 2 uker» by analogy with folketrygdloven § 8-24, with the break itself deducted from the service time – sjekk med DFØ.',
      },
    ],
    sources: [
      { title: 'Creo: Ansettelser i staten (treårsregelen, korte opphold)', url: 'https://creokultur.no/lonn-og-arbeidsvilkar/ansettelser-i-staten/' },
      // Read 2026-12-02: «Her anses tjenesten likevel som sammenhengende ved en kortvarig avbruddsperiode på inntil 2 uker.»
      {
        title: 'Statens personalhåndbok 2017 (Lovdata, tidligere utgave), pkt. 2.8.4.1 Beregning av tjenestetid',
        url: 'https://lovdata.no/dokument/SPH/sph-2017/KAPITTEL_2-8-4-1-2',
      },
      LOVDATA_ACT,
    ],
    checked: CHECKED,
    checkBy: CHECK_BY,
  },
  {
    id: 'state.application-deadline.min-weeks',
    label: 'Søknadsfrist ved offentlig utlysning i staten: i alminnelighet minst (Statens personalhåndbok 2017 pkt. 2.3.4; fristen fastsettes i personalreglementet)',
    unit: 'weeks',
    values: [{ value: 2, from: '2017-07-01', note: 'Statens personalhåndbok 2017 (Lovdata); den gjeldende fristen står i virksomhetens personalreglement.' }],
    sources: [{ title: 'Statens personalhåndbok 2017 (Lovdata, tidligere utgave), pkt. 2.3.4 Søknadsfristen', url: 'https://lovdata.no/dokument/SPH/sph-2017/KAPITTEL_2-3-4' }],
    checked: CHECKED,
    checkBy: CHECK_BY,
  },
  {
    id: 'state.permanent-after-years',
    label: 'Treårsregelen i staten: sammenhengende midlertidig ansettelse (§ 9 bokstav a, b eller e) ut over dette gir fast ansettelse',
    unit: 'years',
    values: [{ value: 3, from: '2017-07-01' }],
    sources: [LOVDATA_ACT, { title: 'Creo: Ansettelser i staten (treårsregelen)', url: 'https://creokultur.no/lonn-og-arbeidsvilkar/ansettelser-i-staten/' }],
    checked: CHECKED,
    checkBy: CHECK_BY,
  },
  {
    id: 'state.wage-subsidy-exemption.max-months',
    label: 'Midlertidig stilling uten utlysning for en person med midlertidig lønnstilskudd (statsansatteforskriften § 3a): lengste varighet',
    unit: 'months',
    // The exemption was created by forskrift 22 June 2022 nr. 1113; there was no earlier version.
    values: [{ value: 24, from: '2022-07-01' }],
    sources: [
      LOVDATA_REGULATION,
      {
        title: 'DFØ: Legg til rette for auka bruk av lønstilskot i statlege verksemder (22.06.2022)',
        url: 'https://arbeidsgiver.dfo.no/nn/nyhetsarkiv/legg-til-rette-auka-bruk-av-lonstilskot-i-statlege-verksemder',
      },
      {
        title: 'regjeringen.no: Gjer det enklare å bruke lønstilskot i statlege verksemder',
        url: 'https://www.regjeringen.no/no/aktuelt/gjer-det-enklare-a-bruke-lonstilskot-i-statlege-verksemder/id2920420/',
      },
    ],
    checked: CHECKED,
    checkBy: CHECK_BY,
  },
  {
    id: 'state.probation.notice-months',
    label: 'Oppsigelsesfrist i prøvetiden i staten (statsansatteloven § 22), både fra arbeidsgiver og arbeidstaker',
    unit: 'months',
    values: [{ value: 1, from: '2017-07-01' }],
    sources: [LOVDATA_ACT, { title: 'NTNU Innsida: Oppsigelsesfrister (statsansatteloven §§ 15 og 22)', url: 'https://innsida.ntnu.no/wiki/-/wiki/Norsk/Oppsigelsesfrister' }],
    checked: CHECKED,
    checkBy: CHECK_BY,
  },
  {
    id: 'state.temporary-end.after-years',
    label: 'Midlertidig ansatt i staten lenger enn dette har krav på skriftlig varsel om fratreden (statsansatteloven § 17 fjerde ledd)',
    unit: 'years',
    values: [{ value: 1, from: '2017-07-01' }],
    sources: [LOVDATA_ACT, SPH_2025],
    checked: CHECKED,
    checkBy: CHECK_BY,
  },
  {
    id: 'state.temporary-end.notice-months',
    label: 'Skriftlig varsel om fratreden til midlertidig ansatt i staten: senest så lenge før (statsansatteloven § 17 fjerde ledd)',
    unit: 'months',
    values: [{ value: 1, from: '2017-07-01' }],
    sources: [LOVDATA_ACT, SPH_2025],
    checked: CHECKED,
    checkBy: CHECK_BY,
  },
  {
    id: 'state.trainee.max-months',
    label: 'Traineeprogrammet i staten (statsansatteforskriften § 5 andre ledd): midlertidig ansettelse i inntil',
    unit: 'months',
    values: [{ value: 24, from: '2017-07-01' }],
    sources: [
      {
        title: 'DFØ: Relevant regelverk for traineeprogrammet',
        url: 'https://arbeidsgiver.dfo.no/strategisk-hr/inkluderingsdugnaden/traineeprogrammet-i-staten/relevant-regelverk-traineeprogrammet',
      },
      {
        title: 'Difi: Invitasjon til nytt traineeprogram i staten kommer over påske (10.04.2019)',
        url: 'https://arbeidsgiver.difi.no/nyhet/2019/04/invitasjon-til-nytt-traineeprogram-i-staten-kommer-over-paske',
      },
    ],
    checked: CHECKED,
    checkBy: CHECK_BY,
  },
  {
    id: 'state.trainee.extension-months',
    label: 'Traineeprogrammet i staten (statsansatteforskriften § 5 andre ledd): forlengelse med inntil',
    unit: 'months',
    values: [{ value: 12, from: '2017-07-01' }],
    sources: [
      {
        title: 'DFØ: Relevant regelverk for traineeprogrammet',
        url: 'https://arbeidsgiver.dfo.no/strategisk-hr/inkluderingsdugnaden/traineeprogrammet-i-staten/relevant-regelverk-traineeprogrammet',
      },
      {
        title: 'Difi: Invitasjon til nytt traineeprogram i staten kommer over påske (10.04.2019)',
        url: 'https://arbeidsgiver.difi.no/nyhet/2019/04/invitasjon-til-nytt-traineeprogram-i-staten-kommer-over-paske',
      },
    ],
    checked: CHECKED,
    checkBy: CHECK_BY,
  },
  {
    id: 'state.preferred-right.min-employment-months',
    label: 'Fortrinnsrett i staten (statsansatteloven § 24): sammenhengende ansatt i virksomheten i til sammen minst så lenge',
    unit: 'months',
    values: [{ value: 12, from: '2017-07-01' }],
    sources: [LOVDATA_24, PREFERRED_RIGHT_STATE],
    checked: '2026-12-01',
    checkBy: CHECK_BY,
  },
  {
    id: 'state.preferred-right.window-years',
    label: 'Fortrinnsrett i staten (statsansatteloven § 24): ansettelsestiden regnes innenfor de siste så mange år',
    unit: 'years',
    values: [{ value: 2, from: '2017-07-01' }],
    sources: [LOVDATA_24, PREFERRED_RIGHT_STATE],
    checked: '2026-12-01',
    checkBy: CHECK_BY,
  },
  {
    id: 'state.preferred-right.duration-years',
    label: 'Fortrinnsrett i staten (statsansatteloven § 24): varer fra oppsigelsen og så lenge etter at oppsigelsesfristen er ute',
    unit: 'years',
    values: [{ value: 2, from: '2017-07-01' }],
    sources: [LOVDATA_24, PREFERRED_RIGHT_STATE],
    checked: '2026-12-01',
    checkBy: CHECK_BY,
  },
  {
    id: 'state.preferred-right.accept-days',
    label: 'Fortrinnsrett i staten (statsansatteloven § 24): faller bort hvis tilbud om passende stilling ikke er akseptert innen så mange dager',
    unit: 'days',
    values: [{ value: 14, from: '2017-07-01' }],
    sources: [LOVDATA_24, PREFERRED_RIGHT_STATE],
    checked: '2026-12-01',
    checkBy: CHECK_BY,
  },
  {
    id: 'ombud.complaint-deadline-years',
    label: 'Klage til Sivilombudet (også på en ansettelse i staten eller kommunen): fristen regnet fra forvaltningens endelige avgjørelse',
    unit: 'years',
    values: [
      {
        value: 1,
        from: '2017-07-01',
        note: 'Sivilombudet (ofte stilte spørsmål, lest 2026-12-01) oppgir ett år; den eldre siden til Sivilombudsmannen sier det samme. Lovteksten er ikke lest for hvert år.',
      },
    ],
    sources: [
      { title: 'Sivilombudet: Ofte stilte spørsmål (klagefrist)', url: 'https://www.sivilombudet.no/klage/faq/' },
      { title: 'Sivilombodet: Før du klagar', url: 'https://www.sivilombudet.no/nn/klage/for-du-klagar/' },
    ],
    checked: '2026-12-01',
    checkBy: '2027-12-01',
  },
  {
    id: 'state.hire-in.staffing-agency-share',
    label: 'Innleie i staten (statsansatteloven § 12): en virksomhet som leier ut mer enn denne andelen av sine fast ansatte, kan likevel regnes som bemanningsforetak',
    unit: 'share',
    values: [{ value: 50, from: '2023-04-01', note: 'Earliest day the source read (DFØ on the hiring-in rules from 1 April 2023) describes the line.' }],
    sources: [{ title: 'DFØ: Innleie i statlige virksomheter', url: 'https://arbeidsgiver.stage.dfo-dev.no/rekruttering/innleie-i-statlige-virksomheter' }],
    checked: '2026-12-02',
    checkBy: '2027-12-01',
  },
  {
    id: 'state.notice.first-year-months',
    label: 'Oppsigelsesfrist i staten etter prøvetiden når den ansatte har vært ansatt i ett år eller mindre, fra begge parter (statsansatteloven § 22)',
    unit: 'months',
    values: [
      {
        value: 1,
        from: '2018-05-04',
        note: 'NTNU Innsida (updated 4 May 2018) is the earliest public source read for the rule set that gives the value under statsansatteloven § 22; earlier values are not verified.',
      },
    ],
    sources: [LOVDATA_ACT, { title: 'NTNU Innsida: Oppsigelsesfrister (statsansatteloven §§ 15 og 22)', url: 'https://innsida.ntnu.no/wiki/-/wiki/Norsk/Oppsigelsesfrister' }],
    checked: '2026-12-02',
    checkBy: '2027-12-01',
  },
  {
    id: 'state.notice.tier-one-years',
    label: 'Statsansatteloven § 22: ansatt lenger enn dette gir lengre oppsigelsesfrist (første trinn)',
    unit: 'years',
    values: [
      {
        value: 1,
        from: '2018-05-04',
        note: 'NTNU Innsida (updated 4 May 2018) is the earliest public source read for the rule set that gives the value under statsansatteloven § 22; earlier values are not verified.',
      },
    ],
    sources: [LOVDATA_ACT, { title: 'NTNU Innsida: Oppsigelsesfrister (statsansatteloven §§ 15 og 22)', url: 'https://innsida.ntnu.no/wiki/-/wiki/Norsk/Oppsigelsesfrister' }],
    checked: '2026-12-02',
    checkBy: '2027-12-01',
  },
  {
    id: 'state.notice.over-one-year-months',
    label: 'Oppsigelsesfrist i staten når den ansatte har vært ansatt i mer enn ett år, fra begge parter (statsansatteloven § 22)',
    unit: 'months',
    values: [
      {
        value: 3,
        from: '2018-05-04',
        note: 'NTNU Innsida (updated 4 May 2018) is the earliest public source read for the rule set that gives the value under statsansatteloven § 22; earlier values are not verified.',
      },
    ],
    sources: [LOVDATA_ACT, { title: 'NTNU Innsida: Oppsigelsesfrister (statsansatteloven §§ 15 og 22)', url: 'https://innsida.ntnu.no/wiki/-/wiki/Norsk/Oppsigelsesfrister' }],
    checked: '2026-12-02',
    checkBy: '2027-12-01',
  },
  {
    id: 'state.notice.tier-two-years',
    label: 'Statsansatteloven § 22: ansatt lenger enn dette gir lengre oppsigelsesfrist fra arbeidsgiver (andre trinn)',
    unit: 'years',
    values: [
      {
        value: 2,
        from: '2018-05-04',
        note: 'NTNU Innsida (updated 4 May 2018) is the earliest public source read for the rule set that gives the value under statsansatteloven § 22; earlier values are not verified.',
      },
    ],
    sources: [LOVDATA_ACT, { title: 'NTNU Innsida: Oppsigelsesfrister (statsansatteloven §§ 15 og 22)', url: 'https://innsida.ntnu.no/wiki/-/wiki/Norsk/Oppsigelsesfrister' }],
    checked: '2026-12-02',
    checkBy: '2027-12-01',
  },
  {
    id: 'state.notice.over-two-years-months',
    label: 'Oppsigelsesfrist fra arbeidsgiver i staten når den ansatte har vært ansatt i mer enn to år (statsansatteloven § 22)',
    unit: 'months',
    values: [
      {
        value: 6,
        from: '2018-05-04',
        note: 'NTNU Innsida (updated 4 May 2018) is the earliest public source read for the rule set that gives the value under statsansatteloven § 22; earlier values are not verified.',
      },
    ],
    sources: [LOVDATA_ACT, { title: 'NTNU Innsida: Oppsigelsesfrister (statsansatteloven §§ 15 og 22)', url: 'https://innsida.ntnu.no/wiki/-/wiki/Norsk/Oppsigelsesfrister' }],
    checked: '2026-12-02',
    checkBy: '2027-12-01',
  },
];
