import { action, container, heading, text, type AdaptiveCard } from '../../shared/cardKit.js';
import type { Entry } from '../../../knowledge/entries/schema.js';
import type { EntryFormValues } from '../entryForm.js';
import { S } from '../strings.js';
import { entryFormCard, type FormContext } from './entryFormCard.js';
import { escapeText, safeMarkdown } from '../../shared/escape.js';

/**
 * The entry changed while this editor worked on it. Nothing was written. The card shows the saved
 * version and keeps the form with what this editor typed, now based on the saved version: saving again
 * is a deliberate choice made after seeing the other change, and "Last inn på nytt" discards the typing.
 */
export function conflictCard(saved: Entry, savedVersion: number, by: string, at: string, mine: EntryFormValues, ctx: FormContext): AdaptiveCard {
  return entryFormCard(
    mine,
    { ...ctx, id: saved.id, version: savedVersion },
    {
      notice: [
        container(
          [
            heading(S.conflictTitle),
            text(S.conflict(by, at)),
            text(S.savedVersion(savedVersion), { weight: 'Bolder', size: 'Small', spacing: 'Medium' }),
            text(`**${escapeText(saved.title)}**\n\n${safeMarkdown(saved.answer)}`, { size: 'Small', spacing: 'None' }),
          ],
          { style: 'warning' },
        ),
      ],
      actions: [action(S.reload, 'hr.edit', { id: saved.id })],
    },
  );
}
