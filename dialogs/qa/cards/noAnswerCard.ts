import { action, actionSet, card, heading, text, type AdaptiveCard } from '../../shared/cardKit.js';
import type { Entry } from '../../../knowledge/entries/schema.js';
import { S } from '../strings.js';

export function noAnswerCard(question: string, suggestions: Entry[], note?: string): AdaptiveCard {
  return card(
    [
      ...(note ? [text(note, { subtle: true, size: 'Small' })] : []),
      heading(S.noAnswerTitle),
      text(S.youAsked(question), { subtle: true, size: 'Small' }),
      text(suggestions.length ? S.noAnswer : S.noSuggestions),
      ...(suggestions.length ? [actionSet(suggestions.slice(0, 3).map((e) => action(e.title.length > 48 ? `${e.title.slice(0, 46)}…` : e.title, 'qa.show', { entryId: e.id })))] : []),
      text(S.sendToHrHint, { subtle: true, size: 'Small', spacing: 'Medium' }),
    ],
    [action(S.sendToHr, 'qa.sendToHr', { question }, 'positive')],
  );
}
