import { card, text, type AdaptiveCard } from '../../shared/cardKit.js';
import type { OffTopic } from '../../../knowledge/kb.js';
import { S } from '../strings.js';

/** An HR question of another kind (pay, leave, sick leave of staff, IT, travel, pensions), or a task the guide does not do: where it goes instead. */
export function offTopicCard(question: string, kind: OffTopic): AdaptiveCard {
  return card([
    text(S.offTopicTitle, { weight: 'Bolder', size: 'Medium' }),
    text(S.youAsked(question), { subtle: true, size: 'Small' }),
    text(S.offTopic[kind]),
    text(S.offTopicScope, { subtle: true, size: 'Small', spacing: 'Medium' }),
  ]);
}
