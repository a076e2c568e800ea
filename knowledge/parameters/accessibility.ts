/**
 * Universal design of ICT (likestillings- og diskrimineringsloven § 18, forskrift om universell utforming av IKT-løsninger)
 * and NAV's travel scheme for people who cannot use public transport to work (round eleven, read 2026-12-01).
 */
import type { Parameter } from './types.js';

export const ACCESSIBILITY_PARAMETERS: readonly Parameter[] = [
  {
    // Uu-tilsynet (blog, 14 November 2023): live broadcasts are exempt, but a recording left for later playback must meet
    // the requirements (captions among them) within 14 days. The public-sector rules from the web directive apply from
    // 1 February 2023; earlier values are not verified.
    id: 'uu.live-video-deadline-days',
    label: 'Direktesendt video som blir liggende på nettet: frist for å oppfylle kravene (blant annet teksting) etter sendingen',
    unit: 'days',
    values: [{ value: 14, from: '2023-02-01', note: 'The day the web-directive requirements applied to the public sector; earlier values are not verified.' }],
    sources: [{ title: 'Uu-tilsynet: Opptak av kommunestyremøte (uubloggen, 14.11.2023)', url: 'https://www.uutilsynet.no/uubloggen/opptak-av-kommunestyremote/2020' }],
    checked: '2026-12-01',
    checkBy: '2027-06-30',
  },
  {
    // nav.no: «Funksjonsvanskene må være varige, det vil si lenger enn ett år.» The scheme became permanent and
    // nationwide on 1 September 2014 (universell.no); earlier values are not verified.
    id: 'nav.work-travel.lasting-years',
    label: 'Arbeids- og utdanningsreiser (NAV): forflytningsvanskene må vare lenger enn',
    unit: 'years',
    values: [{ value: 1, from: '2014-09-01', note: 'The day the scheme became permanent and nationwide; earlier values are not verified.' }],
    sources: [
      {
        title: 'nav.no: Arbeids- og utdanningsreiser',
        url: 'https://www.nav.no/no/person/hjelpemidler/hjelpemidler-og-tilrettelegging/tilrettelegging/arbeid-og-utdanning/arbeids-og-utdanningsreiser',
      },
    ],
    checked: '2026-12-01',
    checkBy: '2027-06-30',
  },
  {
    // Uu-tilsynet (WCAG 1.4.4 Endring av tekststørrelse, nivå AA): text can be resized up to 200 % without assistive
    // technology and without loss of content or function. Read 2026-12-02. The value starts on the day the
    // web-directive requirements applied to the public sector; earlier values are not verified here.
    id: 'uu.text-resize-percent',
    label: 'WCAG 1.4.4: tekst skal kunne forstørres til',
    unit: 'percent',
    values: [{ value: 200, from: '2023-02-01', note: 'The day the web-directive requirements applied to the public sector; earlier values are not verified.' }],
    sources: [{ title: 'Uu-tilsynet: 1.4.4 Endring av tekststørrelse (nivå AA)', url: 'https://www.uutilsynet.no/wcag-standarden/144-endring-av-tekststorrelse-niva-aa/96' }],
    checked: '2026-12-02',
    checkBy: '2027-12-01',
  },
  {
    // Uu-tilsynet (WCAG 1.4.10 Dynamisk tilpasning (Reflow), nivå AA): content can be enlarged to 400 % at a width of
    // 1280 CSS pixels without loss of information or function and without scrolling in two dimensions. A WCAG 2.1
    // criterion, required of the public sector from 1 February 2023. Read 2026-12-02.
    id: 'uu.reflow-zoom-percent',
    label: 'WCAG 1.4.10: innhold skal kunne forstørres uten sidelengs rulling til',
    unit: 'percent',
    values: [{ value: 400, from: '2023-02-01', note: 'The day the WCAG 2.1 requirements applied to the public sector.' }],
    sources: [
      { title: 'Uu-tilsynet: 1.4.10 Dynamisk tilpasning (Reflow) (nivå AA)', url: 'https://www.uutilsynet.no/wcag-standarden/1410-dynamisk-tilpasning-reflow-niva-aa/144' },
    ],
    checked: '2026-12-02',
    checkBy: '2027-12-01',
  },
];
