import { action, actionSet, card, container, heading, text, type AdaptiveCard } from '../../shared/cardKit.js';
import type { UnansweredQuestion } from '../../shared/records.js';
import { S } from '../strings.js';
import { plain } from './plain.js';

/** `items` is the most asked first, already cut to what fits; `total` is how many are waiting. */
export function unansweredCard(items: UnansweredQuestion[], total: number, fmt: (iso: string) => string, retentionDays?: number): AdaptiveCard {
  return card([
    heading(S.unansweredTitle),
    ...(retentionDays ? [text(S.unansweredRetention(retentionDays), { subtle: true, size: 'Small', spacing: 'None' })] : []),
    ...(total > items.length ? [text(S.unansweredShowing(items.length, total), { subtle: true, size: 'Small' })] : []),
    ...(items.length
      ? items.map((q) =>
          container(
            [
              text(`«${plain(q.question, 300)}»`),
              text(S.unansweredLine(q.count, fmt(q.lastAsked)), { subtle: true, size: 'Small', spacing: 'None' }),
              actionSet([action(S.answer, 'hr.answerUnanswered', { unansweredId: q.id }, 'positive'), action(S.dismiss, 'hr.dismissUnanswered', { unansweredId: q.id })]),
            ],
            { separator: true },
          ),
        )
      : [text(S.unansweredEmpty)]),
  ]);
}
