import { action, actionSet, card, container, heading, text, type AdaptiveCard } from '../../shared/cardKit.js';
import { escapeText } from '../../shared/escape.js';
import type { EntryView } from '../entryStore.js';
import { S } from '../strings.js';
import { IN_PLACE, noticeBlock, withRefresh, type Notice } from './common.js';
import { entryLine } from './entryLine.js';

/**
 * One entry and what can be done with it: after saving, and for `arkiver`/`gjenopprett`. Archiving asks
 * first (`confirmRetire`) and offers undo after; the card refreshes to the entry's current state.
 */
export function entryCard(v: EntryView, opts: { notice?: Notice; confirmRetire?: boolean; refreshData?: Record<string, unknown> } = {}): AdaptiveCard {
  const id = v.entry.id;
  const base = { id, version: v.version, ...IN_PLACE };
  const c = card(
    [
      ...noticeBlock(opts.notice),
      heading(escapeText(v.entry.title)),
      text(entryLine(v), { subtle: true, size: 'Small', spacing: 'None' }),
      text(`id: ${escapeText(id)}`, { subtle: true, size: 'Small', spacing: 'None' }),
      ...(opts.confirmRetire && v.status === 'active'
        ? [
            container(
              [
                text(S.confirmRetire(v.entry.title)),
                actionSet([action(S.confirmRetireYes, 'hr.retire', { ...base, confirmed: true }, 'destructive'), action(S.queue.cancel, 'hr.entry', { id, ...IN_PLACE })]),
              ],
              { style: 'warning', spacing: 'Medium' },
            ),
          ]
        : []),
    ],
    [
      action(S.edit, 'hr.edit', { id }),
      ...(opts.confirmRetire && v.status === 'active' ? [] : [v.status === 'active' ? action(S.retire, 'hr.retire', base) : action(S.restore, 'hr.restore', base)]),
      action(S.historyButton, 'hr.history', { id }),
      action(S.menuTitle, 'hr.menu'),
    ],
  );
  return withRefresh(c, 'hr.entry', { id, ...(opts.refreshData ?? {}) });
}
