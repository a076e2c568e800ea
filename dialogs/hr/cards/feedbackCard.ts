import { card, container, heading, text, type AdaptiveCard } from '../../shared/cardKit.js';
import { S } from '../strings.js';

export interface EntryFeedbackSummary {
  entryId: string;
  title: string;
  up: number;
  down: number;
  comments: string[];
}

export function feedbackCard(rows: EntryFeedbackSummary[]): AdaptiveCard {
  return card([
    heading(S.feedbackTitle),
    ...(rows.length
      ? rows.map((r) =>
          container(
            [
              text(`**${r.title}**`),
              text(S.feedbackLine(r.up, r.down), { spacing: 'None' }),
              ...(r.comments.length ? [text(r.comments.slice(-5).map((c) => `- «${c}»`).join('\n'), { size: 'Small', subtle: true })] : []),
            ],
            { separator: true },
          ),
        )
      : [text(S.feedbackEmpty)]),
  ]);
}
