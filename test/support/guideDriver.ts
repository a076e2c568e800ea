/**
 * Drives the guide feature as the router would, against the in-memory store and a settable clock,
 * and keeps every card it produces (for the checks that scan them all).
 */
import type { KnowledgeIndex } from '../../knowledge/kb.js';
import { createGuideFeature, GUIDE_FLOWS, type GuideFlow } from '../../dialogs/guide/index.js';
import { cardText, type AdaptiveCard } from '../../dialogs/shared/cardKit.js';
import type { Actor, DialogResult } from '../../dialogs/shared/turn.js';
import { memoryStore } from './memoryStore.js';

export const GUIDE_ACTOR: Actor = { userId: 'user-1', conversationId: 'conv-1', conversationType: 'personal' };

export function guideSetup(
  opts: { defaultSector?: 'state' | 'municipal'; knowledge?: KnowledgeIndex; retentionDays?: number; actor?: Actor; store?: ReturnType<typeof memoryStore> } = {},
) {
  const store = opts.store ?? memoryStore();
  const actor = opts.actor ?? GUIDE_ACTOR;
  const clock = {
    t: new Date('2026-03-02T09:00:00Z'),
    now() {
      return this.t;
    },
  };
  const feature = createGuideFeature({
    store,
    clock,
    defaultSector: opts.defaultSector,
    knowledge: opts.knowledge ? async () => opts.knowledge! : undefined,
    retentionDays: opts.retentionDays,
  });
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
  const flow = () => store.repo<GuideFlow>(GUIDE_FLOWS).get(`${actor.userId}|${actor.conversationId}`);
  const later = (ms: number) => void (clock.t = new Date(clock.t.getTime() + ms));
  return { store, clock, feature, act, say, command, flow, cards, later, actor };
}
export type GuideTest = ReturnType<typeof guideSetup>;

export const cardOf = (r: DialogResult | undefined): AdaptiveCard => {
  const c = r?.replace ?? r?.send?.find((o) => o.type === 'card')?.card;
  if (!c) throw new Error(`no card in ${JSON.stringify(r)}`);
  return c;
};
export const textOf = (r: DialogResult | undefined) => cardText(cardOf(r));

/** Every Action.Execute in a card (body and actions), with its title, verb and data. */
export function buttonsOf(card: AdaptiveCard): Array<{ title: string; verb: string; data: Record<string, unknown> }> {
  const out: Array<{ title: string; verb: string; data: Record<string, unknown> }> = [];
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (n && typeof n === 'object') {
      const o = n as Record<string, unknown>;
      if (o.type === 'Action.Execute') out.push({ title: String(o.title), verb: String(o.verb), data: (o.data as Record<string, unknown>) ?? {} });
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return out;
}

/** Finds the button with this title anywhere in the card and returns its verb and data. */
export function button(card: AdaptiveCard, title: string | RegExp): { verb: string; data: Record<string, unknown> } {
  const found = buttonsOf(card).find((b) => (typeof title === 'string' ? b.title === title : title.test(b.title)));
  if (!found) throw new Error(`no button «${String(title)}» in:\n${cardText(card)}`);
  return found;
}

export async function press(t: GuideTest, r: DialogResult | undefined, title: string | RegExp, extra: Record<string, unknown> = {}) {
  const b = button(cardOf(r), title);
  return t.act(b.verb, { ...b.data, ...extra });
}

/** A small seeded random generator (mulberry32), so a walk that finds a fault can be repeated. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type RunEnd = 'order' | 'finish' | 'open';

/**
 * One run of the guide with random answers (buttons, now and then a typed sector switch or «Tilbake»),
 * to the result and then the NAV order, «Ferdig», or left open. Returns the questions it saw.
 */
export async function randomRun(t: GuideTest, rnd: () => number, opts: { sector: 'state' | 'municipal'; end: RunEnd; switchChance?: number }): Promise<{ asked: string[] }> {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const asked: string[] = [];
  let r = await t.command('ny stilling');
  if (textOf(r).includes('Forkaste det du har svart') || textOf(r).includes('Fortsette der du slapp')) r = await press(t, r, 'Start på nytt');
  if (textOf(r).includes('Gjelder stillingen staten eller en kommune?')) {
    asked.push('sector');
    r = await press(t, r, opts.sector === 'state' ? 'Staten' : 'Kommune eller fylkeskommune');
  } else if (!textOf(r).includes(opts.sector === 'state' ? 'Regler for staten' : 'Regler for kommunen')) r = await t.say(opts.sector === 'state' ? 'staten' : 'kommune');
  for (let i = 0; i < 40; i++) {
    const card = cardOf(r);
    const answers = buttonsOf(card).filter((b) => b.verb === 'guide.answer');
    if (!answers.length) break;
    asked.push(String(answers[0].data.q));
    if (opts.switchChance && rnd() < opts.switchChance) {
      r = await t.say(pick(['kommune', 'staten', 'bytt sektor']));
      continue;
    }
    if (rnd() < 0.05 && buttonsOf(card).some((b) => b.title === 'Tilbake')) {
      r = await press(t, r, 'Tilbake');
      continue;
    }
    const b = pick(answers);
    r = await t.act(b.verb, answers[0].data.q === 'duration' && rnd() < 0.3 ? { ...b.data, value: undefined, guideMonths: String(1 + Math.floor(rnd() * 48)) } : b.data);
  }
  if (!textOf(r).includes('Sjekk svarene dine')) throw new Error(`no review card:\n${textOf(r)}`);
  r = await press(t, r, 'Vis resultatet');
  if (opts.end === 'open') return { asked };
  if (opts.end === 'finish') {
    await press(t, r, 'Ferdig');
    return { asked };
  }
  let o = await press(t, r, 'Lag bestilling til NAV');
  o = await press(t, o, 'Lag bestillingen', { orderTitle: 'Saksbehandler', orderTasks: 'Behandle søknader om tilskudd.', orderPercent: 80, orderStart: '2026-05-01' });
  await press(t, o, 'Endre bestillingen');
  return { asked };
}
