import { action, actionSet, card, container, heading, text, type AdaptiveCard } from '../../shared/cardKit.js';
import type { UnansweredQuestion } from '../../shared/records.js';
import { S } from '../strings.js';

export function unansweredCard(items: UnansweredQuestion[], fmt: (iso: string) => string): AdaptiveCard {
  return card([
    heading(S.unansweredTitle),
    ...(items.length
      ? items.map((q) =>
          container(
            [
              text(`«${q.question}»`),
              text(S.unansweredLine(q.count, fmt(q.lastAsked)), { subtle: true, size: 'Small', spacing: 'None' }),
              actionSet([action(S.answer, 'hr.answerUnanswered', { unansweredId: q.id }, 'positive'), action(S.dismiss, 'hr.dismissUnanswered', { unansweredId: q.id })]),
            ],
            { separator: true },
          ),
        )
      : [text(S.unansweredEmpty)]),
  ]);
}
