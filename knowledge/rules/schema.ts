/**
 * The input of the assessment: a vacancy case (contract: shared/contracts/assessment-v1.md).
 * Strict everywhere: an unknown field is an error naming its path; so is an out-of-range value. Every
 * message is Norwegian (zod's own English messages are replaced by NORWEGIAN_ERRORS).
 */
import { z } from 'zod';
import { EARLIEST_AS_OF } from './horizon.js';

export const GROUNDS = ['temporary_work', 'substitute', 'practice', 'education_position', 'unforeseen_need', 'labour_market_measure', 'none'] as const;
export type Ground = (typeof GROUNDS)[number];

export const ABSENCE_REASONS = ['sick_leave', 'parental_leave', 'other'] as const;

/** The longest temporary position the schema accepts (ten years); longer is surely a typing error. */
export const MAX_DURATION_MONTHS = 120;

const isRealDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
};

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'må være en dato på formen ÅÅÅÅ-MM-DD')
  .refine(isRealDate, 'er ikke en gyldig dato')
  .refine((s) => s >= EARLIEST_AS_OF, `kan ikke være før ${EARLIEST_AS_OF}: regelsettet dekker reglene fra statsansatteloven trådte i kraft 1. juli 2017`);

const bool = z.boolean();

/**
 * Decisions: durationMonths is any number above 0 (a two-week substitute is 0.5), up to ten years.
 * For a permanent position, durationMonths, ground and absenceReason are accepted and ignored (an HR
 * system may send them for every vacancy); the rules read them only for a temporary position.
 */
export const PositionSchema = z
  .object({
    permanent: z.boolean(),
    durationMonths: z.number().gt(0, 'må være mer enn 0 måneder').max(MAX_DURATION_MONTHS, `kan være høyst ${MAX_DURATION_MONTHS} måneder`).optional(),
    ground: z.enum(GROUNDS).optional(),
    absenceReason: z.enum(ABSENCE_REASONS).optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.permanent === false) {
      if (p.durationMonths === undefined)
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['durationMonths'], message: 'mangler: varighet i måneder kreves når stillingen er midlertidig' });
      if (p.ground === undefined)
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['ground'],
          message: `mangler: grunnlaget for midlertidig ansettelse kreves når stillingen er midlertidig (${GROUNDS.join(', ')})`,
        });
    }
  });

export const CvGapSchema = z
  .object({
    yearsOutsideLastFive: z.number().min(0, 'må være mellom 0 og 5').max(5, 'må være mellom 0 og 5').optional(),
    /** Contract 1.1: yes/no whether the absence was due to a ground § 4a lists; which one is never sent. */
    causeListed: bool.optional(),
    employedOverOneYearNow: bool.optional(),
  })
  .strict();

export const CandidateSchema = z
  .object({
    disabilityNeedingAccommodation: bool.optional(),
    cvGap: CvGapSchema.optional(),
    temporaryWageSubsidy: bool.optional(),
    reducedWorkCapacity: bool.optional(),
    higherEducation: bool.optional(),
    completedStateTraineeHere: bool.optional(),
    qualified: bool.optional(),
  })
  .strict();

export const EmployerSchema = z.object({ personnelRegulationAllowsOneYear: bool.optional() }).strict();

export const AssessmentCaseSchema = z
  .object({
    sector: z.enum(['state', 'municipal']),
    position: PositionSchema,
    employer: EmployerSchema.optional(),
    candidate: CandidateSchema.optional(),
    /** The date whose rules apply (YYYY-MM-DD); default today (in Norway). */
    asOf: isoDate.optional(),
  })
  .strict();

export type AssessmentCase = z.infer<typeof AssessmentCaseSchema>;
export type Position = z.infer<typeof PositionSchema>;
export type Candidate = z.infer<typeof CandidateSchema>;
export type CvGap = z.infer<typeof CvGapSchema>;

export interface FieldError {
  path: string;
  message: string;
}

export type ParseResult = { ok: true; value: AssessmentCase } | { ok: false; errors: FieldError[] };

const TYPE_NAMES: Record<string, string> = { object: 'et objekt', string: 'en tekst', number: 'et tall', boolean: 'true eller false', array: 'en liste' };

/** What to say when a required field is absent, by its path. */
const REQUIRED: Record<string, string> = {
  sector: 'mangler: sector (state eller municipal)',
  position: 'mangler: position (stillingen)',
  'position.permanent': 'mangler: er stillingen fast (true) eller midlertidig (false)?',
};

/**
 * zod's messages in Norwegian, for every issue that has no message of its own. Passed to safeParse as
 * the contextual error map, which in zod 3 takes precedence over maps bound to a schema.
 */
export const NORWEGIAN_ERRORS: z.ZodErrorMap = (issue) => {
  switch (issue.code) {
    case z.ZodIssueCode.invalid_type:
      if (issue.received === 'undefined') return { message: REQUIRED[issue.path.join('.')] ?? 'mangler' };
      return { message: `må være ${TYPE_NAMES[issue.expected] ?? issue.expected}` };
    case z.ZodIssueCode.unrecognized_keys:
      return { message: `ukjent felt: ${issue.keys.join(', ')}` };
    case z.ZodIssueCode.invalid_enum_value:
      return { message: `må være en av: ${issue.options.join(', ')}` };
    case z.ZodIssueCode.too_small:
      return { message: `er for liten (minst ${issue.minimum})` };
    case z.ZodIssueCode.too_big:
      return { message: `er for stor (høyst ${issue.maximum})` };
    case z.ZodIssueCode.not_finite:
      return { message: 'må være et endelig tall' };
    default:
      return { message: 'ugyldig verdi' };
  }
};

export function parseCase(input: unknown): ParseResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, errors: [{ path: '(case)', message: 'saken må være et JSON-objekt' }] };
  }
  const r = AssessmentCaseSchema.safeParse(input, { errorMap: NORWEGIAN_ERRORS });
  if (r.success) return { ok: true, value: r.data };
  const errors: FieldError[] = [];
  for (const i of r.error.issues) {
    // One error per unknown field, each naming its own path.
    if (i.code === 'unrecognized_keys') for (const k of i.keys) errors.push({ path: [...i.path, k].join('.'), message: unknownFieldMessage(i.path, k) });
    else errors.push({ path: i.path.join('.') || '(case)', message: i.message });
  }
  return { ok: false, errors };
}

/**
 * Contract 1.1 removed cvGap.cause: which ground lies behind a CV gap is special-category data the rule
 * does not need. The error says what to send instead; the value itself is never echoed.
 */
function unknownFieldMessage(path: readonly (string | number)[], key: string): string {
  if (key === 'cause' && path.join('.') === 'candidate.cvGap') {
    return 'feltet «cause» er fjernet i versjon 1.1 av kontrakten: send «causeListed» (true/false: fraværet skyldtes en av grunnene forskriften § 4a lister opp). Hvilken grunn skal ikke sendes.';
  }
  return `ukjent felt «${key}»`;
}
