/**
 * Individual accommodation and NAV's practical help for it (round sixteen, read 2026-12-01): the dialogue meeting
 * NAV holds (folketrygdloven § 8-7 a) and how soon NAV Hjelpemiddelsentral sends a granted work aid. Round nineteen
 * (read 2026-12-02) added NAV's longest processing time for an application for interpreting.
 */
import { NHO_FOLLOW_UP } from './employment.js';
import { sinceHorizon } from './horizon.js';
import type { Parameter } from './types.js';

const CHECKED = '2026-12-01';
const NAV_DEADLINES = {
  title: 'nav.no: Avtalepunkter og frister i sykefraværsoppfølgingen',
  url: 'https://www.nav.no/no/Bedrift/Oppfolging/Sykmeldt+arbeidstaker/Relatert+informasjon/oppfolging-av-sykmeldte-arbeidstakere?kap=394789',
};
const COMPENDIA_NAV = { title: 'Compendia: Oppfølging fra NAV', url: 'https://compendia24.no/sykdom/oppfolging-og-tiltak/oppfolging-av-sykmeldte/oppfolging-fra-nav/' };
const NAV_DELIVERY = {
  title: 'nav.no: Levering, montering, reparasjon og vedlikehold av hjelpemidler',
  url: 'https://www.nav.no/samarbeidspartner/levering-montering-reparasjon-vedlikehold',
};

export const ACCOMMODATION_PARAMETERS: readonly Parameter[] = [
  {
    // nav.no (Avtalepunkter og frister i sykefraværsoppfølgingen): «Senest innen 26 uker skal NAV-kontoret innkalle
    // arbeidstakeren og arbeidsgiveren til dialogmøte 2.» NHO lists the same under folketrygdloven § 8-7 a.
    id: 'nav.dialogue-meeting-2.weeks',
    label: 'Dialogmøte 2 (folketrygdloven § 8-7 a): NAV innkaller senest når arbeidsuførheten har vart så mange uker',
    unit: 'weeks',
    values: [sinceHorizon(26)],
    sources: [NAV_DEADLINES, NHO_FOLLOW_UP],
    checked: CHECKED,
    checkBy: '2027-11-30',
  },
  {
    // Compendia (Oppfølging fra NAV): NAV sends the notice three weeks before dialogue meeting 2, and the employer must
    // send an updated follow-up plan to NAV at the latest one week before it. Earlier values are not verified.
    id: 'nav.dialogue-meeting-2.notice-weeks',
    label: 'Dialogmøte 2: NAV sender innkallingen så mange uker før møtet',
    unit: 'weeks',
    values: [sinceHorizon(3)],
    sources: [
      COMPENDIA_NAV,
      {
        title: 'nav.no: Dialogmøte 2 og 3',
        url: 'https://www.nav.no/no/Bedrift/Oppfolging/Sykmeldt+arbeidstaker/Relatert+informasjon/oppfolging-av-sykmeldte-arbeidstakere?kap=394785',
      },
    ],
    checked: CHECKED,
    checkBy: '2027-11-30',
  },
  {
    id: 'nav.dialogue-meeting-2.plan-before-weeks',
    label: 'Dialogmøte 2: arbeidsgiveren sender oppdatert oppfølgingsplan til NAV senest så mange uker før møtet',
    unit: 'weeks',
    values: [sinceHorizon(1)],
    sources: [COMPENDIA_NAV],
    checked: CHECKED,
    checkBy: '2027-11-30',
  },
  {
    // nav.no (for samarbeidspartnere): «Hvis Nav har hjelpemidlene på lager, sender vi dem til kommunen i løpet av noen få
    // dager, og senest innen tre uker etter at søknaden er innvilget. Det kan ta opp til fem uker hvis hjelpemiddelet må
    // bestilles fra leverandør eller spesialtilpasses.» A service target read today; earlier values are not verified.
    id: 'nav.work-aids.delivery-weeks',
    label: 'NAV Hjelpemiddelsentral sender et innvilget hjelpemiddel som er på lager, senest så mange uker etter vedtaket',
    unit: 'weeks',
    values: [{ value: 3, from: CHECKED, note: 'The day the page was read; earlier values are not verified.' }],
    sources: [NAV_DELIVERY],
    checked: CHECKED,
    checkBy: '2027-06-30',
  },
  {
    id: 'nav.work-aids.delivery-ordered-weeks',
    label: 'NAV Hjelpemiddelsentral: levering kan ta opp til så mange uker når hjelpemidlet må bestilles eller spesialtilpasses',
    unit: 'weeks',
    values: [{ value: 5, from: CHECKED, note: 'The day the page was read; earlier values are not verified.' }],
    sources: [NAV_DELIVERY],
    checked: CHECKED,
    checkBy: '2027-06-30',
  },
  {
    // nav.no (Tolketjenesten – søke om og bestille tolk, read 2026-12-02): «Maksimal behandlingstid er fire måneder, men de
    // fleste søknader avgjøres raskere.» A decision on interpreting (folketrygdloven § 10-7) must exist before an
    // interpreter can be booked for work. A service target read today; earlier values are not verified.
    id: 'nav.interpreter.application-max-months',
    label: 'Søknad om tolk for døve, døvblinde og hørselshemmede (NAV): maksimal behandlingstid',
    unit: 'months',
    values: [{ value: 4, from: '2026-12-02', note: 'The day the page was read; earlier values are not verified.' }],
    sources: [{ title: 'nav.no: Tolketjenesten – søke om og bestille tolk', url: 'https://www.nav.no/no/person/hjelpemidler/tjenester-og-produkter/tolketjenesten/bestille-tolk' }],
    checked: '2026-12-02',
    checkBy: '2027-06-30',
  },
  {
    // nav.no (Avtalepunkter og frister): «Innen 8 uker: For å [ha] rett til 100 prosent sykepenger etter 8 ukers sykmelding,
    // er det et krav om at arbeidstakeren prøver seg i arbeidsrelatert aktivitet.» Exemption when the employer documents
    // that accommodation at the workplace is not possible.
    id: 'nav.activity-requirement.weeks',
    label: 'Aktivitetskravet ved sykmelding (folketrygdloven § 8-7): arbeidsrelatert aktivitet senest etter så mange uker',
    unit: 'weeks',
    values: [sinceHorizon(8)],
    sources: [NAV_DEADLINES, COMPENDIA_NAV],
    checked: CHECKED,
    checkBy: '2027-11-30',
  },
];
