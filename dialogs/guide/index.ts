/**
 * The vacancy guide: step by step from a vacancy (and maybe a candidate) to the open hiring paths.
 * The flow is kept in the Store per user and conversation, with the rule-set version it was built under.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { KnowledgeIndex } from '../../knowledge/kb.js';
import type { AdaptiveCard } from '../shared/cardKit.js';
import type { Clock, Store } from '../shared/ports.js';
import { createPrefs } from '../shared/prefs.js';
import type { Actor, ActionTurn, DialogResult, Feature, TextTurn } from '../shared/turn.js';
import { buildCase } from './buildCase.js';
import { guideNoticeCard } from './cards/noticeCard.js';
import { orderFormCard } from './cards/orderFormCard.js';
import { orderTextCard } from './cards/orderTextCard.js';
import { questionCard } from './cards/questionCard.js';
import { resultCard, type RelatedEntry } from './cards/resultCard.js';
import { reviewCard } from './cards/reviewCard.js';
import { answer, back, confirm, edit, flowKey, isExpired, isFirstCandidateQuestion, newFlow, progress, reviewRows, settle, type GuideFlow } from './flow.js';
import { draftFrom, draftOf, orderText, validateOrder } from './navOrder.js';
import { PrefillSchema, type Prefill } from './prefill.js';
import { answerLabel, QUESTION_BY_ID, QUESTION_IDS, type AnswerValue, type QuestionId } from './questions.js';
import { assess, RULESET_VERSION, TITLES, type Assessment } from './rules.js';
import { S } from './strings.js';
import { normalise, parseMonths, parseTyped } from './typedAnswer.js';
import { VERBS } from './verbs.js';
import { walk } from './walk.js';

export { VERBS as GUIDE_VERBS } from './verbs.js';
export type { GuideFlow } from './flow.js';

export interface GuideDeps {
  store: Store;
  clock: Clock;
  defaultSector?: 'state' | 'municipal';
  /** The current tenant's knowledge index, for related entries on the result card. */
  knowledge?: () => Promise<KnowledgeIndex>;
}

const Token = z.string().min(1).max(100);
const FlowData = z.object({ flow: Token }).passthrough();
const AnswerData = z
  .object({
    flow: Token,
    q: z.enum(QUESTION_IDS),
    value: z.union([z.string().max(100), z.number()]).optional(),
    guideMonths: z.union([z.string().max(20), z.number()]).optional(),
  })
  .passthrough();
const EditData = z.object({ flow: Token, q: z.enum(QUESTION_IDS).optional() }).passthrough();
const StartData = z.object({ prefill: z.unknown().optional() }).passthrough();

const COMMAND = /^(?:ny stilling|ledig stilling|vurder (?:en )?(?:ledig )?stilling|(?:start )?veileder(?:en)?)[.!]?$/;
const CONFIRM_WORDS = new Set(['ja', 'j', 'ok', 'yes', 'bekreft', 'vis resultat', 'vis resultatet', 'resultat', 'stemmer']);

export function createGuideFeature(deps: GuideDeps): Feature {
  const flows = deps.store.repo<GuideFlow>('guideFlows');
  const prefs = createPrefs(deps.store);
  const now = () => deps.clock.now();

  const replace = (card: AdaptiveCard): DialogResult => ({ replace: card });
  const send = (card: AdaptiveCard): DialogResult => ({ send: [{ type: 'card', card }] });
  const notice = (title: string, body: string) => guideNoticeCard(title, body);

  async function save(flow: GuideFlow): Promise<void> {
    flow.updatedAt = now().toISOString();
    await flows.put(flow);
    const sector = flow.answers.sector;
    if (!deps.defaultSector && flow.sources.sector === 'user' && (sector === 'state' || sector === 'municipal')) {
      await prefs.setSector(flow.userId, sector, 'guide', now());
    }
  }

  function assessmentOf(flow: GuideFlow): Assessment {
    return assess(buildCase(walk(flow.answers).effective));
  }

  async function related(a: Assessment): Promise<RelatedEntry[]> {
    if (!deps.knowledge) return [];
    const knowledge = await deps.knowledge();
    const words = [
      ...a.paths.filter((p) => p.applies !== 'no' && !p.id.endsWith('.ordinary')).map((p) => TITLES[p.id as keyof typeof TITLES] ?? ''),
      ...a.measures.map((m) => m.id.replace(/^nav\./, '').replace(/-/g, ' ')),
    ].filter(Boolean);
    const query = words.join(' ') || 'ansettelse nav inkludering';
    try {
      return knowledge.search(query, 3).map((h) => ({ id: h.entry.id, title: h.entry.title, summary: summarise(h.entry.answer) }));
    } catch {
      return [];
    }
  }

  async function render(flow: GuideFlow, note?: string): Promise<AdaptiveCard> {
    if (flow.status === 'result') {
      let a: Assessment;
      try {
        a = assessmentOf(flow);
      } catch {
        return notice(S.badDataTitle, S.assessFailed);
      }
      const view = { token: flow.token, assessment: a, titles: TITLES as Record<string, string>, rulesetVersion: RULESET_VERSION, related: await related(a), note };
      const c = resultCard(view);
      // Teams refuses cards over 28 KB; the further reading is the first thing to go.
      return JSON.stringify(c).length < 27_000 ? c : resultCard({ ...view, related: [] });
    }
    const w = walk(flow.answers);
    if (!w.next) {
      const rows = reviewRows(flow).map((r) => ({
        q: r.q,
        label: QUESTION_BY_ID[r.q].strings.review,
        answer: answerLabel(QUESTION_BY_ID[r.q], w.effective, r.value),
        source: r.source,
      }));
      return reviewCard({ token: flow.token, rows, note });
    }
    const q = QUESTION_BY_ID[w.next];
    return questionCard({
      token: flow.token,
      question: q,
      choices: q.choices(w.effective),
      progress: progress(flow),
      note,
      privacy: isFirstCandidateQuestion(flow, q.id),
    });
  }

  async function start(actor: Actor, prefill?: Prefill, note?: string): Promise<AdaptiveCard> {
    const flow = newFlow({
      userId: actor.userId,
      conversationId: actor.conversationId,
      token: randomUUID(),
      now: now(),
      rulesetVersion: RULESET_VERSION,
      defaultSector: deps.defaultSector,
      rememberedSector: await prefs.sectorOf(actor.userId),
      prefill,
    });
    await save(flow);
    return await render(flow, note);
  }

  /** A flow saved under other rules keeps its answers, is walked again and never shows a stale result. */
  function reassess(flow: GuideFlow): { flow: GuideFlow; note?: string } {
    if (flow.rulesetVersion === RULESET_VERSION) return { flow };
    const f = structuredClone(flow);
    f.rulesetVersion = RULESET_VERSION;
    if (walk(f.answers).next) f.status = 'asking';
    return { flow: settle(f), note: S.rulesUpdated };
  }

  type Loaded = { flow: GuideFlow; note?: string } | { result: DialogResult };

  async function loadForAction(turn: ActionTurn, token: string): Promise<Loaded> {
    const key = flowKey(turn.actor.userId, turn.actor.conversationId);
    const stored = await flows.get(key);
    if (!stored || stored.token !== token) return { result: replace(notice(S.staleTitle, S.stale)) };
    if (isExpired(stored, now())) {
      await flows.remove(key);
      return { result: replace(await start(turn.actor, undefined, S.expired)) };
    }
    const r = reassess(stored);
    if (r.note) await save(r.flow);
    return r;
  }

  const badData = (): DialogResult => replace(notice(S.badDataTitle, S.badData));

  /** Wraps a handler that needs the flow the card belongs to. */
  const withFlow =
    <T extends { flow: string }>(schema: z.ZodType<T, z.ZodTypeDef, unknown>, fn: (turn: ActionTurn, flow: GuideFlow, data: T, note?: string) => Promise<DialogResult>) =>
    async (turn: ActionTurn): Promise<DialogResult> => {
      const parsed = schema.safeParse(turn.data);
      if (!parsed.success) return badData();
      const loaded = await loadForAction(turn, parsed.data.flow);
      if ('result' in loaded) return loaded.result;
      return fn(turn, loaded.flow, parsed.data, loaded.note);
    };

  async function applyAnswer(flow: GuideFlow, q: QuestionId, value: AnswerValue): Promise<{ card: AdaptiveCard }> {
    const out = answer(flow, q, value);
    if (!out.ok) return { card: await render(flow, out.reason === 'not-current' ? S.staleQuestion : q === 'duration' ? S.badDuration : S.badData) };
    await save(out.flow);
    return { card: await render(out.flow) };
  }

  async function handleText(turn: TextTurn): Promise<DialogResult | undefined> {
    const key = flowKey(turn.actor.userId, turn.actor.conversationId);
    const stored = await flows.get(key);
    if (!stored || stored.status === 'result') return undefined;
    if (isExpired(stored, now())) {
      await flows.remove(key);
      const q = walk(stored.answers).next;
      const typed = q ? parseTyped(QUESTION_BY_ID[q], walk(stored.answers).effective, turn.text) : undefined;
      // Only what was meant for the guide restarts it; anything else is a question for the knowledge base.
      return typed && typed.kind !== 'unclear' && typed.kind !== 'cancel' ? send(await start(turn.actor, undefined, S.expired)) : undefined;
    }
    const { flow, note } = reassess(stored);
    if (note) await save(flow);
    const w = walk(flow.answers);
    if (flow.status === 'review' || !w.next) {
      const t = normalise(turn.text);
      if (CONFIRM_WORDS.has(t)) {
        const done = confirm(flow);
        if (!done) return send(await render(flow, note));
        await save(done);
        return send(await render(done, note));
      }
      const typed = parseTyped(QUESTION_BY_ID.hasCandidate, {}, turn.text);
      if (typed.kind === 'back') return send(await goBack(flow));
      if (typed.kind === 'cancel') return cancel(flow, true);
      return undefined;
    }
    const q = QUESTION_BY_ID[w.next];
    const typed = parseTyped(q, w.effective, turn.text);
    switch (typed.kind) {
      case 'answer':
        return send((await applyAnswer(flow, q.id, typed.value)).card);
      case 'back':
        return send(await goBack(flow));
      case 'cancel':
        return cancel(flow, true);
      case 'unclear': {
        const labels = q.choices(w.effective).map((c) => c.label);
        const isYesNo = labels.length <= 3 && labels[0] === 'Ja' && labels[1] === 'Nei';
        const explain = q.kind === 'number' ? S.badTyped.number : isYesNo ? S.badTyped.yesNo : S.badTyped.choice(labels);
        return send(await render(flow, explain));
      }
    }
  }

  async function goBack(flow: GuideFlow): Promise<AdaptiveCard> {
    if (flow.status === 'result') {
      const f = { ...structuredClone(flow), status: 'review' as const };
      await save(f);
      return await render(f);
    }
    const { flow: f, moved } = back(flow);
    if (!moved) return await render(flow, S.atFirstQuestion);
    await save(f);
    return await render(f);
  }

  async function cancel(flow: GuideFlow, typed: boolean): Promise<DialogResult> {
    await flows.remove(flow.id);
    return typed ? { send: [{ type: 'text', text: S.typedCancelled }] } : replace(notice(S.cancelledTitle, S.cancelled));
  }

  return {
    name: 'guide',
    commands: [
      {
        id: 'guide.start',
        pattern: COMMAND,
        handle: async (turn) => send(await start(turn.actor)),
      },
    ],
    actions: {
      [VERBS.start]: async (turn) => {
        const data = StartData.safeParse(turn.data);
        if (!data.success) return send(await start(turn.actor));
        if (data.data.prefill === undefined) return send(await start(turn.actor));
        const prefill = PrefillSchema.safeParse(data.data.prefill);
        return prefill.success ? send(await start(turn.actor, prefill.data)) : send(await start(turn.actor, undefined, S.badPrefill));
      },
      [VERBS.answer]: withFlow(AnswerData, async (_turn, flow, data, note) => {
        const w = walk(flow.answers);
        if (flow.status !== 'asking' || w.next !== data.q) return replace(await render(flow, note ?? S.staleQuestion));
        let value: AnswerValue | undefined = data.value;
        if (data.q === 'duration') {
          const raw = data.value ?? data.guideMonths;
          value = typeof raw === 'number' ? raw : typeof raw === 'string' ? parseMonths(raw) : undefined;
          if (value === undefined) return replace(await render(flow, S.badDuration));
        }
        if (value === undefined) return badData();
        return replace((await applyAnswer(flow, data.q, value)).card);
      }),
      [VERBS.back]: withFlow(FlowData, async (_turn, flow) => replace(await goBack(flow))),
      [VERBS.cancel]: withFlow(FlowData, async (_turn, flow) => cancel(flow, false)),
      [VERBS.edit]: withFlow(EditData, async (_turn, flow, data, note) => {
        if (!data.q) {
          const f = settle({ ...structuredClone(flow), status: 'asking' });
          await save(f);
          return replace(await render(f, note));
        }
        const f = edit(flow, data.q);
        await save(f);
        return replace(await render(f, note));
      }),
      [VERBS.confirm]: withFlow(FlowData, async (_turn, flow, _data, note) => {
        const done = confirm(flow);
        if (!done) return replace(await render(flow, note));
        await save(done);
        return replace(await render(done, note));
      }),
      [VERBS.restart]: withFlow(FlowData, async (turn) => send(await start(turn.actor))),
      [VERBS.navOrder]: withFlow(FlowData, async (_turn, flow, _data, note) => {
        if (flow.status !== 'result') return send(await render(flow, note ?? S.noOrderResult));
        return send(orderFormCard({ token: flow.token, draft: flow.order ? draftOf(flow.order) : undefined }));
      }),
      [VERBS.navOrderSubmit]: withFlow(FlowData, async (turn, flow, _data, note) => {
        if (flow.status !== 'result') return replace(await render(flow, note ?? S.noOrderResult));
        const draft = draftFrom(turn.data);
        const v = validateOrder(draft);
        if (!v.ok) return replace(orderFormCard({ token: flow.token, draft, errors: v.errors }));
        const f = { ...structuredClone(flow), order: v.form };
        await save(f);
        const effective = walk(f.answers).effective;
        return replace(orderTextCard({ token: f.token, orderText: orderText(v.form, effective, assessmentOf(f), TITLES as Record<string, string>) }));
      }),
    },
    onText: handleText,
    help: [{ title: S.helpTitle, description: S.helpDescription, command: S.helpCommand, verb: VERBS.start }],
  };
}

/** The first sentence or two of an entry's answer, without markdown, for the result card. */
function summarise(answer: string): string {
  const plain = answer.replace(/\[([^[\]]+)\]\([^()]+\)/g, '$1').replace(/[*_#>`]/g, '').replace(/\s+/g, ' ').trim();
  if (plain.length <= 200) return plain;
  const cut = plain.slice(0, 200);
  const end = cut.lastIndexOf('. ');
  return end > 80 ? cut.slice(0, end + 1) : `${cut.slice(0, cut.lastIndexOf(' '))} …`;
}
