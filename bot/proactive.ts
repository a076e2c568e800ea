/**
 * Proactive messages over stored conversation references. A user's reference is stored when the app
 * is installed and on every message (preferring their personal chat with the bot).
 */
import type { TeamsAdapter } from '@microsoft/teams-ai';
import type { ConversationReference } from 'botbuilder';
import type { Notifier, Store } from '../dialogs/shared/ports.js';
import type { Actor, Outgoing } from '../dialogs/shared/turn.js';
import type { Logger } from './logger.js';
import { sendAll } from './teamsApp.js';

interface StoredRef {
  id: string; // userId, or "conv:" + conversation id
  personal: boolean;
  reference: Partial<ConversationReference>;
  updatedAt: string;
}
const REFS = 'conversationRefs';

export interface ProactiveNotifier extends Notifier {
  remember(actor: Actor, reference: Partial<ConversationReference>, now: Date): Promise<void>;
}

export function createNotifier(deps: { adapter: TeamsAdapter; botId: string; store: Store; logger: Logger }): ProactiveNotifier {
  const repo = deps.store.repo<StoredRef>(REFS);

  const send = async (ref: StoredRef | undefined, messages: Outgoing[]): Promise<'sent' | 'no-reference'> => {
    if (!ref) return 'no-reference';
    await deps.adapter.continueConversationAsync(deps.botId, ref.reference, async (ctx) => {
      await sendAll(ctx, messages);
    });
    return 'sent';
  };

  /**
   * A channel the bot has not heard from yet (e.g. HR_CONVERSATION_ID right after install) is reached
   * with the service URL, channel and bot of any stored reference from the same deployment.
   */
  const borrowedReference = async (conversationId: string): Promise<StoredRef | undefined> => {
    const any = (await repo.find()).find((r) => r.reference.serviceUrl);
    if (!any) return undefined;
    const { serviceUrl, channelId, bot } = any.reference;
    return { id: `conv:${conversationId}`, personal: false, reference: { serviceUrl, channelId, bot, conversation: { id: conversationId } as ConversationReference['conversation'] }, updatedAt: any.updatedAt };
  };

  return {
    async remember(actor, reference, now) {
      const personal = actor.conversationType === 'personal';
      const existing = await repo.get(actor.userId);
      const writes: Promise<unknown>[] = [];
      const unchanged = (r: StoredRef | undefined) => r && r.reference.conversation?.id === reference.conversation?.id && r.reference.serviceUrl === reference.serviceUrl;
      // A channel reference never replaces a personal one: proactive messages to a person go 1:1.
      if (!unchanged(existing) && (personal || !existing?.personal)) {
        writes.push(repo.put({ id: actor.userId, personal, reference, updatedAt: now.toISOString() }));
      }
      const convKey = `conv:${actor.conversationId}`;
      if (!unchanged(await repo.get(convKey))) writes.push(repo.put({ id: convKey, personal, reference, updatedAt: now.toISOString() }));
      await Promise.all(writes);
    },
    sendToUser: async (userId, messages) => send((await repo.get(userId)) ?? (await repo.get(userId.toLowerCase())), messages),
    sendToConversation: async (conversationId, messages) => send((await repo.get(`conv:${conversationId}`)) ?? (await borrowedReference(conversationId)), messages),
  };
}
