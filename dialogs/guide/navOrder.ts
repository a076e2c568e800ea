/** The order to NAV: validating the form, and the text in the shape the evaluation report recommends. */
import { z } from 'zod';
import type { OrderForm } from './flow.js';
import type { Answers } from './questions.js';
import { answerLabel, QUESTION_BY_ID } from './questions.js';
import type { Assessment } from './rules.js';
import { MEASURE_NAMES, ORDER, S } from './strings.js';
import { personalDataFieldError, screenPersonalData } from '../shared/personalData.js';

export const ORDER_INPUTS = { title: 'orderTitle', tasks: 'orderTasks', requirements: 'orderRequirements', percent: 'orderPercent', startDate: 'orderStart' } as const;
export type OrderField = keyof typeof ORDER_INPUTS;

/** What was typed, as text, so a form with errors can be shown again with it. */
export type OrderDraft = Record<OrderField, string>;

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

export function draftOf(form: OrderForm): OrderDraft {
  return { ...form, percent: String(form.percent) };
}

const isRealDate = (s: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

const FormSchema = z.object({
  title: z.string().min(2, S.orderErrors.title).max(100, S.orderErrors.title),
  tasks: z.string().min(5, S.orderErrors.tasks).max(1500, S.orderErrors.tasks),
  requirements: z.string().max(800, S.orderErrors.requirements),
  percent: z.string().regex(/^\d{1,3}$/, S.orderErrors.percent).transform(Number).refine((n) => n >= 1 && n <= 100, S.orderErrors.percent),
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

const norwegianDate = (iso: string): string => {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
};

/**
 * The order text. It is about the position and the hiring path, never about a person: no candidate
 * facts go into it, only the paths and NAV measures the result named.
 */
export function orderText(form: OrderForm, answers: Answers, assessment: Assessment, titles: Record<string, string>): string {
  const lines: string[] = [ORDER.heading, '', ORDER.intro, ''];
  const sector = answers.sector === 'municipal' ? 'municipal' : 'state';
  lines.push(`${ORDER.position}: ${form.title}`);
  lines.push(`${ORDER.employerLabel}: ${ORDER.employer[sector]}`);
  if (answers.permanent === 'temporary' && typeof answers.duration === 'number') {
    const ground = answers.ground !== undefined ? answerLabel(QUESTION_BY_ID.ground, answers, answers.ground).toLowerCase() : '';
    lines.push(`${ORDER.kind}: ${ORDER.temporary(answers.duration, ground)}`);
  } else lines.push(`${ORDER.kind}: ${ORDER.permanent}`);
  lines.push(`${ORDER.percent}: ${form.percent} %`);
  lines.push(`${ORDER.start}: ${norwegianDate(form.startDate)}`);
  lines.push('', `${ORDER.tasks}:`, form.tasks);
  lines.push('', `${ORDER.requirements}:`, form.requirements || ORDER.noRequirements);
  const paths = assessment.paths.filter((p) => p.applies === 'yes' && !p.id.endsWith('.ordinary'));
  const usable = paths.length ? paths : assessment.paths.filter((p) => p.applies === 'yes');
  if (usable.length) {
    lines.push('', `${ORDER.path}:`);
    for (const p of usable) lines.push(`- ${titles[p.id] ?? p.id}${p.legalBasis.length ? ` (${p.legalBasis.join(', ')})` : ''}`);
  }
  const measures = assessment.measures.map((m) => MEASURE_NAMES[m.id]).filter((x): x is string => !!x);
  if (measures.length) {
    lines.push('', `${ORDER.measures}:`);
    for (const m of measures) lines.push(`- ${m}`);
  }
  lines.push('', `${ORDER.followUp}:`);
  for (const f of ORDER.followUpItems) lines.push(`- ${f}`);
  lines.push('', ORDER.closing);
  return lines.join('\n');
}
