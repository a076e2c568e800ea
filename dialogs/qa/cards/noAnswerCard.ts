import { action, actionSet, card, heading, text, type AdaptiveCard } from '../../shared/cardKit.js';
import type { Entry } from '../../../knowledge/entries/schema.js';
import { buttonTitle } from '../format.js';
import { S } from '../strings.js';

/** When the best hit is below the confidence threshold: say so, suggest up to three entries, offer HR. */
export function noAnswerCard(question: string, suggestions: Entry[], note?: string): AdaptiveCard {
  const shown = suggestions.slice(0, 3);
  return card(
    [
      ...(note ? [text(note, { subtle: true, size: 'Small' })] : []),
      heading(S.noAnswerTitle),
      text(S.youAsked(question), { subtle: true, size: 'Small' }),
      text(shown.length ? S.noAnswer : S.noSuggestions),
      ...(shown.length ? [actionSet(shown.map((e) => action(buttonTitle(e.title), 'qa.show', { entryId: e.id, question })))] : []),
      text(S.sendToHrHint, { subtle: true, size: 'Small', spacing: 'Medium' }),
    ],
    [action(S.sendToHr, 'qa.sendToHr', { question }, 'positive')],
  );
}
