import { beforeEach, describe, expect, it } from 'vitest';
import { loadCuratedEntries } from '../../knowledge/entries/index.js';
import { createKnowledgeIndex } from '../../knowledge/search/index.js';
import { expectValidCard } from '../../test/helpers/cards.js';
import { createAudit } from '../shared/audit.js';
import { memoryStore } from '../shared/memoryStore.js';
import { AUDIT, FEEDBACK, UNANSWERED, type AuditEvent } from '../shared/records.js';
import type { Actor, DialogResult, Feature } from '../shared/turn.js';
import { createCuratedKnowledge, createHrFeature, Roles } from './index.js';

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
  const curated = loadCuratedEntries();

  beforeEach(async () => {
    store = memoryStore();
    knowledge = createKnowledgeIndex(curated);
    roles = new Roles(store, [ADMIN]);
    await roles.grantHr(HR, ADMIN, now);
    const knowledgeAdmin = createCuratedKnowledge({ store, curated, knowledge });
    feature = createHrFeature({ store, clock: { now: () => now }, roles, audit: createAudit(store), knowledgeAdmin });
  });

  const act = (who: string, verb: string, data: Record<string, unknown> = {}) => feature.actions![verb]({ actor: actor(who), verb, data, now });
  const say = async (who: string, text: string) => {
    for (const c of feature.commands!) {
      const m = text.match(c.pattern);
      if (m) return c.handle({ actor: actor(who), text, now }, m);
    }
    throw new Error(`no command for ${text}`);
  };
  const audits = () => store.repo<AuditEvent>(AUDIT).all();

  it('HR adds an entry that is searchable at once, with history and audit', async () => {
    const r = await act(HR, 'hr.save', { mode: 'new', ...form });
    expect(textOf(r)).toContain('Lagret');
    cardOf(r);
    const hit = knowledge.answer('Kan vi ta inn lærlinger med nedsatt funksjonsevne?');
    expect(hit.entry?.title).toBe(form.title);
    const id = hit.entry!.id;
    expect(audits().some((a) => a.action === 'entry.create' && a.target === id && a.outcome === 'ok' && a.actor === HR)).toBe(true);
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
    expect(audits().filter((a) => a.actor === MANAGER && a.outcome === 'denied').length).toBeGreaterThanOrEqual(5);
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
    expect(roles.roleOf({ aadObjectId: target })).toBe('manager');
    expect(textOf(await say(HR, `gi hr-tilgang ${target}`))).toContain('administrator');
    expect(roles.roleOf({ aadObjectId: target })).toBe('manager');
    expect(textOf(await say(ADMIN, `gi hr-tilgang ${target}`))).toContain('gitt');
    expect(roles.roleOf({ aadObjectId: target })).toBe('hr');
    cardOf(await say(ADMIN, 'hr-tilganger'));
    expect(textOf(await say(ADMIN, `fjern hr-tilgang ${target}`))).toContain('fjernet');
    expect(roles.roleOf({ aadObjectId: target })).toBe('manager');
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
    expect(audits().some((x) => x.action === 'entry.save' && x.outcome === 'denied')).toBe(true);
  });

  it('retires and restores an entry, out of and back into search', async () => {
    const entry = curated.find((e) => e.id === 'state-administrative-appointment') ?? curated[0];
    expect(textOf(await say(HR, `arkiver ${entry.id}`))).toContain('arkivert');
    expect(knowledge.get(entry.id)).toBeUndefined();
    expect(textOf(await say(HR, `gjenopprett ${entry.id}`))).toContain('gjenopprettet');
    expect(knowledge.get(entry.id)).toBeDefined();
    expect(textOf(await say(HR, 'arkiver no-such-entry'))).toContain('Finner ingen');
  });

  it('overlays survive a restart: a new feature over the same store applies them to a fresh index', async () => {
    const id = curated[0].id;
    await act(HR, 'hr.save', { mode: 'edit', id, version: 0, ...form, title: 'Overstyrt tittel' });
    await say(HR, `arkiver ${curated[1].id}`);
    const fresh = createKnowledgeIndex(curated);
    createCuratedKnowledge({ store, curated, knowledge: fresh });
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
    expect(repo.get('q1')).toBeUndefined();
    await act(HR, 'hr.dismissUnanswered', { unansweredId: 'q2' });
    expect(repo.all()).toHaveLength(0);
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
});
