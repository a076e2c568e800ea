/**
 * The guide as a pure state machine over a stored flow: answer, go back, edit, confirm. No storage,
 * no cards; index.ts loads and saves, the card builders render.
 */
import { dependentsOf, isValidAnswer, QUESTION_BY_ID, QUESTIONS, type Answers, type AnswerValue, type PartialCase, type QuestionId } from './questions.js';
import { estimateRemaining, walk } from './walk.js';

export type AnswerSource = 'user' | 'prefill' | 'default' | 'remembered';
export type FlowStatus = 'asking' | 'review' | 'result';

export interface OrderForm {
  title: string;
  tasks: string;
  requirements: string;
  percent: number;
  startDate: string;
}

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
  order?: OrderForm;
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
  if (i.defaultSector) setAnswer(flow, 'sector', i.defaultSector, 'default');
  else if (i.rememberedSector) setAnswer(flow, 'sector', i.rememberedSector, 'remembered');
  if (i.prefill) applyPrefill(flow, i.prefill);
  return settle(flow);
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
export function settle(flow: GuideFlow): GuideFlow {
  const w = walk(flow.answers);
  if (w.next) flow.status = 'asking';
  else if (flow.status === 'asking') flow.status = 'review';
  return flow;
}

export function currentQuestion(flow: GuideFlow): QuestionId | undefined {
  return flow.status === 'asking' ? walk(flow.answers).next : undefined;
}

export type AnswerOutcome = { ok: true; flow: GuideFlow } | { ok: false; reason: 'not-current' | 'invalid' };

/** Answers the current question. Returns a new flow; the input is not changed. */
export function answer(input: GuideFlow, q: QuestionId, value: AnswerValue): AnswerOutcome {
  const flow = structuredClone(input);
  const w = walk(flow.answers);
  if (flow.status !== 'asking' || w.next !== q) return { ok: false, reason: 'not-current' };
  if (!isValidAnswer(QUESTION_BY_ID[q], w.effective, value)) return { ok: false, reason: 'invalid' };
  setAnswer(flow, q, value, 'user');
  return { ok: true, flow: settle(flow) };
}

/** Clears an answer and everything that depended on it; the guide continues from there. */
export function edit(input: GuideFlow, q: QuestionId): GuideFlow {
  const flow = structuredClone(input);
  clear(flow, [q, ...dependentsOf(q)]);
  flow.status = 'asking';
  return settle(flow);
}

/** Goes back to the last question the user answered (prefilled answers are changed on the review). */
export function back(input: GuideFlow): { flow: GuideFlow; moved: boolean } {
  const w = walk(input.answers);
  const asked = w.applicable.filter((id) => id !== w.next && input.sources[id] === 'user');
  const last = asked[asked.length - 1];
  if (!last) return { flow: structuredClone(input), moved: false };
  return { flow: edit(input, last), moved: true };
}

export function confirm(input: GuideFlow): GuideFlow | undefined {
  if (walk(input.answers).next) return undefined;
  return { ...structuredClone(input), status: 'result' };
}

export interface Progress {
  n: number;
  total: number;
}

export function progress(flow: GuideFlow): Progress {
  const w = walk(flow.answers);
  const done = w.applicable.filter((id) => id !== w.next && flow.sources[id] === 'user').length;
  return { n: done + 1, total: done + estimateRemaining(flow.answers) };
}

/** The privacy note goes on the first candidate question the user sees. */
export function isFirstCandidateQuestion(flow: GuideFlow, q: QuestionId): boolean {
  if (!QUESTION_BY_ID[q].aboutCandidate) return false;
  const w = walk(flow.answers);
  return !w.applicable.some((id) => id !== q && QUESTION_BY_ID[id].aboutCandidate && flow.sources[id] === 'user');
}

/** The answers that count, with where each came from, for the review card. */
export function reviewRows(flow: GuideFlow): Array<{ q: QuestionId; value: AnswerValue; source: AnswerSource }> {
  const w = walk(flow.answers);
  return w.applicable.filter((id) => w.effective[id] !== undefined).map((q) => ({ q, value: w.effective[q]!, source: flow.sources[q] ?? 'user' }));
}

export function isExpired(flow: GuideFlow, now: Date, maxAgeDays = 7): boolean {
  return now.getTime() - new Date(flow.updatedAt).getTime() > maxAgeDays * 24 * 60 * 60 * 1000;
}
