import { action, actionSet, card, container, heading, inputText, text, type AdaptiveCard } from '../../shared/cardKit.js';
import type { EntryView } from '../entryStore.js';
import { S } from '../strings.js';
import { escapeText } from '../../shared/escape.js';

export function entriesCard(views: EntryView[], query: string): AdaptiveCard {
  return card(
    [
      heading(S.entriesTitle),
      inputText('query', S.entriesSearch, { value: query }),
      actionSet([action(S.search, 'hr.entries')]),
      ...(views.length
        ? views.map((v) =>
            container(
              [
                text(`**${escapeText(v.entry.title)}** ${v.status === 'retired' ? S.statusRetired : ''}`.trim()),
                text(S.idAndVersion(v.entry.id, v.version), { subtle: true, size: 'Small', spacing: 'None' }),
                actionSet([
                  action(S.edit, 'hr.edit', { id: v.entry.id }),
                  v.status === 'active' ? action(S.retire, 'hr.retire', { id: v.entry.id, version: v.version }) : action(S.restore, 'hr.restore', { id: v.entry.id, version: v.version }),
                  action(S.historyButton, 'hr.history', { id: v.entry.id }),
                ]),
              ],
              { separator: true },
            ),
          )
        : [text(S.entriesNone)]),
    ],
  );
}
