import { card, heading, text, type AdaptiveCard } from '../../shared/cardKit.js';
import type { EntryHistoryEvent } from '../entryStore.js';
import { S } from '../strings.js';
import { withRefresh } from './common.js';
import { textFor } from '../../shared/textFor.js';

/** `shown` maps a stored version to the one HR sees (the shipped text is version 1). */
export function historyCard(id: string, title: string, events: EntryHistoryEvent[], fmt: (iso: string) => string, shown: (version: number) => number): AdaptiveCard {
  return withRefresh(
    card([
      heading(S.historyTitle(title)),
      text(
        events.length ? events.map((e) => `- ${S.historyLine(fmt(e.at), e.by, textFor(S.actions, e.action, 'history action'), shown(e.versionAfter))}`).join('\n') : S.historyEmpty,
      ),
    ]),
    'hr.history',
    { id },
  );
}
