/**
 * Hiring in municipalities and county municipalities: the unwritten qualification principle, the
 * ministry's letter to KS of 3 November 2023 (seed 000) on advertising to the target group only, and
 * arbeidsmiljøloven § 14-9 on temporary employment.
 */
import { and, known, or, type Facts } from './facts.js';
import { EARLIEST_AS_OF, inForce, type Decision } from './rule.js';
import type { PathRuleVersion, RuleVersion } from './types.js';

export const MUNICIPAL_PATH_IDS = ['municipal.ordinary', 'municipal.targeted-advertisement', 'municipal.labour-market-measure-temporary'] as const;
export type MunicipalPathId = (typeof MUNICIPAL_PATH_IDS)[number];

const ORDINARY: PathRuleVersion = {
  id: 'municipal.ordinary',
  legalBasis: ['Det ulovfestede kvalifikasjonsprinsippet', 'Hovedtariffavtalen (KS) kap. 1 § 2 pkt. 2.2'],
  // Unwritten law; dated from the earliest day this rule set assesses.
  effectiveFrom: EARLIEST_AS_OF,
  source: 'KS: Inn i jobb – jus og ansettelser (shared/domain.md)',
  why: { always: 'Hovedregelen gjelder alltid: stillingen lyses ut, og den best kvalifiserte søkeren ansettes.' },
  conditions: ['Utlysning med krav som stillingen faktisk trenger.', 'Den best kvalifiserte ansettes (kvalifikasjonsprinsippet, ulovfestet og i Hovedtariffavtalen).'],
  steps: ['Be NAV om å dele utlysningen med aktuelle kandidater.', 'Vurder om stillingen kan lyses ut bare til målgruppen (se neste mulighet).'],
};

/**
 * Decision: the letter of 3 November 2023 gives the ministry's view of the room the unwritten
 * qualification principle already left (KS notes that Oslo kommune had done this for years); it did not
 * change the law on that date. The path is therefore "yes" for every date this rule set assesses, as
 * the contract says ("always an option"), and its effectiveFrom is that earliest date.
 */
const TARGETED: PathRuleVersion = {
  id: 'municipal.targeted-advertisement',
  legalBasis: ['Brev fra Arbeids- og inkluderingsdepartementet til KS, 3. november 2023 (ref. 17/267)', 'Det ulovfestede kvalifikasjonsprinsippet'],
  effectiveFrom: EARLIEST_AS_OF,
  source: 'Brevet til KS, 3. november 2023 (seed 000)',
  why: {
    always:
      'Kommunen kan lyse ut stillingen bare til personer med nedsatt funksjonsevne eller fravær fra arbeid, utdanning eller opplæring. Departementet mener dette kan være et saklig unntak og ønsker at kommunene bruker handlingsrommet.',
  },
  conditions: [
    'Utlysningen sier tydelig at stillingen er forbeholdt målgruppen.',
    'Kvalifikasjonsprinsippet gjelder blant søkerne i målgruppen.',
    'Hold antallet slike stillinger lavt sammenlignet med alle ledige stillinger.',
  ],
  steps: ['Avklar bruken med de tillitsvalgte.', 'Be NAV om hjelp til å nå kandidater i målgruppen.', 'Skriv i utlysningen hvem stillingen er forbeholdt.'],
};

/**
 * aml § 14-9 (2) d. Decision (the contract's rule): a candidate with midlertidig lønnstilskudd takes part
 * in a measure in cooperation with NAV, so the path opens for any temporary vacancy; without a candidate
 * and without the ground labour_market_measure it is "maybe", hanging on the subsidy.
 */
const LABOUR_MARKET_MEASURE: PathRuleVersion = {
  id: 'municipal.labour-market-measure-temporary',
  legalBasis: ['arbeidsmiljøloven § 14-9 andre ledd bokstav d'],
  effectiveFrom: '2006-01-01',
  source: 'arbeidsmiljøloven § 14-9; KS: Inn i jobb – jus og ansettelser (shared/domain.md)',
  why: {
    yes: 'Kandidaten deltar i et arbeidsmarkedstiltak i regi av eller i samarbeid med NAV, og kan ansettes midlertidig på det grunnlaget.',
    maybe: 'Mulig hvis kandidaten deltar i et tiltak fra NAV, for eksempel midlertidig lønnstilskudd.',
    permanent: 'Gjelder bare midlertidig ansettelse.',
    no: 'Kandidaten må delta i et arbeidsmarkedstiltak i regi av eller i samarbeid med NAV.',
  },
  conditions: [
    'Midlertidig ansettelse av en deltaker i et arbeidsmarkedstiltak i regi av eller i samarbeid med NAV.',
    'KS mener NAV-tiltak faller utenfor kvalifikasjonsprinsippet og utlysningsplikten; omfanget drøftes med tillitsvalgte.',
  ],
  steps: [
    'Avklar tiltaket (f.eks. midlertidig lønnstilskudd) og varigheten med NAV.',
    'Gjør stillingen kjent internt (arbeidsmiljøloven § 14-1).',
    'Bruken av midlertidige ansettelser drøftes med de tillitsvalgte minst én gang i året (arbeidsmiljøloven § 14-9 andre ledd).',
  ],
};

export const MUNICIPAL_RULES: Record<MunicipalPathId, readonly PathRuleVersion[]> = {
  'municipal.ordinary': [ORDINARY],
  'municipal.targeted-advertisement': [TARGETED],
  'municipal.labour-market-measure-temporary': [LABOUR_MARKET_MEASURE],
};

/**
 * aml § 14-9 (2) f — general access to temporary employment for up to 12 months, without any other
 * ground — in force from 1 July 2015, repealed from 1 July 2022 (Arbeidstilsynet: "Frem til 1. juli 2022
 * var det en regel som ga bedrifter generell adgang til å ansette midlertidig i ett år").
 */
export const GENERAL_TEMPORARY_ACCESS: RuleVersion = {
  id: 'aml-14-9-f',
  legalBasis: ['arbeidsmiljøloven § 14-9 andre ledd bokstav f'],
  effectiveFrom: '2015-07-01',
  effectiveTo: '2022-06-30',
  source: 'shared/domain.md',
};

/** Whether a municipal temporary position needs no named ground: before 1 July 2022 and ≤ 12 months. */
export function generalTemporaryAccess(f: Facts): boolean {
  return f.sector === 'municipal' && f.temporary && inForce([GENERAL_TEMPORARY_ACCESS], f.asOf) !== undefined && f.months <= 12;
}

function decideLabourMarketMeasure(f: Facts): Decision {
  if (!f.temporary) return { val: known(false), reason: 'permanent' };
  const val = or(known(f.ground === 'labour_market_measure'), and(f.candidate('temporaryWageSubsidy')));
  return { val, reason: val.v === true ? 'yes' : val.v === false ? 'no' : 'maybe' };
}

export function decideMunicipal(f: Facts): Array<{ rule: PathRuleVersion; decision: Decision }> {
  return [
    { rule: ORDINARY, decision: { val: known(true), reason: 'always' } },
    { rule: TARGETED, decision: { val: known(true), reason: 'always' } },
    { rule: LABOUR_MARKET_MEASURE, decision: decideLabourMarketMeasure(f) },
  ];
}
