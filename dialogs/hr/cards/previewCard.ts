import { action, card, container, heading, text, type AdaptiveCard } from '../../shared/cardKit.js';
import { escapeText, safeMarkdown } from '../../shared/escape.js';
import { describeSource, type Entry, type Source } from '../../../knowledge/entries/schema.js';
import { renderText } from '../../../knowledge/entries/render.js';
import type { EntryFormValues } from '../entryForm.js';
import { S } from '../strings.js';
import type { FormContext } from './entryFormCard.js';

/** A source line as the answer card shows it: a link source as a link. */
export function sourceMarkdown(s: Source): string {
  const d = describeSource(s);
  const title = escapeText(d.title);
  // The address was checked when the source was read (https, a real host); it is the link's target only.
  const href = d.url?.replace(/[()\s]/g, (c) => ({ '(': '%28', ')': '%29' })[c] ?? '%20');
  return `${href ? `[${title}](${href})` : title}${d.ref ? ` – ${escapeText(d.ref)}` : ''}`;
}

/**
 * The entry laid out as the answer card shows it to a manager (title, answer, sources, review date),
 * without its live feedback buttons. The typed values ride on both buttons so nothing is lost.
 *
 * `today` (YYYY-MM-DD) picks the values the answer's {{p:id}} placeholders show.
 */
export function previewCard(entry: Entry, values: EntryFormValues, ctx: FormContext, today: string): AdaptiveCard {
  const data = { ...ctx, ...values };
  const [y, m, d] = entry.lastReviewed.split('-');
  return card(
    [
      text(S.previewTitle, { subtle: true, size: 'Small' }),
      container(
        [
          heading(escapeText(renderText(entry.title, today))),
          text(safeMarkdown(renderText(entry.answer, today))),
          container(
            [
              text(S.preview.sources, { weight: 'Bolder', size: 'Small' }),
              text(entry.sources.map((s) => `- ${sourceMarkdown(s)}`).join('\n'), { size: 'Small', spacing: 'None' }),
              text(S.preview.lastReviewed(`${d}.${m}.${y}`), { subtle: true, size: 'Small', spacing: 'Small' }),
            ],
            { separator: true, spacing: 'Medium' },
          ),
        ],
        { style: 'emphasis' },
      ),
      text(S.preview.questions, { weight: 'Bolder', size: 'Small', spacing: 'Medium' }),
      text(entry.questions.map((q) => `- ${escapeText(q)}`).join('\n'), { subtle: true, size: 'Small', spacing: 'None' }),
      ...(entry.tags.length ? [text(S.preview.tags(entry.tags.join(', ')), { subtle: true, size: 'Small' })] : []),
    ],
    [action(S.form.save, 'hr.save', data, 'positive'), action(S.editMore, 'hr.editForm', data)],
  );
}
