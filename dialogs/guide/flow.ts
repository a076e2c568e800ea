/**
 * The guide as a pure state machine over a stored flow: answer, go back, edit, confirm. No storage,
 * no cards, no clock: index.ts loads and saves, the card builders render, and every step is given
 * `today` (YYYY-MM-DD in Norway), the date the rules decide which questions matter on.
 */
import { dependentsOf, isValidAnswer, QUESTION_BY_ID, QUESTIONS, type Answers, type AnswerValue, type PartialCase, type QuestionId } from './questions.js';
import { estimateRemaining, walk } from './walk.js';

export type AnswerSource = 'user' | 'prefill' | 'default' | 'remembered';
export type FlowStatus = 'asking' | 'review' | 'result';

export interface GuideFlow {
  /** `${userId}|${conversationId}`: one flow per user and conversation. */
  id: string;
  /** Identifies this run of the guide; every card carries it, so cards of an older run are recognised. */
  token: string;
  userId: string;
  conversationId: string;
  rulesetVersion: string;
  status: FlowStatus;
  answers: Answers;
  sources: Partial<Record<QuestionId, AnswerSource>>;
  /** A question being changed from the review: its answer stays until a new one is chosen. */
  editing?: QuestionId;
  createdAt: string;
  updatedAt: string;
}

export function flowKey(userId: string, conversationId: string): string {
  return `${userId}|${conversationId}`;
}

export interface NewFlowInput {
  userId: string;
  conversationId: string;
  token: string;
  now: Date;
  today: string;
  rulesetVersion: string;
  defaultSector?: 'state' | 'municipal';
  rememberedSector?: 'state' | 'municipal';
  prefill?: PartialCase;
}

export function newFlow(i: NewFlowInput): GuideFlow {
  const flow: GuideFlow = {
    id: flowKey(i.userId, i.conversationId),
    token: i.token,
    userId: i.userId,
    conversationId: i.conversationId,
    rulesetVersion: i.rulesetVersion,
    status: 'asking',
    answers: {},
    sources: {},
    createdAt: i.now.toISOString(),
    updatedAt: i.now.toISOString(),
  };
  // The user's own earlier choice wins over the employer's default; a reported vacancy over both.
  if (i.rememberedSector) setAnswer(flow, 'sector', i.rememberedSector, 'remembered');
  else if (i.defaultSector) setAnswer(flow, 'sector', i.defaultSector, 'default');
  if (i.prefill) applyPrefill(flow, i.prefill);
  return settle(flow, i.today);
}

/**
 * Prefilled answers are skipped but shown for review. A position reported as permanent but with a
 * temporary reason (a substitute, a project) is exactly what the guide should weigh, so then "fast
 * eller midlertidig" is asked rather than taken over.
 */
function applyPrefill(flow: GuideFlow, p: PartialCase): void {
  const conflicting = p.position?.permanent === true && p.position.ground !== undefined;
  for (const q of QUESTIONS) {
    if (q.id === 'permanent' && conflicting) continue;
    const v = q.id === 'ground' && conflicting ? q.fromCase({ ...p, position: { ...p.position, permanent: false } }) : q.fromCase(p);
    if (v === undefined) continue;
    const before = { ...flow.answers, permanent: conflicting ? 'temporary' : flow.answers.permanent };
    if (!isValidAnswer(q, before, v)) continue;
    setAnswer(flow, q.id, v, 'prefill');
  }
}

function setAnswer(flow: GuideFlow, q: QuestionId, v: AnswerValue, source: AnswerSource): void {
  flow.answers[q] = v;
  flow.sources[q] = source;
}

function clear(flow: GuideFlow, ids: QuestionId[]): void {
  for (const id of ids) {
    delete flow.answers[id];
    delete flow.sources[id];
  }
}

/** Sets the status from the answers: asking while a question remains, else review (or the result). */
export function settle(flow: GuideFlow, today: string): GuideFlow {
  const w = walk(flow.answers, today);
  if (w.next || flow.editing) flow.status = 'asking';
  else if (flow.status === 'asking') flow.status = 'review';
  return flow;
}

/** The question on screen: the one being changed from the review, or the next unanswered one. */
export function currentQuestion(flow: GuideFlow, today: string): QuestionId | undefined {
  if (flow.status !== 'asking') return undefined;
  return flow.editing ?? walk(flow.answers, today).next;
}

export type AnswerOutcome = { ok: true; flow: GuideFlow } | { ok: false; reason: 'not-current' | 'invalid' };

/** Answers the current question. Returns a new flow; the input is not changed. */
export function answer(input: GuideFlow, q: QuestionId, value: AnswerValue, today: string): AnswerOutcome {
  const flow = structuredClone(input);
  const w = walk(flow.answers, today);
  if (currentQuestion(flow, today) !== q) return { ok: false, reason: 'not-current' };
  if (!isValidAnswer(QUESTION_BY_ID[q], w.effective, value)) return { ok: false, reason: 'invalid' };
  if (flow.editing === q) {
    delete flow.editing;
    // The same answer again changes nothing; another one asks again what depended on it.
    if (flow.answers[q] === value) {
      flow.sources[q] = flow.sources[q] ?? 'user';
      return { ok: true, flow: settle(flow, today) };
    }
    clear(flow, dependentsOf(q));
  }
  setAnswer(flow, q, value, 'user');
  return { ok: true, flow: settle(flow, today) };
}

/**
 * "Endre" on the review: the question is asked again with its answer chosen; a new answer clears what
 * depended on it (see answer), keeping it returns to the review.
 */
export function edit(input: GuideFlow, q: QuestionId, today: string): GuideFlow {
  const flow = structuredClone(input);
  if (flow.answers[q] === undefined || !walk(flow.answers, today).applicable.includes(q)) {
    clear(flow, [q, ...dependentsOf(q)]);
    delete flow.editing;
  } else flow.editing = q;
  flow.status = 'asking';
  return settle(flow, today);
}

/**
 * Switches the sector ("kommune" typed at any step, or the button on the first card) and judges the
 * answers again: those the new sector does not offer are dropped, the rest are kept, and the flow
 * goes on from the first question that now lacks an answer (or shows the result again).
 */
export function switchSector(input: GuideFlow, sector: 'state' | 'municipal', today: string): GuideFlow {
  const flow = structuredClone(input);
  delete flow.editing;
  setAnswer(flow, 'sector', sector, 'user');
  const kept: Answers = {};
  for (const q of QUESTIONS) {
    const v = flow.answers[q.id];
    if (v === undefined) continue;
    if (isValidAnswer(q, kept, v)) kept[q.id] = v;
    else clear(flow, [q.id]);
  }
  const wasResult = flow.status === 'result';
  settle(flow, today);
  if (wasResult && !walk(flow.answers, today).next) flow.status = 'result';
  return flow;
}

/**
 * «Tilbake»: the question the user answered before the one on screen (at the review: the last one),
 * asked again with its answer chosen, as «Endre» does. Prefilled and default answers are skipped:
 * they are changed on the review.
 */
export function back(input: GuideFlow, today: string): { flow: GuideFlow; moved: boolean } {
  const w = walk(input.answers, today);
  const onScreen = currentQuestion(input, today);
  const asked = w.applicable.filter((id) => id !== w.next && input.sources[id] === 'user');
  const before = onScreen && asked.includes(onScreen) ? asked.slice(0, asked.indexOf(onScreen)) : asked;
  const prev = before[before.length - 1];
  if (!prev) return { flow: structuredClone(input), moved: false };
  const flow = structuredClone(input);
  flow.editing = prev;
  flow.status = 'asking';
  return { flow, moved: true };
}

export function confirm(input: GuideFlow, today: string): GuideFlow | undefined {
  if (walk(input.answers, today).next || input.editing) return undefined;
  return { ...structuredClone(input), status: 'result' };
}

export interface Progress {
  n: number;
  total: number;
  /** A question changed from the review: every question is known, so the count is exact. */
  exact: boolean;
}

export function progress(flow: GuideFlow, today: string): Progress {
  const w = walk(flow.answers, today);
  if (flow.editing) {
    // Only the questions the user sees count (not those answered by default or by the checklist).
    const shown = w.applicable.filter((id) => id === flow.editing || flow.sources[id] === 'user');
    return { n: shown.indexOf(flow.editing) + 1, total: shown.length, exact: true };
  }
  const done = w.applicable.filter((id) => id !== w.next && flow.sources[id] === 'user').length;
  return { n: done + 1, total: done + estimateRemaining(flow.answers, today), exact: false };
}

/** How many answers the user gave in this run (for "Fortsette der du slapp?"). */
export function userAnswerCount(flow: GuideFlow): number {
  return Object.values(flow.sources).filter((s) => s === 'user').length;
}

/** The privacy note goes on the first candidate question the user sees. */
export function isFirstCandidateQuestion(flow: GuideFlow, q: QuestionId, today: string): boolean {
  if (!QUESTION_BY_ID[q].aboutCandidate) return false;
  const w = walk(flow.answers, today);
  return !w.applicable.some((id) => id !== q && QUESTION_BY_ID[id].aboutCandidate && flow.sources[id] === 'user');
}

/** The answers that count, with where each came from, for the review card. */
export function reviewRows(flow: GuideFlow, today: string): Array<{ q: QuestionId; value: AnswerValue; source: AnswerSource }> {
  const w = walk(flow.answers, today);
  return w.applicable.filter((id) => w.effective[id] !== undefined).map((q) => ({ q, value: w.effective[q]!, source: flow.sources[q] ?? 'user' }));
}

/** A run nobody has touched for `days` days is deleted (GUIDE_RETENTION_DAYS, default 14). */
export function isExpired(flow: GuideFlow, now: Date, days: number): boolean {
  return now.getTime() - new Date(flow.updatedAt).getTime() > days * 24 * 60 * 60 * 1000;
}

/** The answers about the candidate (dropped with the run when it is finished). */
export const CANDIDATE_QUESTIONS: readonly QuestionId[] = QUESTIONS.filter((q) => q.aboutCandidate).map((q) => q.id);
