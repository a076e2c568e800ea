/**
 * Validation of everything that comes from outside: the HR system's JSON, and the data of the cards
 * (untrusted: a card can be old, replayed or hand-made). Messages are Norwegian and name the field.
 */
import { z } from 'zod';
import { CHECKLIST_ITEMS, PATH_IDS, REASONS, TARGET_GROUP_ANSWERS, type Sector } from './model.js';
import { S } from './strings.js';
import { personalDataFieldError, screenPersonalData } from '../shared/personalData.js';

export interface FieldError {
  path: string;
  message: string;
}

/** One error per field (the first), unknown keys each named as their own field. */
export function fieldErrors(error: z.ZodError): FieldError[] {
  const out: FieldError[] = [];
  const seen = new Set<string>();
  const add = (path: string, message: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    out.push({ path, message });
  };
  for (const issue of error.issues) {
    const base = issue.path.join('.');
    if (issue.code === 'unrecognized_keys') for (const k of issue.keys) add(base ? `${base}.${k}` : k, S.v.unknownField(k));
    else add(base, issue.message);
  }
  return out;
}

const isRealDate = (s: string): boolean => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};
const dateSchema = z
  .string({ required_error: S.v.required, invalid_type_error: S.v.date })
  .regex(/^\d{4}-\d{2}-\d{2}$/, S.v.date)
  .refine(isRealDate, S.v.date);

const shortText = (max: number) => z.string({ required_error: S.v.required, invalid_type_error: S.v.wrongType }).trim().min(1, S.v.required).max(max, S.v.tooLong(max));

/** A title or unit names a position, never a person (a word like «rus» or «demens» may name the unit's field). */
const positionText = (max: number) =>
  shortText(max).superRefine((v, ctx) => {
    const screened = screenPersonalData(v, { namedConditions: false });
    if (!screened.ok) ctx.addIssue({ code: 'custom', message: personalDataFieldError(screened.kinds) });
  });

const reasonSchema = z.enum(REASONS, { errorMap: () => ({ message: S.v.reason }) });
const sectorSchema = z.enum(['state', 'municipal'], { errorMap: () => ({ message: S.v.sector }) });
const durationSchema = z.number({ invalid_type_error: S.v.duration }).int(S.v.duration).min(1, S.v.duration).max(120, S.v.duration);

/** Blank card inputs mean "not given"; Teams sends numbers from Input.Number as strings. */
const optionalNumber = <T extends z.ZodTypeAny>(inner: T) =>
  z.preprocess((v) => {
    if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) return undefined;
    if (typeof v === 'string') {
      const n = Number(v.trim().replace(',', '.'));
      return Number.isNaN(n) ? v : n;
    }
    return v;
  }, inner.optional());

/** POST /api/vacancies */
export function webhookSchema(defaultSector?: Sector) {
  return z
    .object(
      {
        // NFC, and no invisible format characters: "HR-1" and "HR-1" + U+200B are one key.
        externalId: z
          .string({ required_error: S.v.required, invalid_type_error: S.v.externalId })
          .transform((s) =>
            s
              .normalize('NFC')
              .replace(/\p{Cf}/gu, '')
              .trim(),
          )
          .pipe(z.string().min(1, S.v.externalId).max(200, S.v.externalId)),
        title: positionText(120),
        unit: positionText(120),
        reason: reasonSchema,
        permanent: z.boolean({ required_error: S.v.required, invalid_type_error: S.v.boolean }),
        durationMonths: durationSchema.optional(),
        startDate: dateSchema,
        managerAadObjectId: z.string({ required_error: S.v.required, invalid_type_error: S.v.manager }).trim().min(1, S.v.manager).max(100, S.v.manager),
        sector: sectorSchema.optional(),
      },
      { invalid_type_error: S.v.notObject, required_error: S.v.notObject },
    )
    .strict()
    .superRefine((v, ctx) => {
      if (!v.permanent && v.durationMonths === undefined) ctx.addIssue({ code: 'custom', path: ['durationMonths'], message: S.v.durationRequired });
      if (!v.sector && !defaultSector) ctx.addIssue({ code: 'custom', path: ['sector'], message: S.v.sectorRequired });
    })
    .transform((v) => ({
      ...v,
      sector: (v.sector ?? defaultSector) as Sector,
      durationMonths: v.permanent ? undefined : v.durationMonths,
    }));
}
export type WebhookInput = z.output<ReturnType<typeof webhookSchema>>;

/** The chat form's submit. The sector is asked only when no default is configured. */
export function formSchema(defaultSector?: Sector) {
  return z
    .object({
      title: positionText(120),
      unit: positionText(120),
      reason: reasonSchema,
      permanence: z.enum(['permanent', 'temporary'], { errorMap: () => ({ message: S.v.permanence }) }),
      durationMonths: optionalNumber(durationSchema),
      startDate: dateSchema,
      sector: defaultSector ? z.unknown().transform(() => defaultSector) : sectorSchema,
    })
    .superRefine((v, ctx) => {
      if (v.permanence === 'temporary' && v.durationMonths === undefined) ctx.addIssue({ code: 'custom', path: ['durationMonths'], message: S.v.durationRequired });
    })
    .transform((v) => ({
      title: v.title,
      unit: v.unit,
      reason: v.reason,
      permanent: v.permanence === 'permanent',
      durationMonths: v.permanence === 'permanent' ? undefined : v.durationMonths,
      startDate: v.startDate,
      sector: v.sector as Sector,
    }));
}

const vacancyId = z.string().min(1).max(100);

export const vacancyRefSchema = z.object({ vacancyId });

export const tickSchema = z.object({ vacancyId, item: z.enum(CHECKLIST_ITEMS), done: z.boolean() });

export function closeSchema(sector: Sector) {
  const paths = PATH_IDS[sector] as readonly string[];
  return z
    .object({
      vacancyId,
      filled: z.enum(['yes', 'no'], { errorMap: () => ({ message: S.v.filled }) }),
      pathId: z.string().optional(),
      targetGroup: z.string().optional(),
    })
    .superRefine((v, ctx) => {
      if (v.filled !== 'yes') return;
      if (!v.pathId || !paths.includes(v.pathId)) ctx.addIssue({ code: 'custom', path: ['pathId'], message: S.v.path });
      if (!v.targetGroup || !(TARGET_GROUP_ANSWERS as readonly string[]).includes(v.targetGroup)) ctx.addIssue({ code: 'custom', path: ['targetGroup'], message: S.v.targetGroup });
    });
}

const count = z.number({ invalid_type_error: S.v.count }).int(S.v.count).min(0, S.v.count).max(100_000, S.v.count);
export const baselineSchema = z
  .object({
    hires2020: optionalNumber(count),
    hires2021: optionalNumber(count),
    average: optionalNumber(z.number({ invalid_type_error: S.v.average }).min(0, S.v.average).max(100_000, S.v.average)),
  })
  .refine((v) => v.hires2020 !== undefined || v.hires2021 !== undefined || v.average !== undefined, { message: S.v.baselineEmpty, path: ['average'] });

export const reportYearSchema = z.object({ year: optionalNumber(z.number().int().min(2000).max(2100)) });
