import { action, card, container, heading, text, type AdaptiveCard } from '../../shared/cardKit.js';
import { describeSource, type Entry } from '../../../knowledge/entries/schema.js';
import type { EntryFormValues } from '../entryForm.js';
import { S } from '../strings.js';
import type { FormContext } from './entryFormCard.js';

/** The entry as a manager would see it, with the typed values carried on so nothing is lost. */
export function previewCard(entry: Entry, values: EntryFormValues, ctx: FormContext): AdaptiveCard {
  const data = { ...ctx, ...values };
  return card(
    [
      text(S.previewTitle, { subtle: true, size: 'Small' }),
      container([
        heading(entry.title),
        text(entry.answer),
        text(entry.sources.map((s) => describeSource(s)).map((s) => `- ${s.title}${s.ref ? ` – ${s.ref}` : ''}`).join('\n'), { size: 'Small' }),
      ], { style: 'emphasis' }),
      text(entry.questions.map((q) => `- ${q}`).join('\n'), { subtle: true, size: 'Small' }),
    ],
    [action(S.form.save, 'hr.save', data, 'positive'), action(S.editMore, 'hr.editForm', data)],
  );
}
