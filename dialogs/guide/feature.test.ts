import { describe, expect, it } from 'vitest';
import { expectValidCard } from '../../test/helpers/cards.js';
import type { KnowledgeIndex } from '../../knowledge/kb.js';
import { cardText, type AdaptiveCard } from '../shared/cardKit.js';
import { memoryStore } from '../../test/support/memoryStore.js';
import type { Actor, DialogResult } from '../shared/turn.js';
import type { GuideFlow } from './flow.js';
import { createGuideFeature } from './index.js';
import { RULESET_VERSION } from './rules.js';
import { S } from './strings.js';

const actor: Actor = { userId: 'user-1', conversationId: 'conv-1', conversationType: 'personal' };

function setup(opts: { defaultSector?: 'state' | 'municipal'; knowledge?: KnowledgeIndex } = {}) {
  const store = memoryStore();
  const clock = { t: new Date('2025-01-06T09:00:00Z'), now() { return this.t; } };
  const feature = createGuideFeature({ store, clock, defaultSector: opts.defaultSector, knowledge: opts.knowledge ? async () => opts.knowledge! : undefined });
  const cards: AdaptiveCard[] = [];
  const keep = (r: DialogResult | undefined): DialogResult | undefined => {
    if (r?.replace) cards.push(r.replace);
    for (const o of r?.send ?? []) if (o.type === 'card') cards.push(o.card);
    return r;
  };
  const act = async (verb: string, data: Record<string, unknown> = {}) => keep(await feature.actions![verb]({ actor, verb, data: { ...data, verb }, now: clock.t }))!;
  const say = async (text: string): Promise<DialogResult | undefined> => keep(await feature.onText!({ actor, text, now: clock.t }));
  const command = async (text: string) => {
    const c = feature.commands!.find((x) => x.pattern.test(text));
    if (!c) return undefined;
    return keep(await c.handle({ actor, text, now: clock.t }, text.match(c.pattern)!));
  };
  const flow = () => store.repo<GuideFlow>('guideFlows').get(`${actor.userId}|${actor.conversationId}`);
  return { store, clock, feature, act, say, command, flow, cards };
}

const cardOf = (r: DialogResult | undefined): AdaptiveCard => {
  const c = r?.replace ?? r?.send?.find((o) => o.type === 'card')?.card;
  if (!c) throw new Error(`no card in ${JSON.stringify(r)}`);
  return c;
};
const textOf = (r: DialogResult | undefined) => cardText(cardOf(r));

/** Finds the button with this title anywhere in the card and returns its data. */
function button(card: AdaptiveCard, title: string): { verb: string; data: Record<string, unknown> } {
  let found: Record<string, unknown> | undefined;
  const walk = (n: unknown): void => {
    if (found) return;
    if (Array.isArray(n)) return n.forEach(walk);
    if (n && typeof n === 'object') {
      const o = n as Record<string, unknown>;
      if (o.type === 'Action.Execute' && o.title === title) found = o;
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  if (!found) throw new Error(`no button «${title}» in:\n${cardText(card)}`);
  return { verb: found.verb as string, data: found.data as Record<string, unknown> };
}

async function press(t: ReturnType<typeof setup>, r: DialogResult | undefined, title: string, extra: Record<string, unknown> = {}) {
  const b = button(cardOf(r), title);
  return t.act(b.verb, { ...b.data, ...extra });
}

describe('the guide feature', () => {
  it('commands are anchored; help names the start verb', () => {
    const { feature } = setup();
    const match = (s: string) => feature.commands!.some((c) => c.pattern.test(s));
    for (const s of ['ny stilling', 'ledig stilling', 'vurder stilling', 'veileder', 'start veileder']) expect(match(s), s).toBe(true);
    for (const s of ['hva er en ny stilling', 'ny stilling i staten?', 'veileder for meg']) expect(match(s), s).toBe(false);
    expect(feature.help).toEqual([expect.objectContaining({ title: 'Vurder en ledig stilling', command: 'ny stilling', verb: 'guide.start' })]);
  });

  it('a whole flow by buttons: questions, review, result, order to NAV; every card valid', async () => {
    const t = setup();
    let r = await t.command('ny stilling');
    expect(textOf(r)).toContain('Spørsmål 1 av omtrent');
    expect(textOf(r)).toContain('Hvorfor jeg spør');
    r = await press(t, r, 'Staten');
    r = await press(t, r, 'Midlertidig');
    expect(textOf(r)).toContain('Spørsmål 3 av omtrent');
    r = await press(t, r, 'Neste', { guideMonths: '12' });
    r = await press(t, r, 'Arbeidet er midlertidig (f.eks. et prosjekt)');
    r = await press(t, r, 'Nei'); // the personnel regulation
    expect(textOf(r)).toContain(S.privacy); // "is there a candidate?" is the first question about a person
    r = await press(t, r, 'Ja'); // a candidate
    expect(textOf(r)).not.toContain(S.privacy); // said once
    r = await press(t, r, 'Ja'); // disability
    for (let i = 0; i < 6 && !textOf(r).includes(S.reviewTitle); i++) r = await press(t, r, i === 0 ? 'Ja – ordinær sats (40 %)' : 'Nei');
    expect(textOf(r)).toContain(S.reviewTitle);
    expect(textOf(r)).toContain('12 måneder');
    r = await press(t, r, S.showResult);
    const result = textOf(r);
    expect(result).toContain(S.canDo);
    expect(result).toContain(S.mustDo);
    expect(result).toContain(S.navPays);
    expect(result).toMatch(/Måned \d+–\d+: \d+ %/);
    expect(result.indexOf(S.canDo)).toBeLessThan(result.indexOf(S.mustDo));
    expect(result.indexOf(S.mustDo)).toBeLessThan(result.indexOf(S.navPays));
    expect(JSON.stringify(cardOf(r))).toContain('Action.ToggleVisibility');
    let o = await press(t, r, S.makeOrder);
    o = await press(t, o, S.makeOrderText, { orderTitle: 'Saksbehandler', orderTasks: 'x', orderPercent: '150', orderStart: '2025-03-01' });
    expect(textOf(o)).toContain(S.orderErrors.tasks);
    expect(textOf(o)).toContain(S.orderErrors.percent);
    expect(JSON.stringify(cardOf(o))).toContain('"value":"Saksbehandler"');
    o = await press(t, o, S.makeOrderText, { orderTitle: 'Saksbehandler', orderTasks: 'Behandle søknader om tilskudd.', orderPercent: 100, orderStart: '2025-03-01' });
    expect(textOf(o)).toContain(S.orderReadyTitle);
    expect(JSON.stringify(cardOf(o))).toContain('Bestilling til NAV');
    for (const c of t.cards) expectValidCard(c);
  });

  it('typed answers, a bad typed answer, and text with no flow', async () => {
    const t = setup({ defaultSector: 'municipal' });
    expect(await t.say('hva er lønnstilskudd?')).toBeUndefined();
    await t.command('ny stilling');
    let r = await t.say('kanskje');
    expect(textOf(r)).toContain('Det svaret forsto jeg ikke');
    expect(textOf(r)).toContain('Er stillingen fast eller midlertidig?');
    r = await t.say('midlertidig');
    expect(textOf(r)).toContain('Hvor mange måneder');
    r = await t.say('lenge');
    expect(textOf(r)).toContain('Skriv antall måneder');
    r = await t.say('8 mnd');
    expect(textOf(r)).toContain('Hva er grunnen');
    r = await t.say('tilbake');
    expect(textOf(r)).toContain('Hvor mange måneder');
    r = await t.say('8');
    r = await t.say('vikar for en som er sykmeldt');
    r = await t.say('n');
    expect(textOf(r)).toContain(S.reviewTitle);
    expect(textOf(r)).toContain(S.sourceDefault);
    r = await t.say('ja');
    expect(textOf(r)).toContain(S.canDo);
    expect((await t.flow())?.status).toBe('result');
    expect(await t.say('hva er arbeidstrening?')).toBeUndefined();
    for (const c of t.cards) expectValidCard(c);
  });

  it('"avbryt" ends the flow; a card of the ended flow gets a friendly message and a fresh start', async () => {
    const t = setup();
    const first = await t.command('ledig stilling');
    const r = await t.say('avbryt');
    expect(r?.send?.[0]).toEqual({ type: 'text', text: S.typedCancelled });
    expect((await t.flow())).toBeUndefined();
    expect(await t.say('ja')).toBeUndefined();
    const stale = await press(t, first, 'Staten');
    expect(textOf(stale)).toContain(S.staleTitle);
    expect(button(cardOf(stale), S.startNew).verb).toBe('guide.start');
    expectValidCard(cardOf(stale));
  });

  it('editing from the review clears dependent answers and continues from there', async () => {
    const t = setup({ defaultSector: 'state' });
    await t.command('ny stilling');
    for (const a of ['midlertidig', '10', 'prosjekt', 'ja']) await t.say(a);
    let r = await t.say('nei');
    expect(textOf(r)).toContain(S.reviewTitle);
    expect((await t.flow())?.answers.regulation).toBe('yes');
    const editDuration = button(cardOf(r), S.edit);
    expect(editDuration.data.q).toBe('sector');
    r = await t.act('guide.edit', { ...editDuration.data, q: 'duration' });
    expect(textOf(r)).toContain('Hvor mange måneder');
    expect((await t.flow())?.answers.regulation).toBeUndefined();
    expect((await t.flow())?.answers.ground).toBe('temporary_work');
    r = await press(t, r, '3 mnd');
    expect(textOf(r)).toContain(S.reviewTitle);
    expect(textOf(r)).not.toContain('Personalreglementet');
  });

  it('prefill from the vacancy checklist: validated, skipped, shown with "Endre"', async () => {
    const t = setup();
    let r: DialogResult | undefined = await t.act('guide.start', { prefill: { position: { permanent: false, durationMonths: 6, ground: 'substitute', absenceReason: 'sick_leave' }, sector: 'state' } });
    expect(textOf(r)).toContain('Har dere en aktuell kandidat');
    r = await t.say('nei');
    expect(textOf(r)).toContain(S.sourcePrefill);
    expect(textOf(r)).toContain('Vikar for en som er sykmeldt');
    r = await t.act('guide.start', { prefill: { position: { permanent: 'kanskje' } } });
    expect(textOf(r)).toContain(S.badPrefill);
    expect(textOf(r)).toContain('Hvor er stillingen?');
  });

  it('remembers the sector per user after the first answer', async () => {
    const t = setup();
    await t.command('ny stilling');
    await t.say('kommune');
    const r = await t.command('ny stilling');
    expect(textOf(r)).toContain('Er stillingen fast eller midlertidig?');
    expect((await t.flow())?.sources.sector).toBe('remembered');
  });

  it('a flow older than seven days starts over with a polite note', async () => {
    const t = setup();
    const r = await t.command('ny stilling');
    t.clock.t = new Date(t.clock.t.getTime() + 7 * 24 * 3600_000 + 60_000);
    const after = await press(t, r, 'Staten');
    expect(textOf(after)).toContain(S.expired);
    expect(textOf(after)).toContain('Hvor er stillingen?');
    expect((await t.flow())?.answers).toEqual({});
    // Within seven days it goes on.
    const t2 = setup();
    const r2 = await t2.command('ny stilling');
    t2.clock.t = new Date(t2.clock.t.getTime() + 6 * 24 * 3600_000);
    expect(textOf(await press(t2, r2, 'Staten'))).toContain('fast eller midlertidig');
  });

  it('a flow saved under another ruleset version is assessed again, never a stale result', async () => {
    const t = setup({ defaultSector: 'state' });
    await t.command('ny stilling');
    for (const a of ['midlertidig', '3', 'prosjekt', 'nei', 'ja']) await t.say(a);
    expect((await t.flow())?.status).toBe('result');
    const old = { ...(await t.flow())!, rulesetVersion: 'old-version' };
    await t.store.repo<GuideFlow>('guideFlows').put(old);
    const r = await t.act('guide.confirm', { flow: old.token });
    expect(textOf(r)).toContain(S.rulesUpdated);
    expect(textOf(r)).toContain(S.rulesVersion(RULESET_VERSION));
    expect((await t.flow())?.rulesetVersion).toBe(RULESET_VERSION);
  });

  it('bad card data gets a clear message, not a throw', async () => {
    const t = setup();
    for (const [verb, data] of [
      ['guide.answer', {}],
      ['guide.answer', { flow: 'x', q: 'nope', value: 1 }],
      ['guide.edit', { flow: 42 }],
      ['guide.navOrderSubmit', { flow: ['a'] }],
    ] as const) {
      const r = await t.act(verb, data as Record<string, unknown>);
      expect(textOf(r)).toContain(S.badData);
    }
    await t.command('ny stilling');
    const token = (await t.flow())!.token;
    const r = await t.act('guide.answer', { flow: token, q: 'sector', value: 'mars' });
    expect(textOf(r)).toContain('Hvor er stillingen?');
    const wrongQ = await t.act('guide.answer', { flow: token, q: 'duration', value: 5 });
    expect(textOf(wrongQ)).toContain(S.staleQuestion);
    const order = await t.act('guide.navOrder', { flow: token });
    expect(textOf(order)).toContain(S.noOrderResult);
    for (const c of t.cards) expectValidCard(c);
  });

  it('the result card lists related knowledge and stays under 28 KB', async () => {
    const entry = (i: number) => ({ id: `e${i}`, title: `Oppføring ${i}`, answer: 'Lang tekst. '.repeat(60) });
    const knowledge = { search: () => [1, 2, 3].map((i) => ({ entry: entry(i), score: 0.9 })) } as unknown as KnowledgeIndex;
    const t = setup({ defaultSector: 'state', knowledge });
    await t.command('ny stilling');
    let r: DialogResult | undefined;
    for (const a of ['midlertidig', '12', 'prosjekt', 'vet ikke', 'ja', 'vet ikke', 'vet ikke', 'vet ikke', 'vet ikke', 'vet ikke', 'vet ikke', 'vet ikke', 'vet ikke', 'vet ikke']) {
      if ((await t.flow())?.status !== 'asking') break;
      r = await t.say(a);
    }
    r = await t.say('ja');
    expect(textOf(r)).toContain('Oppføring 1');
    expect(textOf(r)).toContain(S.maybeDo);
    expect(textOf(r)).toContain('Avhenger av:');
    expectValidCard(cardOf(r));
  });
});

