/**
 * The vacancy guide: step by step from a vacancy (and maybe a candidate) to the open hiring paths.
 *
 * A run is kept in the Store per user and conversation, with the rule-set version it was built under,
 * only while it is in use: it is deleted when the manager has seen the result and drafted the order to
 * NAV or pressed «Ferdig», starts over or ends it, and at the latest `retentionDays` after its last
 * answer. What the order needs afterwards travels in the cards' button data (see navOrder.ts). The only
 * thing remembered between runs is the sector the user chose (dialogs/shared/prefs.ts).
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { KnowledgeIndex } from '../../knowledge/kb.js';
import type { AdaptiveCard } from '../shared/cardKit.js';
import type { Clock, Store } from '../shared/ports.js';
import { createPrefs } from '../shared/prefs.js';
import type { Actor, ActionTurn, DialogResult, Feature, TextTurn } from '../shared/turn.js';
import { buildCase } from './buildCase.js';
import { confirmCard } from './cards/confirmCard.js';
import { guideNoticeCard } from './cards/noticeCard.js';
import { orderFormCard } from './cards/orderFormCard.js';
import { orderTextCard } from './cards/orderTextCard.js';
import { questionCard } from './cards/questionCard.js';
import { resultCard, type RelatedEntry } from './cards/resultCard.js';
import { reviewCard } from './cards/reviewCard.js';
import {
  answer,
  back,
  confirm,
  currentQuestion,
  edit,
  flowKey,
  isExpired,
  isFirstCandidateQuestion,
  newFlow,
  progress,
  reviewRows,
  settle,
  switchSector,
  userAnswerCount,
  type GuideFlow,
} from './flow.js';
import { DraftSchema, draftFrom, orderSummary, orderText, OrderSummarySchema, validateOrder, type OrderSummary } from './navOrder.js';
import { dateText, osloDate, plain } from './plainText.js';
import { PrefillSchema, type Prefill } from './prefill.js';
import { answerLabel, QUESTION_BY_ID, QUESTION_IDS, type AnswerValue, type QuestionId } from './questions.js';
import { assess, RULESET_VERSION, TITLES, type Assessment } from './rules.js';
import { SECTOR_WORDS, S, type SectorKey } from './strings.js';
import { isQuestion, normalise, parseMonths, parseTyped } from './typedAnswer.js';
import { verdictOf } from './verdict.js';
import { GUIDE_FLOWS } from '../shared/records.js';
import { VERBS } from './verbs.js';
import { walk } from './walk.js';
import { textFor } from '../shared/textFor.js';

export { VERBS as GUIDE_VERBS } from './verbs.js';
export { GUIDE_FLOWS };
export type { GuideFlow } from './flow.js';

export const DEFAULT_RETENTION_DAYS = 14;

export interface GuideDeps {
  store: Store;
  clock: Clock;
  /** The employer's sector, used when the user has not chosen one. */
  defaultSector?: SectorKey;
  /** The current tenant's knowledge index, for related entries on the result card. */
  knowledge?: () => Promise<KnowledgeIndex>;
  /** Days an unfinished run is kept after its last answer (GUIDE_RETENTION_DAYS); default 14. */
  retentionDays?: number;
}

export interface GuideFeature extends Feature {
  /** Deletes the runs nobody has answered for `retentionDays` (a daily job, in every tenant). Returns how many. */
  applyRetention(): Promise<number>;
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
const SwitchData = z.object({ flow: Token, sector: z.enum(['state', 'municipal']) }).passthrough();
const OrderData = z.object({ flow: Token.optional(), order: OrderSummarySchema }).passthrough();
const OrderEditData = z.object({ draft: DraftSchema, order: OrderSummarySchema }).passthrough();

const COMMAND = /^(?:ny stilling|ledig stilling|vurder (?:en )?(?:ledig )?stilling|(?:start )?veileder(?:en)?)[.!]?$/;
const CONFIRM_WORDS = new Set(['ja', 'j', 'ok', 'yes', 'bekreft', 'vis resultat', 'vis resultatet', 'resultat', 'stemmer']);
/** A run touched within this long is "in the middle"; an older one is offered back. */
const RECENT_MS = 60 * 60 * 1000;

export function createGuideFeature(deps: GuideDeps): GuideFeature {
  const flows = deps.store.repo<GuideFlow>(GUIDE_FLOWS);
  const prefs = createPrefs(deps.store);
  // Read when used: bot/ may give each tenant its own limit.
  const days = () => deps.retentionDays ?? DEFAULT_RETENTION_DAYS;
  const now = () => deps.clock.now();
  const today = () => osloDate(now());

  const replace = (card: AdaptiveCard): DialogResult => ({ replace: card });
  const send = (card: AdaptiveCard): DialogResult => ({ send: [{ type: 'card', card }] });
  const notice = (title: string, body: string) => guideNoticeCard(title, body);
  const sectorOf = (flow: GuideFlow): SectorKey | undefined => (flow.answers.sector === 'state' || flow.answers.sector === 'municipal' ? flow.answers.sector : undefined);

  async function save(flow: GuideFlow): Promise<void> {
    flow.updatedAt = now().toISOString();
    await flows.put(flow);
    const sector = sectorOf(flow);
    if (flow.sources.sector === 'user' && sector) await prefs.setSector(flow.userId, sector, 'guide', now());
  }

  /** The user's run in this conversation; one past its retention is deleted and not returned. */
  async function load(actor: Actor): Promise<{ flow?: GuideFlow; expired: boolean }> {
    const key = flowKey(actor.userId, actor.conversationId);
    const stored = await flows.get(key);
    if (!stored) return { expired: false };
    if (isExpired(stored, now(), days())) {
      await flows.remove(key);
      return { expired: true };
    }
    return { flow: stored, expired: false };
  }

  function assessmentOf(flow: GuideFlow): Assessment {
    return assess(buildCase(walk(flow.answers, today()).effective), { today: today() });
  }

  async function related(a: Assessment): Promise<RelatedEntry[]> {
    if (!deps.knowledge) return [];
    const knowledge = await deps.knowledge();
    const words = [
      ...a.paths.filter((p) => p.applies !== 'no' && !p.id.endsWith('.ordinary')).map((p) => textFor(TITLES, p.id, 'path title')),
      ...a.measures.map((m) => m.id.replace(/^nav\./, '').replace(/-/g, ' ')),
    ].filter(Boolean);
    const query = words.join(' ') || 'ansettelse nav inkludering';
    try {
      return knowledge.search(query, 3).map((h) => ({ id: h.entry.id, title: h.entry.title, summary: summarise(plain(h.entry.answer, today())) }));
    } catch {
      return [];
    }
  }

  async function renderResult(flow: GuideFlow, opts: { note?: string; info?: string; finished?: boolean } = {}): Promise<AdaptiveCard> {
    let a: Assessment;
    try {
      a = assessmentOf(flow);
    } catch {
      return notice(S.badDataTitle, S.assessFailed);
    }
    const answers = walk(flow.answers, today()).effective;
    const view = {
      token: flow.token,
      sector: sectorOf(flow) ?? 'state',
      assessment: a,
      verdict: verdictOf(a, answers),
      order: orderSummary(answers, a, TITLES as Record<string, string>),
      titles: TITLES as Record<string, string>,
      day: today(),
      rulesDate: dateText(RULESET_VERSION),
      related: await related(a),
      retentionDays: days(),
      note: opts.note,
      info: opts.info,
      finished: opts.finished,
    };
    const c = resultCard(view);
    // Teams refuses cards over 28 KB; the further reading is the first thing to go.
    return JSON.stringify(c).length < 27_000 ? c : resultCard({ ...view, related: [] });
  }

  /** The card for where the run is. `first`: the first card of a run, which says why these rules. */
  async function render(flow: GuideFlow, opts: { note?: string; info?: string; first?: boolean } = {}): Promise<AdaptiveCard> {
    const { note, info } = opts;
    if (flow.status === 'result') return renderResult(flow, { note, info });
    const sector = sectorOf(flow);
    const w = walk(flow.answers, today());
    const q = currentQuestion(flow, today());
    if (!q) {
      const rows = reviewRows(flow, today()).map((r) => ({
        q: r.q,
        label: QUESTION_BY_ID[r.q].strings(sector).review,
        answer: answerLabel(QUESTION_BY_ID[r.q], w.effective, r.value),
        source: r.source,
      }));
      return reviewCard({ token: flow.token, sector, rows, note, info });
    }
    const question = QUESTION_BY_ID[q];
    const s = question.strings(sector);
    const day = today();
    const old = flow.editing === q ? flow.answers[q] : undefined;
    const sectorSource = flow.sources.sector;
    const showSector = opts.first && sector && q !== 'sector' && sectorSource && sectorSource !== 'user';
    return questionCard({
      token: flow.token,
      question,
      strings: { ...s, text: plain(s.text, day), why: plain(s.why, day), ...(s.definition ? { definition: plain(s.definition, day) } : {}) },
      choices: question.choices(w.effective),
      progress: progress(flow, today()),
      sector,
      sectorLine: showSector ? S.sectorWhy[sectorSource](sector) : undefined,
      note,
      info,
      privacy: isFirstCandidateQuestion(flow, q, today()) ? S.privacy(days()) : undefined,
      editing: old === undefined ? undefined : { value: old, label: answerLabel(question, w.effective, old) },
    });
  }

  async function start(actor: Actor, prefill?: Prefill, note?: string, info?: string): Promise<AdaptiveCard> {
    const flow = newFlow({
      userId: actor.userId,
      conversationId: actor.conversationId,
      token: randomUUID(),
      now: now(),
      today: today(),
      rulesetVersion: RULESET_VERSION,
      defaultSector: deps.defaultSector,
      rememberedSector: await prefs.sectorOf(actor.userId),
      prefill,
    });
    await save(flow);
    return render(flow, { note, info, first: true });
  }

  /**
   * «ny stilling», the start button or a new vacancy: a run the user has answered in is not thrown
   * away without asking. A finished result is simply replaced (its order button works on its own).
   */
  async function begin(actor: Actor, prefill?: Prefill, note?: string): Promise<AdaptiveCard> {
    const { flow, expired } = await load(actor);
    if (flow && flow.status !== 'result' && userAnswerCount(flow) > 0) return unfinishedCard(flow, { prefill });
    if (flow) await flows.remove(flow.id);
    return start(actor, prefill, note, expired ? S.expired(days()) : undefined);
  }

  function unfinishedCard(flow: GuideFlow, opts: { prefill?: Prefill; cancelling?: boolean } = {}): AdaptiveCard {
    const recent = now().getTime() - new Date(flow.updatedAt).getTime() < RECENT_MS;
    return confirmCard({
      token: flow.token,
      sector: sectorOf(flow),
      title: opts.cancelling || recent ? S.discardTitle : S.resumeTitle,
      summary: S.unfinished(userAnswerCount(flow), osloDate(new Date(flow.updatedAt)) === today() ? S.today : dateText(osloDate(new Date(flow.updatedAt)))),
      offerDiscard: opts.cancelling,
      prefill: opts.prefill,
    });
  }

  /** A flow saved under other rules keeps its answers, is walked again and never shows a stale result. */
  function reassess(flow: GuideFlow): { flow: GuideFlow; note?: string } {
    if (flow.rulesetVersion === RULESET_VERSION) return { flow };
    const f = structuredClone(flow);
    f.rulesetVersion = RULESET_VERSION;
    if (walk(f.answers, today()).next) f.status = 'asking';
    return { flow: settle(f, today()), note: S.rulesUpdated };
  }

  type Loaded = { flow: GuideFlow; note?: string } | { result: DialogResult };

  async function loadForAction(turn: ActionTurn, token: string): Promise<Loaded> {
    const { flow: stored, expired } = await load(turn.actor);
    if (expired) return { result: replace(await start(turn.actor, undefined, undefined, S.expired(days()))) };
    if (!stored || stored.token !== token) return { result: replace(notice(S.staleTitle, S.stale)) };
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

  async function applyAnswer(flow: GuideFlow, q: QuestionId, value: AnswerValue): Promise<AdaptiveCard> {
    const out = answer(flow, q, value, today());
    if (!out.ok) return render(flow, { note: out.reason === 'not-current' ? S.staleQuestion : q === 'duration' ? S.badDuration : S.badData });
    await save(out.flow);
    return render(out.flow);
  }

  async function toSector(flow: GuideFlow, sector: SectorKey): Promise<AdaptiveCard> {
    if (sectorOf(flow) === sector && flow.sources.sector === 'user') return render(flow, { info: S.alreadySector(sector) });
    const f = switchSector(flow, sector, today());
    await save(f);
    return render(f, { info: S.switched(sector) });
  }

  /** "kommune", "staten", "bytt sektor" typed at a step that is not the sector question itself. */
  function typedSector(flow: GuideFlow, text: string): SectorKey | undefined {
    const word = SECTOR_WORDS[normalise(text)];
    if (!word) return undefined;
    if (word !== 'toggle') return word;
    return sectorOf(flow) === 'municipal' ? 'state' : 'municipal';
  }

  async function handleText(turn: TextTurn): Promise<DialogResult | undefined> {
    if (turn.actor.conversationType !== 'personal') return undefined;
    const { flow: stored } = await load(turn.actor);
    if (!stored) return undefined;
    const { flow, note } = reassess(stored);
    if (note) await save(flow);
    const q = currentQuestion(flow, today());
    const sector = q !== 'sector' ? typedSector(flow, turn.text) : undefined;
    if (sector) return send(await toSector(flow, sector));
    if (flow.status === 'result') {
      // «avbryt» or «ferdig» after the result: the run is done, and its answers are deleted.
      const t = normalise(turn.text);
      if (t === 'ferdig' || parseTyped(QUESTION_BY_ID.hasCandidate, {}, turn.text).kind === 'cancel') {
        await finish(flow);
        return { send: [{ type: 'text', text: S.finishedTyped }] };
      }
      // Anything else after the result is a question for the knowledge base.
      return undefined;
    }
    const resumeAfterQuestion = async (): Promise<DialogResult> => ({ answerFirst: true, send: [{ type: 'card', card: await render(flow, { info: S.afterQuestion }) }] });

    if (!q) {
      const t = normalise(turn.text);
      if (CONFIRM_WORDS.has(t)) {
        const done = confirm(flow, today());
        if (!done) return send(await render(flow, { note }));
        await save(done);
        return send(await render(done, { note }));
      }
      const typed = parseTyped(QUESTION_BY_ID.hasCandidate, {}, turn.text);
      if (typed.kind === 'back') return send(await goBack(flow));
      if (typed.kind === 'cancel') return send(unfinishedCard(flow, { cancelling: true }));
      if (isQuestion(turn.text)) return resumeAfterQuestion();
      return send(await render(flow, { note: S.reviewTyped }));
    }
    const question = QUESTION_BY_ID[q];
    const w = walk(flow.answers, today());
    const typed = parseTyped(question, w.effective, turn.text);
    switch (typed.kind) {
      case 'answer':
        return send(await applyAnswer(flow, q, typed.value));
      case 'back':
        return send(await goBack(flow));
      case 'cancel':
        return userAnswerCount(flow) > 0 ? send(unfinishedCard(flow, { cancelling: true })) : cancel(flow, true);
      case 'unclear': {
        if (isQuestion(turn.text)) return resumeAfterQuestion();
        const labels = question.choices(w.effective).map((c) => c.label);
        const isYesNo = labels.length <= 3 && labels[0] === 'Ja' && labels[1] === 'Nei';
        const explain = question.kind === 'number' ? S.badTyped.number : isYesNo ? S.badTyped.yesNo : S.badTyped.choice(labels);
        return send(await render(flow, { note: explain }));
      }
    }
  }

  async function goBack(flow: GuideFlow): Promise<AdaptiveCard> {
    if (flow.status === 'result') {
      const f = { ...structuredClone(flow), status: 'review' as const };
      await save(f);
      return render(f);
    }
    const { flow: f, moved } = back(flow, today());
    if (!moved) return render(flow, { note: S.atFirstQuestion });
    await save(f);
    return render(f);
  }

  async function cancel(flow: GuideFlow, typed: boolean): Promise<DialogResult> {
    await flows.remove(flow.id);
    const c = notice(S.cancelledTitle, S.cancelled);
    return typed ? send(c) : replace(c);
  }

  /** Drafted or declined: the run (with the candidate's answers) is deleted. */
  async function finish(flow: GuideFlow): Promise<void> {
    await flows.remove(flow.id);
  }

  const orderFor = async (turn: ActionTurn, token: string | undefined, carried: OrderSummary): Promise<{ flow?: GuideFlow; order: OrderSummary }> => {
    if (!token) return { order: carried };
    const { flow } = await load(turn.actor);
    if (!flow || flow.token !== token || flow.status !== 'result') return { order: carried };
    // While the run exists, the order is built from it rather than from what the card carried.
    const answers = walk(flow.answers, today()).effective;
    try {
      return { flow, order: orderSummary(answers, assessmentOf(flow), TITLES as Record<string, string>) };
    } catch {
      return { flow, order: carried };
    }
  };

  return {
    name: 'guide',
    personalOnly: true,
    commands: [
      {
        id: 'guide.start',
        pattern: COMMAND,
        handle: async (turn) => send(await begin(turn.actor)),
      },
    ],
    actions: {
      [VERBS.start]: async (turn) => {
        const data = StartData.safeParse(turn.data);
        if (!data.success || data.data.prefill === undefined) return send(await begin(turn.actor));
        const prefill = PrefillSchema.safeParse(data.data.prefill);
        return prefill.success ? send(await begin(turn.actor, prefill.data)) : send(await begin(turn.actor, undefined, S.badPrefill));
      },
      [VERBS.answer]: withFlow(AnswerData, async (_turn, flow, data, note) => {
        if (currentQuestion(flow, today()) !== data.q) return replace(await render(flow, { note: note ?? S.staleQuestion }));
        let value: AnswerValue | undefined = data.value;
        if (data.q === 'duration') {
          const raw = data.value ?? data.guideMonths;
          value = typeof raw === 'number' ? raw : typeof raw === 'string' ? parseMonths(raw) : undefined;
          if (value === undefined) return replace(await render(flow, { note: S.badDuration }));
        }
        if (value === undefined) return badData();
        return replace(await applyAnswer(flow, data.q, value));
      }),
      [VERBS.back]: withFlow(FlowData, async (_turn, flow) => replace(await goBack(flow))),
      [VERBS.cancel]: withFlow(FlowData, async (_turn, flow) => (userAnswerCount(flow) > 0 ? replace(unfinishedCard(flow, { cancelling: true })) : cancel(flow, false))),
      [VERBS.edit]: withFlow(EditData, async (_turn, flow, data, note) => {
        const f = data.q ? edit(flow, data.q, today()) : settle({ ...structuredClone(flow), status: 'asking' }, today());
        await save(f);
        return replace(await render(f, { note }));
      }),
      [VERBS.confirm]: withFlow(FlowData, async (_turn, flow, _data, note) => {
        const done = confirm(flow, today());
        if (!done) return replace(await render(flow, { note }));
        await save(done);
        return replace(await render(done, { note }));
      }),
      [VERBS.switchSector]: withFlow(SwitchData, async (_turn, flow, data) => replace(await toSector(flow, data.sector))),
      [VERBS.resume]: withFlow(FlowData, async (_turn, flow, _data, note) => {
        await save(flow); // in use again: its retention counts from now
        return replace(await render(flow, { note, first: true }));
      }),
      [VERBS.startOver]: withFlow(FlowData, async (turn, flow, data) => {
        await flows.remove(flow.id);
        const prefill = PrefillSchema.safeParse(data.prefill);
        return replace(await start(turn.actor, prefill.success ? prefill.data : undefined));
      }),
      [VERBS.discard]: withFlow(FlowData, async (_turn, flow) => cancel(flow, false)),
      // The result card's «Start på nytt»: pressed on the result itself, so no question first.
      [VERBS.restart]: withFlow(FlowData, async (turn, flow) => {
        await flows.remove(flow.id);
        return send(await start(turn.actor));
      }),
      [VERBS.finish]: withFlow(FlowData, async (_turn, flow, _data, note) => {
        if (flow.status !== 'result') return replace(await render(flow, { note }));
        const card = await renderResult(flow, { finished: true });
        await finish(flow);
        return replace(card);
      }),
      [VERBS.navOrder]: async (turn) => {
        const d = OrderData.safeParse(turn.data);
        if (!d.success) return badData();
        const { order } = await orderFor(turn, d.data.flow, d.data.order);
        return send(orderFormCard({ token: d.data.flow, order }));
      },
      [VERBS.navOrderSubmit]: async (turn) => {
        const d = OrderData.safeParse(turn.data);
        if (!d.success) return badData();
        const { flow, order } = await orderFor(turn, d.data.flow, d.data.order);
        const draft = draftFrom(turn.data);
        const v = validateOrder(draft);
        if (!v.ok) return replace(orderFormCard({ token: d.data.flow, order, draft, errors: v.errors }));
        if (flow) await finish(flow);
        return replace(orderTextCard({ orderText: orderText(v.form, order), draft, order }));
      },
      [VERBS.navOrderEdit]: async (turn) => {
        const d = OrderEditData.safeParse(turn.data);
        if (!d.success) return badData();
        return replace(orderFormCard({ order: d.data.order, draft: d.data.draft }));
      },
    },
    onText: handleText,
    help: [{ title: S.helpTitle, description: S.helpDescription, command: S.helpCommand, verb: VERBS.start }],
    async applyRetention() {
      let removed = 0;
      for (const f of await flows.find()) {
        if (isExpired(f, now(), days()) && (await flows.remove(f.id))) removed++;
      }
      return removed;
    },
  };
}

/** The first sentence or two of an entry's answer, without markdown, for the result card. */
function summarise(answer: string): string {
  const plainText = answer
    .replace(/\[([^[\]]+)\]\([^()]+\)/g, '$1')
    .replace(/[*_#>`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (plainText.length <= 200) return plainText;
  const cut = plainText.slice(0, 200);
  const end = cut.lastIndexOf('. ');
  return end > 80 ? cut.slice(0, end + 1) : `${cut.slice(0, cut.lastIndexOf(' '))} …`;
}
