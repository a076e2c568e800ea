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

export function guideSetup(opts: { defaultSector?: 'state' | 'municipal'; knowledge?: KnowledgeIndex; retentionDays?: number; actor?: Actor; store?: ReturnType<typeof memoryStore> } = {}) {
  const store = opts.store ?? memoryStore();
  const actor = opts.actor ?? GUIDE_ACTOR;
  const clock = { t: new Date('2026-03-02T09:00:00Z'), now() { return this.t; } };
  const feature = createGuideFeature({ store, clock, defaultSector: opts.defaultSector, knowledge: opts.knowledge ? async () => opts.knowledge! : undefined, retentionDays: opts.retentionDays });
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
