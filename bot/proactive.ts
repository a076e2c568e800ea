/**
 * Proactive messages over stored conversation references, kept per tenant (the store's scope) and user.
 * A user's reference is stored when the app is installed and refreshed on every activity (preferring
 * their personal chat), and removed when the app is uninstalled or the connector answers 403 or 404.
 *
 * A failed send is logged with its reason and retried with backoff (1 min, 5 min, 30 min, 2 h, 12 h; the
 * schedule is kept on the reference): until the next attempt is due, a send to that target fails at once
 * without calling the connector, and the caller keeps its message pending (the vacancy service retries on
 * its delivery job). After six failures, or when the reference is gone (403/404), the failure is recorded
 * for the tenant's admins (settings card) and the next try waits until the person writes to the bot again.
 * (The Bot Framework SDK itself first retries a 5xx a few times within one attempt.)
 *
 * Proactive messages go only to a service URL stored from the same tenant's own conversations; with
 * BOT_ID set, only to Bot Framework's hosts (security probe F10.2).
 */
import { randomUUID } from 'node:crypto';
import type { TeamsAdapter } from '@microsoft/teams-ai';
import type { ConversationReference } from 'botbuilder';
import type { Clock, Notifier, Store } from '../dialogs/shared/ports.js';
import type { Actor, Outgoing } from '../dialogs/shared/turn.js';
import { DELIVERY_FAILURES, type DeliveryFailure } from '../dialogs/settings/index.js';
import type { Logger } from './logger.js';
import { sendAll } from './teamsApp.js';

export interface StoredRef {
  id: string; // userId, or "conv:" + conversation id
  personal: boolean;
  reference: Partial<ConversationReference>;
  updatedAt: string;
  /** Set while sends to this reference fail: the retry schedule. Cleared by a send that works or a new activity. */
  delivery?: { failures: number; nextAttemptAt: string; lastStatus: string; gaveUp?: boolean };
}
export const REFS = 'conversationRefs';

export const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 12 * 3_600_000];
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

/** A send that was not tried: the target's next attempt is not due, or it gave up until the user writes again. */
export class DeliveryDeferred extends Error {}

/** Bot Framework's connector hosts (public cloud, US government clouds). */
const SERVICE_HOSTS = /(^|\.)(smba\.trafficmanager\.net|botframework\.com|botframework\.us|botframework\.azure\.us|teams\.microsoft\.us)$/;

export function allowedServiceUrl(url: string | undefined, mode: 'local' | 'authenticated'): boolean {
  if (!url) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (mode === 'local') return u.protocol === 'http:' || u.protocol === 'https:';
  return u.protocol === 'https:' && SERVICE_HOSTS.test(u.hostname);
}

export interface ProactiveNotifier extends Notifier {
  remember(actor: Actor, reference: Partial<ConversationReference>, now: Date): Promise<void>;
  /** The app was removed from a conversation: its references go. */
  forget(actor: Actor): Promise<void>;
  /** Like sendToUser, but only to the user's 1:1 chat with the bot; 'no-reference' when there is none. */
  sendToUserPrivately(userId: string, messages: Outgoing[]): Promise<'sent' | 'no-reference'>;
}

/** The HTTP status (or error code) a connector call failed with. */
function statusOf(err: unknown): string {
  const e = err as { statusCode?: unknown; status?: unknown; response?: { status?: unknown }; code?: unknown };
  const s = e?.statusCode ?? e?.status ?? e?.response?.status ?? e?.code;
  return s === undefined ? 'error' : String(s);
}

export function createNotifier(deps: { adapter: TeamsAdapter; botId: string; store: Store; logger: Logger; clock: Clock; mode: 'local' | 'authenticated' }): ProactiveNotifier {
  const { store, logger, clock } = deps;
  const refs = store.repo<StoredRef>(REFS);
  const failures = store.repo<DeliveryFailure>(DELIVERY_FAILURES);

  const recordFailure = (f: Omit<DeliveryFailure, 'id' | 'at'>) => failures.put({ id: randomUUID(), at: clock.now().toISOString(), ...f }).catch(() => undefined);

  const send = async (to: 'user' | 'conversation', target: string, ref: StoredRef | undefined, messages: Outgoing[]): Promise<'sent' | 'no-reference'> => {
    if (!ref) return 'no-reference';
    if (!allowedServiceUrl(ref.reference.serviceUrl, deps.mode)) {
      logger.warn({ tenant: store.tenant(), to, serviceUrl: ref.reference.serviceUrl }, 'proactive send skipped: the stored service URL is not a Bot Framework host');
      return 'no-reference';
    }
    const state = ref.delivery;
    const now = clock.now();
    if (state?.gaveUp) throw new DeliveryDeferred(`gave up after ${state.failures} attempts (${state.lastStatus}); waiting for the user to write again`);
    if (state && new Date(state.nextAttemptAt) > now) throw new DeliveryDeferred(`next attempt at ${state.nextAttemptAt}`);
    const { delivery: _old, rev: _rev, ...plain } = ref as StoredRef & { rev?: number };
    try {
      // Caught inside the turn: an error escaping it would go to the adapter's turn-error handler, which
      // writes "something went wrong" into this same conversation and then reports success.
      let failure: unknown;
      await deps.adapter.continueConversationAsync(deps.botId, ref.reference, async (ctx) => {
        try {
          await sendAll(ctx, messages);
        } catch (e) {
          failure = e ?? new Error('send failed');
        }
      });
      if (failure) throw failure;
    } catch (err) {
      const status = statusOf(err);
      const base = { tenant: store.tenant(), to, status, reason: (err as Error)?.message?.slice(0, 200) };
      if (status === '403' || status === '404') {
        // Uninstalled, blocked or gone: this reference will never work again.
        await refs.remove(ref.id).catch(() => undefined);
        if (to === 'user' && ref.reference.conversation?.id) await refs.remove(`conv:${ref.reference.conversation.id}`).catch(() => undefined);
        await recordFailure({ to, target, reason: 'removed', status, attempts: (state?.failures ?? 0) + 1 });
        logger.warn(base, 'proactive send refused by the connector; conversation reference removed');
        return 'no-reference';
      }
      const n = (state?.failures ?? 0) + 1;
      const gaveUp = n >= MAX_ATTEMPTS;
      const delay = RETRY_DELAYS_MS[Math.min(n, RETRY_DELAYS_MS.length) - 1] * (0.9 + Math.random() * 0.2);
      await refs
        .put({ ...plain, delivery: { failures: n, nextAttemptAt: new Date(now.getTime() + delay).toISOString(), lastStatus: status, ...(gaveUp ? { gaveUp } : {}) } })
        .catch(() => undefined);
      if (gaveUp) {
        await recordFailure({ to, target, reason: 'gave-up', status, attempts: n });
        logger.error({ ...base, attempts: n }, 'proactive send failed; giving up until the user writes again');
      } else {
        logger.warn({ ...base, attempts: n, retryInS: Math.round(delay / 1000) }, 'proactive send failed; will retry');
      }
      throw err;
    }
    if (state) await refs.put(plain).catch(() => undefined);
    return 'sent';
  };

  /**
   * A channel the bot has not heard from yet (e.g. the HR channel right after install) is reached with the
   * service URL, channel and bot of a reference stored from this tenant's own conversations.
   */
  const borrowedReference = async (conversationId: string): Promise<StoredRef | undefined> => {
    const [any] = await refs.find({ limit: 1 });
    if (!any?.reference.serviceUrl) return undefined;
    const { serviceUrl, channelId, bot } = any.reference;
    return {
      id: `conv:${conversationId}`,
      personal: false,
      reference: { serviceUrl, channelId, bot, conversation: { id: conversationId } as ConversationReference['conversation'] },
      updatedAt: any.updatedAt,
    };
  };

  /** What is kept of a reference: enough to write back, not the user's display name. */
  const trimmed = (r: Partial<ConversationReference>): Partial<ConversationReference> => ({
    ...r,
    ...(r.user ? { user: { id: r.user.id, aadObjectId: r.user.aadObjectId } as ConversationReference['user'] } : {}),
  });

  return {
    async remember(actor, reference, now) {
      if (!allowedServiceUrl(reference.serviceUrl, deps.mode)) return;
      const personal = actor.conversationType === 'personal';
      const ref = trimmed(reference);
      const stamp = now.toISOString();
      const existing = await refs.get(actor.userId);
      const writes: Promise<unknown>[] = [];
      // Refreshed on every activity: rewritten when it changed, when sends to it were failing (the person
      // is reachable again, so what waits is tried at once), or once a day (retention sees who is around).
      const fresh = (r: StoredRef | undefined) =>
        r &&
        !r.delivery &&
        r.reference.conversation?.id === ref.conversation?.id &&
        r.reference.serviceUrl === ref.serviceUrl &&
        now.getTime() - new Date(r.updatedAt).getTime() < 86_400_000;
      // A channel reference never replaces a personal one: proactive messages to a person go 1:1.
      if (!fresh(existing)) {
        if (personal || !existing?.personal || existing.reference.conversation?.id === ref.conversation?.id) {
          writes.push(refs.put({ id: actor.userId, personal, reference: ref, updatedAt: stamp }));
        } else if (existing.delivery) {
          const { delivery: _d, rev: _r, ...kept } = existing as StoredRef & { rev?: number };
          writes.push(refs.put(kept));
        }
      }
      const convKey = `conv:${actor.conversationId}`;
      if (!fresh(await refs.get(convKey))) writes.push(refs.put({ id: convKey, personal, reference: ref, updatedAt: stamp }));
      await Promise.all(writes);
    },
    async forget(actor) {
      const mine = await refs.get(actor.userId);
      if (mine?.reference.conversation?.id === actor.conversationId) await refs.remove(actor.userId);
      await refs.remove(`conv:${actor.conversationId}`);
    },
    sendToUserPrivately: async (userId, messages) => {
      const ref = (await refs.get(userId)) ?? (await refs.get(userId.toLowerCase()));
      return send('user', userId, ref?.personal ? ref : undefined, messages);
    },
    sendToUser: async (userId, messages) => {
      const ref = (await refs.get(userId)) ?? (await refs.get(userId.toLowerCase()));
      return send('user', userId, ref, messages);
    },
    sendToConversation: async (conversationId, messages) =>
      send('conversation', conversationId, (await refs.get(`conv:${conversationId}`)) ?? (await borrowedReference(conversationId)), messages),
  };
}
