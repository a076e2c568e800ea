import { card, heading, text, type AdaptiveCard } from '../../shared/cardKit.js';
import type { EntryHistoryEvent } from '../entryStore.js';
import { S } from '../strings.js';

export function historyCard(title: string, events: EntryHistoryEvent[], fmt: (iso: string) => string): AdaptiveCard {
  return card([
    heading(S.historyTitle(title)),
    text(events.length ? events.map((e) => `- ${S.historyLine(fmt(e.at), e.by, S.actions[e.action] ?? e.action, e.versionAfter)}`).join('\n') : S.historyEmpty),
  ]);
}
