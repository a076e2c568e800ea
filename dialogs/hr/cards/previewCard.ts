import { action, card, container, heading, text, type AdaptiveCard } from '../../shared/cardKit.js';
import { describeSource, type Entry, type Source } from '../../../knowledge/entries/schema.js';
import { renderParameters } from '../../../knowledge/parameters/format.js';
import type { EntryFormValues } from '../entryForm.js';
import { S } from '../strings.js';
import type { FormContext } from './entryFormCard.js';

/** A source line as the answer card shows it: a link source as a link. */
export function sourceMarkdown(s: Source): string {
  const d = describeSource(s);
  const title = d.title.replace(/[[\]]/g, '');
  return `${d.url ? `[${title}](${d.url})` : title}${d.ref ? ` – ${d.ref}` : ''}`;
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
          heading(renderParameters(entry.title, today)),
          text(renderParameters(entry.answer, today)),
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
      text(entry.questions.map((q) => `- ${q}`).join('\n'), { subtle: true, size: 'Small', spacing: 'None' }),
      ...(entry.tags.length ? [text(S.preview.tags(entry.tags.join(', ')), { subtle: true, size: 'Small' })] : []),
    ],
    [action(S.form.save, 'hr.save', data, 'positive'), action(S.editMore, 'hr.editForm', data)],
  );
}
