/**
 * The employment contract and the trial period (arbeidsmiljøloven §§ 14-5, 15-6; statsansatteloven
 * § 15), with the changes of 1 July 2024 that implemented directive (EU) 2019/1152. The six-month
 * ceiling is older than its first `from`, which is the rule set's horizon (2017-07-01).
 */
import { HORIZON, sinceHorizon } from './horizon.js';
import type { Parameter } from './types.js';

const CHECKED = '2026-11-30';
const DIRECTIVE_FROM = '2024-07-01';
const AML_4_6_COM = {
  title: 'arbeidsmiljoloven.com: § 4-6 Særlig om tilrettelegging for arbeidstakere med redusert arbeidsevne',
  url: 'https://arbeidsmiljoloven.com/paragraf/saerlig-om-tilrettelegging-for-arbeidstakere-med-redusert-arbeidsevne/',
};
/** Also cited by the accommodation parameters. */
export const NHO_FOLLOW_UP = {
  title: 'NHO: Lovbestemmelser om arbeidsgivers oppfølgings- og tilretteleggingsplikt',
  url: 'https://www.nho.no/veiledere/Permittering-og-oppsigelser_1/Oppsigelse-og-nedbemanning/Lovbestemmelser-om-arbeidsgivers-oppfolgings--og-tilretteleggingsplikt/',
};

/** Hjemmekontorforskriften § 1 (scope) and the ministry's reading of «kortvarig eller sporadisk» from the 2022 amendment. */
const HOME_OFFICE_1 = {
  title: 'Arbeidstilsynet: Forskrift om arbeid som utføres i arbeidstakers hjem § 1 Virkeområde',
  url: 'https://www.arbeidstilsynet.no/regelverk/forskrifter/forskrift-om-arbeid-i-arbeidstakers-hjem/1/',
};
const HOME_OFFICE_VISMA = {
  title: 'Visma: Reglene for hjemmekontor (gjengir departementets forståelse av «kortvarig eller sporadisk», 2022)',
  url: 'https://vismasoftware.no/artikler/reglene-for-hjemmekontor',
};

const AML_15_6 = {
  title: 'Arbeidsmiljøloven § 15-6 (prøvetid)',
  url: 'https://lovdata.no/lov/2005-06-17-62/%C2%A715-6',
};

export const EMPLOYMENT: readonly Parameter[] = [
  {
    id: 'employment.probation.max-months',
    label: 'Prøvetid, lengste varighet',
    unit: 'months',
    values: [{ value: 6, from: HORIZON }],
    sources: [AML_15_6, { title: 'Statsansatteloven § 15 (prøvetid)', url: 'https://lovdata.no/lov/2017-06-16-67/%C2%A715' }],
    checked: CHECKED,
    checkBy: '2027-06-30',
  },
  {
    id: 'employment.probation.temporary-max-share',
    label: 'Prøvetid i en midlertidig ansettelse, høyeste andel av ansettelsens lengde',
    unit: 'share',
    values: [{ value: 50, from: DIRECTIVE_FROM }],
    sources: [AML_15_6, { title: 'Compendia: Nye regler om prøvetid fra 1. juli 2024', url: 'https://www.compendia.no/nye-regler-om-provetid/' }],
    checked: CHECKED,
    checkBy: '2027-06-30',
  },
  {
    id: 'employment.probation.notice-days',
    label: 'Oppsigelsesfrist i prøvetiden etter arbeidsmiljøloven § 15-3 sjuende ledd (gjensidig, med mindre annet er skriftlig avtalt eller står i tariffavtale)',
    unit: 'days',
    values: [sinceHorizon(14)],
    sources: [
      { title: 'Store norske leksikon: Prøvetid (arbeidsmiljøloven § 15-3 sjuende ledd)', url: 'https://snl.no/pr%C3%B8vetid' },
      { title: 'Compendia: Prøvetid', url: 'https://compendia24.no/arbeidsavtale/provetid/' },
      { title: 'Lovdata: Arbeidsmiljøloven § 15-3', url: 'https://lovdata.no/lov/2005-06-17-62/%C2%A715-3' },
    ],
    checked: CHECKED,
    checkBy: '2027-11-30',
  },
  {
    id: 'employment.contract.deadline-days',
    label: 'Skriftlig arbeidsavtale senest så mange dager etter start (arbeidsforhold over en måned)',
    unit: 'days',
    values: [{ value: 7, from: DIRECTIVE_FROM }],
    sources: [{ title: 'Arbeidstilsynet: arbeidsmiljøloven § 14-5', url: 'https://arbeidstilsynet.no/regelverk/lover/arbeidsmiljoloven/14/14-5' }],
    checked: CHECKED,
    checkBy: '2027-06-30',
  },
  {
    id: 'employment.follow-up-plan.weeks',
    label: 'Oppfølgingsplan etter arbeidsmiljøloven § 4-6 tredje ledd: senest utarbeidet når arbeidstakeren har vært helt eller delvis borte så mange uker',
    unit: 'weeks',
    values: [sinceHorizon(4)],
    sources: [AML_4_6_COM, NHO_FOLLOW_UP],
    checked: '2026-12-01',
    checkBy: '2027-11-30',
  },
  {
    id: 'employment.dialogue-meeting.weeks',
    label: 'Dialogmøte etter arbeidsmiljøloven § 4-6 fjerde ledd: innkalt senest så mange uker etter at arbeidstakeren ble helt borte fra arbeidet',
    unit: 'weeks',
    values: [sinceHorizon(7)],
    sources: [AML_4_6_COM, NHO_FOLLOW_UP],
    checked: '2026-12-01',
    checkBy: '2027-11-30',
  },
  {
    id: 'employment.secure-terms.answer-months',
    label: 'Frist for arbeidsgivers skriftlige svar når en deltids- eller midlertidig ansatt ber om tryggere vilkår',
    unit: 'months',
    values: [{ value: 1, from: DIRECTIVE_FROM }],
    sources: [{ title: 'Pretor: Viktige lovendringer for arbeidsgivere 1. juli 2024', url: 'https://www.pretor.no/viktige-lovendringer-arbeidsgiver-1-juli/' }],
    checked: CHECKED,
    checkBy: '2027-06-30',
  },
  {
    id: 'employment.secure-terms.min-employment-months',
    label: 'Ansettelsestid i virksomheten (mer enn) før en deltids- eller midlertidig ansatt har rett til skriftlig svar om tryggere vilkår',
    unit: 'months',
    values: [{ value: 6, from: DIRECTIVE_FROM }],
    sources: [{ title: 'Arbeidstilsynet: arbeidsmiljøloven § 14-8 a', url: 'https://arbeidstilsynet.no/regelverk/lover/arbeidsmiljoloven/14/14-8a/' }],
    checked: '2026-12-02',
    checkBy: '2027-06-30',
  },
  {
    id: 'employment.secure-terms.repeat-months',
    label: 'Tid siden forrige forespørsel om tryggere vilkår før arbeidsgiver igjen plikter å gi skriftlig svar',
    unit: 'months',
    values: [{ value: 6, from: DIRECTIVE_FROM }],
    sources: [{ title: 'Arbeidstilsynet: arbeidsmiljøloven § 14-8 a', url: 'https://arbeidstilsynet.no/regelverk/lover/arbeidsmiljoloven/14/14-8a/' }],
    checked: '2026-12-02',
    checkBy: '2027-06-30',
  },
  {
    id: 'employment.contract.short-employment-months',
    label: 'Arbeidsforhold kortere enn dette skal ha skriftlig arbeidsavtale straks',
    unit: 'months',
    values: [{ value: 1, from: DIRECTIVE_FROM }],
    sources: [{ title: 'Arbeidstilsynet: arbeidsmiljøloven § 14-5', url: 'https://arbeidstilsynet.no/regelverk/lover/arbeidsmiljoloven/14/14-5' }],
    checked: CHECKED,
    checkBy: '2027-06-30',
  },
  {
    id: 'employment.fixed-term-leader.period-years',
    label: 'Åremål i staten: normal lengde på én åremålsperiode (kan gjentas én gang for samme person i samme stilling)',
    unit: 'years',
    values: [{ value: 6, from: HORIZON, note: "Difi/DFØ's page on åremål (statsansatteloven and forskriften § 5); the table starts at the rule set's horizon." }],
    sources: [{ title: 'DFØ (Difi): Åremålstillinger', url: 'https://arbeidsgiver.difi.no/personalledelse/rekruttering/ulike-ansettelsesforhold/aremalstillinger' }],
    checked: '2026-12-01',
    checkBy: '2027-11-30',
  },
  {
    id: 'employment.reduced-hours.age-years',
    label: 'Alder som alene gir rett til redusert arbeidstid etter arbeidsmiljøloven § 10-2 fjerde ledd (uten vesentlig ulempe for virksomheten)',
    unit: 'years',
    values: [{ value: 62, from: HORIZON, note: 'In force since 1 July 2008 (Innst. O. nr. 47 (2007–2008)); the table starts at the rule set’s horizon.' }],
    sources: [
      { title: 'Tvisteløsningsnemnda: Redusert arbeidstid', url: 'https://www.nemndene.no/tvistelosningsnemnda/tvister-etter-arbeidsmiljoloven2/redusert-arbeidstid/' },
      {
        title: 'Tidsskrift for Den norske legeforening: Rett til redusert arbeidstid for arbeidstakere over 62 år',
        url: 'https://tidsskriftet.no/2008/11/rett-og-urett/rett-til-redusert-arbeidstid-arbeidstakere-over-62-ar',
      },
    ],
    checked: '2026-12-01',
    checkBy: '2027-11-30',
  },
  {
    id: 'employment.sickness-protection.months',
    label: 'Vern mot oppsigelse på grunn av sykdom (arbeidsmiljøloven § 15-8 første ledd): perioden etter at arbeidsuførheten inntrådte',
    unit: 'months',
    values: [{ value: 12, from: HORIZON, note: 'The rule is older than the rule set’s horizon; the table starts there.' }],
    sources: [
      { title: 'Arbeidstilsynet: Arbeidsmiljøloven § 15-8 Oppsigelsesvern ved sykdom', url: 'https://arbeidstilsynet.no/regelverk/lover/arbeidsmiljoloven/15/15-8' },
      { title: 'arbeidsmiljoloven.com: § 15-8 Oppsigelsesvern ved sykdom', url: 'https://arbeidsmiljoloven.com/paragraf/oppsigelsesvern-ved-sykdom/' },
    ],
    checked: '2026-12-01',
    checkBy: '2027-11-30',
  },
  {
    id: 'employment.notice.general-months',
    label:
      'Alminnelig gjensidig oppsigelsesfrist etter arbeidsmiljøloven § 15-3 første ledd (hvis ikke annet er skriftlig avtalt eller fastsatt i tariffavtale), også for en midlertidig ansatt som sies opp i avtaleperioden',
    unit: 'months',
    values: [{ value: 1, from: HORIZON, note: 'The rule is older than the rule set’s horizon; the table starts there.' }],
    sources: [
      { title: 'arbeidsmiljoloven.com: § 15-3 Oppsigelsesfrister (lovtekst)', url: 'https://arbeidsmiljoloven.com/paragraf/oppsigelsesfrister/' },
      {
        title: 'Compendia24: Oppsigelse i avtaleperioden (midlertidig ansettelse)',
        url: 'https://compendia24.no/ansettelse/midlertidig-ansettelse/opphor-oppsigelse/oppsigelse-i-avtaleperioden/',
      },
    ],
    checked: '2026-12-01',
    checkBy: '2027-11-30',
  },
  {
    id: 'employment.hired-in.permanent-after-years',
    label: 'Innleie fra bemanningsforetak (arbeidsmiljøloven § 14-12): sammenhengende innleid i mer enn så lenge gir rett til fast ansettelse hos innleieren',
    unit: 'years',
    values: [{ value: 3, from: '2023-04-01', note: 'The right came with the tightened hiring-in rules in force 1 April 2023.' }],
    sources: [
      { title: 'Glittertind: Nye regler om innleie trer i kraft fra 1. april (28.03.2023)', url: 'https://www.glittertind.no/nye-regler-om-innleie-trer-i-kraft-fra-1-april/' },
      { title: 'Brækhus: Nye regler om innleie fra bemanningsforetak fra 1. april 2023', url: 'https://braekhus.no/nye-regler-om-innleie-fra-bemanningsforetak-fra-1-april-2023/' },
    ],
    checked: '2026-12-02',
    checkBy: '2027-12-01',
  },
  {
    id: 'employment.temporary-lawsuit.deadline-weeks',
    label:
      'Søksmålsfrist ved tvist om ulovlig midlertidig ansettelse etter arbeidsmiljøloven § 17-4 første ledd (fra forhandlingenes slutt, eller fra fratreden når det ikke har vært forhandlinger)',
    unit: 'weeks',
    values: [
      {
        value: 8,
        from: '2026-12-02',
        note: 'Earliest day a public source read for the rule set confirms the value (LO-advokatene); earlier values are not verified.',
      },
    ],
    sources: [
      {
        title: 'LO-advokatene: Søksmålsfrist ved ulovlig midlertidig ansettelse',
        url: 'https://www.lo.no/hva-vi-mener/lo-advokatene/nyheter-fra-lo-advokatene/soksmalsfrist-ved-ulovlig-midlertidig-ansettelse/',
      },
      { title: 'Lovdata: Arbeidsmiljøloven § 17-4', url: 'https://lovdata.no/lov/2005-06-17-62/%C2%A717-4' },
    ],
    checked: '2026-12-02',
    checkBy: '2027-12-01',
  },
  {
    id: 'employment.dispute.negotiation-demand-weeks',
    label: 'Frist for arbeidstakeren til å kreve forhandlinger skriftlig etter en oppsigelse eller avskjed (arbeidsmiljøloven § 17-3 andre ledd), regnet fra oppsigelsen fant sted',
    unit: 'weeks',
    values: [{ value: 2, from: '2026-12-02', note: 'Earliest day a public source read for the rule set confirms the value; earlier values are not verified.' }],
    sources: [
      { title: 'arbeidsmiljoloven.com: § 17-3 Rett til å kreve forhandlinger (lovtekst)', url: 'https://arbeidsmiljoloven.com/paragraf/rett-til-a-kreve-forhandlinger/' },
      { title: 'Lovdata: Arbeidsmiljøloven § 17-3', url: 'https://lovdata.no/lov/2005-06-17-62/%C2%A717-3' },
    ],
    checked: '2026-12-02',
    checkBy: '2027-12-01',
  },
  {
    id: 'employment.dispute.negotiation-meeting-weeks',
    label:
      'Arbeidsgiver holder forhandlingsmøtet senest så lenge etter at kravet om forhandlinger er mottatt, og forhandlingene sluttføres senest så lenge etter det første møtet (arbeidsmiljøloven § 17-3 tredje og femte ledd)',
    unit: 'weeks',
    values: [{ value: 2, from: '2026-12-02', note: 'Earliest day a public source read for the rule set confirms the value; earlier values are not verified.' }],
    sources: [{ title: 'arbeidsmiljoloven.com: § 17-3 Rett til å kreve forhandlinger (lovtekst)', url: 'https://arbeidsmiljoloven.com/paragraf/rett-til-a-kreve-forhandlinger/' }],
    checked: '2026-12-02',
    checkBy: '2027-12-01',
  },
  {
    id: 'employment.dispute.lawsuit-weeks',
    label:
      'Søksmålsfrist ved tvist om oppsigelse (arbeidsmiljøloven § 17-4 første ledd), regnet fra forhandlingenes slutt, eller fra oppsigelsen kom fram når det ikke har vært forhandlinger',
    unit: 'weeks',
    values: [{ value: 8, from: '2026-12-02', note: 'Earliest day a public source read for the rule set confirms the value; earlier values are not verified.' }],
    sources: [
      { title: 'Compendia: Søksmål fra arbeidstaker', url: 'https://compendia24.no/oppsigelse/etter-oppsigelsen-er-mottatt/klage-tvist-soksmal/soksmal-fra-arbeidstaker/' },
      { title: 'Lovdata: Arbeidsmiljøloven § 17-4', url: 'https://lovdata.no/lov/2005-06-17-62/%C2%A717-4' },
    ],
    checked: '2026-12-02',
    checkBy: '2027-12-01',
  },
  {
    id: 'employment.dispute.damages-only-months',
    label: 'Søksmålsfrist når arbeidstakeren bare krever erstatning for oppsigelsen (arbeidsmiljøloven § 17-4), regnet fra oppsigelsen',
    unit: 'months',
    values: [{ value: 6, from: '2026-12-02', note: 'Earliest day a public source read for the rule set confirms the value; earlier values are not verified.' }],
    sources: [
      { title: 'Compendia: Søksmål fra arbeidstaker', url: 'https://compendia24.no/oppsigelse/etter-oppsigelsen-er-mottatt/klage-tvist-soksmal/soksmal-fra-arbeidstaker/' },
      { title: 'Lovdata: Arbeidsmiljøloven § 17-4', url: 'https://lovdata.no/lov/2005-06-17-62/%C2%A717-4' },
    ],
    checked: '2026-12-02',
    checkBy: '2027-12-01',
  },
  {
    id: 'employment.home-office.short-weeks',
    label:
      'Hjemmearbeid i inntil så lenge (for eksempel som tilrettelegging etter en skade) er etter departementets syn normalt «kortvarig» og faller utenfor hjemmekontorforskriften (§ 1)',
    unit: 'weeks',
    values: [{ value: 2, from: '2022-07-01' }],
    sources: [HOME_OFFICE_1, HOME_OFFICE_VISMA],
    checked: '2026-12-03',
    checkBy: '2027-12-01',
  },
  {
    id: 'employment.home-office.not-short-months',
    label: 'Fullt hjemmearbeid i så lang tid eller mer er etter departementets syn normalt ikke «kortvarig» etter hjemmekontorforskriften § 1',
    unit: 'months',
    values: [{ value: 1, from: '2022-07-01' }],
    sources: [HOME_OFFICE_1, HOME_OFFICE_VISMA],
    checked: '2026-12-03',
    checkBy: '2027-12-01',
  },
  {
    id: 'employment.home-office.sporadic-days-per-week',
    label: 'Hjemmearbeid på mindre enn så mye i uken i snitt er etter departementets syn normalt «sporadisk» etter hjemmekontorforskriften § 1, selv om det skjer jevnlig',
    unit: 'days',
    values: [{ value: 1, from: '2022-07-01' }],
    sources: [HOME_OFFICE_1, HOME_OFFICE_VISMA],
    checked: '2026-12-03',
    checkBy: '2027-12-01',
  },
];
