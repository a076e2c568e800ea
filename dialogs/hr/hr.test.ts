import { beforeEach, describe, expect, it } from 'vitest';
import { loadCuratedEntries } from '../../knowledge/entries/index.js';
import { createKnowledgeIndex } from '../../knowledge/search/index.js';
import { expectValidCard } from '../../test/helpers/cards.js';
import { createAudit } from '../shared/audit.js';
import { memoryStore } from '../../test/support/memoryStore.js';
import { AUDIT, FEEDBACK, UNANSWERED, type AuditEvent } from '../shared/records.js';
import { recordingNotifier } from '../../test/support/recordingNotifier.js';
import type { Actor, DialogResult, Feature } from '../shared/turn.js';
import { createCuratedKnowledge, createHrFeature, Roles } from './index.js';
import { TEST_DAY } from '../../test/support/clock.js';
import { lazyIndex } from '../../test/support/lazyIndex.js';

const ADMIN = '00000000-0000-0000-0000-00000000ad01';
const HR = '00000000-0000-0000-0000-00000000a4a4';
const MANAGER = '00000000-0000-0000-0000-00000000b0b0';
const actor = (id: string): Actor => ({ userId: id, aadObjectId: id, conversationId: `c-${id}`, conversationType: 'personal' });
const now = new Date('2026-11-23T10:00:00Z');

function cardOf(r: DialogResult) {
  const c = r.replace ?? (r.send?.[0]?.type === 'card' ? r.send[0].card : undefined);
  if (c) expectValidCard(c);
  return c;
}
const textOf = (r: DialogResult) => JSON.stringify(r);

const form = {
  title: 'Lærlinger med tilrettelegging',
  questions: 'Kan vi ta inn lærlinger med nedsatt funksjonsevne?\nlærling tilrettelegging',
  answer: 'Ja. Lærlinger har samme rett til **individuell tilrettelegging** som andre ansatte. Neste steg: snakk med NAV om tilretteleggingstilskudd.',
  sector: 'both',
  sources: 'lov arbeidsmiljøloven | § 4-6',
  tags: 'lærling, tilrettelegging',
};

describe('HR curation', () => {
  let store: ReturnType<typeof memoryStore>;
  let feature: Feature;
  let knowledge: ReturnType<typeof createKnowledgeIndex>;
  let roles: Roles;
  let notifier: ReturnType<typeof recordingNotifier>;
  const curated = loadCuratedEntries();

  beforeEach(async () => {
    store = memoryStore();
    knowledge = lazyIndex(() => createKnowledgeIndex(curated, { date: TEST_DAY }));
    roles = new Roles(store, [ADMIN]);
    await roles.grantHr(HR, ADMIN, now);
    const knowledgeAdmin = createCuratedKnowledge({ store, curated, newIndex: () => knowledge });
    await knowledgeAdmin.index();
    notifier = recordingNotifier();
    const clock = { now: () => now };
    feature = createHrFeature({ store, clock, roles, audit: createAudit(store, clock), knowledgeAdmin, notifier });
  });

  const act = (who: string, verb: string, data: Record<string, unknown> = {}) => feature.actions![verb]({ actor: actor(who), verb, data, now });
  const say = async (who: string, text: string) => {
    for (const c of feature.commands!) {
      const m = text.match(c.pattern);
      if (m) return c.handle({ actor: actor(who), text, now }, m);
    }
    throw new Error(`no command for ${text}`);
  };
  const audits = () => store.repo<AuditEvent>(AUDIT).find();

  it('HR adds an entry that is searchable at once, with history and audit', async () => {
    const r = await act(HR, 'hr.save', { mode: 'new', ...form });
    expect(textOf(r)).toContain('Lagret');
    cardOf(r);
    const hit = knowledge.answer('Kan vi ta inn lærlinger med nedsatt funksjonsevne?');
    expect(hit.entry?.title).toBe(form.title);
    const id = hit.entry!.id;
    expect((await audits()).some((a) => a.action === 'entry.create' && a.target === id && a.outcome === 'ok' && a.actor === HR)).toBe(true);
    const history = await say(HR, `historikk ${id}`);
    expect(textOf(history)).toContain('opprettet');
  });

  it('a manager can neither add nor edit; the refusal changes nothing and is audited', async () => {
    const before = knowledge.all().length;
    for (const [verb, data] of [
      ['hr.save', { mode: 'new', ...form }],
      ['hr.edit', { id: curated[0].id }],
      ['hr.retire', { id: curated[0].id }],
      ['hr.menu', {}],
    ] as const) {
      const r = await act(MANAGER, verb, data as Record<string, unknown>);
      expect(textOf(r)).toContain('bare HR');
    }
    expect(textOf(await say(MANAGER, 'ny oppføring'))).toContain('bare HR');
    expect(knowledge.all().length).toBe(before);
    // Refusals of one action within a minute are folded into one entry with a count of the repeats.
    expect((await audits()).filter((a) => a.actor === MANAGER && a.outcome === 'denied').reduce((n, a) => n + 1 + (a.repeats ?? 0), 0)).toBeGreaterThanOrEqual(5);
  });

  it('a card action replayed by a manager is refused even though HR made the card', async () => {
    const formCard = cardOf(await act(HR, 'hr.newEntry'))!;
    const save = JSON.stringify(formCard).match(/"verb":"hr.save"/);
    expect(save).toBeTruthy();
    const r = await act(MANAGER, 'hr.save', { mode: 'new', ...form });
    expect(textOf(r)).toContain('bare HR');
  });

  it('an admin grants and revokes the HR role', async () => {
    const target = '00000000-0000-0000-0000-00000000c0c0';
    expect(await roles.roleOf({ aadObjectId: target })).toBe('manager');
    expect(textOf(await say(HR, `gi hr-tilgang ${target}`))).toContain('administrator');
    expect(await roles.roleOf({ aadObjectId: target })).toBe('manager');
    expect(textOf(await say(ADMIN, `gi hr-tilgang ${target}`))).toContain('gitt');
    expect(await roles.roleOf({ aadObjectId: target })).toBe('hr');
    cardOf(await say(ADMIN, 'hr-tilganger'));
    expect(textOf(await say(ADMIN, `fjern hr-tilgang ${target}`))).toContain('fjernet');
    expect(await roles.roleOf({ aadObjectId: target })).toBe('manager');
    expect(textOf(await say(ADMIN, 'gi hr-tilgang bob'))).toContain('GUID');
  });

  it.each([
    ['title', { title: 'x'.repeat(121) }, 'høyst 120'],
    ['answer', { answer: 'x'.repeat(4001) }, 'høyst 4000'],
    ['questions', { questions: '   ' }, 'minst én'],
    ['sources', { sources: '' }, 'minst én kilde'],
    ['sources', { sources: 'lov grunnloven | § 1' }, 'Kjenner ikke loven'],
    ['answer', { answer: 'Se <b>dette</b> svaret her nå.' }, 'HTML er ikke tillatt'],
    ['answer', { answer: 'Les [her](http://example.com) om dette.' }, 'https://'],
    ['answer', { answer: 'Les mer på http://example.com om dette.' }, 'https://'],
    ['title', { title: 'ab' }, 'minst 3 tegn'],
    ['questions', { questions: 'Hva med <img src=x>?' }, 'HTML er ikke tillatt'],
    ['sources', { sources: 'NAV: Lønnstilskudd | http://www.nav.no/lonnstilskudd' }, 'må begynne med https://'],
    ['sources', { sources: 'Lønnstilskudd | https://nav' }, 'ikke en gyldig lenke'],
    ['sector', { sector: 'privat' }, 'Velg staten'],
  ])('validation: a bad %s gets a field error in the form, keeping what was typed', async (_field, change, message) => {
    const r = await act(HR, 'hr.save', { mode: 'new', ...form, ...change });
    const c = cardOf(r)!;
    const t = JSON.stringify(c);
    expect(t).toContain(message);
    expect(t).toContain(form.tags); // what was typed is still there
    expect(knowledge.answer('Kan vi ta inn lærlinger med nedsatt funksjonsevne?').entry?.title).not.toBe(form.title);
  });

  it('edit: the second of two HR advisers saving the same version is asked to reload; nothing is overwritten', async () => {
    const id = curated[0].id;
    const a = await act(HR, 'hr.save', { mode: 'edit', id, version: 0, ...form, title: 'Versjon fra A' });
    expect(textOf(a)).toContain('Lagret');
    const b = await act(ADMIN, 'hr.save', { mode: 'edit', id, version: 0, ...form, title: 'Versjon fra B' });
    expect(textOf(b)).toContain('endret av noen andre');
    cardOf(b);
    expect(knowledge.get(id)?.title).toBe('Versjon fra A');
    expect((await audits()).some((x) => x.action === 'entry.save' && x.outcome === 'denied')).toBe(true);
  });

  it('retires (after confirming) and restores an entry, out of and back into search', async () => {
    const entry = curated.find((e) => e.id === 'state-administrative-appointment') ?? curated[0];
    const ask = cardOf(await say(HR, `arkiver ${entry.id}`))!;
    expect(JSON.stringify(ask)).toContain('Arkivere «');
    expect(knowledge.get(entry.id)).toBeDefined(); // asking changes nothing
    const done = cardOf(
      await act(
        HR,
        'hr.retire',
        actionData(ask, 'hr.retire', (d) => d.confirmed === true),
      ),
    )!;
    expect(JSON.stringify(done)).toContain('er arkivert');
    expect(knowledge.get(entry.id)).toBeUndefined();
    expect(textOf(await say(HR, `gjenopprett ${entry.id}`))).toContain('gjenopprettet');
    expect(knowledge.get(entry.id)).toBeDefined();
    expect(textOf(await say(HR, 'arkiver no-such-entry'))).toContain('Finner ingen');
  });

  it('overlays survive a restart: a new feature over the same store applies them to a fresh index', async () => {
    const id = curated[0].id;
    await act(HR, 'hr.save', { mode: 'edit', id, version: 0, ...form, title: 'Overstyrt tittel' });
    await act(HR, 'hr.retire', { id: curated[1].id, confirmed: true });
    const fresh = createKnowledgeIndex(curated, { date: TEST_DAY });
    await createCuratedKnowledge({ store, curated, newIndex: () => fresh }).index();
    expect(fresh.get(id)?.title).toBe('Overstyrt tittel');
    expect(fresh.get(curated[1].id)).toBeUndefined();
  });

  it('unanswered questions: list with count, "Svar" prefills the form, saving removes it, "Avvis" removes it', async () => {
    const repo = store.repo<{ id: string; question: string; count: number; firstAsked: string; lastAsked: string }>(UNANSWERED);
    await repo.put({ id: 'q1', question: 'Hva med sommervikarer?', count: 3, firstAsked: now.toISOString(), lastAsked: now.toISOString() });
    await repo.put({ id: 'q2', question: 'Tull og tøys', count: 1, firstAsked: now.toISOString(), lastAsked: now.toISOString() });
    const list = cardOf(await say(HR, 'ubesvarte'))!;
    expect(JSON.stringify(list)).toContain('Stilt 3 ganger');
    const prefilled = cardOf(await act(HR, 'hr.answerUnanswered', { unansweredId: 'q1' }))!;
    expect(JSON.stringify(prefilled)).toContain('Hva med sommervikarer?');
    await act(HR, 'hr.save', { mode: 'new', unansweredId: 'q1', ...form, questions: 'Hva med sommervikarer?', title: 'Sommervikarer' });
    expect(await repo.get('q1')).toBeUndefined();
    await act(HR, 'hr.dismissUnanswered', { unansweredId: 'q2' });
    expect(await repo.count()).toBe(1); // not before it is confirmed
    await act(HR, 'hr.dismissUnanswered', { unansweredId: 'q2', confirmed: true });
    expect(await repo.count()).toBe(0);
  });

  it('feedback: up/down counts and comments per entry', async () => {
    const fb = store.repo<{ id: string; entryId: string; vote: 'up' | 'down'; comment?: string; at: string }>(FEEDBACK);
    await fb.put({ id: 'f1', entryId: curated[0].id, vote: 'up', at: now.toISOString() });
    await fb.put({ id: 'f2', entryId: curated[0].id, vote: 'down', comment: 'Mangler kommuner', at: now.toISOString() });
    const c = cardOf(await say(HR, 'tilbakemeldinger'))!;
    expect(JSON.stringify(c)).toContain('👍 1   👎 1');
    expect(JSON.stringify(c)).toContain('Mangler kommuner');
  });

  it('preview shows the entry as a manager sees it, carrying the typed values', async () => {
    const c = cardOf(await act(HR, 'hr.preview', { mode: 'new', ...form }))!;
    expect(JSON.stringify(c)).toContain('Forhåndsvisning');
    expect(JSON.stringify(c)).toContain('arbeidsmiljøloven');
  });

  it.each([
    ['hr.save', { mode: 'sideways' }],
    ['hr.edit', { id: 7 }],
    ['hr.answerUnanswered', {}],
    ['hr.revoke', { target: 'x' }],
  ])('bad card data for %s is answered clearly', async (verb, data) => {
    const who = verb === 'hr.revoke' ? ADMIN : HR;
    expect(textOf(await act(who, verb, data))).toContain('ikke slik jeg ventet');
  });

  it('every HR card is valid', async () => {
    cardOf(await say(HR, 'hr'));
    cardOf(await say(HR, 'ny oppføring'));
    cardOf(await say(HR, `rediger ${curated[0].id}`));
    cardOf(await say(HR, 'oppføringer lønn'));
    cardOf(await act(HR, 'hr.entries', { query: '' }));
  });
  function actionData(c: unknown, verb: string, which: (d: Record<string, unknown>) => boolean = () => true): Record<string, unknown> {
    const found: Record<string, unknown>[] = [];
    const walk = (n: unknown): void => {
      if (Array.isArray(n)) n.forEach(walk);
      else if (n && typeof n === 'object') {
        const o = n as Record<string, unknown>;
        if (o.type === 'Action.Execute' && o.verb === verb && which(o.data as Record<string, unknown>)) found.push(o.data as Record<string, unknown>);
        Object.values(o).forEach(walk);
      }
    };
    walk(c);
    expect(found.length, `no ${verb} button`).toBeGreaterThan(0);
    return found[0];
  }

  it('the conflict card keeps what was typed and shows the saved version; saving again is deliberate', async () => {
    const id = curated[0].id;
    await act(HR, 'hr.save', { mode: 'edit', id, version: 0, ...form, title: 'Versjon fra A' });
    const conflict = cardOf(await act(ADMIN, 'hr.save', { mode: 'edit', id, version: 0, ...form, title: 'Versjon fra B', answer: 'Svaret B skrev, som ikke må gå tapt.' }))!;
    const t = JSON.stringify(conflict);
    expect(t).toContain('Versjon fra A'); // the saved version, shown
    expect(t).toContain('Svaret B skrev, som ikke må gå tapt.'); // what B typed, still in the form
    expect(actionData(conflict, 'hr.edit')).toMatchObject({ id });
    const again = actionData(conflict, 'hr.save');
    expect(again).toMatchObject({ mode: 'edit', id, version: 1 });
    expect(textOf(await act(ADMIN, 'hr.save', { ...again, ...form, title: 'Versjon fra B' }))).toContain('Lagret');
    expect(knowledge.get(id)?.title).toBe('Versjon fra B');
    const history = JSON.stringify(cardOf(await act(HR, 'hr.history', { id })));
    // The shipped text is version 1; each change counts one up.
    expect(history).toContain(`endret av ${HR} (versjon 2)`);
    expect(history).toContain(`endret av ${ADMIN} (versjon 3)`);
  });

  it('a replayed save by a manager is refused, changes nothing and is audited with who pressed it', async () => {
    const id = curated[0].id;
    const formCard = cardOf(await act(HR, 'hr.edit', { id }))!;
    const data = actionData(formCard, 'hr.save');
    const r = await act(MANAGER, 'hr.save', { ...data, ...form, title: 'Kapret' });
    expect(textOf(r)).toContain('Ingenting er endret');
    expect(knowledge.get(id)?.title).toBe(curated[0].title);
    expect(await audits()).toContainEqual(expect.objectContaining({ actor: MANAGER, action: 'entry.save', target: id, outcome: 'denied' }));
  });

  it('an admin removes HR access with "Fjern"; the same button pressed by HR is refused and audited', async () => {
    const list = cardOf(await act(ADMIN, 'hr.roles'))!;
    const ask = actionData(list, 'hr.revoke');
    expect(ask).toMatchObject({ target: HR });
    const confirm = cardOf(await act(ADMIN, 'hr.revoke', ask))!;
    expect(await roles.roleOf({ aadObjectId: HR })).toBe('hr'); // asking changes nothing
    const data = actionData(confirm, 'hr.revoke', (d) => d.confirmed === true);
    expect(textOf(await act(HR, 'hr.revoke', { ...data, inPlace: false }))).toContain('bare en administrator');
    expect(await roles.roleOf({ aadObjectId: HR })).toBe('hr');
    expect(await audits()).toContainEqual(expect.objectContaining({ actor: HR, action: 'roles.revoke', target: HR, outcome: 'denied' }));
    const revoked = cardOf(await act(ADMIN, 'hr.revoke', data))!;
    expect(await roles.roleOf({ aadObjectId: HR })).toBe('manager');
    expect(await audits()).toContainEqual(expect.objectContaining({ actor: ADMIN, action: 'roles.revoke', target: HR, outcome: 'ok' }));
    expect(textOf(await say(HR, 'ny oppføring'))).toContain('bare HR');
    // Undo grants the role again, audited.
    cardOf(await act(ADMIN, 'hr.grant', actionData(revoked, 'hr.grant')));
    expect(await roles.roleOf({ aadObjectId: HR })).toBe('hr');
    expect(await audits()).toContainEqual(expect.objectContaining({ actor: ADMIN, action: 'roles.grant', target: HR, outcome: 'ok' }));
  });

  it('HR cannot grant or list HR access', async () => {
    expect(textOf(await say(HR, 'hr-tilganger'))).toContain('bare en administrator');
    expect(textOf(await act(HR, 'hr.roles'))).toContain('bare en administrator');
    expect((await audits()).filter((a) => a.actor === HR && a.outcome === 'denied').map((a) => [a.action, 1 + (a.repeats ?? 0)])).toEqual([['roles.list', 2]]);
  });

  it('retire from a card based on an old version is refused; successful retire and restore are audited', async () => {
    const id = curated[2].id;
    await act(HR, 'hr.save', { mode: 'edit', id, version: 0, ...form, title: 'Endret først' });
    expect(textOf(await act(ADMIN, 'hr.retire', { id, version: 0, confirmed: true }))).toContain('etter at du åpnet den');
    expect(knowledge.get(id)).toBeDefined();
    expect(textOf(await act(ADMIN, 'hr.retire', { id, version: 1, confirmed: true }))).toContain('er arkivert');
    expect(knowledge.get(id)).toBeUndefined();
    expect(textOf(await say(HR, `pensjoner ${id}`))).toContain('Arkivert ·'); // already retired: shown so, nothing asked
    expect(textOf(await act(HR, 'hr.restore', { id, version: 2 }))).toContain('gjenopprettet');
    expect(knowledge.get(id)?.title).toBe('Endret først');
    expect((await audits()).filter((a) => a.target === id).map((a) => `${a.action}:${a.outcome}`)).toEqual([
      'entry.edit:ok',
      'entry.retire:denied',
      'entry.retire:ok',
      'entry.restore:ok',
    ]);
  });

  it('help items are for HR and admins only', () => {
    expect(feature.help!.length).toBeGreaterThan(0);
    for (const h of feature.help!) expect(h.roles?.includes('manager') ?? false).toBe(false);
    expect(feature.help!.every((h) => h.roles && h.roles.length > 0)).toBe(true);
  });

  it('the empty lists and the edit preview are valid cards', async () => {
    expect(JSON.stringify(cardOf(await act(HR, 'hr.unanswered')))).toContain('Ingen ubesvarte');
    expect(JSON.stringify(cardOf(await act(HR, 'hr.feedback')))).toContain('Ingen tilbakemeldinger');
    await act(ADMIN, 'hr.revoke', { target: HR, confirmed: true });
    expect(JSON.stringify(cardOf(await act(ADMIN, 'hr.roles')))).toContain('Ingen har HR-tilgang');
    const edit = cardOf(await say(ADMIN, `rediger ${curated[0].id}`))!;
    const preview = cardOf(await act(ADMIN, 'hr.preview', { ...actionData(edit, 'hr.preview'), ...form }))!;
    expect(actionData(preview, 'hr.save')).toMatchObject({ mode: 'edit', id: curated[0].id, version: 0, title: form.title });
    const back = cardOf(await act(ADMIN, 'hr.editForm', actionData(preview, 'hr.editForm')))!;
    expect(JSON.stringify(back)).toContain(form.answer);
    expect(JSON.stringify(cardOf(await say(ADMIN, `historikk ${curated[0].id}`)))).toContain('Ingen endringer fra HR');
  });
  it('stays within the card size Teams accepts: a very long entry is saved from the form, long lists are cut', async () => {
    const huge = {
      ...form,
      answer: 'Langt svar. '.repeat(330),
      questions: Array.from({ length: 30 }, (_, i) => `Spørsmål nummer ${i} ${'om tilrettelegging '.repeat(14)}`.slice(0, 290)).join('\n'),
    };
    const r = cardOf(await act(HR, 'hr.preview', { mode: 'new', ...huge }))!;
    expect(JSON.stringify(r)).toContain('for lang til å forhåndsvises');
    expect(textOf(await act(HR, 'hr.save', { mode: 'new', ...huge }))).toContain('Lagret');

    const fb = store.repo<{ id: string; entryId: string; vote: 'up' | 'down'; comment?: string; at: string }>(FEEDBACK);
    for (const [i, e] of curated.slice(0, 30).entries()) {
      for (let j = 0; j < 8; j++)
        await fb.put({ id: `f${i}-${j}`, entryId: e.id, vote: 'down', comment: `Kommentar ${j} [lenke](https://example.com) ${'x'.repeat(990)}`, at: now.toISOString() });
    }
    const c = JSON.stringify(cardOf(await say(HR, 'tilbakemeldinger')));
    expect(c).not.toContain('](https://example.com)');
    const uq = store.repo<{ id: string; question: string; count: number; firstAsked: string; lastAsked: string }>(UNANSWERED);
    for (let i = 0; i < 40; i++)
      await uq.put({ id: `u${i}`, question: `${'Hvordan '.repeat(60)}${i}`.slice(0, 500), count: i + 1, firstAsked: now.toISOString(), lastAsked: now.toISOString() });
    const list = JSON.stringify(cardOf(await say(HR, 'ubesvarte')));
    expect(list).toContain('Stilt 40 ganger');
    expect(list).toContain('40 spørsmål venter');
    expect(list).toContain('Side 1 av 8');
    expect(list).not.toContain('Stilt 35 ganger');
  });
});
