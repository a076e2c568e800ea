/**
 * The guide's questions, in the order a manager would think of them. Each question says when it can
 * matter at all (`when`, from the answers so far) and, where the rules decide it, which contract field
 * it fills (`field`): such a question is asked only if the rule modules say its answer can change the
 * result (see relevance.ts). `fromCase` reads the answer a (possibly partial) case already gives.
 */
import { CHOICES, questionStrings, type QuestionStrings, type SectorKey } from './strings.js';
import { textFor } from '../shared/textFor.js';

export const QUESTION_IDS = [
  'sector',
  'permanent',
  'duration',
  'ground',
  'regulation',
  'hasCandidate',
  'disability',
  'cvGap',
  'employedNow',
  'subsidy',
  'reducedCapacity',
  'higherEducation',
  'completedTrainee',
  'qualified',
] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];
export type AnswerValue = string | number;
export type Answers = Partial<Record<QuestionId, AnswerValue>>;

export interface Choice {
  value: string;
  label: string;
  aliases: readonly string[];
}

/** A loose, possibly partial case: what prefill and the eval cases give. */
export interface PartialCase {
  sector?: 'state' | 'municipal';
  position?: { permanent?: boolean; durationMonths?: number; ground?: string; absenceReason?: string };
  employer?: { personnelRegulationAllowsOneYear?: boolean };
  candidate?: {
    disabilityNeedingAccommodation?: boolean;
    cvGap?: { yearsOutsideLastFive?: number; causeListed?: boolean; employedOverOneYearNow?: boolean };
    temporaryWageSubsidy?: boolean;
    reducedWorkCapacity?: boolean;
    higherEducation?: boolean;
    completedStateTraineeHere?: boolean;
    qualified?: boolean;
  };
}

export interface Question {
  id: QuestionId;
  kind: 'choice' | 'number';
  /** The texts for the sector of the run (a municipal run never shows the state's law). */
  strings(sector: SectorKey | undefined): QuestionStrings;
  /** The buttons (for a number question: quick picks). */
  choices(a: Answers): Choice[];
  /** Values accepted besides the buttons (e.g. from prefill). */
  extraValues?: readonly string[];
  /** Whether the question can matter, judged from the answers before it. */
  when(a: Answers): boolean;
  /** The contract field it fills; when set, the rules must also say the answer can change the result. */
  field?: string;
  /** The answers tried when asking the rules whether this question matters. */
  variants?: AnswerValue[];
  /** Earlier questions whose answers this one depends on (cleared with them on "Endre"). */
  dependsOn: QuestionId[];
  /** The answer a case gives, or undefined when it says nothing. */
  fromCase(c: PartialCase): AnswerValue | undefined;
  /** The answer for a case that says nothing (used when driving the guide from complete cases). */
  silent?: AnswerValue;
  /** A likely answer, used only to estimate how many questions remain. */
  typical: AnswerValue;
  /** A question about a person: its answer is dropped when the run is finished (see index.ts). */
  aboutCandidate?: boolean;
}

const choice = (value: keyof typeof CHOICES): Choice => ({ value, label: CHOICES[value].label, aliases: CHOICES[value].aliases });
const yesNoUnknown = (): Choice[] => [choice('yes'), choice('no'), choice('unknown')];
const yesNo = (): Choice[] => [choice('yes'), choice('no')];
const bool = (v: boolean | undefined): AnswerValue | undefined => (v === undefined ? undefined : v ? 'yes' : 'no');

/** One yes/no question (contract 1.1): never a choice between the causes behind a gap. */
export const GAP_VALUES = ['gap:yes', 'gap:no', 'gap:unknown'] as const;

const STATE_GROUNDS = [
  'temporary_work',
  'substitute:sick_leave',
  'substitute:parental_leave',
  'substitute:other',
  'practice',
  'education_position',
  'unforeseen_need',
  'none',
] as const;
const MUNICIPAL_GROUNDS = ['temporary_work', 'substitute:sick_leave', 'substitute:parental_leave', 'substitute:other', 'practice', 'labour_market_measure', 'none'] as const;

export function groundsFor(sector: AnswerValue | undefined): readonly (keyof typeof CHOICES)[] {
  return sector === 'municipal' ? MUNICIPAL_GROUNDS : STATE_GROUNDS;
}

const hasCandidate = (a: Answers) => a.hasCandidate === 'yes';
const isTemporary = (a: Answers) => a.permanent === 'temporary';

export const QUESTIONS: readonly Question[] = [
  {
    id: 'sector',
    kind: 'choice',
    strings: (sector) => questionStrings('sector', sector),
    choices: () => [choice('state'), choice('municipal')],
    when: () => true,
    dependsOn: [],
    fromCase: (c) => c.sector,
    typical: 'state',
  },
  {
    id: 'permanent',
    kind: 'choice',
    strings: (sector) => questionStrings('permanent', sector),
    choices: () => [choice('permanent'), choice('temporary')],
    when: () => true,
    dependsOn: [],
    fromCase: (c) => (c.position?.permanent === undefined ? undefined : c.position.permanent ? 'permanent' : 'temporary'),
    typical: 'temporary',
  },
  {
    id: 'duration',
    kind: 'number',
    strings: (sector) => questionStrings('duration', sector),
    choices: () => [3, 6, 12, 24].map((n) => ({ value: String(n), label: `${n} mnd`, aliases: [] })),
    when: isTemporary,
    dependsOn: ['permanent'],
    fromCase: (c) => c.position?.durationMonths,
    typical: 6,
  },
  {
    id: 'ground',
    kind: 'choice',
    strings: (sector) => questionStrings('ground', sector),
    choices: (a) => groundsFor(a.sector).map(choice),
    extraValues: ['substitute'],
    when: isTemporary,
    dependsOn: ['permanent', 'sector'],
    fromCase: (c) => {
      const g = c.position?.ground;
      if (!g) return undefined;
      if (g === 'substitute' && c.position?.absenceReason) return `substitute:${c.position.absenceReason}`;
      return g;
    },
    typical: 'substitute:sick_leave',
  },
  {
    id: 'regulation',
    kind: 'choice',
    strings: (sector) => questionStrings('regulation', sector),
    choices: yesNoUnknown,
    when: (a) => a.sector === 'state' && isTemporary(a) && typeof a.duration === 'number' && a.duration > 6 && a.duration <= 12 && a.ground !== 'none',
    field: 'employer.personnelRegulationAllowsOneYear',
    variants: ['yes', 'no'],
    dependsOn: ['sector', 'permanent', 'duration', 'ground'],
    fromCase: (c) => bool(c.employer?.personnelRegulationAllowsOneYear),
    silent: 'unknown',
    typical: 'no',
  },
  {
    id: 'hasCandidate',
    kind: 'choice',
    strings: (sector) => questionStrings('hasCandidate', sector),
    choices: yesNo,
    when: () => true,
    dependsOn: [],
    fromCase: (c) => (c.candidate ? 'yes' : undefined),
    silent: 'no',
    typical: 'yes',
    // The privacy note belongs here already: this is where the talk turns to a person.
    aboutCandidate: true,
  },
  {
    id: 'disability',
    kind: 'choice',
    strings: (sector) => questionStrings('disability', sector),
    choices: yesNoUnknown,
    when: hasCandidate,
    dependsOn: ['hasCandidate'],
    fromCase: (c) => bool(c.candidate?.disabilityNeedingAccommodation),
    silent: 'unknown',
    typical: 'yes',
    aboutCandidate: true,
  },
  {
    id: 'cvGap',
    kind: 'choice',
    strings: (sector) => questionStrings('cvGap', sector),
    choices: () => GAP_VALUES.map(choice),
    when: (a) => hasCandidate(a) && a.disability !== 'yes',
    dependsOn: ['hasCandidate', 'disability'],
    fromCase: (c) => {
      const g = c.candidate?.cvGap;
      if (!g || g.yearsOutsideLastFive === undefined) return undefined;
      if (g.yearsOutsideLastFive < 2 || g.causeListed === false) return 'gap:no';
      if (g.causeListed === undefined) return undefined;
      return 'gap:yes';
    },
    silent: 'gap:unknown',
    typical: 'gap:no',
    aboutCandidate: true,
  },
  {
    id: 'employedNow',
    kind: 'choice',
    strings: (sector) => questionStrings('employedNow', sector),
    choices: yesNoUnknown,
    when: (a) => hasCandidate(a) && a.cvGap === 'gap:yes',
    field: 'candidate.cvGap.employedOverOneYearNow',
    variants: ['yes', 'no'],
    dependsOn: ['cvGap'],
    fromCase: (c) => bool(c.candidate?.cvGap?.employedOverOneYearNow),
    silent: 'unknown',
    typical: 'no',
    aboutCandidate: true,
  },
  {
    // Asks the rate with the subsidy (40 % or, with reduced work capacity, 60 %): one question, not two.
    id: 'subsidy',
    kind: 'choice',
    strings: (sector) => questionStrings('subsidy', sector),
    choices: () => [choice('subsidy:reduced'), choice('subsidy:ordinary'), choice('subsidy:yes'), choice('no'), choice('unknown')],
    when: hasCandidate,
    field: 'candidate.temporaryWageSubsidy',
    variants: ['subsidy:reduced', 'subsidy:ordinary', 'no'],
    dependsOn: ['hasCandidate'],
    fromCase: (c) => {
      const s = c.candidate?.temporaryWageSubsidy;
      if (s === undefined) return undefined;
      if (!s) return 'no';
      const r = c.candidate?.reducedWorkCapacity;
      return r === undefined ? 'subsidy:yes' : r ? 'subsidy:reduced' : 'subsidy:ordinary';
    },
    silent: 'unknown',
    typical: 'subsidy:ordinary',
    aboutCandidate: true,
  },
  {
    // Without a subsidy (or not known), NAV's offer to a candidate in the target group still depends on it.
    id: 'reducedCapacity',
    kind: 'choice',
    strings: (sector) => questionStrings('reducedCapacity', sector),
    choices: yesNoUnknown,
    when: (a) => hasCandidate(a) && (a.subsidy === 'no' || a.subsidy === 'unknown'),
    field: 'candidate.reducedWorkCapacity',
    variants: ['yes', 'no'],
    dependsOn: ['subsidy'],
    fromCase: (c) => bool(c.candidate?.reducedWorkCapacity),
    silent: 'unknown',
    typical: 'no',
    aboutCandidate: true,
  },
  {
    id: 'higherEducation',
    kind: 'choice',
    strings: (sector) => questionStrings('higherEducation', sector),
    choices: yesNoUnknown,
    when: (a) => hasCandidate(a) && a.sector === 'state',
    field: 'candidate.higherEducation',
    variants: ['yes', 'no'],
    dependsOn: ['sector', 'hasCandidate', 'disability', 'cvGap', 'employedNow'],
    fromCase: (c) => bool(c.candidate?.higherEducation),
    silent: 'unknown',
    typical: 'no',
    aboutCandidate: true,
  },
  {
    id: 'completedTrainee',
    kind: 'choice',
    strings: (sector) => questionStrings('completedTrainee', sector),
    choices: yesNoUnknown,
    when: (a) => hasCandidate(a) && a.sector === 'state',
    field: 'candidate.completedStateTraineeHere',
    variants: ['yes', 'no'],
    dependsOn: ['sector', 'permanent', 'hasCandidate'],
    fromCase: (c) => bool(c.candidate?.completedStateTraineeHere),
    silent: 'unknown',
    typical: 'no',
    aboutCandidate: true,
  },
  {
    id: 'qualified',
    kind: 'choice',
    strings: (sector) => questionStrings('qualified', sector),
    choices: yesNoUnknown,
    when: hasCandidate,
    field: 'candidate.qualified',
    variants: ['yes', 'no'],
    dependsOn: ['hasCandidate', 'completedTrainee'],
    fromCase: (c) => bool(c.candidate?.qualified),
    silent: 'unknown',
    typical: 'yes',
    aboutCandidate: true,
  },
];

export const QUESTION_BY_ID = Object.fromEntries(QUESTIONS.map((q) => [q.id, q])) as Record<QuestionId, Question>;

export function isQuestionId(v: unknown): v is QuestionId {
  return typeof v === 'string' && (QUESTION_IDS as readonly string[]).includes(v);
}

/** Whether `value` is an answer this question accepts, given the answers before it. */
export function isValidAnswer(q: Question, a: Answers, value: AnswerValue): boolean {
  if (q.kind === 'number') return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 120;
  return typeof value === 'string' && (q.choices(a).some((c) => c.value === value) || (q.extraValues ?? []).includes(value));
}

/** The label shown for an answer (review card, order text); throws for a value without one. */
export function answerLabel(q: Question, a: Answers, value: AnswerValue): string {
  if (q.kind === 'number') return `${value} ${value === 1 ? 'måned' : 'måneder'}`;
  const c = q.choices(a).find((x) => x.value === value);
  if (c) return c.label;
  return textFor(CHOICES, String(value), `${q.id} answer`).label;
}

/** Every question that (transitively) depends on `id`. */
export function dependentsOf(id: QuestionId): QuestionId[] {
  const out = new Set<QuestionId>();
  let grew = true;
  while (grew) {
    grew = false;
    for (const q of QUESTIONS) {
      if (out.has(q.id)) continue;
      if (q.dependsOn.some((d) => d === id || out.has(d))) {
        out.add(q.id);
        grew = true;
      }
    }
  }
  return [...out];
}
