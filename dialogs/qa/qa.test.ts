import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { describeSource } from '../../knowledge/entries/schema.js';
import { ANSWER_WATCHES } from '../hr/answerWatch.js';
import { expectValidCard } from '../../test/helpers/cards.js';
import { cardText, type AdaptiveCard } from '../shared/cardKit.js';
import { memoryStore } from '../../test/support/memoryStore.js';
import type { Store } from '../shared/ports.js';
import { FEEDBACK, UNANSWERED, type Feedback, type UnansweredQuestion } from '../shared/records.js';
import type { Actor, DialogResult } from '../shared/turn.js';
import { FAKE_ENTRIES, fakeKnowledge, type FakeKnowledge } from '../../test/support/fakeKnowledge.js';
import { createQaFeature, type QaFeature } from './index.js';
import { S } from './strings.js';
import { splitAnswer } from './shape.js';

/** Every part of an entry's answer is on the card (the lead maybe without its "Ja"/"Nei"). */
function expectWholeAnswer(t: string, answer: string): void {
  const parts = splitAnswer(answer);
  expect(t).toContain(parts.lead.replace(/^(Ja|Nei)\b[\s,.:;–-]*/i, '').slice(1));
  for (const part of [parts.explanation, parts.nextStep, parts.detail].filter(Boolean)) expect(t).toContain(part);
}

const actor: Actor = { userId: 'user-7f3a', aadObjectId: 'aad-7f3a', conversationId: 'conv-7f3a', conversationType: 'personal', tenantId: 'tenant-7f3a' };
const now = new Date('2026-11-23T09:00:00Z');
const entry = (id: string) => FAKE_ENTRIES.find((e) => e.id === id)!;

/** The one card a result carries (sent or replacing), validated with the adaptivecards SDK. */
function cardOf(r: DialogResult): AdaptiveCard {
  const c = r.replace ?? (r.send?.length === 1 && r.send[0].type === 'card' ? r.send[0].card : undefined);
  expect(c, `expected one card, got ${JSON.stringify(r).slice(0, 200)}`).toBeDefined();
  expectValidCard(c!);
  return c!;
}
const textOf = (r: DialogResult) => {
  expect(r.send).toHaveLength(1);
  expect(r.send![0].type).toBe('text');
  return (r.send![0] as { text: string }).text;
};
/** Every Action.Execute in a card, with its title and data. */
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
const hasInput = (c: AdaptiveCard) => JSON.stringify(c).includes('"Input.Text"');

let store: Store;
let knowledge: FakeKnowledge;
let qa: QaFeature;
beforeEach(() => {
  store = memoryStore();
  knowledge = fakeKnowledge();
  qa = createQaFeature({ store, clock: { now: () => now }, knowledge: async () => knowledge });
});
const ask = (text: string) => qa.answerQuestion({ actor, text, now });
const act = (verb: string, data: Record<string, unknown>, at = now) => qa.actions![verb]({ actor, verb, data: { ...data, verb }, now: at });
const withoutRev = <T extends { rev: number }>(rs: T[]) => rs.map(({ rev: _rev, ...r }) => r);
const feedbackRecords = async () => withoutRev(await store.repo<Feedback>(FEEDBACK).find());
const unansweredRecords = async () => withoutRev(await store.repo<UnansweredQuestion>(UNANSWERED).find());
const storedCount = async () => (await feedbackRecords()).length + (await unansweredRecords()).length;

describe('answering a question', () => {
  it('shows title, answer, sources, review date, related entries, feedback, disclaimer and "Spør HR"', async () => {
    const c = cardOf(await ask('Kan jeg ansette uten å lyse ut?'));
    const e = entry('state-no-advert-wage-subsidy');
    const t = cardText(c);
    expect(t).toContain(e.title);
    expectWholeAnswer(t, e.answer);
    // The question is asked as the entry's own, so its "Ja" stands first; the detail is one tap away.
    expect((c.body[0] as { text: string }).text).toMatch(/^Ja, i staten kan du ansette/);
    expect(JSON.stringify(c)).toContain('"type":"Action.ToggleVisibility"');
    expect(c.body.find((el) => el.id === 'detail')).toMatchObject({ isVisible: false });
    expect(t).toContain('Gjelder staten');
    for (const s of e.sources.map(describeSource)) expect(t).toContain(`${s.title} – ${s.ref}`);
    expect(t).toContain('Sist gjennomgått: 23.11.2026');
    expect(t).toContain(S.useful);
    expect(t).toContain('Dette er veiledning, ikke et juridisk vedtak.');
    const b = buttons(c);
    expect(b.filter((x) => x.verb === 'qa.feedback').map((x) => x.data)).toEqual([
      { entryId: e.id, vote: 'up', question: 'Kan jeg ansette uten å lyse ut?', verb: 'qa.feedback' },
      { entryId: e.id, vote: 'down', question: 'Kan jeg ansette uten å lyse ut?', verb: 'qa.feedback' },
    ]);
    expect(b.find((x) => x.verb === 'qa.sendToHr')).toMatchObject({ title: S.askHr, data: { question: 'Kan jeg ansette uten å lyse ut?' } });
  });

  it("lists up to three related entries, the entry's own first, then suggestions, never itself", async () => {
    // municipal-earmarked-positions has one related entry; the fake suggests entries sharing words.
    const c = cardOf(await ask('Kan kommunen lyse ut stillinger bare for målgruppen?'));
    const related = buttons(c)
      .filter((x) => x.verb === 'qa.show')
      .map((x) => x.data.entryId);
    expect(related[0]).toBe('duty-accommodation');
    expect(related.length).toBeGreaterThan(1);
    expect(related.length).toBeLessThanOrEqual(3);
    expect(related).not.toContain('municipal-earmarked-positions');
    expect(new Set(related).size).toBe(related.length);
  });

  it('a tentative answer says it is not sure, names the question the entry answers, and offers HR first', async () => {
    const unsure = { ...knowledge, answer: (q: string) => ({ ...knowledge.answer(q), tentative: true, score: 0.5 }) };
    const tentativeQa = createQaFeature({ store, clock: { now: () => now }, knowledge: async () => unsure });
    const q = 'Kan jeg ansette uten å lyse ut?';
    const c = cardOf(await tentativeQa.answerQuestion({ actor, text: q, now }));
    const e = entry('state-no-advert-wage-subsidy');
    const t = cardText(c);
    expect((c.body[0] as { text: string }).text).toBe(S.tentative);
    expect((c.body[1] as { text: string }).text).toBe(`**${e.title}**`);
    // Its "Ja" may answer another question than the one asked: the lead is shown without it.
    expect((c.body[2] as { text: string }).text).toMatch(/^I staten kan du ansette/);
    expectWholeAnswer(t, e.answer);
    expect(t).toContain(S.tentativeHint);
    expect(c.actions).toEqual([expect.objectContaining({ title: S.sendToHr, verb: 'qa.sendToHr', style: 'positive', data: { question: q, verb: 'qa.sendToHr' } })]);
  });

  it('caps related entries at three', async () => {
    knowledge.upsert({ ...entry('duty-accommodation'), id: 'many-related', questions: ['Hva henger sammen med alt?'], related: FAKE_ENTRIES.map((e) => e.id) });
    const c = cardOf(await ask('Hva henger sammen med alt?'));
    expect(
      buttons(c)
        .filter((x) => x.verb === 'qa.show')
        .map((x) => x.data.entryId),
    ).toEqual(FAKE_ENTRIES.slice(0, 3).map((e) => e.id));
  });

  it('says plainly when it found no certain answer, with suggestions and the way to HR', async () => {
    const q = 'Gjelder lønnstilskudd også for lærlinger?';
    const c = cardOf(await ask(q));
    expect(cardText(c)).toContain(S.noAnswerTitle);
    expect(cardText(c)).not.toContain(S.useful);
    const shows = buttons(c).filter((x) => x.verb === 'qa.show');
    expect(shows.length).toBeGreaterThan(0);
    expect(shows.length).toBeLessThanOrEqual(3);
    for (const s of shows) expect(s.data.question).toBe(q);
    expect(buttons(c).find((x) => x.verb === 'qa.sendToHr')).toMatchObject({ title: S.sendToHr, data: { question: q } });
  });

  it('with nothing near, offers only HR', async () => {
    const c = cardOf(await ask('Hvordan blir været i Bergen i morgen?'));
    expect(cardText(c)).toContain(S.noSuggestions);
    expect(buttons(c).map((x) => x.verb)).toEqual(['qa.sendToHr']);
  });

  it.each([[''], ['   \n\t '], ['???'], ['…']])('answers a message with nothing to search for (%j) without searching', async (text) => {
    expect(textOf(await ask(text))).toBe(S.emptyQuestion);
    expect(knowledge.asked).toEqual([]);
  });

  it('searches only the first 500 characters of a very long question, and says so', async () => {
    const long = 'Kan jeg ansette uten å lyse ut? ' + 'og så videre '.repeat(60);
    const c = cardOf(await ask(long));
    expect(knowledge.asked).toHaveLength(1);
    expect(knowledge.asked[0].length).toBeLessThanOrEqual(500);
    expect(long.startsWith(knowledge.asked[0])).toBe(true);
    expect(cardText(c)).toContain(S.tooLong(500));
    const hr = buttons(c).find((x) => x.verb === 'qa.sendToHr')!;
    expect((hr.data.question as string).length).toBeLessThanOrEqual(500);
  });

  it('says nothing about length for a question of exactly 500 characters', async () => {
    const q = ('lønnstilskudd ' + 'x'.repeat(500)).slice(0, 500);
    expect(cardText(cardOf(await ask(q)))).not.toContain(S.tooLong(500));
  });

  it('offers "Still et spørsmål" on the help card, with an example', () => {
    expect(qa.help![0]).toEqual({ title: 'Still et spørsmål', description: expect.stringContaining('«Kan jeg ansette uten å lyse ut?»') });
    expect(qa.help![1]).toMatchObject({ command: 'sektor' });
  });
});

describe('qa.show', () => {
  it('shows the entry\'s answer card, with "Spør HR" when the question came along', async () => {
    const withQ = cardOf(await act('qa.show', { entryId: 'nav-wage-subsidy-rates', question: 'Hva med lærlinger?' }));
    expect(cardText(withQ)).toContain(entry('nav-wage-subsidy-rates').title);
    expect(buttons(withQ).find((x) => x.verb === 'qa.sendToHr')?.data.question).toBe('Hva med lærlinger?');
    const without = cardOf(await act('qa.show', { entryId: 'nav-wage-subsidy-rates' }));
    expect(buttons(without).some((x) => x.verb === 'qa.sendToHr')).toBe(false);
    expect(await storedCount()).toBe(0);
  });
});

describe('feedback', () => {
  it('stores a thumbs up with the entry id and replaces the card with thanks', async () => {
    const r = await act('qa.feedback', { entryId: 'nav-wage-subsidy-rates', vote: 'up', question: 'Hvor mye dekker NAV?' });
    expect(r.send).toBeUndefined();
    const c = cardOf(r);
    expect(await feedbackRecords()).toEqual([{ id: expect.any(String), entryId: 'nav-wage-subsidy-rates', vote: 'up', at: now.toISOString() }]);
    expectWholeAnswer(cardText(c), entry('nav-wage-subsidy-rates').answer);
    expect(cardText(c)).toContain(S.thanks);
    expect(buttons(c).some((x) => x.verb === 'qa.feedback')).toBe(false);
    expect(hasInput(c)).toBe(false);
  });

  it('stores a thumbs down and offers a comment that lands on the same record', async () => {
    const r = await act('qa.feedback', { entryId: 'duty-accommodation', vote: 'down', question: 'Må vi tilrettelegge arbeidsplassen?' });
    const c = cardOf(r);
    expect(cardText(c)).toContain(S.thanks);
    expect(JSON.stringify(c)).toContain('ikke skriv personopplysninger');
    expect(hasInput(c)).toBe(true);
    const send = buttons(c).find((x) => x.verb === 'qa.feedbackComment')!;
    expect(send.title).toBe('Send kommentar');
    const [down] = await feedbackRecords();
    expect(down).toMatchObject({ entryId: 'duty-accommodation', vote: 'down' });
    expect(send.data).toMatchObject({ entryId: 'duty-accommodation', feedbackId: down.id });

    // Teams merges the input value into the button's data.
    const done = cardOf(await act('qa.feedbackComment', { ...send.data, comment: '  Svaret sier ikke noe om kommuner ' }));
    expect(cardText(done)).toContain(S.commentThanks);
    expect(hasInput(done)).toBe(false);
    expect(await feedbackRecords()).toEqual([{ ...down, comment: 'Svaret sier ikke noe om kommuner' }]);
  });

  it('a replayed comment button does not overwrite the first comment', async () => {
    await act('qa.feedback', { entryId: 'duty-accommodation', vote: 'down' });
    const feedbackId = (await feedbackRecords())[0].id;
    await act('qa.feedbackComment', { entryId: 'duty-accommodation', feedbackId, comment: 'første' });
    await act('qa.feedbackComment', { entryId: 'duty-accommodation', feedbackId, comment: 'andre' });
    expect((await feedbackRecords()).map((f) => f.comment)).toEqual(['første', 'andre']);
    expect((await feedbackRecords()).every((f) => f.entryId === 'duty-accommodation' && f.vote === 'down')).toBe(true);
  });

  it('a comment without a known feedback id is stored as a new thumbs-down record for the entry', async () => {
    await act('qa.feedback', { entryId: 'nav-wage-subsidy-rates', vote: 'up' });
    const other = (await feedbackRecords())[0].id;
    await act('qa.feedbackComment', { entryId: 'duty-accommodation', feedbackId: other, comment: 'Mangler eksempler' });
    await act('qa.feedbackComment', { entryId: 'duty-accommodation', comment: 'Uklart' });
    expect(await feedbackRecords()).toEqual([
      expect.objectContaining({ id: other, entryId: 'nav-wage-subsidy-rates', vote: 'up' }),
      { id: expect.any(String), entryId: 'duty-accommodation', vote: 'down', comment: 'Mangler eksempler', at: now.toISOString() },
      { id: expect.any(String), entryId: 'duty-accommodation', vote: 'down', comment: 'Uklart', at: now.toISOString() },
    ]);
    expect((await feedbackRecords())[0].comment).toBeUndefined();
  });

  it.each([
    ['empty', '   ', S.commentEmpty],
    ['over 1000 characters', 'x'.repeat(1001), S.commentTooLong],
  ])('answers an %s comment in the card, keeping the comment box and storing nothing', async (_, comment, message) => {
    const c = cardOf(await act('qa.feedbackComment', { entryId: 'duty-accommodation', comment }));
    expect(cardText(c)).toContain(message);
    expect(hasInput(c)).toBe(true);
    expect(await storedCount()).toBe(0);
  });

  it('accepts a comment of exactly 1000 characters', async () => {
    await act('qa.feedbackComment', { entryId: 'duty-accommodation', comment: 'y'.repeat(1000) });
    expect((await feedbackRecords())[0].comment).toHaveLength(1000);
  });
});

describe('sending a question to HR', () => {
  it('counts repeats of the same folded question, without the asker', async () => {
    const later = new Date('2026-11-24T10:30:00Z');
    expect(cardText(cardOf(await act('qa.sendToHr', { question: 'Hva gjør vi med lærlinger?' })))).toMatch(/^Spørsmålet er sendt til HR/);
    await act('qa.sendToHr', { question: '  HVA gjør vi   med lærlinger ' }, later);
    await act('qa.sendToHr', { question: 'Hva gjør vi med praktikanter?' }, later);
    const id = createHash('sha256').update('hva gjør vi med lærlinger').digest('hex').slice(0, 32);
    expect(await unansweredRecords()).toEqual([
      { id, question: 'Hva gjør vi med lærlinger?', count: 2, firstAsked: now.toISOString(), lastAsked: later.toISOString() },
      expect.objectContaining({ question: 'Hva gjør vi med praktikanter?', count: 1 }),
    ]);
    // Every id of the actor ends in 7f3a.
    expect(JSON.stringify(await unansweredRecords())).not.toContain('7f3a');
  });

  it("the no-answer card's button sends exactly the question asked", async () => {
    const c = cardOf(await ask('Hvordan blir været i Bergen i morgen?'));
    const hr = buttons(c).find((x) => x.verb === 'qa.sendToHr')!;
    await act('qa.sendToHr', hr.data);
    expect(await unansweredRecords()).toEqual([expect.objectContaining({ question: 'Hvordan blir været i Bergen i morgen?', count: 1 })]);
  });
});

describe('«Si fra når HR har svart»', () => {
  const watches = () => store.repo<{ id: string; unansweredId: string; userId: string; at: string }>(ANSWER_WATCHES).find();

  it('is offered once the question is sent, and stores only the question id and the user key', async () => {
    const sent = cardOf(await act('qa.sendToHr', { question: 'Hva gjør vi med lærlinger?' }));
    const [watch] = buttons(sent);
    const [waiting] = await unansweredRecords();
    expect(watch).toMatchObject({ title: S.watchAnswer, verb: 'qa.watchAnswer', data: { id: waiting.id } });

    const after = await act('qa.watchAnswer', watch.data);
    expect(after.send).toBeUndefined();
    expect(cardText(cardOf(after))).toContain(S.watching);
    expect(buttons(cardOf(after))).toEqual([]);
    expect(withoutRev(await watches())).toEqual([{ id: `${waiting.id}:${actor.userId}`, unansweredId: waiting.id, userId: actor.userId, at: now.toISOString() }]);
    expect(JSON.stringify(await watches())).not.toContain('lærlinger');
  });

  it('pressed twice, stores one watch', async () => {
    const [watch] = buttons(cardOf(await act('qa.sendToHr', { question: 'Hva gjør vi med lærlinger?' })));
    await act('qa.watchAnswer', watch.data);
    await act('qa.watchAnswer', watch.data);
    expect(await watches()).toHaveLength(1);
  });

  it('says so when HR has already handled the question, and stores nothing', async () => {
    const [watch] = buttons(cardOf(await act('qa.sendToHr', { question: 'Hva gjør vi med lærlinger?' })));
    await store.repo(UNANSWERED).remove(String(watch.data.id));
    expect(textOf(await act('qa.watchAnswer', watch.data))).toBe(S.alreadyAnswered);
    expect(await watches()).toEqual([]);
  });
});

describe('untrusted card data', () => {
  it.each([
    ['qa.show', {}],
    ['qa.show', { entryId: 42 }],
    ['qa.show', { entryId: '' }],
    ['qa.show', { entryId: 'duty-accommodation', question: 'x'.repeat(501) }],
    ['qa.feedback', { vote: 'up' }],
    ['qa.feedback', { entryId: 'duty-accommodation' }],
    ['qa.feedback', { entryId: 'duty-accommodation', vote: 'sideways' }],
    ['qa.feedback', { entryId: ['duty-accommodation'], vote: 'up' }],
    ['qa.feedbackComment', { comment: 'hei' }],
    ['qa.feedbackComment', { entryId: 'duty-accommodation', comment: 17 }],
    ['qa.feedbackComment', { entryId: 'duty-accommodation', comment: 'x'.repeat(5001) }],
    ['qa.feedbackComment', { entryId: 'duty-accommodation', feedbackId: { $ne: null }, comment: 'hei' }],
    ['qa.watchAnswer', {}],
    ['qa.watchAnswer', { id: 'not-an-id' }],
    ['qa.watchAnswer', { id: 'a'.repeat(33) }],
    ['qa.sendToHr', {}],
    ['qa.sendToHr', { question: '' }],
    ['qa.sendToHr', { question: '   ' }],
    ['qa.sendToHr', { question: '?!' }],
    ['qa.sendToHr', { question: 'x'.repeat(501) }],
    ['qa.sendToHr', { question: ['Hva nå?'] }],
  ])('%s with %j: a clear message, nothing stored', async (verb, data) => {
    expect(textOf(await act(verb, data))).toBe(S.badData);
    expect(await storedCount()).toBe(0);
  });

  it.each([
    ['qa.show', { entryId: 'retired-entry' }],
    ['qa.feedback', { entryId: 'retired-entry', vote: 'down' }],
    ['qa.feedbackComment', { entryId: 'retired-entry', comment: 'hei' }],
  ])('%s with an unknown entry id: a friendly message, nothing stored', async (verb, data) => {
    expect(textOf(await act(verb, data))).toBe(S.unknownEntry);
    expect(await storedCount()).toBe(0);
  });

  it('an entry removed after the card was sent counts as unknown', async () => {
    const c = cardOf(await ask('Hvor mye dekker NAV?'));
    const up = buttons(c).find((x) => x.verb === 'qa.feedback')!;
    knowledge.remove('nav-wage-subsidy-rates');
    expect(textOf(await act('qa.feedback', up.data))).toBe(S.unknownEntry);
    expect(await storedCount()).toBe(0);
  });
});
