import { action, card, text, type AdaptiveCard } from '../../shared/cardKit.js';
import { S } from '../strings.js';

/**
 * After «Send spørsmålet til HR»: it is sent, and the asker may ask to be told when HR has answered
 * (`watching` once they have: the button is gone and the card says so).
 */
export function sentToHrCard(unansweredId: string, watching = false): AdaptiveCard {
  if (watching) return card([text(S.sentToHr), text(S.watching, { weight: 'Bolder' })]);
  return card([text(S.sentToHr), text(S.watchHint, { subtle: true, size: 'Small' })], [action(S.watchAnswer, 'qa.watchAnswer', { id: unansweredId })]);
}
