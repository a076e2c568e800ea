/**
 * Recruitment that invites the target group (round sixteen, r16-invite, read 2026-12-01): the written-language quota
 * for central state bodies' public texts such as job ads (språklova § 13, Språkrådet), the usual reply time to
 * accessibility feedback (Uu-tilsynet) and the sick-leave figures behind the IA agreement 2025–2028.
 */
import type { Parameter } from './types.js';

export const INVITE_PARAMETERS: readonly Parameter[] = [
  {
    // Språkrådet, «Reglar for sentrale statsorgan»: «minst 25 % av kvart skriftspråk i allment tilgjengelege dokument»,
    // job ads («stillingslysingar») named among them; språklova § 13 første ledd.
    id: 'state.language-quota-min-percent',
    label: 'Sentrale statsorgan: minste andel av hvert skriftspråk (bokmål og nynorsk) i allment tilgjengelige dokumenter',
    unit: 'percent',
    values: [{ value: 25, from: '2026-12-01', note: 'The day Språkrådet\u2019s page was read; earlier values (mållova) are not verified here.' }],
    sources: [
      {
        title: 'Språkrådet: Reglar for sentrale statsorgan (språklova § 13)',
        url: 'https://sprakradet.no/spraklova/norsk-sprak/bruk-av-bokmal-og-nynorsk-i-det-offentlege/reglar-for-statsorgan/reglar-for-sentrale-statsorgan/',
      },
    ],
    checked: '2026-12-01',
    checkBy: '2027-12-01',
  },
  {
    // Uu-tilsynet, «Ord og uttrykk i tilgjengelighetserklæringen»: «Virksomheten skal svare innen rimelig tid … vanligvis
    // i løpet av 3 til 6 uker.» The accessibility statement applies to the public sector from 1 February 2023.
    id: 'uu.feedback-reply-usual-min-weeks',
    label: 'Svar på tilbakemelding om universell utforming: «innen rimelig tid», vanligvis tidligst i løpet av',
    unit: 'weeks',
    values: [{ value: 3, from: '2023-02-01', note: 'The day the accessibility statement became mandatory for the public sector; earlier values are not verified.' }],
    sources: [
      {
        title: 'Uu-tilsynet: Ord og uttrykk i tilgjengelighetserklæringen',
        url: 'https://www.uutilsynet.no/tilgjengelighetserklaering/ord-og-uttrykk-i-tilgjengelighetserklaeringen/840',
      },
    ],
    checked: '2026-12-01',
    checkBy: '2027-12-01',
  },
  {
    id: 'uu.feedback-reply-usual-max-weeks',
    label: 'Svar på tilbakemelding om universell utforming: «innen rimelig tid», vanligvis senest i løpet av',
    unit: 'weeks',
    values: [{ value: 6, from: '2023-02-01', note: 'The day the accessibility statement became mandatory for the public sector; earlier values are not verified.' }],
    sources: [
      {
        title: 'Uu-tilsynet: Ord og uttrykk i tilgjengelighetserklæringen',
        url: 'https://www.uutilsynet.no/tilgjengelighetserklaering/ord-og-uttrykk-i-tilgjengelighetserklaeringen/840',
      },
    ],
    checked: '2026-12-01',
    checkBy: '2027-12-01',
  },
  {
    // Dagsavisen 18.02.2025 («Er sykelønna fredet nå?»): «Målet med den forrige IA-avtalen var å redusere sykefraværet med
    // 10 prosent sammenlignet med nivået i 2018.» A historical target, so the value stays open-ended.
    id: 'ia.2019-agreement-sick-leave-target-percent',
    label: 'IA-avtalen 2019–2024: mål om reduksjon i sykefraværet sammenlignet med 2018',
    unit: 'percent',
    values: [{ value: 10, from: '2019-01-01', note: 'The target of the 2019–2024 agreement, kept as a historical fact after it ended.' }],
    sources: [
      {
        title: 'Dagsavisen: Er sykelønna fredet nå? Dette må du vite om den nye IA-avtalen (18.02.2025)',
        url: 'https://www.dagsavisen.no/nyheter/innenriks/2025/02/18/er-sykelonna-fredet-na-dette-ma-du-vite-om-den-nye-ia-avtalen/',
      },
    ],
    checked: '2026-12-01',
    checkBy: '2027-12-01',
  },
  {
    // Compendia («Ny IA-avtale – hva betyr det?»): «Siden 2018 har sykefraværet i Norge nemlig økt med hele 26 prosent»;
    // Dagsavisen 18.02.2025 gives the same figure. The figure reported when the 2025–2028 agreement was signed.
    id: 'ia.sick-leave-increase-since-2018-percent',
    label: 'Økning i sykefraværet fra 2018, slik partene oppga det da IA-avtalen 2025–2028 ble inngått',
    unit: 'percent',
    values: [{ value: 26, from: '2025-02-12', note: 'The figure given when the 2025–2028 agreement was signed (12 February 2025).' }],
    sources: [
      { title: 'Compendia: Ny IA-avtale – hva betyr det?', url: 'https://compendia.no/ny-ia-avtale-hva-betyr-det' },
      {
        title: 'Dagsavisen: Er sykelønna fredet nå? Dette må du vite om den nye IA-avtalen (18.02.2025)',
        url: 'https://www.dagsavisen.no/nyheter/innenriks/2025/02/18/er-sykelonna-fredet-na-dette-ma-du-vite-om-den-nye-ia-avtalen/',
      },
    ],
    checked: '2026-12-01',
    checkBy: '2027-12-01',
  },
];
