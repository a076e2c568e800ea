import { card, container, heading, text, type AdaptiveCard } from '../../shared/cardKit.js';
import { escapeText } from '../../shared/escape.js';
import { S } from '../strings.js';
import { plain } from './plain.js';
import { withRefresh } from './common.js';

export interface EntryFeedbackSummary {
  entryId: string;
  title: string;
  up: number;
  down: number;
  comments: string[];
}

// Keeps the card well under the size Teams accepts, whatever was written.
const MAX_ROWS = 15;
const MAX_COMMENTS = 3;

export function feedbackCard(rows: EntryFeedbackSummary[], retentionDays?: number): AdaptiveCard {
  return withRefresh(
    card([
      heading(S.feedbackTitle),
      ...(retentionDays ? [text(S.feedbackRetention(retentionDays), { subtle: true, size: 'Small', spacing: 'None' })] : []),
      ...(rows.length
        ? rows.slice(0, MAX_ROWS).map((r) =>
            container(
              [
                text(`**${escapeText(r.title)}**`),
                text(S.feedbackLine(r.up, r.down), { spacing: 'None' }),
                ...(r.comments.length
                  ? [
                      text(
                        r.comments
                          .slice(-MAX_COMMENTS)
                          .map((c) => `- «${plain(c, 200)}»`)
                          .join('\n'),
                        { size: 'Small', subtle: true },
                      ),
                    ]
                  : []),
              ],
              { separator: true },
            ),
          )
        : [text(S.feedbackEmpty)]),
    ]),
    'hr.feedback',
  );
}
