import { action, card, heading, text, type AdaptiveCard } from '../shared/cardKit.js';
import { S } from './strings.js';

/** A short notice with a way back to the help card: unknown actions, bad card data. */
export function noticeCard(title: string, body: string): AdaptiveCard {
  return card([heading(title), text(body)], [action(S.showHelp, 'help.show')]);
}
