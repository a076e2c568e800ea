/**
 * The contract between the Teams edge (bot/) and the conversations (dialogs/).
 * Dialogs never see a TurnContext: bot/ turns each activity into a TextTurn or an ActionTurn,
 * and sends back what the dialog returns.
 */
import type { AdaptiveCard } from './cardKit.js';

export type Role = 'admin' | 'hr' | 'manager';

export interface Actor {
  /** Stable user key: the Entra object id when Teams sends one, else the channel user id. */
  userId: string;
  aadObjectId?: string;
  conversationId: string;
  conversationType: 'personal' | 'channel' | 'groupChat';
  tenantId?: string;
}

export interface TextTurn {
  actor: Actor;
  /** The message text, trimmed, with any @mention of the bot removed. */
  text: string;
  now: Date;
}

export interface ActionTurn {
  actor: Actor;
  /** The card action's verb, e.g. "guide.answer". */
  verb: string;
  /** The action's data merged with the card's input values. Untrusted: validate before use. */
  data: Record<string, unknown>;
  now: Date;
}

export type Outgoing = { type: 'text'; text: string } | { type: 'card'; card: AdaptiveCard };

export interface DialogResult {
  /** Replaces the card the action came from, in place. Only meaningful for an ActionTurn. */
  replace?: AdaptiveCard;
  /** New messages to send, in order. */
  send?: Outgoing[];
  /**
   * From `onText` only: the text is a question, not an answer to the flow. The router has it answered
   * as any question first, then sends `send` (e.g. the flow's current step again).
   */
  answerFirst?: boolean;
}

export interface HelpItem {
  /** Short Norwegian title shown on the help card, e.g. "Vurder en ledig stilling". */
  title: string;
  /** One Norwegian sentence on what it does. */
  description: string;
  /** The command a user can type, e.g. "ny stilling". */
  command?: string;
  /** A card action that starts it from the help or welcome card. */
  verb?: string;
  /** Who sees it on the help card. Default: everyone. */
  roles?: Role[];
}

export interface Command {
  id: string;
  /** Never answered in a channel or group chat: the router continues it in the user's 1:1 chat. */
  personalOnly?: boolean;
  /** Anchored pattern (^…$), matched against the folded text (lower case, trimmed). */
  pattern: RegExp;
  handle(turn: TextTurn, match: RegExpMatchArray): Promise<DialogResult>;
}

export type ActionHandler = (turn: ActionTurn) => Promise<DialogResult>;

/** A feature plugs into the bot's router: its commands, its card verbs, and its help lines. */
export interface Feature {
  name: string;
  commands?: Command[];
  /** Card verbs this feature owns, by full verb name ("guide.answer"). */
  actions?: Record<string, ActionHandler>;
  /**
   * Offered free text before the catch-all question answering: a feature with a flow that waits for
   * a typed answer consumes it here. Return undefined to let the next one have it.
   */
  onText?(turn: TextTurn): Promise<DialogResult | undefined>;
  help?: HelpItem[];
  /**
   * Case questions and lists stay out of channels and group chats: every command and card action of
   * this feature is continued in the user's 1:1 chat instead (see also Command.personalOnly).
   */
  personalOnly?: boolean;
  /** Card verbs of this feature that are personal-only when the feature as a whole is not. */
  personalOnlyActions?: readonly string[];
}

export const reply = {
  text: (text: string): DialogResult => ({ send: [{ type: 'text', text }] }),
  card: (card: AdaptiveCard): DialogResult => ({ send: [{ type: 'card', card }] }),
  replace: (card: AdaptiveCard): DialogResult => ({ replace: card }),
};
