/**
 * Hiring in the state (statlig tariffområde): statsansatteloven §§ 3-9 and statsansatteforskriften
 * §§ 3a, 4, 4a. Facts from seed 002 (Oslo Economics 2023), chapters 2.1, 3.2-3.4, and shared/domain.md.
 * Each path is a rule (its versions, with legal basis, dates and texts) and a function that decides it.
 */
import { and, known, type Facts, type Val } from './facts.js';
import { EARLIEST_AS_OF, inForce, monthsText, type Decision } from './rule.js';
import { targetGroup } from './targetGroup.js';
import type { PathRuleVersion } from './types.js';

export const STATE_PATH_IDS = ['state.ordinary', 'state.administrative-appointment', 'state.wage-subsidy-exemption', 'state.trainee-programme', 'state.trainee-conversion'] as const;
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

const ADMINISTRATIVE: PathRuleVersion = {
  id: 'state.administrative-appointment',
  legalBasis: ['statsansatteloven § 7', 'statsansatteloven § 9'],
  effectiveFrom: STATE_LAW_FROM,
  source: 'Oslo Economics 2023, kap. 3.3 og 3.4',
  why: {
    permanent: 'Stillingen er fast. Administrativ ansettelse gjelder bare midlertidige behov.',
    noGround: 'Det trengs et grunnlag for midlertidig ansettelse etter statsansatteloven § 9 første ledd, og det er ikke oppgitt.',
    unforeseenTooLong: 'Et uforutsett behov gir grunnlag for midlertidig ansettelse i høyst seks måneder (§ 9 første ledd bokstav e), uansett hva personalreglementet sier.',
    tooLong: 'Behovet varer {months}; administrativ ansettelse kan brukes for inntil {max}{regulationNote}.',
    yes: 'Et midlertidig behov på {months} med grunnlag i § 9 kan dekkes ved administrativ ansettelse, uten utlysning og uten krav om å velge den best kvalifiserte.',
  },
  conditions: [
    'Midlertidig behov med grunnlag i § 9 første ledd (f.eks. vikariat eller arbeid av midlertidig karakter).',
    'Inntil seks måneder, eller inntil ett år hvis personalreglementet åpner for det.',
    'Unntak fra utlysning, kvalifikasjonsprinsippet og innstilling (§§ 3–6).',
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
  permanent: 'Unntaket gjelder bare midlertidige stillinger.',
  tooLong: 'Unntaket gjelder midlertidige stillinger på inntil {max}; denne varer {months}.',
  notEligible: 'Kandidaten må være i målgruppen (nedsatt funksjonsevne eller hull i CV-en) og ha midlertidig lønnstilskudd fra NAV.',
};
const WAGE_SUBSIDY_STEPS = [
  'Be NAV om kandidater i målgruppen, med en tydelig bestilling (oppgaver, krav, varighet).',
  'Avklar lønnstilskuddet med NAV før ansettelse; det kreves en arbeidsavtale.',
  'Gjør stillingen kjent internt (arbeidsmiljøloven § 14-1).',
];
const wageSubsidyConditions = (max: string) => [
  `Midlertidig stilling på inntil ${max}, med et grunnlag for midlertidig ansettelse i statsansatteloven § 9.`,
  'Kandidaten har nedsatt funksjonsevne (§ 4) eller hull i CV-en (§ 4a), og midlertidig lønnstilskudd fra NAV.',
  'Kvalifikasjonsprinsippet og innstilling gjelder fortsatt: velg den best kvalifiserte av kandidatene NAV foreslår.',
  'Lønnstilskuddet gis i inntil ett år, eller to år ved nedsatt arbeidsevne: avklar med NAV hvor lenge det varer.',
];

/**
 * statsansatteforskriften § 3a first paragraph b. Up to one year until 30 June 2022, up to two years from
 * 1 July 2022 (seed 002, 2.1 and 2.2.4: "inntil to år (mot tidligere ett år)"). When the one-year version
 * first took effect is not in our sources; it is treated as in force from the regulation's start.
 * Decision: the contract's conditions are applied as written, whatever the § 9 ground; a missing or
 * wrong ground gets its own warning, and the conditions say that § 9 still needs a ground.
 */
export const WAGE_SUBSIDY_EXEMPTION: ReadonlyArray<PathRuleVersion & { maxMonths: number }> = [
  {
    id: 'state.wage-subsidy-exemption',
    legalBasis: ['statsansatteforskriften § 3a første ledd bokstav b', 'statsansatteforskriften § 4', 'statsansatteforskriften § 4a'],
    effectiveFrom: STATE_LAW_FROM,
    effectiveTo: '2022-06-30',
    source: 'Oslo Economics 2023, kap. 2.2.4',
    maxMonths: 12,
    why: WAGE_SUBSIDY_WHY,
    conditions: wageSubsidyConditions('ett år (regelen før 1. juli 2022)'),
    steps: WAGE_SUBSIDY_STEPS,
  },
  {
    id: 'state.wage-subsidy-exemption',
    legalBasis: ['statsansatteforskriften § 3a første ledd bokstav b', 'statsansatteforskriften § 4', 'statsansatteforskriften § 4a'],
    effectiveFrom: '2022-07-01',
    source: 'Oslo Economics 2023, kap. 2.1, 2.2.4 og 3.3',
    maxMonths: 24,
    why: WAGE_SUBSIDY_WHY,
    conditions: wageSubsidyConditions('to år'),
    steps: WAGE_SUBSIDY_STEPS,
  },
];

const TRAINEE_PROGRAMME: PathRuleVersion = {
  id: 'state.trainee-programme',
  legalBasis: ['statsansatteloven § 9 første ledd bokstav c', 'statsansatteforskriften § 4', 'statsansatteforskriften § 4a'],
  effectiveFrom: STATE_LAW_FROM,
  source: 'Oslo Economics 2023, kap. 2.1 og 3.3',
  why: {
    yes: 'Kandidaten er i målgruppen og har høyere utdanning, og kan være aktuell for Traineeprogrammet i staten.',
    maybe: 'Aktuelt for kandidater i målgruppen med høyere utdanning.',
    no: 'Traineeprogrammet er for personer i målgruppen med høyere utdanning.',
  },
  conditions: [
    'Kandidaten har nedsatt funksjonsevne eller hull i CV-en, og høyere utdanning.',
    'Traineestillingen lyses ut bare til målgruppen, via DFØs traineeprogram.',
    'Midlertidig som praksisarbeid i inntil to år, med mulighet for ett år til.',
  ],
  steps: ['Meld interesse for traineeprogrammet hos DFØ.', 'Planlegg oppgaver, veileder og oppfølging for traineeperioden.'],
};

/**
 * statsansatteforskriften § 3a first paragraph a.
 * Decision: the contract names only the candidate's conditions; since the exemption is for a permanent
 * appointment, it does not apply to a temporary vacancy (answer "no", nothing asked).
 */
const TRAINEE_CONVERSION: PathRuleVersion = {
  id: 'state.trainee-conversion',
  legalBasis: ['statsansatteforskriften § 3a første ledd bokstav a'],
  effectiveFrom: STATE_LAW_FROM,
  source: 'Oslo Economics 2023, kap. 3.3',
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
  if (g === 'unforeseen_need') return f.months <= 6;
  return g === 'temporary_work' || g === 'substitute' || g === 'practice' || g === 'education_position';
}

export function adminMaxMonths(f: Facts): number {
  return f.c.employer?.personnelRegulationAllowsOneYear === true ? 12 : 6;
}

/**
 * § 7 with § 9. Decision: an unforeseen need over six months is "no" even where the personnel
 * regulation allows one year: § 9 (1) e gives no ground past six months, and § 7 needs a § 9 ground.
 */
function decideAdministrative(f: Facts): Decision {
  const max = adminMaxMonths(f);
  const vars = { months: monthsText(f.months), max: monthsText(max), regulationNote: max === 6 ? ' (ett år bare hvis personalreglementet åpner for det)' : '' };
  if (!f.temporary) return { val: known(false), reason: 'permanent' };
  if (f.ground === 'unforeseen_need' && f.months > 6) return { val: known(false), reason: 'unforeseenTooLong' };
  if (!validStateGround(f)) return { val: known(false), reason: 'noGround' };
  if (f.months > max) return { val: known(false), reason: 'tooLong', vars };
  return { val: known(true), reason: 'yes', vars };
}

function decideWageSubsidy(f: Facts, maxMonths: number): Decision {
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

/** Each state path's version in force on asOf and its decision. */
export function decideState(f: Facts): Array<{ rule: PathRuleVersion; decision: Decision }> {
  const wage = inForce(WAGE_SUBSIDY_EXEMPTION, f.asOf) ?? WAGE_SUBSIDY_EXEMPTION[0];
  return [
    { rule: ORDINARY, decision: { val: known(true), reason: 'always' } },
    { rule: ADMINISTRATIVE, decision: decideAdministrative(f) },
    { rule: wage, decision: decideWageSubsidy(f, wage.maxMonths) },
    { rule: TRAINEE_PROGRAMME, decision: decideTraineeProgramme(f) },
    { rule: TRAINEE_CONVERSION, decision: decideTraineeConversion(f) },
  ];
}
