/** The question dialog over the curated entries, the real search and an in-memory store: sector, context, scope. */
import { beforeEach, describe, expect, it } from 'vitest';
import { loadCuratedEntries } from '../../knowledge/entries/index.js';
import { createKnowledgeIndex } from '../../knowledge/search/index.js';
import { expectValidCard } from '../../test/helpers/cards.js';
import { memoryStore } from '../../test/support/memoryStore.js';
import { cardText, type AdaptiveCard } from '../shared/cardKit.js';
import type { Store } from '../shared/ports.js';
import { createPrefs, USER_PREFS } from '../shared/prefs.js';
import { FEEDBACK, type Feedback } from '../shared/records.js';
import type { Actor, DialogResult } from '../shared/turn.js';
import { CONTEXT_TTL_MS, QA_CONTEXT, type QaContextRecord } from './context.js';
import { createQaFeature, type QaFeature } from './index.js';
import { S } from './strings.js';

const actor: Actor = { userId: 'u1', conversationId: 'c1', conversationType: 'personal' };
const now = new Date('2026-11-23T09:00:00Z');
const index = createKnowledgeIndex(loadCuratedEntries(), { date: '2026-11-23' });

const cardOf = (r: DialogResult): AdaptiveCard => {
  const c = r.send?.find((m) => m.type === 'card');
  const found = c?.type === 'card' ? c.card : r.replace;
  expectValidCard(found!);
  return found!;
};
/** Every Action.Execute in a card. */
function buttons(c: AdaptiveCard): Array<{ title: string; verb: string; data: Record<string, unknown> }> {
  const out: Array<{ title: string; verb: string; data: Record<string, unknown> }> = [];
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (n && typeof n === 'object') {
      const o = n as Record<string, unknown>;
      if (o.type === 'Action.Execute') out.push({ title: o.title as string, verb: o.verb as string, data: o.data as Record<string, unknown> });
      Object.values(o).forEach(walk);
    }
  };
  walk(c);
  return out;
}
const firstLine = (c: AdaptiveCard) => (c.body[0] as { text: string }).text;

let store: Store;
let qa: QaFeature;
const setUp = (defaultSector?: 'state' | 'municipal') => {
  store = memoryStore();
  qa = createQaFeature({ store, clock: { now: () => now }, knowledge: async () => index, defaultSector });
};
beforeEach(() => setUp());
const ask = (text: string, at = now, who = actor) => qa.answerQuestion({ actor: who, text, now: at });
const act = (verb: string, data: Record<string, unknown>) => qa.actions![verb]({ actor, verb, data: { ...data, verb }, now });
const command = async (text: string) => {
  const c = qa.commands!.find((x) => x.pattern.test(text))!;
  return c.handle({ actor, text, now }, text.match(c.pattern)!);
};

describe('answers over the curated entries', () => {
  it('answers a wage-subsidy question with its lead first, the sector named, sources as links and a thumbs up', async () => {
    setUp('state');
    const c = cardOf(await ask('Kan vi ansette noen fra NAV med lønnstilskudd uten å lyse ut stillingen?'));
    const t = cardText(c);
    expect(t).toContain(S.sources);
    expect(t).toMatch(/Sist gjennomgått: \d{2}\.\d{2}\.\d{4}/);
    expect(t).toContain('Gjelder staten');
    expect(t).toContain(S.disclaimer);
    expect(JSON.stringify(c)).not.toContain('{{p:');
    // Web sources are markdown links.
    if (/https:\/\//.test(t)) expect(t).toMatch(/\[[^\]]+\]\(https:\/\/[^)]+\)/);
    const thumbsUp = buttons(c).find((b) => b.verb === 'qa.feedback' && b.data.vote === 'up')!;
    const entryId = thumbsUp.data.entryId as string;
    const r = await act('qa.feedback', { entryId, vote: 'up' });
    expect(cardText(cardOf(r))).toContain(S.thanks);
    expect(await store.repo<Feedback>(FEEDBACK).find()).toEqual([expect.objectContaining({ entryId, vote: 'up' })]);
  });

  it('refuses a question outside the knowledge base', async () => {
    const c = cardOf(await ask('Hvordan blir været i Bergen i morgen?'));
    expect(cardText(c)).toContain(S.noAnswerTitle);
    expect(JSON.stringify(c)).toContain('qa.sendToHr');
  });

  it.each([
    ['Når kommer lønna i desember?', 'pay'],
    ['Hvordan registrerer jeg egenmelding?', 'sickleave'],
    ['Jeg har glemt passordet til PC-en', 'it'],
  ] as const)('points an HR question of another kind elsewhere: %s', async (q, kind) => {
    const c = cardOf(await ask(q));
    expect(cardText(c)).toContain(S.offTopic[kind]);
    expect(buttons(c)).toEqual([]);
    expect(await store.repo(QA_CONTEXT).count()).toBe(0);
  });
});

describe('sector', () => {
  it('with the sector unknown and a rule that differs, shows both in two labelled lines and remembers one tap', async () => {
    const c = cardOf(await ask('Kan vi ansette en vikar?'));
    const t = cardText(c);
    expect(t).toContain(S.differsTitle);
    expect(t).toContain(`**${S.inState}:**`);
    expect(t).toContain(`**${S.inMunicipality}:**`);
    const pick = buttons(c).find((b) => b.title === S.pickMunicipality)!;
    const r = await act(pick.verb, pick.data);
    expect(r.send).toEqual([{ type: 'text', text: S.sectorSaved('kommunen') }]);
    expect(cardText(cardOf(r))).toContain('Gjelder kommuner');
    expect(await createPrefs(store).sectorOf(actor.userId)).toBe('municipal');
    // The next question is answered for the municipality without asking.
    const next = cardOf(await ask('Kan vi ansette en vikar?'));
    expect(cardText(next)).not.toContain(S.differsTitle);
    expect(cardText(next)).toContain('Gjelder kommuner');
  });

  it('never gives a municipal asker the state rule as the answer', async () => {
    await command('sektor kommune');
    for (const q of ['Kan vi ansette en vikar?', 'Når kan vi ansette midlertidig?', 'Må vi kalle inn søkere med funksjonsnedsettelse til intervju?']) {
      const c = cardOf(await ask(q));
      const shown = buttons(c).find((b) => b.verb === 'qa.feedback')!.data.entryId as string;
      expect(['municipal', 'both'], `${q} → ${shown}`).toContain(index.get(shown)!.sector);
      expect(cardText(c), q).not.toContain('Gjelder staten');
    }
  });

  it('reads the sector the question names over the stored one', async () => {
    await command('sektor kommune');
    const c = cardOf(await ask('Kan Skatteetaten ansette uten å lyse ut stillingen?'));
    expect(cardText(c)).toContain('Gjelder staten');
    expect(cardText(c)).toContain(S.sectorWhy.question);
  });

  it('takes the employer default, says so on "sektor", and the user\'s own choice over it', async () => {
    setUp('municipal');
    expect((await command('sektor')).send).toEqual([{ type: 'text', text: S.sectorDefault('kommunen') }]);
    expect(cardText(cardOf(await ask('Kan vi ansette en vikar?')))).toContain('Gjelder kommuner');
    expect((await command('sektor stat')).send).toEqual([{ type: 'text', text: S.sectorSaved('staten') }]);
    expect((await store.repo(USER_PREFS).find())[0]).toMatchObject({ id: actor.userId, sector: 'state', sectorFrom: 'setting' });
    expect(cardText(cardOf(await ask('Kan vi ansette en vikar?')))).toContain('Gjelder staten');
  });

  it('says when it does not know the sector', async () => {
    expect((await command('sektor')).send).toEqual([{ type: 'text', text: S.sectorUnknown }]);
  });
});

describe('the conversation', () => {
  it('answers a follow-up from the previous answer, and keeps no question text', async () => {
    cardOf(await ask('Kan vi ansette en vikar i staten?'));
    const c = cardOf(await ask('og i kommunen?'));
    expect(cardText(c)).toContain('Gjelder kommuner');
    expect(cardText(c)).toMatch(/14-9/);
    const stored = await store.repo<QaContextRecord>(QA_CONTEXT).find();
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toMatch(/vikar i staten|og i kommunen/);
    expect(stored[0].id).not.toContain(actor.conversationId);
  });

  it('forgets the context after half an hour', async () => {
    cardOf(await ask('Hva er midlertidig lønnstilskudd?'));
    const later = new Date(now.getTime() + CONTEXT_TTL_MS + 1000);
    const c = cardOf(await ask('hvor lenge da?', later));
    expect(cardText(c)).toContain(S.noAnswerTitle);
    expect(await store.repo(QA_CONTEXT).count()).toBe(0);
  });

  it('keeps contexts apart per user in the same conversation', async () => {
    cardOf(await ask('Hva er midlertidig lønnstilskudd?'));
    const other: Actor = { ...actor, userId: 'u2' };
    expect(cardText(cardOf(await ask('hvor lenge da?', now, other)))).toContain(S.noAnswerTitle);
  });

  it('answers the second ask of a compound question with its own line and a button', async () => {
    setUp('state');
    const c = cardOf(await ask('Kan vi ansette uten utlysning, og hvor mye dekker NAV?'));
    const t = cardText(c);
    expect(t).toContain(S.alsoAsked('Hvor mye dekker NAV?'));
    const read = buttons(c).find((b) => b.title === S.readAnswer)!;
    expect(read.data).toMatchObject({ entryId: 'nav-wage-subsidy-rates', question: 'Hvor mye dekker NAV?' });
  });

  it('shows "Ja" or "Nei" only when the question asks the way the entry does', async () => {
    setUp('state');
    expect(firstLine(cardOf(await ask('Må kandidaten fortelle om diagnosen sin?')))).toMatch(/^Nei/);
    expect(firstLine(cardOf(await ask('Hvorfor trenger ikke kandidaten fortelle om diagnosen sin?')))).not.toMatch(/^(Ja|Nei)\b/);
  });
});
