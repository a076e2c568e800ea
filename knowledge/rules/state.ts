/**
 * Hiring in the state (statlig tariffområde): statsansatteloven §§ 3-9 and statsansatteforskriften
 * §§ 3a, 4, 4a. Facts from seed 002 (Oslo Economics 2023), chapters 2.1, 3.2-3.4, checked against DFØ,
 * Difi and regjeringen.no (shared/research/legal-review.md, findings F1.1-F1.8). Durations are dated
 * parameters (knowledge/parameters/state.ts).
 * Each path is a rule (its versions, with legal basis, dates and texts) and a function that decides it.
 */
import { and, known, type Facts } from './facts.js';
import { beforeProvision, EARLIEST_AS_OF, inForce, monthsText, param, type Decision } from './rule.js';
import { targetGroup } from './targetGroup.js';
import type { PathRuleVersion } from './types.js';

export const STATE_PATH_IDS = [
  'state.ordinary',
  'state.administrative-appointment',
  'state.wage-subsidy-exemption',
  'state.trainee-programme',
  'state.trainee-conversion',
] as const;
export type StatePathId = (typeof STATE_PATH_IDS)[number];

/** statsansatteloven and its regulation took effect on 1 July 2017. */
export const STATE_LAW_FROM = EARLIEST_AS_OF;

const ORDINARY: PathRuleVersion = {
  id: 'state.ordinary',
  legalBasis: ['statsansatteloven § 3', 'statsansatteloven § 4', 'statsansatteloven § 5', 'statsansatteloven § 6'],
  effectiveFrom: STATE_LAW_FROM,
  source: 'Oslo Economics 2023, kap. 3.2',
  why: { always: 'Hovedregelen gjelder alltid: stillingen lyses ut offentlig, og den best kvalifiserte søkeren ansettes.' },
  conditions: [
    'Offentlig utlysning (§ 4), med krav som stillingen faktisk trenger.',
    'Den best kvalifiserte ansettes, vurdert etter utdanning, erfaring og personlig egnethet (§ 3).',
    'Innstilling fra nærmeste leder eller et innstillingsråd (§ 5), og vedtak av ansettelsesmyndigheten (§ 6).',
  ],
  steps: [
    'Be NAV om å dele utlysningen med aktuelle kandidater før du lyser ut.',
    'Kall inn minst én kvalifisert søker som oppgir nedsatt funksjonsevne, og minst én som oppgir hull i CV-en, til intervju.',
  ],
};

/**
 * § 7 (1): appointments of up to six months are exempt from §§ 3-6; the personnel regulation (agreed
 * with the unions, § 2) may extend this to one year (regjeringen.no, Veiledning til personalreglementene;
 * review F1.6: correct).
 */
const ADMINISTRATIVE: PathRuleVersion = {
  id: 'state.administrative-appointment',
  legalBasis: ['statsansatteloven § 7', 'statsansatteloven § 9'],
  effectiveFrom: STATE_LAW_FROM,
  source: 'Oslo Economics 2023, kap. 3.3 og 3.4; regjeringen.no: Veiledning til personalreglement for departementene',
  why: {
    permanent: 'Stillingen er fast. Administrativ ansettelse gjelder bare midlertidige behov.',
    noGround: 'Det trengs et grunnlag for midlertidig ansettelse etter statsansatteloven § 9 første ledd, og det er ikke oppgitt.',
    unforeseenTooLong:
      'Et uforutsett behov gir grunnlag for midlertidig ansettelse i høyst {{p:state.unforeseen-need.max-months}} (§ 9 første ledd bokstav e), uansett hva personalreglementet sier.',
    tooLong: 'Behovet varer {months}; administrativ ansettelse kan brukes for inntil {max}{regulationNote}.',
    yes: 'Et midlertidig behov på {months} med grunnlag i § 9 kan dekkes ved administrativ ansettelse, uten utlysning og uten krav om å velge den best kvalifiserte.',
  },
  conditions: [
    'Midlertidig behov med grunnlag i § 9 første ledd (f.eks. vikariat eller arbeid av midlertidig karakter).',
    'Inntil {{p:state.admin-appointment.max-months}}, eller inntil {{p:state.admin-appointment.max-months-personnel-regulation}} hvis personalreglementet åpner for det (reglementet er avtalt med de tillitsvalgte).',
    'Unntak fra utlysning, kvalifikasjonsprinsippet, innstilling og ansettelsesmyndighet (§§ 3–6).',
  ],
  steps: [
    'Spør NAV om en kandidat i målgruppen som kan starte raskt.',
    'Gjør stillingen kjent internt (arbeidsmiljøloven § 14-1).',
    'Skal personen bli lenger, må stillingen lyses ut på vanlig måte.',
  ],
};

const WAGE_SUBSIDY_WHY = {
  yes: 'Kandidaten er i målgruppen og har midlertidig lønnstilskudd, og stillingen varer inntil {max}: den kan besettes uten offentlig utlysning.',
  maybeNoCandidate: 'Mulig hvis NAV har en kandidat i målgruppen med midlertidig lønnstilskudd (stillinger på inntil {max}).',
  maybe: 'Det avhenger av svar du ikke har gitt ennå (se hva som mangler).',
  permanent: 'Unntaket gjelder bare midlertidige stillinger. En fast stilling må lyses ut, også etter en periode med lønnstilskudd.',
  tooLong: 'Unntaket gjelder midlertidige stillinger på inntil {max}; denne varer {months}.',
  notEligible: 'Kandidaten må være i målgruppen (nedsatt funksjonsevne eller hull i CV-en) og ha midlertidig lønnstilskudd fra NAV.',
};

/**
 * statsansatteforskriften § 3a, the wage-subsidy exemption, created by forskrift 22 June 2022 nr. 1113 in
 * force 1 July 2022 (DFØ 22.06.2022 «Frå 1. juli blir det opna for …»; regjeringen.no, same day; review
 * F1.1/F1.2). There was no earlier ("one-year") version: before that date a candidate from NAV could be
 * hired without advertising only by an administrative appointment under statsansatteloven § 7.
 * The exemption lifts the advertisement duty (§ 4) only; §§ 3, 5 and 6 still apply (DFØ: «Verksemdene må
 * sjølv vurdere kvalifikasjonane»; review F1.3), and it creates no ground for temporary employment, so the
 * post still needs one in § 9 (review F1.8). NAV, not the employer, decides whether the subsidy is granted.
 * The letter of § 3a is cited without paragraph/letter: Lovdata's consolidated text was not retrieved and
 * the public sources number it differently (review F1.5).
 * Decision: the contract's conditions are applied as written, whatever the § 9 ground; a missing or
 * wrong ground gets its own warning, and the conditions say that § 9 still needs a ground.
 */
export const WAGE_SUBSIDY_EXEMPTION: readonly PathRuleVersion[] = [
  {
    id: 'state.wage-subsidy-exemption',
    legalBasis: ['statsansatteforskriften § 3a', 'statsansatteforskriften § 4', 'statsansatteforskriften § 4a'],
    effectiveFrom: '2022-07-01',
    source: 'DFØ 22.06.2022: Legg til rette for auka bruk av lønstilskot i statlege verksemder; Oslo Economics 2023, kap. 3.3',
    why: WAGE_SUBSIDY_WHY,
    conditions: [
      'Midlertidig stilling på inntil {{p:state.wage-subsidy-exemption.max-months}}, med et grunnlag for midlertidig ansettelse i statsansatteloven § 9 (oftest bokstav a eller b).',
      'Kandidaten har nedsatt funksjonsevne (§ 4) eller hull i CV-en (§ 4a), og NAV har innvilget midlertidig lønnstilskudd. Det er NAV som avgjør om kandidaten fyller vilkårene for tilskuddet.',
      'Unntaket gjelder bare kravet om offentlig utlysning (statsansatteloven § 4). Kvalifikasjonsprinsippet (§ 3), innstilling (§ 5) og ansettelsesvedtak (§ 6) gjelder fortsatt: velg den best kvalifiserte av kandidatene dere har, typisk dem NAV foreslår.',
      'Skal personen ansettes fast etter perioden, må stillingen lyses ut offentlig.',
      'Unntaket gjelder midlertidig lønnstilskudd. Har kandidaten et annet tilskudd fra NAV (for eksempel varig lønnstilskudd), avklar med DFØ om unntaket kan brukes.',
    ],
    steps: [
      'Be NAV om kandidater i målgruppen, med en tydelig bestilling (oppgaver, krav, varighet).',
      'Avklar lønnstilskuddet med NAV før ansettelse: NAV, dere og kandidaten må godkjenne avtalen før start, og det kreves en arbeidsavtale.',
      'Dokumenter vurderingen av kandidatenes kvalifikasjoner og skriv innstilling som vanlig.',
      'Gjør stillingen kjent internt (arbeidsmiljøloven § 14-1).',
    ],
    before: {
      why: 'Unntaket fra utlysning for en midlertidig stilling med lønnstilskudd ble innført {from} (forskrift 22. juni 2022 nr. 1113) og gjaldt ikke på denne datoen. Før det kunne en kandidat fra NAV ansettes uten utlysning bare ved administrativ ansettelse etter statsansatteloven § 7.',
      conditions: ['Unntaket gjelder fra 1. juli 2022. Det fantes ingen tidligere versjon av det.'],
      steps: ['Vurder administrativ ansettelse (statsansatteloven § 7) eller vanlig utlysning.'],
    },
  },
];

const TRAINEE_PROGRAMME: PathRuleVersion = {
  id: 'state.trainee-programme',
  legalBasis: ['statsansatteloven § 9 første ledd bokstav c', 'statsansatteforskriften § 5 andre ledd', 'statsansatteforskriften § 4', 'statsansatteforskriften § 4a'],
  effectiveFrom: STATE_LAW_FROM,
  source: 'Oslo Economics 2023, kap. 2.1 og 3.3; DFØ: Relevant regelverk for traineeprogrammet',
  why: {
    yes: 'Kandidaten er i målgruppen og har høyere utdanning, og kan være aktuell for Traineeprogrammet i staten.',
    maybe: 'Aktuelt for kandidater i målgruppen med høyere utdanning.',
    no: 'Traineeprogrammet er for personer i målgruppen med høyere utdanning.',
  },
  conditions: [
    'Kandidaten har nedsatt funksjonsevne eller hull i CV-en, og høyere utdanning.',
    'Traineestillingen lyses ut bare til målgruppen, via DFØs traineeprogram (positiv særbehandling, likestillings- og diskrimineringsloven § 11).',
    'Midlertidig som praksisarbeid i inntil {{p:state.trainee.max-months}}, med mulighet for forlengelse i inntil {{p:state.trainee.extension-months}}, etter statsansatteforskriften § 5 andre ledd.',
  ],
  steps: ['Meld interesse for traineeprogrammet hos DFØ.', 'Planlegg oppgaver, veileder og oppfølging for traineeperioden.'],
};

/**
 * statsansatteforskriften § 3a (trainee conversion), added by forskrift 13 Dec 2019 nr. 1750 in force
 * 1 January 2020 (Difi 23.01.2020 «Fra 1. januar 2020 kan ansatte etter gjennomført traineeperiode ansettes
 * fast, uten at stillingen må lyses ut»; review F1.4). Before that the permanent post had to be advertised.
 * Cited without paragraph/letter (review F1.5: DFØ quotes it as § 3a (2), Oslo Economics as letter a).
 * Decision: the contract names only the candidate's conditions; since the exemption is for a permanent
 * appointment, it does not apply to a temporary vacancy (answer "no", nothing asked).
 */
const TRAINEE_CONVERSION: PathRuleVersion = {
  id: 'state.trainee-conversion',
  legalBasis: ['statsansatteforskriften § 3a', 'statsansatteforskriften § 5 andre ledd'],
  effectiveFrom: '2020-01-01',
  source: 'Difi 23.01.2020: Nytt traineeprogram utlyses i 2020; DFØ: Relevant regelverk for traineeprogrammet',
  before: {
    why: 'Unntaket som lar en trainee ansettes fast uten utlysning, gjelder fra {from} (forskrift 13. desember 2019 nr. 1750) og fantes ikke på denne datoen. Før det måtte den faste stillingen lyses ut.',
    conditions: ['Unntaket gjelder fra 1. januar 2020.'],
    steps: ['Lys ut den faste stillingen på vanlig måte; traineen kan søke og vurderes som andre søkere.'],
  },
  why: {
    yes: 'Kandidaten har fullført traineeprogrammet i virksomheten og er kvalifisert: fast ansettelse kan skje uten utlysning.',
    maybe: 'Gjelder bare en kandidat som har fullført traineeprogrammet hos dere og er kvalifisert.',
    temporary: 'Gjelder fast ansettelse; stillingen er midlertidig.',
    no: 'Gjelder bare kvalifiserte kandidater som har fullført traineeprogrammet i virksomheten.',
  },
  conditions: ['Stillingen er fast.', 'Kandidaten har fullført Traineeprogrammet i staten i denne virksomheten.', 'Kandidaten er kvalifisert for stillingen.'],
  steps: ['Vurder kvalifikasjonene mot stillingens krav og dokumenter vurderingen.', 'Gjør stillingen kjent internt (arbeidsmiljøloven § 14-1).'],
};

/** Every state path rule, by id, with its versions. */
export const STATE_RULES: Record<StatePathId, readonly PathRuleVersion[]> = {
  'state.ordinary': [ORDINARY],
  'state.administrative-appointment': [ADMINISTRATIVE],
  'state.wage-subsidy-exemption': WAGE_SUBSIDY_EXEMPTION,
  'state.trainee-programme': [TRAINEE_PROGRAMME],
  'state.trainee-conversion': [TRAINEE_CONVERSION],
};

/** State § 9 (1) grounds. labour_market_measure is a municipal ground (aml § 14-9 (2) d) only. */
export function validStateGround(f: Facts): boolean {
  const g = f.ground;
  if (g === 'unforeseen_need') return f.months <= param('state.unforeseen-need.max-months', f.asOf);
  return g === 'temporary_work' || g === 'substitute' || g === 'practice' || g === 'education_position';
}

export function adminMaxMonths(f: Facts): number {
  return param(f.c.employer?.personnelRegulationAllowsOneYear === true ? 'state.admin-appointment.max-months-personnel-regulation' : 'state.admin-appointment.max-months', f.asOf);
}

/**
 * § 7 with § 9. Decision: an unforeseen need over six months is "no" even where the personnel
 * regulation allows one year: § 9 (1) e gives no ground past six months, and § 7 needs a § 9 ground.
 */
function decideAdministrative(f: Facts): Decision {
  const max = adminMaxMonths(f);
  const oneYear = param('state.admin-appointment.max-months-personnel-regulation', f.asOf);
  const vars = { months: monthsText(f.months), max: monthsText(max), regulationNote: max < oneYear ? ` (${monthsText(oneYear)} bare hvis personalreglementet åpner for det)` : '' };
  if (!f.temporary) return { val: known(false), reason: 'permanent' };
  if (f.ground === 'unforeseen_need' && f.months > param('state.unforeseen-need.max-months', f.asOf)) return { val: known(false), reason: 'unforeseenTooLong' };
  if (!validStateGround(f)) return { val: known(false), reason: 'noGround' };
  if (f.months > max) return { val: known(false), reason: 'tooLong', vars };
  return { val: known(true), reason: 'yes', vars };
}

function decideWageSubsidy(f: Facts): Decision {
  const maxMonths = param('state.wage-subsidy-exemption.max-months', f.asOf);
  const vars = { max: monthsText(maxMonths), months: monthsText(f.months) };
  if (!f.temporary) return { val: known(false), reason: 'permanent' };
  if (f.months > maxMonths) return { val: known(false), reason: 'tooLong', vars };
  const val = and(targetGroup(f).member, f.candidate('temporaryWageSubsidy'));
  const reason = val.v === true ? 'yes' : val.v === false ? 'notEligible' : f.hasCandidate ? 'maybe' : 'maybeNoCandidate';
  return { val, reason, vars };
}

function decideTraineeProgramme(f: Facts): Decision {
  const val = and(targetGroup(f).member, f.candidate('higherEducation'));
  return { val, reason: val.v === true ? 'yes' : val.v === false ? 'no' : 'maybe' };
}

function decideTraineeConversion(f: Facts): Decision {
  if (f.temporary) return { val: known(false), reason: 'temporary' };
  const val = and(f.candidate('completedStateTraineeHere'), f.candidate('qualified'));
  return { val, reason: val.v === true ? 'yes' : val.v === false ? 'no' : 'maybe' };
}

/**
 * Each state path's version in force on asOf and its decision. A path whose provision did not exist yet
 * on asOf is "no" with its `before` texts, never the nearest later version.
 */
export function decideState(f: Facts): Array<{ rule: PathRuleVersion; decision: Decision }> {
  const wage = inForce(WAGE_SUBSIDY_EXEMPTION, f.asOf);
  const conversion = inForce([TRAINEE_CONVERSION], f.asOf);
  return [
    { rule: ORDINARY, decision: { val: known(true), reason: 'always' } },
    { rule: ADMINISTRATIVE, decision: decideAdministrative(f) },
    wage ? { rule: wage, decision: decideWageSubsidy(f) } : beforeProvision(WAGE_SUBSIDY_EXEMPTION[0]),
    { rule: TRAINEE_PROGRAMME, decision: decideTraineeProgramme(f) },
    conversion ? { rule: conversion, decision: decideTraineeConversion(f) } : beforeProvision(TRAINEE_CONVERSION),
  ];
}
