import { action, card, heading, text, type AdaptiveCard } from '../../shared/cardKit.js';
import { S } from '../strings.js';
import { VERBS } from '../verbs.js';

/** A short message with a fresh start: cancelled, a card of a finished flow, bad card data. */
export function guideNoticeCard(title: string, body: string): AdaptiveCard {
  return card([heading(title), text(body)], [action(S.startNew, VERBS.start, {}, 'positive')]);
}
