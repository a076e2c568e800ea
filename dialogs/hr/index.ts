/**
 * HR curates the knowledge base from Teams: add, edit, retire and restore entries; see the questions
 * the bot could not answer and the ratings of the answers; admins grant and revoke the HR role.
 * Every action is checked against the role of the person who pressed or typed it (a card replayed by
 * someone else is judged by who pressed it), and refusals are audited and change nothing.
 */
import { z } from 'zod';
import { text } from '../shared/cardKit.js';
import type { Audit } from '../shared/audit.js';
import { DEFAULT_TEXT_RETENTION_DAYS } from '../shared/personalData.js';
import type { Clock, Store } from '../shared/ports.js';
import { FEEDBACK, UNANSWERED, type Feedback, type UnansweredQuestion } from '../shared/records.js';
import { reply, type ActionTurn, type DialogResult, type Feature, type TextTurn } from '../shared/turn.js';
import { conflictCard } from './cards/conflictCard.js';
import { entriesCard } from './cards/entriesCard.js';
import { entryFormCard, type FormContext } from './cards/entryFormCard.js';
import { feedbackCard, type EntryFeedbackSummary } from './cards/feedbackCard.js';
import { historyCard } from './cards/historyCard.js';
import { menuCard } from './cards/menuCard.js';
import { previewCard } from './cards/previewCard.js';
import { rolesCard } from './cards/rolesCard.js';
import { savedCard } from './cards/savedCard.js';
import { unansweredCard } from './cards/unansweredCard.js';
import { emptyForm, formFromEntry, readForm, slugify, uniqueId, validateForm } from './entryForm.js';
import type { CuratedKnowledge } from './entryStore.js';
import type { Roles } from './roles.js';
import { S } from './strings.js';

export { createCuratedKnowledge, ENTRY_HISTORY, ENTRY_OVERLAYS, type CuratedKnowledge, type EntryHistoryEvent, type EntryOverlay, type EntryView } from './entryStore.js';
export { exportFaq, importFaq, type FaqFile, type ImportPlan, type ImportResult } from './faqTransfer.js';
export { Roles } from './roles.js';

const osloTime = new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const fmt = (iso: string) => osloTime.format(new Date(iso));
const PREVIEW_MAX_CHARS = 26_000;
const MAX_UNANSWERED = 20;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const Ctx = z.object({
  mode: z.enum(['new', 'edit']),
  id: z.string().max(80).optional(),
  version: z.coerce.number().int().min(0).optional(),
  unansweredId: z.string().max(100).optional(),
});
const IdData = z.object({ id: z.string().min(1).max(80) });
const StatusData = z.object({ id: z.string().min(1).max(80), version: z.coerce.number().int().min(0).optional() });
const UnansweredData = z.object({ unansweredId: z.string().min(1).max(100) });
const QueryData = z.object({ query: z.string().max(200).optional() });
const TargetData = z.object({ target: z.string().regex(GUID) });

export interface HrDeps {
  store: Store;
  clock: Clock;
  roles: Roles;
  audit: Audit;
  knowledgeAdmin: CuratedKnowledge;
  /** How many days questions and comments are kept (shown to HR); default 90. */
  textRetentionDays?: number;
}

export function createHrFeature(deps: HrDeps): Feature {
  const { roles, audit, knowledgeAdmin: kb } = deps;
  // Read when shown: bot/ may give each tenant its own limit.
  const retentionDays = () => deps.textRetentionDays ?? DEFAULT_TEXT_RETENTION_DAYS;
  const unanswered = deps.store.repo<UnansweredQuestion>(UNANSWERED);
  const feedback = deps.store.repo<Feedback>(FEEDBACK);

  type Turn = TextTurn | ActionTurn;
  const hrOnly = (name: string, fn: (turn: Turn, target?: string) => Promise<DialogResult>, target?: (turn: Turn) => string | undefined) => async (turn: Turn): Promise<DialogResult> => {
    if (!(await roles.isHr(turn.actor))) {
      await audit.log({ actor: turn.actor.userId, action: name, target: target?.(turn), outcome: 'denied', at: turn.now });
      return reply.text(S.denied);
    }
    return fn(turn);
  };
  const adminOnly = (name: string, fn: (turn: Turn) => Promise<DialogResult>, target?: (turn: Turn) => string | undefined) => async (turn: Turn): Promise<DialogResult> => {
    if (!(await roles.isAdmin(turn.actor))) {
      await audit.log({ actor: turn.actor.userId, action: name, target: target?.(turn), outcome: 'denied', at: turn.now });
      return reply.text(S.deniedAdmin);
    }
    return fn(turn);
  };
  const bad = () => reply.text(S.badData);
  const dataOf = (turn: Turn) => ('data' in turn ? turn.data : {});

  const menu = async (turn: Turn) => reply.card(menuCard(await roles.isAdmin(turn.actor), { unanswered: await unanswered.count(), feedback: await feedback.count() }));

  const editForm = async (id: string): Promise<DialogResult> => {
    const v = await kb.get(id);
    if (!v) return reply.text(S.unknownEntry(id));
    return reply.card(entryFormCard(formFromEntry(v.entry), { mode: 'edit', id, version: v.version }));
  };

  const setStatus = async (turn: Turn, id: string, status: 'active' | 'retired', version?: number): Promise<DialogResult> => {
    const r = await kb.setStatus(id, status, version, turn.actor.userId, turn.now);
    if (!r) return reply.text(S.unknownEntry(id));
    if (!r.ok) {
      await audit.log({ actor: turn.actor.userId, action: status === 'retired' ? 'entry.retire' : 'entry.restore', target: id, outcome: 'denied', detail: 'version conflict', at: turn.now });
      const last = await lastChange(id);
      return reply.text(S.conflictStatus(last.by, last.at));
    }
    await audit.log({ actor: turn.actor.userId, action: status === 'retired' ? 'entry.retire' : 'entry.restore', target: id, outcome: 'ok', at: turn.now });
    return reply.text(status === 'retired' ? S.retired(r.view.entry.title) : S.restored(r.view.entry.title));
  };

  const unansweredList = async () => {
    const all = await unanswered.find();
    return unansweredCard(sortedUnanswered(all), all.length, fmt, retentionDays());
  };

  const lastChange = async (id: string): Promise<{ by: string; at: string }> => {
    const last = (await kb.history(id)).at(-1);
    return last ? { by: last.by, at: fmt(last.at) } : { by: S.someoneElse, at: '' };
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

  const save = async (turn: Turn): Promise<DialogResult> => {
    const data = dataOf(turn);
    const ctx = Ctx.safeParse(data);
    if (!ctx.success) return bad();
    const values = readForm(data);
    const existing = ctx.data.mode === 'edit' && ctx.data.id ? await kb.get(ctx.data.id) : undefined;
    if (ctx.data.mode === 'edit' && !existing) return reply.text(S.unknownEntry(ctx.data.id ?? ''));
    const taken = new Set((await kb.list()).map((v) => v.entry.id));
    const id = existing ? existing.entry.id : uniqueId(slugify(values.title), (x) => taken.has(x));
    const v = validateForm(values, { id, lastReviewed: turn.now.toISOString().slice(0, 10), related: existing?.entry.related });
    if (!v.ok) return reply.replace(entryFormCard(values, ctx.data, { errors: v.errors }));
    const result = existing ? await kb.save(v.entry, ctx.data.version ?? -1, turn.actor.userId, turn.now) : await kb.create(v.entry, turn.actor.userId, turn.now);
    if (!result.ok) {
      await audit.log({ actor: turn.actor.userId, action: 'entry.save', target: id, outcome: 'denied', detail: 'version conflict', at: turn.now });
      const last = await lastChange(id);
      return reply.replace(conflictCard(result.conflict.entry, result.conflict.version, last.by, last.at, values, ctx.data));
    }
    await audit.log({ actor: turn.actor.userId, action: existing ? 'entry.edit' : 'entry.create', target: id, outcome: 'ok', at: turn.now });
    if (ctx.data.unansweredId) await unanswered.remove(ctx.data.unansweredId);
    return reply.replace(savedCard(id, v.entry.title, result.view.version));
  };

  return {
    name: 'hr',
    help: [
      { ...S.help.menu, verb: 'hr.menu', roles: ['hr', 'admin'] },
      { ...S.help.newEntry, verb: 'hr.newEntry', roles: ['hr', 'admin'] },
      { ...S.help.unanswered, verb: 'hr.unanswered', roles: ['hr', 'admin'] },
      { ...S.help.feedback, verb: 'hr.feedback', roles: ['hr', 'admin'] },
      { ...S.help.roles, verb: 'hr.roles', roles: ['admin'] },
    ],
    commands: [
      { id: 'menu', pattern: /^(?:hr|hr-meny|hr meny)$/, handle: hrOnly('hr.menu', menu) },
      { id: 'new', pattern: /^ny oppf(?:ø|o)ring$/, handle: hrOnly('entry.new', async () => reply.card(entryFormCard(emptyForm(), { mode: 'new' }))) },
      { id: 'edit', pattern: /^rediger (\S+)$/, handle: (turn, m) => hrOnly('entry.edit', () => editForm(m[1]), () => m[1])(turn) },
      { id: 'retire', pattern: /^(?:arkiver|pensjoner) (\S+)$/, handle: (turn, m) => hrOnly('entry.retire', async (t) => setStatus(t, m[1], 'retired'), () => m[1])(turn) },
      { id: 'restore', pattern: /^gjenopprett (\S+)$/, handle: (turn, m) => hrOnly('entry.restore', async (t) => setStatus(t, m[1], 'active'), () => m[1])(turn) },
      {
        id: 'history',
        pattern: /^historikk (\S+)$/,
        handle: (turn, m) =>
          hrOnly('entry.history', async () => {
            const v = await kb.get(m[1]);
            return v ? reply.card(historyCard(v.entry.title, await kb.history(m[1]), fmt)) : reply.text(S.unknownEntry(m[1]));
          }, () => m[1])(turn),
      },
      { id: 'entries', pattern: /^oppf(?:ø|o)ringer(?: (.+))?$/, handle: (turn, m) => hrOnly('entry.list', async () => reply.card(entriesCard(await findEntries(kb, m[1] ?? ''), m[1] ?? '')))(turn) },
      { id: 'unanswered', pattern: /^ubesvarte(?: spørsmål)?$/, handle: hrOnly('unanswered.list', async () => reply.card(await unansweredList())) },
      { id: 'feedback', pattern: /^tilbakemeldinger$/, handle: hrOnly('feedback.list', async () => reply.card(feedbackCard(await feedbackSummary(), retentionDays()))) },
      { id: 'roles', pattern: /^hr-tilganger$/, handle: adminOnly('roles.list', async () => reply.card(rolesCard(await roles.hrAdvisers(), fmt))) },
      {
        id: 'grant',
        pattern: /^gi hr-tilgang(?: (\S+))?$/,
        handle: (turn, m) =>
          adminOnly('roles.grant', async (t) => {
            if (!m[1] || !GUID.test(m[1])) return reply.text(S.badObjectId);
            await roles.grantHr(m[1], t.actor.userId, t.now);
            await audit.log({ actor: t.actor.userId, action: 'roles.grant', target: m[1].toLowerCase(), outcome: 'ok', at: t.now });
            return reply.text(S.granted(m[1].toLowerCase()));
          }, () => m[1])(turn),
      },
      {
        id: 'revoke',
        pattern: /^fjern hr-tilgang(?: (\S+))?$/,
        handle: (turn, m) =>
          adminOnly('roles.revoke', async (t) => {
            if (!m[1] || !GUID.test(m[1])) return reply.text(S.badObjectId);
            const removed = await roles.revokeHr(m[1]);
            await audit.log({ actor: t.actor.userId, action: 'roles.revoke', target: m[1].toLowerCase(), outcome: 'ok', at: t.now });
            return reply.text(removed ? S.revoked(m[1].toLowerCase()) : S.notHr(m[1].toLowerCase()));
          }, () => m[1])(turn),
      },
    ],
    actions: {
      'hr.menu': hrOnly('hr.menu', menu),
      'hr.newEntry': hrOnly('entry.new', async () => reply.card(entryFormCard(emptyForm(), { mode: 'new' }))),
      'hr.edit': hrOnly('entry.edit', async (t) => {
        const d = IdData.safeParse(dataOf(t));
        return d.success ? editForm(d.data.id) : bad();
      }, (t) => String(dataOf(t).id ?? '')),
      'hr.editForm': hrOnly('entry.edit', async (t) => {
        const ctx = Ctx.safeParse(dataOf(t));
        return ctx.success ? reply.replace(entryFormCard(readForm(dataOf(t)), ctx.data)) : bad();
      }),
      'hr.preview': hrOnly('entry.preview', async (t) => {
        const data = dataOf(t);
        const ctx = Ctx.safeParse(data);
        if (!ctx.success) return bad();
        const values = readForm(data);
        const v = validateForm(values, { id: ctx.data.id ?? slugify(values.title), lastReviewed: t.now.toISOString().slice(0, 10) });
        if (!v.ok) return reply.replace(entryFormCard(values, ctx.data, { errors: v.errors }));
        const preview = previewCard(v.entry, values, ctx.data as FormContext);
        // The preview carries the typed text on two buttons besides showing it; a very long entry would
        // pass the size Teams accepts for a card, so it is then saved from the form directly.
        if (JSON.stringify(preview).length > PREVIEW_MAX_CHARS) return reply.replace(entryFormCard(values, ctx.data, { notice: [text(S.previewTooLarge, { color: 'Attention' })] }));
        return reply.replace(preview);
      }),
      'hr.save': hrOnly('entry.save', save, (t) => String(dataOf(t).id ?? '')),
      'hr.retire': hrOnly('entry.retire', async (t) => {
        const d = StatusData.safeParse(dataOf(t));
        return d.success ? setStatus(t, d.data.id, 'retired', d.data.version) : bad();
      }, (t) => String(dataOf(t).id ?? '')),
      'hr.restore': hrOnly('entry.restore', async (t) => {
        const d = StatusData.safeParse(dataOf(t));
        return d.success ? setStatus(t, d.data.id, 'active', d.data.version) : bad();
      }, (t) => String(dataOf(t).id ?? '')),
      'hr.history': hrOnly('entry.history', async (t) => {
        const d = IdData.safeParse(dataOf(t));
        if (!d.success) return bad();
        const v = await kb.get(d.data.id);
        return v ? reply.card(historyCard(v.entry.title, await kb.history(d.data.id), fmt)) : reply.text(S.unknownEntry(d.data.id));
      }),
      'hr.entries': hrOnly('entry.list', async (t) => {
        const d = QueryData.safeParse(dataOf(t));
        if (!d.success) return bad();
        return reply.card(entriesCard(await findEntries(kb, d.data.query ?? ''), d.data.query ?? ''));
      }),
      'hr.unanswered': hrOnly('unanswered.list', async () => reply.card(await unansweredList())),
      'hr.answerUnanswered': hrOnly('unanswered.answer', async (t) => {
        const d = UnansweredData.safeParse(dataOf(t));
        if (!d.success) return bad();
        const q = await unanswered.get(d.data.unansweredId);
        if (!q) return reply.text(S.dismissed);
        return reply.card(entryFormCard(emptyForm(q.question), { mode: 'new', unansweredId: q.id }));
      }),
      'hr.dismissUnanswered': hrOnly('unanswered.dismiss', async (t) => {
        const d = UnansweredData.safeParse(dataOf(t));
        if (!d.success) return bad();
        await unanswered.remove(d.data.unansweredId);
        await audit.log({ actor: t.actor.userId, action: 'unanswered.dismiss', target: d.data.unansweredId, outcome: 'ok', at: t.now });
        return reply.replace(await unansweredList());
      }),
      'hr.feedback': hrOnly('feedback.list', async () => reply.card(feedbackCard(await feedbackSummary(), retentionDays()))),
      'hr.roles': adminOnly('roles.list', async () => reply.card(rolesCard(await roles.hrAdvisers(), fmt))),
      'hr.revoke': adminOnly('roles.revoke', async (t) => {
        const d = TargetData.safeParse(dataOf(t));
        if (!d.success) return bad();
        await roles.revokeHr(d.data.target);
        await audit.log({ actor: t.actor.userId, action: 'roles.revoke', target: d.data.target, outcome: 'ok', at: t.now });
        return reply.replace(rolesCard(await roles.hrAdvisers(), fmt));
      }, (t) => String(dataOf(t).target ?? '')),
    },
  };
}

function sortedUnanswered(items: readonly UnansweredQuestion[]): UnansweredQuestion[] {
  return [...items].sort((a, b) => b.count - a.count || b.lastAsked.localeCompare(a.lastAsked)).slice(0, MAX_UNANSWERED);
}

async function findEntries(kb: CuratedKnowledge, query: string) {
  const q = query.trim().toLowerCase();
  return (await kb.list())
    .filter((v) => !q || v.entry.id.includes(q) || v.entry.title.toLowerCase().includes(q) || v.entry.tags.some((t) => t.includes(q)))
    .slice(0, 15);
}
