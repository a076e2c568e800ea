/**
 * HR's daily work (issue 16): the list of every entry with filters and pages, the unanswered queue that
 * closes, «Trenger gjennomgang», safe archiving with undo, 1:1 only, and cards that refresh themselves.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { loadCuratedEntries } from '../../knowledge/entries/index.js';
import { entriesNeedingReview } from '../../knowledge/entries/render.js';
import { createKnowledgeIndex } from '../../knowledge/search/index.js';
import { expectValidCard } from '../../test/helpers/cards.js';
import { memoryStore } from '../../test/support/memoryStore.js';
import { recordingNotifier } from '../../test/support/recordingNotifier.js';
import { createAudit } from '../shared/audit.js';
import { AUDIT, FEEDBACK, UNANSWERED, type AuditEvent, type Feedback, type UnansweredQuestion } from '../shared/records.js';
import type { Actor, DialogResult, Feature } from '../shared/turn.js';
import { ANSWER_WATCHES, watchForAnswer } from './answerWatch.js';
import { applyQueueRetention, createCuratedKnowledge, createHrFeature, Roles, UNANSWERED_HANDLED } from './index.js';
import { monthsBefore, needsReview, staleParameters } from './review.js';
import type { EntryView } from './entryStore.js';
import { TEST_DAY } from '../../test/support/clock.js';
import { lazyIndex } from '../../test/support/lazyIndex.js';

const ADMIN = '00000000-0000-0000-0000-00000000ad01';
const HR = '00000000-0000-0000-0000-00000000a4a4';
const MANAGER = '00000000-0000-0000-0000-00000000b0b0';
const actor = (id: string, conversationType: Actor['conversationType'] = 'personal'): Actor => ({ userId: id, aadObjectId: id, conversationId: `c-${id}`, conversationType });
const now = new Date('2026-11-30T10:00:00Z');

type Card = Record<string, unknown>;
function cardOf(r: DialogResult): Card {
  const c = r.replace ?? (r.send?.[0]?.type === 'card' ? r.send[0].card : undefined);
  if (!c) throw new Error(`no card in ${JSON.stringify(r).slice(0, 300)}`);
  expectValidCard(c);
  return c as Card;
}
/** Every Action.Execute on a card (body and actions), with title, verb and data. */
function buttons(c: unknown): Array<{ title: string; verb: string; data: Record<string, unknown> }> {
  const out: Array<{ title: string; verb: string; data: Record<string, unknown> }> = [];
  const walk = (n: unknown, key?: string): void => {
    if (Array.isArray(n)) return n.forEach((x) => walk(x));
    if (n && typeof n === 'object') {
      const o = n as Record<string, unknown>;
      if (o.type === 'Action.Execute' && key !== 'refresh') out.push({ title: String(o.title), verb: String(o.verb), data: o.data as Record<string, unknown> });
      for (const [k, v] of Object.entries(o)) if (k !== 'refresh') walk(v, k);
    }
  };
  walk(c);
  return out;
}
const button = (c: unknown, title: string | RegExp, nth = 0) => {
  const all = buttons(c).filter((b) => (typeof title === 'string' ? b.title === title : title.test(b.title)));
  if (!all[nth])
    throw new Error(
      `no button ${String(title)}: ${buttons(c)
        .map((b) => b.title)
        .join(' | ')}`,
    );
  return all[nth];
};
const textOf = (c: unknown) => JSON.stringify(c);

const form = {
  title: 'Lokale regler for sommervikarer',
  questions: 'Hvilke lokale regler gjelder for sommervikarer?\nsommervikar lokale regler',
  answer: 'Personalreglementet sier at sommervikarer ansettes av enhetsleder. **Neste steg:** sjekk reglementet § 4 og NAVs side om sommerjobb.',
  sector: 'municipal',
  sources: 'Personalreglement for Eksempel kommune, § 4\nNAV: Sommerjobb for ungdom | https://www.nav.no/arbeidsgiver/sommerjobb',
  tags: 'sommervikar, kommune',
};

describe('HR daily work', () => {
  const curated = loadCuratedEntries();
  let store: ReturnType<typeof memoryStore>;
  let feature: Feature;
  let knowledge: ReturnType<typeof createKnowledgeIndex>;
  let notifier: ReturnType<typeof recordingNotifier>;

  beforeEach(async () => {
    store = memoryStore();
    knowledge = lazyIndex(() => createKnowledgeIndex(curated, { date: TEST_DAY }));
    const roles = new Roles(store, [ADMIN]);
    await roles.grantHr(HR, ADMIN, now);
    const knowledgeAdmin = createCuratedKnowledge({ store, curated, newIndex: () => knowledge });
    await knowledgeAdmin.index(); // built on first use, as question answering does
    notifier = recordingNotifier();
    const clock = { now: () => now };
    feature = createHrFeature({ store, clock, roles, audit: createAudit(store, clock), knowledgeAdmin, notifier });
  });

  const act = (who: string, verb: string, data: Record<string, unknown> = {}, type: Actor['conversationType'] = 'personal') =>
    feature.actions![verb]({ actor: actor(who, type), verb, data, now });
  const press = (who: string, b: { verb: string; data: Record<string, unknown> }, inputs: Record<string, unknown> = {}) => act(who, b.verb, { ...b.data, ...inputs });
  const say = async (who: string, text: string, type: Actor['conversationType'] = 'personal') => {
    for (const c of feature.commands!) {
      const m = text.match(c.pattern);
      if (m) return c.handle({ actor: actor(who, type), text, now }, m);
    }
    throw new Error(`no command for ${text}`);
  };
  const audits = () => store.repo<AuditEvent>(AUDIT).find();
  const unanswered = () => store.repo<UnansweredQuestion>(UNANSWERED);

  it('oppføringer lists every entry, ten a page with next/previous and the total', async () => {
    const first = cardOf(await say(HR, 'oppføringer'));
    expect(textOf(first)).toContain(`${curated.length} oppføringer · viser 1–10`);
    expect(buttons(first).filter((b) => b.verb === 'hr.edit')).toHaveLength(10);
    expect(() => button(first, '‹ Forrige')).toThrow();
    const second = cardOf(await press(HR, button(first, 'Neste ›')));
    expect(textOf(second)).toContain('viser 11–20');
    const back = cardOf(await press(HR, button(second, '‹ Forrige')));
    expect(textOf(back)).toContain('viser 1–10');
    // Every page together is every entry, each once.
    const seen = new Set<string>();
    let c: Card | undefined = first;
    while (c) {
      for (const b of buttons(c).filter((x) => x.verb === 'hr.edit')) seen.add(String(b.data.id));
      const next: { verb: string; data: Record<string, unknown> } | undefined = buttons(c).find((b) => b.title === 'Neste ›');
      c = next ? cardOf(await press(HR, next)) : undefined;
    }
    expect(seen.size).toBe(curated.length);
  });

  it('filters by sector, tag, status and search text, and a new or edited entry is there at once', async () => {
    const list = cardOf(await say(HR, 'oppføringer'));
    const apply = button(list, 'Vis');
    const count = async (inputs: Record<string, unknown>) => {
      const m = /(\d+) oppføring(?:er)? · viser|Ingen oppføringer passer/.exec(textOf(cardOf(await press(HR, apply, inputs))));
      return m?.[1] ? Number(m[1]) : 0;
    };
    const municipal = curated.filter((e) => e.sector !== 'state').length;
    expect(await count({ fSector: 'municipal' })).toBe(municipal);
    expect(await count({ fSector: 'both' })).toBe(curated.filter((e) => e.sector === 'both').length);
    expect(await count({ fTag: 'nav' })).toBe(curated.filter((e) => e.tags.includes('nav')).length);
    expect(await count({ fStatus: 'changed' })).toBe(0);
    expect(await count({ fStatus: 'retired' })).toBe(0);
    expect(await count({ query: 'lønnstilskudd' })).toBeGreaterThan(0);

    await act(HR, 'hr.save', { mode: 'new', ...form });
    expect(await count({ fSector: 'municipal' })).toBe(municipal + 1);
    expect(await count({ fStatus: 'changed' })).toBe(1);
    expect(await count({ query: 'sommervikarer lokale' })).toBe(1);
    const mine = cardOf(await press(HR, apply, { query: 'sommervikarer lokale' }));
    expect(textOf(mine)).toContain('versjon 1 · endret av HR');
    // A shipped entry is version 1; its first edit makes version 2.
    const shipped = curated[0];
    const shippedRow = cardOf(await press(HR, apply, { query: shipped.id }));
    expect(textOf(shippedRow)).toContain('versjon 1 · levert med veilederen');
    await act(HR, 'hr.save', { mode: 'edit', id: shipped.id, version: 0, ...form, title: 'Ny tittel på en levert oppføring', questions: shipped.questions.join('\n') });
    expect(textOf(cardOf(await press(HR, apply, { query: shipped.id })))).toContain('versjon 2 · endret av HR');
  });

  it('paging keeps the filter that is shown, even if the inputs were changed without «Vis»', async () => {
    const filtered = cardOf(await press(HR, button(cardOf(await say(HR, 'oppføringer')), 'Vis'), { fTag: 'nav' }));
    const total = curated.filter((e) => e.tags.includes('nav')).length;
    const next = cardOf(await press(HR, button(filtered, 'Neste ›'), { fTag: '', query: 'noe annet' }));
    expect(textOf(next)).toContain(`${total} oppføringer · viser 11–20`);
  });

  it('archiving from the list asks first, then shows the new state with «Angre», which restores', async () => {
    const list = cardOf(await say(HR, 'oppføringer'));
    const arkiver = button(list, 'Arkiver');
    const id = String(arkiver.data.id);
    const asking = cardOf(await press(HR, arkiver));
    expect(textOf(asking)).toContain('Arkivere «');
    expect(knowledge.get(id)).toBeDefined();
    const done = cardOf(await press(HR, button(asking, 'Ja, arkiver')));
    expect(knowledge.get(id)).toBeUndefined();
    expect(textOf(done)).toContain('er arkivert');
    expect(textOf(done)).toContain('Arkivert ·');
    expect(textOf(done)).toContain('viser 1–10'); // the same page of the list
    const undone = cardOf(await press(HR, button(done, 'Angre')));
    expect(knowledge.get(id)).toBeDefined();
    expect(textOf(undone)).toContain('er gjenopprettet');
    const log = (await audits()).filter((a) => a.target === id).map((a) => `${a.action}:${a.outcome}:${a.actor}`);
    expect(log).toEqual([`entry.retire:ok:${HR}`, `entry.restore:ok:${HR}`]);
    // «Avbryt» leaves everything as it was.
    const again = cardOf(await press(HR, button(undone, 'Arkiver')));
    cardOf(await press(HR, button(again, 'Avbryt')));
    expect(knowledge.get(String(button(undone, 'Arkiver').data.id))).toBeDefined();
  });

  it('every list card refreshes itself in place, and a refresh reflects a change made elsewhere', async () => {
    const list = cardOf(await say(HR, 'oppføringer'));
    const refresh = (list.refresh as { action: { verb: string; data: Record<string, unknown> } }).action;
    expect(refresh.verb).toBe('hr.entries');
    expect(refresh.data.inPlace).toBe(true);
    const id = String(button(list, 'Arkiver').data.id);
    await act(HR, 'hr.retire', { id, confirmed: true }); // from another card
    const r = await press(HR, refresh);
    expect(r.send).toBeUndefined(); // a refresh never posts a new message
    expect(textOf(r.replace)).toContain('Arkivert ·');
    for (const command of ['hr', 'ubesvarte', 'gjennomgang', 'tilbakemeldinger', `historikk ${id}`]) {
      const c = cardOf(await say(HR, command));
      const a = (c.refresh as { action: { verb: string; data: Record<string, unknown> } }).action;
      const again = await press(HR, a);
      expect(again.replace, command).toBeDefined();
      expect(again.send, command).toBeUndefined();
    }
    // A refresh seen by someone without the role shows a short card instead, and changes nothing.
    const denied = await press(MANAGER, refresh);
    expect(textOf(denied.replace)).toContain('bare for HR');
    expect(denied.send).toBeUndefined();
  });

  it('reads the retention setting per turn (a tenant setting is a getter that only works inside a turn)', async () => {
    let inTurn = false;
    const deps = {
      store,
      clock: { now: () => now },
      roles: new Roles(store, [ADMIN]),
      audit: createAudit(store, { now: () => now }),
      knowledgeAdmin: createCuratedKnowledge({ store, curated, newIndex: () => knowledge }),
      notifier,
      get textRetentionDays(): number {
        if (!inTurn) throw new Error('tenant settings read outside a turn');
        return 30;
      },
    };
    const f = createHrFeature(deps);
    inTurn = true;
    const r = await f.actions!['hr.unanswered']({ actor: actor(ADMIN), verb: 'hr.unanswered', data: {}, now });
    expect(textOf(cardOf(r))).toContain('slettes 30 dager');
  });

  it('HR commands answer only in the 1:1 chat', async () => {
    for (const command of ['hr', 'oppføringer', 'ubesvarte', `arkiver ${curated[0].id}`]) {
      expect(textOf(await say(HR, command, 'channel'))).toContain('bare i den private chatten');
    }
    expect(textOf(await act(HR, 'hr.retire', { id: curated[0].id, confirmed: true }, 'groupChat'))).toContain('bare i den private chatten');
    expect(knowledge.get(curated[0].id)).toBeDefined();
  });

  describe('the unanswered queue', () => {
    const q = (id: string, question: string, count: number, firstAsked: string): UnansweredQuestion => ({ id, question, count, firstAsked, lastAsked: now.toISOString() });

    it('shows its size, the oldest age and candidates; one tap adds a phrasing that answers at once, notifies and leaves the queue', async () => {
      const question = 'Kan vi bruke lønnstilskudd når vi ansetter en sommervikar?';
      expect(knowledge.answer(question).answered && knowledge.answer(question).entry?.questions.includes(question)).toBe(false);
      await unanswered().put(q('q1', question, 2, '2026-11-18T08:00:00Z'));
      await unanswered().put(q('q2', 'Hvor finner jeg kantinemenyen?', 1, '2026-11-29T08:00:00Z'));
      await watchForAnswer(store, 'q1', MANAGER, now);
      const card = cardOf(await say(HR, 'ubesvarte'));
      expect(textOf(card)).toContain('2 spørsmål venter · det eldste har ventet 12 dager (siden 18.11.2026)');
      expect(textOf(card)).toContain('1 venter på svar');
      const add = button(card, 'Legg til her');
      const target = String(add.data.entryId);
      expect(knowledge.search(question, 3).map((h) => h.entry.id)).toContain(target);

      const after = cardOf(await press(HR, add));
      expect(textOf(after)).toContain('er lagt til i');
      expect(textOf(after)).toContain('1 person har fått beskjed');
      expect(textOf(after)).toContain('1 spørsmål venter');
      expect(await unanswered().get('q1')).toBeUndefined();
      // Effective at once: the same question now finds that entry.
      const answer = knowledge.answer(question);
      expect(answer.answered).toBe(true);
      expect(answer.entry?.id).toBe(target);
      expect(answer.entry?.questions).toContain(question);
      // The asker is told, with a button to the answer, and forgotten.
      expect(notifier.sent).toHaveLength(1);
      expect(notifier.sent[0].userId).toBe(MANAGER);
      const notice = notifier.sent[0].messages[0];
      expect(notice.type === 'card' && button(notice.card, 'Vis svaret').data).toMatchObject({ entryId: target });
      expect(await store.repo(ANSWER_WATCHES).count()).toBe(0);
      expect(await audits()).toContainEqual(expect.objectContaining({ action: 'entry.addPhrasing', target, actor: HR, outcome: 'ok' }));

      // Undo takes the phrasing out again and puts the question back.
      const undone = cardOf(await press(HR, button(after, 'Angre')));
      expect(textOf(undone)).toContain('er tatt ut av');
      expect(await unanswered().get('q1')).toBeDefined();
      expect(knowledge.get(target)?.questions).not.toContain(question);
    });

    it('«Ny oppføring» opens the form prefilled; saving answers the question, notifies and empties the queue', async () => {
      await unanswered().put(q('q3', 'Har kommunen lokale regler for sommervikarer?', 1, '2026-11-28T08:00:00Z'));
      await watchForAnswer(store, 'q3', MANAGER, now);
      const card = cardOf(await say(HR, 'ubesvarte'));
      const formCard = cardOf(await press(HR, button(card, 'Ny oppføring')));
      expect(textOf(formCard)).toContain('Har kommunen lokale regler for sommervikarer?');
      const saved = cardOf(await press(HR, button(formCard, 'Lagre'), { ...form, questions: 'Har kommunen lokale regler for sommervikarer?' }));
      expect(textOf(saved)).toContain('Lagret: «Lokale regler for sommervikarer»');
      expect(textOf(saved)).toContain('1 person har fått beskjed');
      expect(await unanswered().count()).toBe(0);
      expect(notifier.sent.map((s) => s.userId)).toEqual([MANAGER]);
      expect(knowledge.answer('Har kommunen lokale regler for sommervikarer?').entry?.title).toBe(form.title);
    });

    it('«Utenfor tema» asks first, then removes it with undo; the asker hears it was looked at', async () => {
      await unanswered().put(q('q4', 'Hvor finner jeg kantinemenyen?', 1, '2026-11-29T08:00:00Z'));
      await watchForAnswer(store, 'q4', MANAGER, now);
      const card = cardOf(await say(HR, 'ubesvarte'));
      const asking = cardOf(await press(HR, button(card, 'Utenfor tema')));
      expect(textOf(asking)).toContain('Fjerne spørsmålet fra køen');
      expect(await unanswered().count()).toBe(1);
      const done = cardOf(await press(HR, button(asking, 'Ja, fjern')));
      expect(textOf(done)).toContain('er fjernet fra køen');
      expect(textOf(done)).toContain('Ingen ubesvarte spørsmål');
      expect(await unanswered().count()).toBe(0);
      expect(notifier.sent[0]?.messages[0]).toMatchObject({ type: 'card' });
      expect(textOf(notifier.sent[0].messages)).toContain('hører ikke hjemme i veilederen');
      const back = cardOf(await press(HR, button(done, 'Angre')));
      expect(textOf(back)).toContain('er tilbake i køen');
      expect(await unanswered().count()).toBe(1);
      expect((await audits()).map((a) => a.action)).toEqual(expect.arrayContaining(['unanswered.dismiss', 'unanswered.reopen']));
    });

    it('handled questions and wishes to be told follow the text retention', async () => {
      await unanswered().put(q('old', 'Et gammelt spørsmål om sommervikarer?', 1, '2026-07-01T08:00:00Z'));
      await unanswered().put(q('new', 'Et nytt spørsmål om sommervikarer?', 1, '2026-11-29T08:00:00Z'));
      await watchForAnswer(store, 'new', MANAGER, now);
      await watchForAnswer(store, 'gone', MANAGER, now); // its question expired already
      const card = cardOf(await say(HR, 'ubesvarte'));
      expect(textOf(card)).toContain('slettes 90 dager etter at de først ble stilt');
      await press(HR, button(cardOf(await press(HR, button(card, 'Utenfor tema'))), 'Ja, fjern'));
      expect(await store.repo(UNANSWERED_HANDLED).count()).toBe(1);
      expect(await applyQueueRetention(store, now, 90)).toBe(2); // the old handled question, the orphan wish
      expect(await store.repo(UNANSWERED_HANDLED).count()).toBe(0);
      expect((await store.repo<{ id: string; unansweredId: string }>(ANSWER_WATCHES).find()).map((w) => w.unansweredId)).toEqual(['new']);
    });

    it('an action on a question already handled says so and changes nothing', async () => {
      await unanswered().put(q('q5', 'Kan vi bruke lønnstilskudd for en sommervikar?', 1, '2026-11-29T08:00:00Z'));
      const card = cardOf(await say(HR, 'ubesvarte'));
      const add = button(card, 'Legg til her');
      await press(HR, add);
      const again = cardOf(await press(HR, add));
      expect(textOf(again)).toContain('allerede behandlet');
      expect(knowledge.get(String(add.data.entryId))?.questions.filter((x) => x === 'Kan vi bruke lønnstilskudd for en sommervikar?')).toHaveLength(1);
    });
  });

  describe('Trenger gjennomgang', () => {
    it('lists old entries, stale parameters and entries with more 👎 than 👍, each one tap from its edit form', async () => {
      const old = curated[3];
      await act(HR, 'hr.save', {
        mode: 'edit',
        id: old.id,
        version: 0,
        title: old.title,
        questions: old.questions.join('\n'),
        answer: old.answer,
        sector: old.sector,
        sources: 'aml § 1-1',
        tags: '',
      });
      // make it look a year old
      const overlays = store.repo<{ id: string; entry: { lastReviewed: string } }>('entryOverlays');
      const o = (await overlays.get(old.id))!;
      await overlays.put({ ...o, entry: { ...o.entry, lastReviewed: '2025-11-30' } });
      const voted = curated[5];
      const fb = store.repo<Feedback>(FEEDBACK);
      await fb.put({ id: 'f1', entryId: voted.id, vote: 'down', at: now.toISOString() });
      await fb.put({ id: 'f2', entryId: voted.id, vote: 'down', at: now.toISOString() });
      await fb.put({ id: 'f3', entryId: voted.id, vote: 'up', at: now.toISOString() });

      const card = cardOf(await say(HR, 'gjennomgang'));
      const t = textOf(card);
      expect(t).toContain('Ikke gjennomgått siden 30.11.2025');
      expect(t).toContain('Flere 👎 enn 👍 siden sist endret: 👍 1 · 👎 2');
      // A parameter past its «check again by» date puts its entries here too: see the table below (no curated
      // parameter is due on this test's day).
      expect(entriesNeedingReview(curated, '2026-11-30')).toEqual([]);
      const edit = buttons(card).find((b) => b.verb === 'hr.edit' && b.data.id === old.id)!;
      const formCard = cardOf(await press(HR, edit));
      expect(textOf(formCard)).toContain(`Rediger: ${old.title}`);

      // «Fortsatt riktig» marks the entry reviewed today; it leaves the list.
      const mark = buttons(card).find((b) => b.verb === 'hr.markReviewed' && b.data.id === voted.id)!;
      const after = cardOf(await press(HR, mark));
      expect(textOf(after)).toContain('er merket som gjennomgått i dag');
      expect(buttons(after).some((b) => b.verb === 'hr.markReviewed' && b.data.id === voted.id)).toBe(false);
      expect(await audits()).toContainEqual(expect.objectContaining({ action: 'entry.review', target: voted.id, outcome: 'ok' }));
    });

    it('the rules, as a table', () => {
      const view = (id: string, lastReviewed: string, answer = 'Et svar uten tall.', updatedAt?: string): EntryView => ({
        entry: { ...curated[0], id, lastReviewed, answer, title: id },
        status: 'active',
        version: updatedAt ? 1 : 0,
        shownVersion: updatedAt ? 2 : 1,
        origin: 'curated',
        changed: !!updatedAt,
        updatedAt,
      });
      const today = '2026-11-30';
      const votes = (entryId: string, up: number, down: number, at = '2026-11-01T00:00:00Z'): Feedback[] => [
        ...Array.from({ length: up }, (_, i) => ({ id: `${entryId}u${i}`, entryId, vote: 'up' as const, at })),
        ...Array.from({ length: down }, (_, i) => ({ id: `${entryId}d${i}`, entryId, vote: 'down' as const, at })),
      ];
      const items = needsReview(
        [
          view('fresh', '2026-01-01'),
          view('year-old', '2025-11-30'),
          view('almost-year', '2025-12-01'),
          view('stale-g', '2026-11-01', 'G er {{p:g}}.'),
          view('unknown-param', '2026-11-01', 'Verdien er {{p:gone.away}}.'),
          view('down', '2026-11-01'),
          view('tie', '2026-11-01'),
          view('down-before-edit', '2026-11-01', 'Et svar uten tall.', '2026-11-20T00:00:00Z'),
        ],
        [...votes('down', 1, 2), ...votes('tie', 2, 2), ...votes('down-before-edit', 0, 3, '2026-11-10T00:00:00Z')],
        today,
      );
      const ids = items.map((i) => i.view.entry.id).sort();
      const gStale = staleParameters({ ...curated[0], answer: '{{p:g}}' }, today).length > 0;
      expect(ids).toEqual(['down', 'unknown-param', 'year-old', ...(gStale ? ['stale-g'] : [])].sort());
      expect(monthsBefore('2026-11-30', 12)).toBe('2025-11-30');
      expect(monthsBefore('2024-02-29', 12)).toBe('2023-02-28');
      expect(staleParameters({ ...curated[0], answer: '{{p:g}}' }, '2000-01-01')).toEqual([]);
    });
  });
});
