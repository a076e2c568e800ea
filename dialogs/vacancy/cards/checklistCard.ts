import { action, actionSet, card, container, facts, heading, text, type AdaptiveCard, type CardElement } from '../../shared/cardKit.js';
import { guidePrefill, itemsFor, progress } from '../checklist.js';
import type { ChecklistItemId, Vacancy } from '../model.js';
import { S } from '../strings.js';
import { escapeText } from '../../shared/escape.js';

function itemBlock(v: Vacancy, item: ChecklistItemId, navContact: string | undefined): CardElement {
  const done = v.checked.includes(item);
  const open = !v.closed;
  const extra: CardElement[] = [];
  if (item === 'contact-nav') extra.push(text(navContact ? S.navContact(navContact) : S.navContactMissing, { size: 'Small', spacing: 'Small', weight: 'Bolder' }));
  const buttons = open
    ? [
        action(done ? S.undo : S.markDone, 'vacancy.tick', { vacancyId: v.id, item, done: !done }),
        ...(item === 'temporary-need' ? [action(S.openGuide, 'guide.start', { ...guidePrefill(v) })] : []),
      ]
    : [];
  return container(
    [
      {
        type: 'ColumnSet',
        columns: [
          { type: 'Column', width: 'auto', items: [text(done ? S.doneMark : S.openMark)] },
          {
            type: 'Column',
            width: 'stretch',
            items: [text(S.item[item].title, { weight: 'Bolder' }), text(S.item[item].text, { size: 'Small', spacing: 'None' }), ...extra],
          },
        ],
      },
      ...(buttons.length ? [actionSet(buttons)] : []),
    ],
    { separator: true, spacing: 'Medium', ...(done ? { style: 'good' as const } : {}) },
  );
}

function closedSummary(v: Vacancy): CardElement[] {
  const c = v.closed!;
  return [
    text(c.filled ? S.closedFilled : S.closedNotFilled, { weight: 'Bolder', color: 'Good' }),
    ...(c.filled && c.pathId ? [text(S.closedPath(S.path[c.pathId]), { spacing: 'None' })] : []),
  ];
}

/** The checklist for one vacancy; replaced in place when an item is ticked. */
export function checklistCard(v: Vacancy, opts: { navContact?: string; notice?: string } = {}): AdaptiveCard {
  const p = progress(v);
  return card(
    [
      heading(S.checklistTitle(v.title)),
      facts([
        [S.factUnit, escapeText(v.unit)],
        [S.factReason, S.reason[v.reason]],
        [S.factPermanence, v.permanent ? S.permanent : S.temporaryFor(v.durationMonths ?? 0)],
        [S.factStart, v.startDate],
        [S.factSector, S.sector[v.sector]],
      ]),
      ...(opts.notice ? [text(opts.notice, { color: 'Attention' })] : []),
      ...(v.closed ? closedSummary(v) : [text(S.checklistIntro)]),
      text(p.open.length === 0 && !v.closed ? `${S.progress(p.done, p.total)}. ${S.allDone}` : S.progress(p.done, p.total), { weight: 'Bolder', spacing: 'Medium' }),
      ...itemsFor(v.sector).map((i) => itemBlock(v, i, opts.navContact)),
    ],
    v.closed ? [] : [action(S.closeVacancy, 'vacancy.closeForm', { vacancyId: v.id })],
  );
}
