/**
 * HR curates the knowledge base from Teams: add, edit, archive and restore entries; browse them all;
 * work the unanswered questions down; see what needs review and how answers are rated; admins grant and
 * revoke the HR role. Every action is checked against the role of the person who pressed or typed it (a
 * card replayed by someone else is judged by who pressed it), refusals are audited and change nothing,
 * and HR's commands answer only in the 1:1 chat. Buttons that page, filter, confirm or undo replace the
 * card they are on, and every list card refreshes itself (Universal Actions) so it shows the current state.
 */
import { z } from 'zod';
import { renderEntry } from '../../knowledge/entries/render.js';
import { action as actionOf, text } from '../shared/cardKit.js';
import type { Audit } from '../shared/audit.js';
import { DEFAULT_TEXT_RETENTION_DAYS } from '../shared/personalData.js';
import type { Clock, Notifier, Store } from '../shared/ports.js';
import { FEEDBACK, type Feedback } from '../shared/records.js';
import { reply, type ActionTurn, type DialogResult, type Feature, type TextTurn } from '../shared/turn.js';
import { notifyWatchers, watcherCount } from './answerWatch.js';
import { answeredNoticeCard } from './cards/answeredNoticeCard.js';
import { messageCard, IN_PLACE, type Notice } from './cards/common.js';
import { conflictCard } from './cards/conflictCard.js';
import { norwegianTime, osloDay } from './cards/dates.js';
import { ANY, entriesCard } from './cards/entriesCard.js';
import { entryCard } from './cards/entryCard.js';
import { entryFormCard, type FormContext } from './cards/entryFormCard.js';
import { feedbackCard, type EntryFeedbackSummary } from './cards/feedbackCard.js';
import { historyCard } from './cards/historyCard.js';
import { menuCard } from './cards/menuCard.js';
import { previewCard } from './cards/previewCard.js';
import { rolesCard } from './cards/rolesCard.js';
import { reviewCard } from './cards/reviewCard.js';
import { unansweredCard, type QueueItem } from './cards/unansweredCard.js';
import { EMPTY_LIST, fold, listEntries, ListStateSchema, pageOf, tagChoices, type ListState } from './entriesList.js';
import { emptyForm, formFromEntry, LIMITS, markdownProblem, readForm, slugify, uniqueId, validateForm } from './entryForm.js';
import { shownVersionOf, type CuratedKnowledge, type EntryView } from './entryStore.js';
import { createQueue } from './queue.js';
import { needsReview } from './review.js';
import type { Roles } from './roles.js';
import { S } from './strings.js';

export { createCuratedKnowledge, ENTRY_HISTORY, ENTRY_OVERLAYS, type CuratedKnowledge, type EntryHistoryEvent, type EntryOverlay, type EntryView } from './entryStore.js';
export { exportFaq, importFaq, type FaqFile, type ImportPlan, type ImportResult } from './faqTransfer.js';
export { Roles } from './roles.js';
export { watchForAnswer, ANSWER_WATCHES, type AnswerWatch } from './answerWatch.js';
export { applyQueueRetention, UNANSWERED_HANDLED, type HandledQuestion } from './queue.js';

const PREVIEW_MAX_CHARS = 26_000;
const QUEUE_PAGE = 5;
const REVIEW_PAGE = 10;
const DAY_MS = 86_400_000;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const entryId = z.string().min(1).max(80);
const page = z.coerce.number().int().min(0).max(10_000).optional().default(0);
const version = z.coerce.number().int().min(0).optional();
const Ctx = z.object({ mode: z.enum(['new', 'edit']), id: z.string().max(80).optional(), version, unansweredId: z.string().max(100).optional() });
const IdData = z.object({ id: entryId });
/** A notice a card shows after an action, rebuilt from the current state on every refresh. */
const EntryNoticeRef = z.object({ kind: z.enum(['retired', 'restored', 'saved', 'reviewed']), id: entryId, version: z.number().int().min(0) });
type EntryNoticeRef = z.infer<typeof EntryNoticeRef>;
const QueueNoticeRef = z.object({ kind: z.enum(['phrasing', 'dismissed']), unansweredId: z.string().min(1).max(100) });
const EntryData = z.object({ id: entryId, notice: EntryNoticeRef.optional(), confirmRetire: z.boolean().optional() });
const StatusData = z.object({ id: entryId, version, list: ListStateSchema.optional(), confirmed: z.boolean().optional() });
const ListData = z.object({
  list: ListStateSchema.optional(),
  apply: z.boolean().optional(),
  query: z.string().max(200).optional(),
  fSector: z.string().max(20).optional(),
  fTag: z.string().max(60).optional(),
  fStatus: z.string().max(20).optional(),
  notice: EntryNoticeRef.optional(),
  confirmRetire: entryId.optional(),
});
const QueueData = z.object({ page, notice: QueueNoticeRef.optional(), confirmDismiss: z.string().max(100).optional() });
const UnansweredData = z.object({ unansweredId: z.string().min(1).max(100), page, confirmed: z.boolean().optional() });
const PhrasingData = z.object({ unansweredId: z.string().min(1).max(100), entryId, page });
const ReviewData = z.object({ page, notice: EntryNoticeRef.optional() });
const MarkReviewedData = z.object({ id: entryId, version: z.coerce.number().int().min(0), page });
const TargetData = z.object({ target: z.string().regex(GUID), confirmed: z.boolean().optional() });

export interface HrDeps {
  store: Store;
  clock: Clock;
  roles: Roles;
  audit: Audit;
  knowledgeAdmin: CuratedKnowledge;
  /** Tells people who asked to hear when HR has answered their question. */
  notifier: Notifier;
  /** How many days questions and comments are kept (shown to HR); default 90. */
  textRetentionDays?: number;
}

type Turn = TextTurn | ActionTurn;
const dataOf = (turn: Turn): Record<string, unknown> => ('data' in turn ? turn.data : {});
const inPlace = (turn: Turn) => dataOf(turn).inPlace === true;
/** Replaces the card the button was on, or sends a new one (a typed command, a menu button). */
const show = (turn: Turn, c: Parameters<typeof reply.card>[0]): DialogResult => (inPlace(turn) ? reply.replace(c) : reply.card(c));
const today = (turn: Turn) => osloDay(turn.now);

export function createHrFeature(deps: HrDeps): Feature {
  const { roles, audit, knowledgeAdmin: kb, store, notifier } = deps;
  const queue = createQueue(store);
  // Read when shown: bot/ gives each tenant its own limit.
  const retentionDays = () => deps.textRetentionDays ?? DEFAULT_TEXT_RETENTION_DAYS;
  const feedback = store.repo<Feedback>(FEEDBACK);
  const bad = (turn: Turn) => (inPlace(turn) ? reply.replace(messageCard(S.badData)) : reply.text(S.badData));

  /** 1:1 only, then the role; a refusal is audited and changes nothing. */
  const guard =
    (name: string, role: 'hr' | 'admin', fn: (turn: Turn) => Promise<DialogResult>, target?: (turn: Turn) => string | undefined) =>
    async (turn: Turn): Promise<DialogResult> => {
      if (turn.actor.conversationType !== 'personal') return inPlace(turn) ? reply.replace(messageCard(S.personalOnly)) : reply.text(S.personalOnly);
      const allowed = role === 'admin' ? await roles.isAdmin(turn.actor) : await roles.isHr(turn.actor);
      if (!allowed) {
        await audit.log({ actor: turn.actor.userId, action: name, target: target?.(turn), outcome: 'denied', at: turn.now });
        const message = role === 'admin' ? S.deniedAdmin : S.denied;
        return inPlace(turn) ? reply.replace(messageCard(role === 'admin' ? message : S.deniedCard)) : reply.text(message);
      }
      return fn(turn);
    };
  const hrOnly = (name: string, fn: (turn: Turn) => Promise<DialogResult>, target?: (turn: Turn) => string | undefined) => guard(name, 'hr', fn, target);
  const adminOnly = (name: string, fn: (turn: Turn) => Promise<DialogResult>, target?: (turn: Turn) => string | undefined) => guard(name, 'admin', fn, target);
  const idOf = (t: Turn) => String(dataOf(t).id ?? '');

  const lastChange = async (id: string): Promise<{ by: string; at: string }> => {
    const last = (await kb.history(id)).at(-1);
    return last ? { by: last.by, at: norwegianTime(last.at) } : { by: S.someoneElse, at: '' };
  };

  // ---- notices rebuilt from the current state (so a refresh never shows a stale one) ----
  const entryNotice = async (ref: EntryNoticeRef | undefined, list?: ListState): Promise<Notice | undefined> => {
    if (!ref) return undefined;
    const v = await kb.get(ref.id);
    if (!v || v.version !== ref.version) return undefined;
    const back = { id: v.entry.id, version: v.version, ...(list ? { list } : {}), ...IN_PLACE };
    if (ref.kind === 'retired' && v.status === 'retired') return { text: S.retired(v.entry.title), actions: [actionOf(S.undo, 'hr.restore', back)] };
    if (ref.kind === 'restored' && v.status === 'active') return { text: S.restored(v.entry.title) };
    if (ref.kind === 'saved') return { text: S.saved(v.entry.title) };
    if (ref.kind === 'reviewed') return { text: S.review.markedReviewed(v.entry.title) };
    return undefined;
  };

  // ---- the menu ----
  const reviewItems = async (day: string) => needsReview(await kb.list(), await feedback.find(), day);
  const menu = async (turn: Turn) =>
    show(
      turn,
      menuCard(await roles.isAdmin(turn.actor), {
        entries: (await kb.list()).length,
        unanswered: (await queue.waiting()).length,
        review: (await reviewItems(today(turn))).length,
        feedback: await feedback.count(),
      }),
    );

  // ---- one entry ----
  const editForm = async (id: string): Promise<DialogResult> => {
    const v = await kb.get(id);
    if (!v) return reply.text(S.unknownEntry(id));
    return reply.card(entryFormCard(formFromEntry(v.entry), { mode: 'edit', id, version: v.version }));
  };
  const entryView = async (turn: Turn, id: string, opts: { notice?: Notice; noticeRef?: EntryNoticeRef; confirmRetire?: boolean } = {}): Promise<DialogResult> => {
    const v = await kb.get(id);
    if (!v) return inPlace(turn) ? reply.replace(messageCard(S.unknownEntry(id))) : reply.text(S.unknownEntry(id));
    const notice = opts.notice ?? (await entryNotice(opts.noticeRef));
    return show(
      turn,
      entryCard(v, {
        notice,
        confirmRetire: opts.confirmRetire,
        refreshData: { ...(opts.noticeRef ? { notice: opts.noticeRef } : {}), ...(opts.confirmRetire ? { confirmRetire: true } : {}) },
      }),
    );
  };

  // ---- the list ----
  const listView = async (turn: Turn, state: ListState, opts: { noticeRef?: EntryNoticeRef; notice?: Notice; confirmRetire?: string } = {}): Promise<DialogResult> => {
    const views = await kb.list();
    const p = listEntries(views, state);
    const shown = { ...state, page: p.page };
    const notice = opts.notice ?? (await entryNotice(opts.noticeRef, shown));
    const refreshData = { ...(opts.noticeRef ? { notice: opts.noticeRef } : {}), ...(opts.confirmRetire ? { confirmRetire: opts.confirmRetire } : {}) };
    return show(turn, entriesCard({ page: p, state: shown, tags: tagChoices(views, state.tag), notice, confirmRetire: opts.confirmRetire, refreshData }));
  };
  const filtersFromInputs = (d: z.infer<typeof ListData>): ListState =>
    ListStateSchema.parse({
      q: (d.query ?? '').trim(),
      sector: ['state', 'municipal', 'both'].includes(d.fSector ?? '') ? d.fSector : '',
      tag: d.fTag?.trim() === ANY ? '' : (d.fTag ?? '').trim(),
      status: ['active', 'retired', 'changed'].includes(d.fStatus ?? '') ? d.fStatus : '',
      page: 0,
    });

  /** Archive (after confirmation) or restore, from the list or from the entry's own card. */
  const setStatus = async (turn: Turn, d: z.infer<typeof StatusData>, status: 'active' | 'retired'): Promise<DialogResult> => {
    const action = status === 'retired' ? 'entry.retire' : 'entry.restore';
    const again = (opts: { noticeRef?: EntryNoticeRef; notice?: Notice; confirmRetire?: boolean }) =>
      d.list ? listView(turn, d.list, { ...opts, confirmRetire: opts.confirmRetire ? d.id : undefined }) : entryView(turn, d.id, opts);
    if (status === 'retired' && !d.confirmed) return again({ confirmRetire: true });
    const r = await kb.setStatus(d.id, status, d.version, turn.actor.userId, turn.now);
    if (!r) return inPlace(turn) ? reply.replace(messageCard(S.unknownEntry(d.id))) : reply.text(S.unknownEntry(d.id));
    if (!r.ok) {
      await audit.log({ actor: turn.actor.userId, action, target: d.id, outcome: 'denied', detail: 'version conflict', at: turn.now });
      const last = await lastChange(d.id);
      return again({ notice: { text: S.conflictStatus(last.by, last.at), style: 'attention' } });
    }
    await audit.log({ actor: turn.actor.userId, action, target: d.id, outcome: 'ok', at: turn.now });
    return again({ noticeRef: { kind: status === 'retired' ? 'retired' : 'restored', id: d.id, version: r.view.version } });
  };

  // ---- the unanswered queue ----
  const queueView = async (
    turn: Turn,
    pageNo: number,
    opts: { notice?: Notice; noticeRef?: z.infer<typeof QueueNoticeRef>; confirmDismiss?: string } = {},
  ): Promise<DialogResult> => {
    const all = await queue.waiting();
    const index = await kb.index();
    const day = today(turn);
    const p = pageOf(all, pageNo, QUEUE_PAGE);
    const items: QueueItem[] = [];
    for (const q of p.items) {
      items.push({ question: q, candidates: index.search(q.question, 3).map((h) => renderEntry(h.entry, day)), watchers: await watcherCount(store, q.id) });
    }
    const oldestAt = all.reduce<string | undefined>((min, q) => (!min || q.firstAsked < min ? q.firstAsked : min), undefined);
    const oldest = oldestAt ? { at: oldestAt, days: Math.max(0, Math.floor((turn.now.getTime() - Date.parse(oldestAt)) / DAY_MS)) } : undefined;
    const notice = opts.notice ?? (await queueNotice(opts.noticeRef, p.page));
    const refreshData = { ...(opts.noticeRef ? { notice: opts.noticeRef } : {}), ...(opts.confirmDismiss ? { confirmDismiss: opts.confirmDismiss } : {}) };
    return show(turn, unansweredCard({ page: { ...p, items }, oldest, notice, confirmDismiss: opts.confirmDismiss, refreshData, retentionDays: retentionDays() }));
  };
  const queueNotice = async (ref: z.infer<typeof QueueNoticeRef> | undefined, pageNo: number): Promise<Notice | undefined> => {
    if (!ref) return undefined;
    const h = await queue.handled(ref.unansweredId);
    if (!h || h.outcome !== ref.kind) return undefined;
    const q = h.question.slice(0, 200);
    if (h.outcome === 'dismissed') return { text: S.queue.dismissed(q), actions: [actionOf(S.undo, 'hr.undoDismiss', { unansweredId: h.id, page: pageNo, ...IN_PLACE })] };
    const v = h.entryId ? await kb.get(h.entryId) : undefined;
    return { text: S.queue.added(q, v?.entry.title ?? h.entryId ?? ''), actions: [actionOf(S.undo, 'hr.undoPhrasing', { unansweredId: h.id, page: pageNo, ...IN_PLACE })] };
  };
  const notifyAnswered = (unansweredId: string, question: string, answer?: { entryId: string; title: string }) =>
    notifyWatchers(store, notifier, unansweredId, [{ type: 'card', card: answeredNoticeCard(question, answer) }]);

  /** Adds `question` as a phrasing of the entry; retried once if the entry changed in between. */
  const addPhrasing = async (id: string, question: string, by: string, at: Date): Promise<{ ok: true; view: EntryView } | { ok: false; message: string }> => {
    for (let attempt = 0; attempt < 2; attempt++) {
      const v = await kb.get(id);
      if (!v || v.status !== 'active') return { ok: false, message: S.queue.entryGone };
      if (v.entry.questions.some((x) => fold(x) === fold(question))) return { ok: true, view: v };
      if (v.entry.questions.length >= LIMITS.questions) return { ok: false, message: S.queue.tooManyPhrasings(v.entry.title) };
      const r = await kb.save({ ...v.entry, questions: [...v.entry.questions, question] }, v.version, by, at);
      if (r.ok) return { ok: true, view: r.view };
    }
    return { ok: false, message: S.conflictStatus(S.someoneElse, '') };
  };

  // ---- review and feedback ----
  const reviewView = async (turn: Turn, pageNo: number, opts: { notice?: Notice; noticeRef?: EntryNoticeRef } = {}) => {
    const p = pageOf(await reviewItems(today(turn)), pageNo, REVIEW_PAGE);
    const notice = opts.notice ?? (await entryNotice(opts.noticeRef));
    return show(turn, reviewCard({ page: p, notice, refreshData: opts.noticeRef ? { notice: opts.noticeRef } : {} }));
  };
  const feedbackSummary = async (): Promise<EntryFeedbackSummary[]> => {
    const by = new Map<string, EntryFeedbackSummary>();
    for (const f of await feedback.find()) {
      const row = by.get(f.entryId) ?? { entryId: f.entryId, title: (await kb.get(f.entryId))?.entry.title ?? f.entryId, up: 0, down: 0, comments: [] };
      if (f.vote === 'up') row.up++;
      else row.down++;
      if (f.comment) row.comments.push(f.comment);
      by.set(f.entryId, row);
    }
    return [...by.values()].sort((a, b) => b.down - a.down || b.up - a.up);
  };
  const history = async (turn: Turn, id: string) => {
    const v = await kb.get(id);
    if (!v) return inPlace(turn) ? reply.replace(messageCard(S.unknownEntry(id))) : reply.text(S.unknownEntry(id));
    return show(
      turn,
      historyCard(id, v.entry.title, await kb.history(id), norwegianTime, (n) => shownVersionOf(v.origin, n)),
    );
  };
  const rolesView = async (turn: Turn, opts: { notice?: Notice; confirmRevoke?: string } = {}) => show(turn, rolesCard(await roles.hrAdvisers(), norwegianTime, opts));

  // ---- saving the form ----
  const save = async (turn: Turn): Promise<DialogResult> => {
    const data = dataOf(turn);
    const ctx = Ctx.safeParse(data);
    if (!ctx.success) return bad(turn);
    const values = readForm(data);
    const existing = ctx.data.mode === 'edit' && ctx.data.id ? await kb.get(ctx.data.id) : undefined;
    if (ctx.data.mode === 'edit' && !existing) return reply.text(S.unknownEntry(ctx.data.id ?? ''));
    const taken = new Set((await kb.list()).map((v) => v.entry.id));
    const id = existing ? existing.entry.id : uniqueId(slugify(values.title), (x) => taken.has(x));
    const v = validateForm(values, { id, lastReviewed: today(turn), related: existing?.entry.related, previousSources: existing?.entry.sources });
    if (!v.ok) return reply.replace(entryFormCard(values, ctx.data, { errors: v.errors }));
    const result = existing ? await kb.save(v.entry, ctx.data.version ?? -1, turn.actor.userId, turn.now) : await kb.create(v.entry, turn.actor.userId, turn.now);
    if (!result.ok) {
      await audit.log({ actor: turn.actor.userId, action: 'entry.save', target: id, outcome: 'denied', detail: 'version conflict', at: turn.now });
      const last = await lastChange(id);
      return reply.replace(conflictCard(result.conflict.entry, result.conflict.version, last.by, last.at, values, ctx.data));
    }
    await audit.log({ actor: turn.actor.userId, action: existing ? 'entry.edit' : 'entry.create', target: id, outcome: 'ok', at: turn.now });
    let notified = 0;
    if (ctx.data.unansweredId) {
      const handled = await queue.handle(ctx.data.unansweredId, 'entry', turn.actor.userId, turn.now, id);
      if (handled) {
        await audit.log({ actor: turn.actor.userId, action: 'unanswered.answer', target: handled.id, outcome: 'ok', detail: `entry ${id}`, at: turn.now });
        notified = await notifyAnswered(handled.id, handled.question, { entryId: id, title: v.entry.title });
      }
    }
    const noticeRef: EntryNoticeRef = { kind: 'saved', id, version: result.view.version };
    return reply.replace(entryCard(result.view, { notice: { text: S.saved(v.entry.title) + (notified ? S.queue.notified(notified) : '') }, refreshData: { notice: noticeRef } }));
  };

  const newForm = async () => reply.card(entryFormCard(emptyForm(), { mode: 'new' }));

  return {
    name: 'hr',
    help: [
      { ...S.help.menu, verb: 'hr.menu', roles: ['hr', 'admin'] },
      { ...S.help.newEntry, verb: 'hr.newEntry', roles: ['hr', 'admin'] },
      { ...S.help.entries, verb: 'hr.entries', roles: ['hr', 'admin'] },
      { ...S.help.unanswered, verb: 'hr.unanswered', roles: ['hr', 'admin'] },
      { ...S.help.review, verb: 'hr.review', roles: ['hr', 'admin'] },
      { ...S.help.feedback, verb: 'hr.feedback', roles: ['hr', 'admin'] },
      { ...S.help.roles, verb: 'hr.roles', roles: ['admin'] },
    ],
    commands: [
      { id: 'menu', pattern: /^(?:hr|hr-meny|hr meny)$/, handle: hrOnly('hr.menu', menu) },
      { id: 'new', pattern: /^ny oppf(?:ø|o)ring$/, handle: hrOnly('entry.new', newForm) },
      {
        id: 'edit',
        pattern: /^rediger (\S+)$/,
        handle: (turn, m) =>
          hrOnly(
            'entry.edit',
            () => editForm(m[1]),
            () => m[1],
          )(turn),
      },
      {
        id: 'retire',
        pattern: /^(?:arkiver|pensjoner) (\S+)$/,
        handle: (turn, m) =>
          hrOnly(
            'entry.retire',
            (t) => entryView(t, m[1], { confirmRetire: true }),
            () => m[1],
          )(turn),
      },
      {
        id: 'restore',
        pattern: /^gjenopprett (\S+)$/,
        handle: (turn, m) =>
          hrOnly(
            'entry.restore',
            (t) => setStatus(t, { id: m[1] }, 'active'),
            () => m[1],
          )(turn),
      },
      {
        id: 'history',
        pattern: /^historikk (\S+)$/,
        handle: (turn, m) =>
          hrOnly(
            'entry.history',
            (t) => history(t, m[1]),
            () => m[1],
          )(turn),
      },
      {
        id: 'entries',
        pattern: /^oppf(?:ø|o)ringer(?: (.+))?$/,
        handle: (turn, m) => hrOnly('entry.list', (t) => listView(t, { ...EMPTY_LIST, q: (m[1] ?? '').slice(0, 200) }))(turn),
      },
      { id: 'unanswered', pattern: /^ubesvarte(?: spørsmål)?$/, handle: hrOnly('unanswered.list', (t) => queueView(t, 0)) },
      { id: 'review', pattern: /^(?:trenger )?gjennomgang$/, handle: hrOnly('entry.review.list', (t) => reviewView(t, 0)) },
      { id: 'feedback', pattern: /^tilbakemeldinger$/, handle: hrOnly('feedback.list', async (t) => show(t, feedbackCard(await feedbackSummary(), retentionDays()))) },
      { id: 'roles', pattern: /^hr-tilganger$/, handle: adminOnly('roles.list', (t) => rolesView(t)) },
      {
        id: 'grant',
        pattern: /^gi hr-tilgang(?: (\S+))?$/,
        handle: (turn, m) =>
          adminOnly(
            'roles.grant',
            async (t) => {
              if (!m[1] || !GUID.test(m[1])) return reply.text(S.badObjectId);
              await roles.grantHr(m[1], t.actor.userId, t.now);
              await audit.log({ actor: t.actor.userId, action: 'roles.grant', target: m[1].toLowerCase(), outcome: 'ok', at: t.now });
              return reply.text(S.granted(m[1].toLowerCase()));
            },
            () => m[1],
          )(turn),
      },
      {
        id: 'revoke',
        pattern: /^fjern hr-tilgang(?: (\S+))?$/,
        handle: (turn, m) =>
          adminOnly(
            'roles.revoke',
            async (t) => {
              if (!m[1] || !GUID.test(m[1])) return reply.text(S.badObjectId);
              const removed = await roles.revokeHr(m[1]);
              await audit.log({ actor: t.actor.userId, action: 'roles.revoke', target: m[1].toLowerCase(), outcome: 'ok', at: t.now });
              return reply.text(removed ? S.revoked(m[1].toLowerCase()) : S.notHr(m[1].toLowerCase()));
            },
            () => m[1],
          )(turn),
      },
    ],
    actions: {
      'hr.menu': hrOnly('hr.menu', menu),
      'hr.newEntry': hrOnly('entry.new', newForm),
      'hr.edit': hrOnly(
        'entry.edit',
        async (t) => {
          const d = IdData.safeParse(dataOf(t));
          return d.success ? editForm(d.data.id) : bad(t);
        },
        idOf,
      ),
      'hr.editForm': hrOnly('entry.edit', async (t) => {
        const ctx = Ctx.safeParse(dataOf(t));
        return ctx.success ? reply.replace(entryFormCard(readForm(dataOf(t)), ctx.data)) : bad(t);
      }),
      'hr.preview': hrOnly('entry.preview', async (t) => {
        const data = dataOf(t);
        const ctx = Ctx.safeParse(data);
        if (!ctx.success) return bad(t);
        const values = readForm(data);
        const existing = ctx.data.id ? await kb.get(ctx.data.id) : undefined;
        const v = validateForm(values, { id: ctx.data.id ?? slugify(values.title), lastReviewed: today(t), previousSources: existing?.entry.sources });
        if (!v.ok) return reply.replace(entryFormCard(values, ctx.data, { errors: v.errors }));
        const preview = previewCard(v.entry, values, ctx.data as FormContext, today(t));
        // The preview carries the typed text on two buttons besides showing it; a very long entry would
        // pass the size Teams accepts for a card, so it is then saved from the form directly.
        if (JSON.stringify(preview).length > PREVIEW_MAX_CHARS)
          return reply.replace(entryFormCard(values, ctx.data, { notice: [text(S.previewTooLarge, { color: 'Attention' })] }));
        return reply.replace(preview);
      }),
      'hr.save': hrOnly('entry.save', save, idOf),
      'hr.entry': hrOnly(
        'entry.show',
        async (t) => {
          const d = EntryData.safeParse(dataOf(t));
          return d.success ? entryView(t, d.data.id, { noticeRef: d.data.notice, confirmRetire: d.data.confirmRetire }) : bad(t);
        },
        idOf,
      ),
      'hr.retire': hrOnly(
        'entry.retire',
        async (t) => {
          const d = StatusData.safeParse(dataOf(t));
          return d.success ? setStatus(t, d.data, 'retired') : bad(t);
        },
        idOf,
      ),
      'hr.restore': hrOnly(
        'entry.restore',
        async (t) => {
          const d = StatusData.safeParse(dataOf(t));
          return d.success ? setStatus(t, d.data, 'active') : bad(t);
        },
        idOf,
      ),
      'hr.history': hrOnly(
        'entry.history',
        async (t) => {
          const d = IdData.safeParse(dataOf(t));
          return d.success ? history(t, d.data.id) : bad(t);
        },
        idOf,
      ),
      'hr.entries': hrOnly('entry.list', async (t) => {
        const d = ListData.safeParse(dataOf(t));
        if (!d.success) return bad(t);
        const state = d.data.apply ? filtersFromInputs(d.data) : (d.data.list ?? EMPTY_LIST);
        return listView(t, state, { noticeRef: d.data.notice, confirmRetire: d.data.confirmRetire });
      }),
      'hr.unanswered': hrOnly('unanswered.list', async (t) => {
        const d = QueueData.safeParse(dataOf(t));
        return d.success ? queueView(t, d.data.page, { noticeRef: d.data.notice, confirmDismiss: d.data.confirmDismiss }) : bad(t);
      }),
      'hr.answerUnanswered': hrOnly('unanswered.answer', async (t) => {
        const d = UnansweredData.safeParse(dataOf(t));
        if (!d.success) return bad(t);
        const q = await queue.get(d.data.unansweredId);
        if (!q) return reply.text(S.queue.gone);
        return reply.card(entryFormCard(emptyForm(q.question.replace(/\s+/g, ' ').trim()), { mode: 'new', unansweredId: q.id }));
      }),
      'hr.addPhrasing': hrOnly(
        'unanswered.phrasing',
        async (t) => {
          const d = PhrasingData.safeParse(dataOf(t));
          if (!d.success) return bad(t);
          const q = await queue.get(d.data.unansweredId);
          if (!q) return queueView(t, d.data.page, { notice: { text: S.queue.gone, style: 'warning' } });
          const phrasing = q.question.replace(/\s+/g, ' ').trim();
          if (phrasing.length < 3 || phrasing.length > 300 || markdownProblem(phrasing))
            return queueView(t, d.data.page, { notice: { text: S.queue.badPhrasing, style: 'attention' } });
          const r = await addPhrasing(d.data.entryId, phrasing, t.actor.userId, t.now);
          if (!r.ok) return queueView(t, d.data.page, { notice: { text: r.message, style: 'attention' } });
          await audit.log({ actor: t.actor.userId, action: 'entry.addPhrasing', target: d.data.entryId, outcome: 'ok', detail: `unanswered ${q.id}`, at: t.now });
          await queue.handle(q.id, 'phrasing', t.actor.userId, t.now, d.data.entryId);
          const sent = await notifyAnswered(q.id, q.question, { entryId: d.data.entryId, title: r.view.entry.title });
          const noticeRef = { kind: 'phrasing' as const, unansweredId: q.id };
          const base = await queueNotice(noticeRef, d.data.page);
          return queueView(t, d.data.page, { noticeRef, notice: base && sent ? { ...base, text: base.text + S.queue.notified(sent) } : base });
        },
        (t) => String(dataOf(t).entryId ?? ''),
      ),
      'hr.undoPhrasing': hrOnly('unanswered.undoPhrasing', async (t) => {
        const d = UnansweredData.safeParse(dataOf(t));
        if (!d.success) return bad(t);
        const h = await queue.handled(d.data.unansweredId);
        if (!h || h.outcome !== 'phrasing' || !h.entryId) return queueView(t, d.data.page);
        const phrasing = h.question.replace(/\s+/g, ' ').trim();
        const v = await kb.get(h.entryId);
        if (v && v.entry.questions.length > 1 && v.entry.questions.includes(phrasing)) {
          const r = await kb.save({ ...v.entry, questions: v.entry.questions.filter((x) => x !== phrasing) }, v.version, t.actor.userId, t.now);
          if (!r.ok) return queueView(t, d.data.page, { notice: { text: S.conflictStatus(S.someoneElse, ''), style: 'attention' } });
          await audit.log({ actor: t.actor.userId, action: 'entry.removePhrasing', target: h.entryId, outcome: 'ok', detail: `unanswered ${h.id}`, at: t.now });
        }
        await queue.reopen(h.id);
        await audit.log({ actor: t.actor.userId, action: 'unanswered.reopen', target: h.id, outcome: 'ok', at: t.now });
        return queueView(t, d.data.page, { notice: { text: S.queue.removedPhrasing(h.question.slice(0, 200), v?.entry.title ?? h.entryId) } });
      }),
      'hr.dismissUnanswered': hrOnly(
        'unanswered.dismiss',
        async (t) => {
          const d = UnansweredData.safeParse(dataOf(t));
          if (!d.success) return bad(t);
          if (!d.data.confirmed) return queueView(t, d.data.page, { confirmDismiss: d.data.unansweredId });
          const h = await queue.handle(d.data.unansweredId, 'dismissed', t.actor.userId, t.now);
          if (!h) return queueView(t, d.data.page, { notice: { text: S.queue.gone, style: 'warning' } });
          await audit.log({ actor: t.actor.userId, action: 'unanswered.dismiss', target: h.id, outcome: 'ok', at: t.now });
          await notifyAnswered(h.id, h.question);
          return queueView(t, d.data.page, { noticeRef: { kind: 'dismissed', unansweredId: h.id } });
        },
        (t) => String(dataOf(t).unansweredId ?? ''),
      ),
      'hr.undoDismiss': hrOnly(
        'unanswered.reopen',
        async (t) => {
          const d = UnansweredData.safeParse(dataOf(t));
          if (!d.success) return bad(t);
          const h = await queue.handled(d.data.unansweredId);
          if (!h || h.outcome !== 'dismissed') return queueView(t, d.data.page);
          await queue.reopen(h.id);
          await audit.log({ actor: t.actor.userId, action: 'unanswered.reopen', target: h.id, outcome: 'ok', at: t.now });
          return queueView(t, d.data.page, { notice: { text: S.queue.restored(h.question.slice(0, 200)) } });
        },
        (t) => String(dataOf(t).unansweredId ?? ''),
      ),
      'hr.review': hrOnly('entry.review.list', async (t) => {
        const d = ReviewData.safeParse(dataOf(t));
        return d.success ? reviewView(t, d.data.page, { noticeRef: d.data.notice }) : bad(t);
      }),
      'hr.markReviewed': hrOnly(
        'entry.review',
        async (t) => {
          const d = MarkReviewedData.safeParse(dataOf(t));
          if (!d.success) return bad(t);
          const v = await kb.get(d.data.id);
          if (!v) return reviewView(t, d.data.page, { notice: { text: S.unknownEntry(d.data.id), style: 'attention' } });
          const r = await kb.save({ ...v.entry, lastReviewed: today(t) }, d.data.version, t.actor.userId, t.now);
          if (!r.ok) {
            await audit.log({ actor: t.actor.userId, action: 'entry.review', target: d.data.id, outcome: 'denied', detail: 'version conflict', at: t.now });
            const last = await lastChange(d.data.id);
            return reviewView(t, d.data.page, { notice: { text: S.conflictStatus(last.by, last.at), style: 'attention' } });
          }
          await audit.log({ actor: t.actor.userId, action: 'entry.review', target: d.data.id, outcome: 'ok', at: t.now });
          return reviewView(t, d.data.page, { noticeRef: { kind: 'reviewed', id: d.data.id, version: r.view.version } });
        },
        idOf,
      ),
      'hr.feedback': hrOnly('feedback.list', async (t) => show(t, feedbackCard(await feedbackSummary(), retentionDays()))),
      'hr.roles': adminOnly('roles.list', (t) => rolesView(t)),
      'hr.revoke': adminOnly(
        'roles.revoke',
        async (t) => {
          const d = TargetData.safeParse(dataOf(t));
          if (!d.success) return bad(t);
          const target = d.data.target.toLowerCase();
          if (!d.data.confirmed) return rolesView(t, { confirmRevoke: target });
          await roles.revokeHr(target);
          await audit.log({ actor: t.actor.userId, action: 'roles.revoke', target, outcome: 'ok', at: t.now });
          return rolesView(t, { notice: { text: S.revoked(target), actions: [actionOf(S.undo, 'hr.grant', { target, ...IN_PLACE })] } });
        },
        (t) => String(dataOf(t).target ?? ''),
      ),
      'hr.grant': adminOnly(
        'roles.grant',
        async (t) => {
          const d = TargetData.safeParse(dataOf(t));
          if (!d.success) return bad(t);
          const target = d.data.target.toLowerCase();
          await roles.grantHr(target, t.actor.userId, t.now);
          await audit.log({ actor: t.actor.userId, action: 'roles.grant', target, outcome: 'ok', at: t.now });
          return rolesView(t, { notice: { text: S.granted(target) } });
        },
        (t) => String(dataOf(t).target ?? ''),
      ),
    },
  };
}
