/**
 * Universal design of ICT (likestillings- og diskrimineringsloven § 18, forskrift om universell utforming av IKT-løsninger)
 * and NAV's travel scheme for people who cannot use public transport to work (round eleven, read 2026-12-01); NAV's
 * car grant for work and education (round twenty-four, read 2026-12-03).
 */
import type { Parameter } from './types.js';

const CAR_GRANT_PAGE_NOTE = 'The day the nav.no page on the grant was last changed; earlier values are not verified here.';

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
    // nav.no (nynorsk): «Dersom vêrforhold gjer det vanskeleg å nytte eigen bil, eller dersom du har bilen på
    // reparasjon utover ei veke, kan du få dekt transportbehovet ditt sjølv om du allereie får stønad til bil.»
    id: 'nav.work-travel.car-repair-weeks',
    label: 'Arbeids- og utdanningsreiser (NAV) selv med stønad til bil: bilen står på reparasjon i mer enn',
    unit: 'weeks',
    values: [{ value: 1, from: '2026-12-03', note: 'The day a public source confirming the value was read; earlier values are not verified here.' }],
    sources: [
      {
        title: 'nav.no: Arbeids- og utdanningsreiser (nynorsk)',
        url: 'https://www.nav.no/no/person/hjelpemidler/hvor-trenger-du-hjelp/nynorsk/arbeids-og-utdanningsreiser',
      },
    ],
    checked: '2026-12-03',
    checkBy: '2027-12-01',
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
  {
    // nav.no, «Spørsmål og svar om tilskudd til bil i arbeid og utdanning» (read 2026-12-03): «Et tilskudd til bil skal
    // vare i 11 år. Tilskuddet nedskrives med 1/22 hvert halvår.» Sivilombudet's statement on a 2005 grant also says 11
    // years; an older nav.no page said 8, so the value starts on the day the current nav.no page was last changed.
    id: 'nav.car-grant.write-down-years',
    label: 'Tilskudd til bil i arbeid og utdanning (NAV): tilskuddet skrives ned over',
    unit: 'years',
    values: [{ value: 11, from: '2020-10-13', note: CAR_GRANT_PAGE_NOTE }],
    sources: [
      {
        title: 'nav.no: Spørsmål og svar om tilskudd til bil i arbeid og utdanning',
        url: 'https://www.nav.no/no/person/hjelpemidler/tjenester-og-produkter/bil-og-spesialutstyr/sporsmal-og-svar-om-tilskudd-til-bil-i-arbeid-og-utdanning',
      },
    ],
    checked: '2026-12-03',
    checkBy: '2027-06-30',
  },
  {
    // nav.no, «Tilskudd til bil i arbeid og utdanning» (read 2026-12-03): «Du kan søke om nytt tilskudd etter 8 år …
    // Dersom du får nytt tilskudd etter 8 år blir det foregående tilskuddet avskrevet.»
    id: 'nav.car-grant.renewal-years',
    label: 'Tilskudd til bil i arbeid og utdanning (NAV): nytt tilskudd kan tidligst gis etter',
    unit: 'years',
    values: [{ value: 8, from: '2020-10-13', note: CAR_GRANT_PAGE_NOTE }],
    sources: [
      {
        title: 'nav.no: Tilskudd til bil i arbeid og utdanning',
        url: 'https://www.nav.no/no/person/hjelpemidler/hjelpemidler-og-tilrettelegging/bil-og-spesialutstyr/tilskudd-til-bil-i-arbeid-og-utdanning',
      },
    ],
    checked: '2026-12-03',
    checkBy: '2027-06-30',
  },
  {
    // nav.no, «Bil og utstyr» (read 2026-12-03): «Hvis alminnelig inntekt før særfradrag overstiger 6 G … gis det ikke
    // tilskudd til bil»; the grant is scaled down in steps between 3 G and 6 G.
    id: 'nav.car-grant.income-limit-g',
    label: 'Tilskudd til bil i arbeid og utdanning (NAV): ingen tilskudd når alminnelig inntekt før særfradrag er over',
    unit: 'G',
    values: [{ value: 6, from: '2020-10-13', note: CAR_GRANT_PAGE_NOTE }],
    sources: [{ title: 'nav.no: Bil og utstyr', url: 'https://www.nav.no/no/Person/Hjelpemidler/Tjenester+og+produkter/Bil+og+utstyr' }],
    checked: '2026-12-03',
    checkBy: '2027-06-30',
  },
];
