/**
 * Hiring in municipalities and county municipalities: the unwritten qualification principle, the
 * ministry's letter to KS of 3 November 2023 (seed 000) on advertising to the target group only, the
 * positive-action rule of likestillings- og diskrimineringsloven § 11, and arbeidsmiljøloven § 14-9 on
 * temporary employment (review F2.1-F3.2).
 */
import { and, known, or, type Facts } from './facts.js';
import { EARLIEST_AS_OF, inForce, type Decision } from './rule.js';
import { valueOn } from '../parameters/registry.js';
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

const TARGETED_CONDITIONS_LDL = [
  'Utlysningen sier tydelig at stillingen er forbeholdt personer med nedsatt funksjonsevne eller fravær fra arbeid, utdanning eller opplæring.',
  'Kvalifikasjonsprinsippet gjelder blant søkerne i målgruppen: den best kvalifiserte av dem ansettes, og vurderingen dokumenteres.',
  'Å forbeholde stillingen personer med nedsatt funksjonsevne er positiv særbehandling, lovlig bare når den er egnet til å fremme likestilling, står i rimelig forhold til ulempen for dem som holdes utenfor, og opphører når formålet er nådd (likestillings- og diskrimineringsloven § 11). Hull i CV-en er ikke et diskrimineringsgrunnlag; der er kravet at unntaket er saklig.',
  'Hold antallet slike stillinger lavt sammenlignet med alle ledige stillinger, og vurder ordningen jevnlig.',
];
const TARGETED_STEPS = [
  'Avklar bruken med HR og de tillitsvalgte.',
  'Be NAV om hjelp til å nå kandidater i målgruppen.',
  'Skriv i utlysningen hvem stillingen er forbeholdt; la søkerne selv bekrefte at de hører til målgruppen, uten diagnose.',
];

/**
 * Advertising to the target group only. Decision: the letter of 3 November 2023 gives the ministry's view
 * of the room the unwritten qualification principle already left (KS notes that Oslo kommune had done
 * this for years); it did not change the law on that date. The path is "yes" for every date (the
 * contract: "always an option"), and its versions differ in what they cite:
 * - reserving a post for people with disabilities is positive action, lawful only within the positive-
 *   action rule: likestillings- og diskrimineringsloven § 11 from 1 January 2018 (DFØ quotes § 11 a-c as
 *   the basis for trainee posts; review F3.2), diskriminerings- og tilgjengelighetsloven before;
 * - the letter is cited only from its date. It is KS that holds the restriction can be a «saklig unntak»;
 *   the ministry finds limited exceptions «hensiktsmessig» in some cases and sees it as positive that
 *   municipalities use the room there is (seed 000; review F3.1). The letter is not a legal decision.
 */
const TARGETED_BASE = {
  id: 'municipal.targeted-advertisement',
  source: 'Brevet til KS, 3. november 2023 (seed 000); DFØ: Relevant regelverk for traineeprogrammet (ldl § 11)',
  steps: TARGETED_STEPS,
};
export const TARGETED_VERSIONS: readonly PathRuleVersion[] = [
  {
    ...TARGETED_BASE,
    legalBasis: ['Det ulovfestede kvalifikasjonsprinsippet', 'diskriminerings- og tilgjengelighetsloven (positiv særbehandling)'],
    effectiveFrom: EARLIEST_AS_OF,
    effectiveTo: '2017-12-31',
    why: {
      always:
        'Kommunen kan lyse ut stillingen bare til personer med nedsatt funksjonsevne eller fravær fra arbeid, utdanning eller opplæring, når det er et saklig unntak fra kvalifikasjonsprinsippet og holder seg innenfor reglene om positiv særbehandling. Avklar omfanget med HR.',
    },
    conditions: [
      ...TARGETED_CONDITIONS_LDL.slice(0, 2),
      'Å forbeholde stillingen personer med nedsatt funksjonsevne er positiv særbehandling, som diskriminerings- og tilgjengelighetsloven tillot på visse vilkår. Hull i CV-en er ikke et diskrimineringsgrunnlag; der er kravet at unntaket er saklig.',
      TARGETED_CONDITIONS_LDL[3],
    ],
  },
  {
    ...TARGETED_BASE,
    legalBasis: ['Det ulovfestede kvalifikasjonsprinsippet', 'likestillings- og diskrimineringsloven § 11'],
    effectiveFrom: '2018-01-01',
    effectiveTo: '2023-11-02',
    why: {
      always:
        'Kommunen kan lyse ut stillingen bare til personer med nedsatt funksjonsevne eller fravær fra arbeid, utdanning eller opplæring, når det er et saklig unntak fra kvalifikasjonsprinsippet og vilkårene for positiv særbehandling er oppfylt. (Departementets brev til KS om dette kom først 3. november 2023.)',
    },
    conditions: TARGETED_CONDITIONS_LDL,
  },
  {
    ...TARGETED_BASE,
    legalBasis: [
      'Det ulovfestede kvalifikasjonsprinsippet',
      'likestillings- og diskrimineringsloven § 11',
      'Brev fra Arbeids- og inkluderingsdepartementet til KS, 3. november 2023 (ref. 17/267)',
    ],
    effectiveFrom: '2023-11-03',
    why: {
      always:
        'Kommunen kan lyse ut stillingen bare til personer med nedsatt funksjonsevne eller fravær fra arbeid, utdanning eller opplæring. KS mener dette kan være et saklig unntak fra kvalifikasjonsprinsippet; departementet mener begrensede unntak kan være hensiktsmessige og ser det som positivt at kommunene bruker handlingsrommet. Brevet er ikke et rettslig vedtak, og vilkårene for positiv særbehandling må være oppfylt.',
    },
    conditions: TARGETED_CONDITIONS_LDL,
  },
];

/**
 * aml § 14-9 (2) d (første ledd bokstav d until 31 Dec 2018: a new first paragraph defining «fast
 * ansettelse» moved the grounds to the second paragraph from 1 Jan 2019; Prop. 73 L (2017–2018),
 * Utdanningsforbundet 01.02.2019; review F2.2). Which labour-market measures the letter covers is set in
 * regulations under § 14-9 (3) (tiltaksforskriften has § 14-9 among its legal bases); no public text found
 * confirms that ordinary employment with midlertidig lønnstilskudd is covered, so the texts say to check
 * with NAV (review F2.5). Decision (the contract's rule): a candidate with midlertidig lønnstilskudd takes
 * part in a measure in cooperation with NAV, so the path opens for any temporary vacancy; without a
 * candidate and without the ground labour_market_measure it is "maybe", hanging on the subsidy.
 */
const LMM_BASE = {
  id: 'municipal.labour-market-measure-temporary',
  source: 'arbeidsmiljøloven § 14-9; KS: Inn i jobb – jus og ansettelser (shared/domain.md)',
  why: {
    yes: 'Kandidaten deltar i et arbeidsmarkedstiltak i regi av eller i samarbeid med NAV, og kan ansettes midlertidig på det grunnlaget. Avklar med NAV at tiltaket er et av dem bokstav d omfatter.',
    maybe: 'Mulig hvis kandidaten deltar i et tiltak fra NAV, for eksempel midlertidig lønnstilskudd.',
    permanent: 'Gjelder bare midlertidig ansettelse.',
    no: 'Kandidaten må delta i et arbeidsmarkedstiltak i regi av eller i samarbeid med NAV.',
  },
  conditions: [
    'Midlertidig ansettelse av en deltaker i et arbeidsmarkedstiltak i regi av eller i samarbeid med NAV.',
    'Hvilke tiltak som omfattes, fastsettes i forskrift (arbeidsmiljøloven § 14-9 tredje ledd, tiltaksforskriften). Avklar med NAV at kandidatens tiltak er omfattet før dere bruker grunnlaget.',
    'KS mener NAV-tiltak faller utenfor kvalifikasjonsprinsippet og utlysningsplikten; omfanget drøftes med tillitsvalgte.',
  ],
};
const LMM_STEPS = (ledd: string) => [
  'Avklar tiltaket (f.eks. midlertidig lønnstilskudd), at det er omfattet av bokstav d, og varigheten med NAV.',
  'Gjør stillingen kjent internt (arbeidsmiljøloven § 14-1).',
  `Bruken av midlertidige ansettelser drøftes med de tillitsvalgte minst én gang i året (arbeidsmiljøloven § 14-9 ${ledd}).`,
];
const LABOUR_MARKET_MEASURE: readonly PathRuleVersion[] = [
  { ...LMM_BASE, legalBasis: ['arbeidsmiljøloven § 14-9 første ledd bokstav d'], effectiveFrom: '2006-01-01', effectiveTo: '2018-12-31', steps: LMM_STEPS('første ledd') },
  { ...LMM_BASE, legalBasis: ['arbeidsmiljøloven § 14-9 andre ledd bokstav d'], effectiveFrom: '2019-01-01', steps: LMM_STEPS('andre ledd') },
];

export const MUNICIPAL_RULES: Record<MunicipalPathId, readonly PathRuleVersion[]> = {
  'municipal.ordinary': [ORDINARY],
  'municipal.targeted-advertisement': TARGETED_VERSIONS,
  'municipal.labour-market-measure-temporary': LABOUR_MARKET_MEASURE,
};

/**
 * aml § 14-9 f — general access to temporary employment for up to 12 months, without any other ground —
 * in force from 1 July 2015 (Prop. 39 L (2014–2015)), repealed from 1 July 2022 (Prop. 87 L (2021–2022)).
 * In the first paragraph until 31 Dec 2018, in the second from 1 Jan 2019 (review F2.1, F2.2). The
 * twelve months are the parameter municipal.general-temporary.max-months, which has no value after the repeal.
 */
export const GENERAL_TEMPORARY_ACCESS: RuleVersion = {
  id: 'aml-14-9-f',
  legalBasis: ['arbeidsmiljøloven § 14-9 bokstav f (første ledd til 31. desember 2018, deretter andre ledd)'],
  effectiveFrom: '2015-07-01',
  effectiveTo: '2022-06-30',
  source: 'Prop. 39 L (2014–2015); Prop. 87 L (2021–2022)',
};

/** Whether a municipal temporary position needs no named ground: before 1 July 2022 and ≤ 12 months. */
export function generalTemporaryAccess(f: Facts): boolean {
  const max = valueOn('municipal.general-temporary.max-months', f.asOf);
  return f.sector === 'municipal' && f.temporary && inForce([GENERAL_TEMPORARY_ACCESS], f.asOf) !== undefined && max !== undefined && f.months <= max.value;
}

function decideLabourMarketMeasure(f: Facts): Decision {
  if (!f.temporary) return { val: known(false), reason: 'permanent' };
  const val = or(known(f.ground === 'labour_market_measure'), and(f.candidate('temporaryWageSubsidy')));
  return { val, reason: val.v === true ? 'yes' : val.v === false ? 'no' : 'maybe' };
}

export function decideMunicipal(f: Facts): Array<{ rule: PathRuleVersion; decision: Decision }> {
  const pick = (versions: readonly PathRuleVersion[]) => {
    const v = inForce(versions, f.asOf);
    if (!v) throw new Error(`${versions[0].id}: no version in force on ${f.asOf}`);
    return v;
  };
  return [
    { rule: ORDINARY, decision: { val: known(true), reason: 'always' } },
    { rule: pick(TARGETED_VERSIONS), decision: { val: known(true), reason: 'always' } },
    { rule: pick(LABOUR_MARKET_MEASURE), decision: decideLabourMarketMeasure(f) },
  ];
}
