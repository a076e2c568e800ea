import { action, card, heading, text, type AdaptiveCard } from '../../shared/cardKit.js';
import { S } from '../strings.js';

/**
 * To the person who asked to be told: HR has answered their question (the button opens the answer
 * through question answering's own card), or found it out of scope.
 */
export function answeredNoticeCard(question: string, answer: { entryId: string; title: string } | undefined): AdaptiveCard {
  return answer
    ? card(
        [heading(S.notice.title), text(S.notice.answered(question, answer.title))],
        [action(S.notice.show, 'qa.show', { entryId: answer.entryId, question: question.slice(0, 500) }, 'positive')],
      )
    : card([heading(S.notice.dismissedTitle), text(S.notice.dismissed(question))]);
}
