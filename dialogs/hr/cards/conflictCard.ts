import { action, card, heading, text, type AdaptiveCard } from '../../shared/cardKit.js';
import type { EntryFormValues } from '../entryForm.js';
import { S } from '../strings.js';

export function conflictCard(entryId: string, by: string, at: string, mine: EntryFormValues): AdaptiveCard {
  return card(
    [
      heading(S.conflictTitle),
      text(S.conflict(by, at)),
      text(S.yourText, { weight: 'Bolder', spacing: 'Medium' }),
      text(`**${mine.title}**\n\n${mine.answer}`, { size: 'Small' }),
    ],
    [action(S.reload, 'hr.edit', { id: entryId })],
  );
}
