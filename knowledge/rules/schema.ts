/**
 * The input of the assessment: a vacancy case (contract: shared/contracts/assessment-v1.md).
 * Strict everywhere: an unknown field is an error naming its path; so is an out-of-range value.
 */
import { z } from 'zod';

export const GROUNDS = ['temporary_work', 'substitute', 'practice', 'education_position', 'unforeseen_need', 'labour_market_measure', 'none'] as const;
export type Ground = (typeof GROUNDS)[number];

export const CV_GAP_CAUSES = ['substance_abuse', 'imprisonment', 'illness', 'active_job_seeking', 'other'] as const;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'må være en dato på formen ÅÅÅÅ-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'er ikke en gyldig dato');

export const PositionSchema = z
  .object({
    permanent: z.boolean({ required_error: 'mangler: er stillingen fast (true) eller midlertidig (false)?', invalid_type_error: 'må være true eller false' }),
    durationMonths: z
      .number({ invalid_type_error: 'må være et tall (måneder)' })
      .int('må være et helt antall måneder')
      .min(1, 'må være minst 1 måned')
      .max(120, 'kan være høyst 120 måneder')
      .optional(),
    ground: z.enum(GROUNDS, { errorMap: () => ({ message: `må være en av: ${GROUNDS.join(', ')}` }) }).optional(),
    absenceReason: z.enum(['sick_leave', 'parental_leave', 'other'], { errorMap: () => ({ message: 'må være sick_leave, parental_leave eller other' }) }).optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.permanent === false) {
      if (p.durationMonths === undefined) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['durationMonths'], message: 'mangler: varighet i måneder kreves når stillingen er midlertidig' });
      if (p.ground === undefined) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['ground'], message: `mangler: grunnlaget for midlertidig ansettelse kreves når stillingen er midlertidig (${GROUNDS.join(', ')})` });
    }
  });

const bool = z.boolean({ invalid_type_error: 'må være true eller false' });

export const CandidateSchema = z
  .object({
    disabilityNeedingAccommodation: bool.optional(),
    cvGap: z
      .object({
        yearsOutsideLastFive: z.number({ invalid_type_error: 'må være et tall (år)' }).min(0, 'må være mellom 0 og 5').max(5, 'må være mellom 0 og 5').optional(),
        cause: z.enum(CV_GAP_CAUSES, { errorMap: () => ({ message: `må være en av: ${CV_GAP_CAUSES.join(', ')}` }) }).optional(),
        employedOverOneYearNow: bool.optional(),
      })
      .strict()
      .optional(),
    temporaryWageSubsidy: bool.optional(),
    reducedWorkCapacity: bool.optional(),
    higherEducation: bool.optional(),
    completedStateTraineeHere: bool.optional(),
    qualified: bool.optional(),
  })
  .strict();

export const AssessmentCaseSchema = z
  .object({
    sector: z.enum(['state', 'municipal'], { errorMap: (_i, c) => ({ message: c.data === undefined ? 'mangler: sector (state eller municipal)' : 'må være state eller municipal' }) }),
    position: PositionSchema,
    employer: z.object({ personnelRegulationAllowsOneYear: bool.optional() }).strict().optional(),
    candidate: CandidateSchema.optional(),
    /** The date whose rules apply (YYYY-MM-DD); default today. */
    asOf: isoDate.optional(),
  })
  .strict();

export type AssessmentCase = z.infer<typeof AssessmentCaseSchema>;
export type Candidate = z.infer<typeof CandidateSchema>;

export interface FieldError {
  path: string;
  message: string;
}

export type ParseResult = { ok: true; value: AssessmentCase } | { ok: false; errors: FieldError[] };

function issuePath(i: z.ZodIssue): string {
  if (i.code === 'unrecognized_keys') return [...i.path, i.keys[0]].join('.');
  return i.path.join('.');
}

function issueMessage(i: z.ZodIssue): string {
  if (i.code === 'unrecognized_keys') return `ukjent felt: ${i.keys.join(', ')}`;
  if (i.code === 'invalid_type' && i.received === 'undefined') return i.message.startsWith('mangler') ? i.message : 'mangler';
  return i.message;
}

export function parseCase(input: unknown): ParseResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, errors: [{ path: '(case)', message: 'saken må være et JSON-objekt' }] };
  }
  const r = AssessmentCaseSchema.safeParse(input);
  if (r.success) return { ok: true, value: r.data };
  const errors: FieldError[] = [];
  for (const i of r.error.issues) {
    if (i.code === 'unrecognized_keys') for (const k of i.keys) errors.push({ path: [...i.path, k].join('.'), message: `ukjent felt «${k}»` });
    else errors.push({ path: issuePath(i) || '(case)', message: issueMessage(i) });
  }
  return { ok: false, errors };
}
