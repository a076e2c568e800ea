/**
 * Pieces every HR card shares: the refresh that keeps a card current for everyone who sees it, and the
 * notice at the top after an action (with its undo button).
 */
import { actionSet, container, text, type AdaptiveCard, type CardAction, type CardElement } from '../../shared/cardKit.js';

/** Marks card data as "answer by replacing this card" (paging, filters, confirmations, refreshes). */
export const IN_PLACE = { inPlace: true } as const;

/**
 * Adds a Universal Actions refresh: Teams calls `verb` with `data` when someone views the card, and the
 * card they see is rebuilt from the current state (every viewer, every device). Without `userIds`
 * Teams refreshes automatically for everyone in a chat of up to 60 people (HR cards live in 1:1 chats).
 * Never on a form: a refresh would throw away what is being typed.
 */
export function withRefresh(c: AdaptiveCard, verb: string, data: Record<string, unknown> = {}): AdaptiveCard {
  return { ...c, refresh: { action: { type: 'Action.Execute', verb, data: { ...data, ...IN_PLACE, verb } } } };
}

export interface Notice {
  text: string;
  style?: 'good' | 'attention' | 'warning';
  actions?: CardAction[];
}

export function noticeBlock(n: Notice | undefined): CardElement[] {
  if (!n) return [];
  return [container([text(n.text, { weight: 'Bolder' }), ...(n.actions?.length ? [actionSet(n.actions)] : [])], { style: n.style ?? 'good' })];
}

/** A small card in place of one the viewer may not see (a refreshed HR card after the role went). */
export function messageCard(message: string): AdaptiveCard {
  return { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', body: [text(message)] };
}
