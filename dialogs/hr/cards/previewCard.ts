import { action, card, container, heading, text, type AdaptiveCard } from '../../shared/cardKit.js';
import { describeSource, type Entry } from '../../../knowledge/entries/schema.js';
import type { EntryFormValues } from '../entryForm.js';
import { S } from '../strings.js';
import type { FormContext } from './entryFormCard.js';
import { escapeText, safeMarkdown } from '../../shared/escape.js';

/**
 * The entry laid out as the answer card shows it to a manager (title, answer, sources, review date),
 * without its live feedback buttons. The typed values ride on both buttons so nothing is lost.
 */
export function previewCard(entry: Entry, values: EntryFormValues, ctx: FormContext): AdaptiveCard {
  const data = { ...ctx, ...values };
  const [y, m, d] = entry.lastReviewed.split('-');
  return card(
    [
      text(S.previewTitle, { subtle: true, size: 'Small' }),
      container(
        [
          heading(escapeText(entry.title)),
          text(safeMarkdown(entry.answer)),
          container(
            [
              text(S.preview.sources, { weight: 'Bolder', size: 'Small' }),
              text(entry.sources.map((s) => describeSource(s)).map((s) => `- ${escapeText(s.title)}${s.ref ? ` – ${escapeText(s.ref)}` : ''}`).join('\n'), { size: 'Small', spacing: 'None' }),
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
