/**
 * Which question comes next, derived from the rules: walk the questions in order, keep the answers of
 * those that still apply, and stop at the first one that applies and is unanswered. A question with a
 * contract field applies only if the rules list the field as missing or if its answers lead to
 * different outcomes (docassemble's "ask only what matters", decided by the rules themselves).
 */
import { buildCase } from './buildCase.js';
import { QUESTIONS, type Answers, type Question, type QuestionId } from './questions.js';
import { assess, type Assessment } from './rules.js';

/** `today` (YYYY-MM-DD in Norway, from the caller's clock) is the date the rules are read on. */
export function safeAssess(a: Answers, today: string): Assessment | undefined {
  try {
    return assess(buildCase(a), { today });
  } catch {
    return undefined;
  }
}

/** What decides the outcome: which paths apply and which duties, warnings and measures come with it. */
export function outcomeSignature(r: Assessment): string {
  return JSON.stringify({
    targetGroup: r.targetGroup,
    paths: r.paths.map((p) => [p.id, p.applies]),
    obligations: r.obligations.map((o) => o.id).sort(),
    warnings: r.warnings.map((w) => w.id).sort(),
    measures: r.measures.map((m) => [m.id, m.schedule ?? null]).sort(),
  });
}

/**
 * Whether the rules say this question's answer can change the result, given the answers before it:
 * the answers it offers lead to different outcomes. (A field listed under `missing` is not enough on
 * its own: the rules may list a field that cannot change anything given the other answers.)
 */
export function matters(q: Question, before: Answers, today: string): boolean {
  if (!q.field) return true;
  const seen = new Set<string>();
  for (const v of q.variants ?? []) {
    const r = safeAssess({ ...before, [q.id]: v }, today);
    seen.add(r ? outcomeSignature(r) : 'invalid');
  }
  return seen.size > 1;
}

export function applies(q: Question, before: Answers, today: string): boolean {
  return q.when(before) && matters(q, before, today);
}

export interface Walk {
  /** The answers that still count, in question order. */
  effective: Answers;
  /** The questions that apply, in order, up to and including `next`. */
  applicable: QuestionId[];
  /** The first applicable question without an answer; undefined when the flow is ready for review. */
  next?: QuestionId;
}

export function walk(answers: Answers, today: string): Walk {
  const effective: Answers = {};
  const applicable: QuestionId[] = [];
  for (const q of QUESTIONS) {
    if (!applies(q, effective, today)) continue;
    applicable.push(q.id);
    const v = answers[q.id];
    if (v === undefined) return { effective, applicable, next: q.id };
    effective[q.id] = v;
  }
  return { effective, applicable };
}

/** How many questions are likely still to come (including the current one), assuming typical answers. */
export function estimateRemaining(answers: Answers, today: string): number {
  const sim: Answers = { ...answers };
  let n = 0;
  for (let i = 0; i < QUESTIONS.length; i++) {
    const w = walk(sim, today);
    if (!w.next) break;
    const q = QUESTIONS.find((x) => x.id === w.next)!;
    sim[q.id] = q.typical;
    n++;
  }
  return n;
}
