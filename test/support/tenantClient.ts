/**
 * Posts activities to a harness bot as a user of a given Teams tenant (the harness itself speaks for
 * one tenant only), and reads what came back: the invoke response's card or text, and the messages the
 * bot sent to the fake connector for that conversation.
 */
import { randomUUID } from 'node:crypto';
import { cardsOf, type Harness } from '../helpers/botHarness.js';

export interface User {
  id: string;
  aadObjectId: string;
  name: string;
}

export function user(tag: string, n: number): User {
  return { id: `29:${tag}-${n}`, aadObjectId: `00000000-0000-0000-${tag.padStart(4, '0').slice(-4)}-${String(n).padStart(12, '0')}`, name: `${tag} ${n}` };
}

export function tenantClient(h: Harness, tenant: string, who: User, conversationId = `a:personal-${tenant}-${who.id}`, opts: { serviceUrl?: string } = {}) {
  const base = (partial: Record<string, unknown>) => ({
    ...h.activity(partial),
    ...(opts.serviceUrl ? { serviceUrl: opts.serviceUrl } : {}),
    from: who,
    conversation: { id: conversationId, conversationType: 'personal', tenantId: tenant },
    channelData: { tenant: { id: tenant } },
  });
  const sentHere = () => h.connector.received.filter((r) => r.conversationId === conversationId);
  return {
    conversationId,
    sentHere,
    /** Sends a message; resolves with what the bot sent back to this conversation for it. */
    async say(text: string, expect = 1) {
      const before = sentHere().length;
      const res = await h.post(base({ type: 'message', text }));
      if (res.status !== 200) throw new Error(`message "${text}" answered ${res.status}: ${JSON.stringify(res.body)}`);
      const end = Date.now() + 5_000;
      while (sentHere().length < before + expect && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
      const got = sentHere().slice(before);
      return { activities: got, cards: cardsOf(got), text: got.map((a) => JSON.stringify(a.body)).join('\n') };
    },
    /** Presses a card button: resolves with the replaced card (if any) and the invoke's whole answer as text. */
    async press(verb: string, data: Record<string, unknown> = {}) {
      const res = await h.post(
        base({ type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb, data: { ...data, verb } }, trigger: 'manual' } }),
      );
      const card = res.body?.type === 'application/vnd.microsoft.card.adaptive' ? (res.body.value as Record<string, unknown>) : undefined;
      return { status: res.status, card, text: JSON.stringify(res.body) };
    },
    post: (partial: Record<string, unknown>) => h.post(base({ id: randomUUID(), ...partial })),
  };
}
