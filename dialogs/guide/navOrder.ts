/**
 * The order to NAV: validating the form, and the text in the shape the evaluation report recommends.
 * The order needs only what the result says about the position (sector, duration, the paths and
 * measures that apply): that summary travels in the cards' button data, so an order can be drafted
 * and changed after the run with the candidate's answers has been deleted.
 */
import { z } from 'zod';
import type { Answers } from './questions.js';
import { answerLabel, QUESTION_BY_ID } from './questions.js';
import type { Assessment } from './rules.js';
import { citeLaws, dateText, plainDates } from './plainText.js';
import { MEASURE_NAMES, ORDER, S } from './strings.js';
import { personalDataFieldError, screenPersonalData } from '../shared/personalData.js';
import { textFor } from '../shared/textFor.js';

export const ORDER_INPUTS = { title: 'orderTitle', tasks: 'orderTasks', requirements: 'orderRequirements', percent: 'orderPercent', startDate: 'orderStart' } as const;
export type OrderField = keyof typeof ORDER_INPUTS;

/** What was typed, as text, so a form with errors can be shown again with it. */
export type OrderDraft = Record<OrderField, string>;

export interface OrderForm {
  title: string;
  tasks: string;
  requirements: string;
  percent: number;
  startDate: string;
}

const line = z.string().max(300);
/** What the order says about the position and the hiring path. Nothing about the candidate. */
export const OrderSummarySchema = z
  .object({
    sector: z.enum(['state', 'municipal']),
    months: z.number().int().min(1).max(120).optional(),
    ground: line.optional(),
    paths: z.array(z.object({ title: line, basis: line }).strict()).max(8),
    measures: z.array(line).max(8),
  })
  .strict();
export type OrderSummary = z.infer<typeof OrderSummarySchema>;

const asText = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : '');

export function draftFrom(data: Record<string, unknown>): OrderDraft {
  return {
    title: asText(data[ORDER_INPUTS.title]).trim(),
    tasks: asText(data[ORDER_INPUTS.tasks]).trim(),
    requirements: asText(data[ORDER_INPUTS.requirements]).trim(),
    percent: asText(data[ORDER_INPUTS.percent]).trim(),
    startDate: asText(data[ORDER_INPUTS.startDate]).trim(),
  };
}

/** A draft carried in button data ("Endre bestillingen"): the same fields, each bounded. */
export const DraftSchema = z
  .object({ title: z.string().max(100), tasks: z.string().max(1500), requirements: z.string().max(800), percent: z.string().max(3), startDate: z.string().max(10) })
  .strict();

const isRealDate = (s: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

const FormSchema = z.object({
  title: z.string().min(2, S.orderErrors.title).max(100, S.orderErrors.title),
  tasks: z.string().min(5, S.orderErrors.tasks).max(1500, S.orderErrors.tasks),
  requirements: z.string().max(800, S.orderErrors.requirements),
  percent: z
    .string()
    .regex(/^\d{1,3}$/, S.orderErrors.percent)
    .transform(Number)
    .refine((n) => n >= 1 && n <= 100, S.orderErrors.percent),
  startDate: z.string().refine(isRealDate, S.orderErrors.startDate),
});

export type OrderValidation = { ok: true; form: OrderForm } | { ok: false; errors: Partial<Record<OrderField, string>> };

export function validateOrder(draft: OrderDraft): OrderValidation {
  const r = FormSchema.safeParse(draft);
  const errors: Partial<Record<OrderField, string>> = {};
  if (!r.success) {
    for (const issue of r.error.issues) {
      const f = issue.path[0] as OrderField;
      errors[f] ??= issue.message;
    }
  }
  // The order is about the position: a name, a birth date or health details are not stored (nor sent).
  for (const f of ['title', 'tasks', 'requirements'] as const) {
    const screened = screenPersonalData(draft[f]);
    if (!screened.ok) errors[f] ??= personalDataFieldError(screened.kinds);
  }
  if (r.success && Object.keys(errors).length === 0) return { ok: true, form: r.data };
  return { ok: false, errors };
}

/** The order's view of a result: the paths without advertisement that apply (else those that do), and the measures. */
export function orderSummary(answers: Answers, assessment: Assessment, titles: Record<string, string>): OrderSummary {
  const sector = answers.sector === 'municipal' ? 'municipal' : 'state';
  const s: OrderSummary = { sector, paths: [], measures: [] };
  if (answers.permanent === 'temporary' && typeof answers.duration === 'number') {
    s.months = answers.duration;
    if (answers.ground !== undefined) s.ground = answerLabel(QUESTION_BY_ID.ground, answers, answers.ground).toLowerCase();
  }
  const special = assessment.paths.filter((p) => p.applies === 'yes' && !p.id.endsWith('.ordinary'));
  const usable = special.length ? special : assessment.paths.filter((p) => p.applies === 'yes');
  s.paths = usable.map((p) => ({ title: textFor(titles, p.id, 'path title'), basis: plainDates(citeLaws(p.legalBasis)) }));
  s.measures = assessment.measures.map((m) => textFor(MEASURE_NAMES, m.id, 'NAV measure name'));
  return s;
}

/**
 * The order text. It is about the position and the hiring path, never about a person: no candidate
 * facts go into it, only the paths and NAV measures the result named.
 */
export function orderText(form: OrderForm, s: OrderSummary): string {
  const lines: string[] = [ORDER.heading, '', ORDER.intro, ''];
  lines.push(`${ORDER.position}: ${form.title}`);
  lines.push(`${ORDER.employerLabel}: ${ORDER.employer[s.sector]}`);
  lines.push(`${ORDER.kind}: ${s.months !== undefined ? ORDER.temporary(s.months, s.ground ?? '') : ORDER.permanent}`);
  lines.push(`${ORDER.percent}: ${form.percent} %`);
  lines.push(`${ORDER.start}: ${dateText(form.startDate)}`);
  lines.push('', `${ORDER.tasks}:`, form.tasks);
  lines.push('', `${ORDER.requirements}:`, form.requirements || ORDER.noRequirements);
  if (s.paths.length) {
    lines.push('', `${ORDER.path}:`);
    for (const p of s.paths) lines.push(`- ${p.title}${p.basis ? ` (${p.basis})` : ''}`);
  }
  if (s.measures.length) {
    lines.push('', `${ORDER.measures}:`);
    for (const m of s.measures) lines.push(`- ${m}`);
  }
  lines.push('', `${ORDER.followUp}:`);
  for (const f of ORDER.followUpItems) lines.push(`- ${f}`);
  lines.push('', ORDER.closing);
  return lines.join('\n');
}
