/**
 * The teams-ai Application: turns activities into TextTurn/ActionTurn for the Router and sends the
 * dialog's result back. Everything Teams-specific stays in this file and adapter.ts.
 */
import { Application, TeamsAdapter, type TurnState } from '@microsoft/teams-ai';
import { ActivityTypes, CardFactory, MessageFactory, TurnContext, type Activity, type ConversationReference } from 'botbuilder';
import type { AdaptiveCard } from '../dialogs/shared/cardKit.js';
import { cardSummary } from '../dialogs/shared/cardKit.js';
import type { Actor, DialogResult, Outgoing } from '../dialogs/shared/turn.js';
import type { Clock } from '../dialogs/shared/ports.js';
import type { Logger } from './logger.js';
import { asMessages, type Router } from './router.js';

export const ROUTE_KEY = 'inkl.route';

export interface TeamsAppDeps {
  adapter: TeamsAdapter;
  botId: string;
  router: Router;
  logger: Logger;
  /** The time each turn is handled at (the dialogs' `turn.now`). */
  clock: Clock;
  welcome(): DialogResult;
  /** What a user is told when their turn failed (a function: the text may depend on the error). */
  errorText: string | ((err: unknown) => string);
  badDataText: string;
  /** Called for every activity with a user in it: store the conversation reference, deliver pending work. */
  onUserSeen(actor: Actor, reference: Partial<ConversationReference>): Promise<void>;
  /** Called instead of onUserSeen when the app is removed from a conversation: forget its reference. */
  onUninstall?(actor: Actor): Promise<void>;
}

/** The app uninstalled, or the bot removed from a team or chat. */
function isRemoval(a: Activity): boolean {
  if (a.type === ActivityTypes.InstallationUpdate) return String(a.action ?? '').startsWith('remove');
  return a.type === ActivityTypes.ConversationUpdate && !!a.membersRemoved?.some((m) => m.id === a.recipient?.id);
}

export function actorOf(activity: Activity): Actor {
  const from = activity.from ?? ({} as Activity['from']);
  const conv = activity.conversation ?? ({} as Activity['conversation']);
  const type = conv.conversationType;
  return {
    userId: from.aadObjectId ?? from.id,
    aadObjectId: from.aadObjectId,
    conversationId: conv.id,
    conversationType: type === 'channel' || type === 'groupChat' ? type : 'personal',
    tenantId: tenantIdOf(activity),
  };
}

/** The Teams tenant an activity comes from, if it says. */
export function tenantIdOf(activity: { conversation?: { tenantId?: string }; channelData?: unknown }): string | undefined {
  return activity.conversation?.tenantId ?? (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id;
}

export function toActivity(o: Outgoing): Partial<Activity> {
  if (o.type === 'text') return MessageFactory.text(o.text);
  const a = MessageFactory.attachment(CardFactory.adaptiveCard(o.card));
  a.summary = cardSummary(o.card);
  return a;
}

export async function sendAll(ctx: TurnContext, outs: Outgoing[] | undefined): Promise<void> {
  if (outs?.length) await ctx.sendActivities(outs.map(toActivity));
}

export function createTeamsApp(deps: TeamsAppDeps): Application<TurnState> {
  const app = new Application<TurnState>({
    adapter: deps.adapter,
    botAppId: deps.botId,
    removeRecipientMention: true,
    startTypingTimer: false,
    longRunningMessages: false,
  });

  app.turn('beforeTurn', async (ctx) => {
    const a = ctx.activity;
    if (deps.onUninstall && a.conversation?.id && isRemoval(a)) {
      await deps.onUninstall(actorOf(a));
      return true;
    }
    if (a.from?.id && a.conversation?.id && a.from.id !== a.recipient?.id) {
      await deps.onUserSeen(actorOf(a), TurnContext.getConversationReference(a));
    }
    return true;
  });

  app.conversationUpdate('membersAdded', async (ctx) => {
    ctx.turnState.set(ROUTE_KEY, 'welcome');
    const a = ctx.activity;
    const added = a.membersAdded ?? [];
    const botAdded = added.some((m) => m.id === a.recipient?.id);
    const userAddedToPersonal = actorOf(a).conversationType === 'personal' && added.some((m) => m.id !== a.recipient?.id);
    if (botAdded || userAddedToPersonal) await sendAll(ctx, deps.welcome().send);
  });

  app.activity(ActivityTypes.InstallationUpdate, async (ctx) => {
    ctx.turnState.set(ROUTE_KEY, 'installation');
  });

  // Action.Execute (the buttons on our cards): replace the card in place when the dialog says so.
  // A card with `refresh` is replaced for every viewer (teams-ai updates the message); an automatic
  // refresh (a viewer opening the chat) only answers that viewer, without rewriting the message.
  app.adaptiveCards.actionExecute<Record<string, unknown>>(/.*/, async (ctx, _state, data) => {
    const value = ctx.activity.value as { action?: { verb?: unknown }; trigger?: unknown } | undefined;
    const verb = typeof value?.action?.verb === 'string' ? value.action.verb : '';
    const payload = data && typeof data === 'object' && !Array.isArray(data) ? data : {};
    const { route, result } = await deps.router.action({ actor: actorOf(ctx.activity), verb, data: payload, now: deps.clock.now() });
    ctx.turnState.set(ROUTE_KEY, route);
    await sendAll(ctx, result.send);
    if (!result.replace) return 'Mottatt.';
    const card = result.replace;
    // A card with `refresh` shows shared state: when a button was pressed (not an automatic refresh by a
    // viewer opening the chat), the message itself is updated too, so everyone who sees it gets the new
    // card (Universal Actions). The invoke response is sent here rather than by teams-ai, whose own
    // handling of `refresh` switches every later card action to update-for-all.
    if (card.refresh && ctx.activity.replyToId && value?.trigger !== 'automatic') {
      try {
        await ctx.updateActivity({ ...MessageFactory.attachment(CardFactory.adaptiveCard(card)), id: ctx.activity.replyToId });
      } catch (err) {
        deps.logger.warn({ err, route }, 'could not update the card message for everyone');
      }
    }
    if (card.refresh) {
      await ctx.sendActivity({ type: 'invokeResponse', value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card } } });
      return 'Mottatt.';
    }
    return card as AdaptiveCard as never;
  });

  app.activity(ActivityTypes.Message, async (ctx) => {
    const a = ctx.activity;
    const actor = actorOf(a);
    const value = a.value as Record<string, unknown> | undefined;
    // Action.Submit from a client that does not speak Action.Execute arrives as a message with a value.
    if (value && typeof value === 'object' && typeof value.verb === 'string') {
      const { route, result } = await deps.router.action({ actor, verb: value.verb, data: value, now: deps.clock.now() });
      ctx.turnState.set(ROUTE_KEY, route);
      await sendAll(ctx, asMessages(result));
      return;
    }
    if (value && !a.text) {
      ctx.turnState.set(ROUTE_KEY, 'bad-data');
      await ctx.sendActivity(deps.badDataText);
      return;
    }
    const { route, result } = await deps.router.text({ actor, text: (a.text ?? '').trim(), now: deps.clock.now() });
    ctx.turnState.set(ROUTE_KEY, route);
    await sendAll(ctx, asMessages(result));
  });

  // Any other invoke (no name, an unknown name, a card action that is not Action.Execute) is the
  // client's mistake: 400 with the reason, instead of botbuilder's 501.
  app.activity(
    async (ctx) => ctx.activity.type === ActivityTypes.Invoke,
    async (ctx) => {
      ctx.turnState.set(ROUTE_KEY, 'unknown-invoke');
      await ctx.sendActivity({ type: 'invokeResponse', value: { status: 400, body: { error: `Unsupported invoke ${JSON.stringify(ctx.activity.name ?? null)}` } } });
    },
  );

  app.error(async (ctx, err) => {
    deps.logger.error({ err, conversationId: ctx.activity?.conversation?.id, route: ctx.turnState.get(ROUTE_KEY) }, 'turn failed');
    const errorText = typeof deps.errorText === 'function' ? deps.errorText(err) : deps.errorText;
    try {
      if (ctx.activity?.type === ActivityTypes.Invoke) {
        await ctx.sendActivity({ type: 'invokeResponse', value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: errorText } } });
      } else {
        await ctx.sendActivity(errorText);
      }
    } catch (sendErr) {
      deps.logger.error({ err: sendErr }, 'could not send the error message');
    }
  });

  return app;
}
