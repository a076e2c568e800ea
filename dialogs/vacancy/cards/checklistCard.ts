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

const osloTime = new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', day: 'numeric', month: 'numeric', year: 'numeric', hour: '2-digit', minute: '2-digit' });
/** "3.3.2025 kl. 09.15". */
const when = (iso: string): string => {
  const parts = Object.fromEntries(osloTime.formatToParts(new Date(iso)).map((x) => [x.type, x.value]));
  return `${Number(parts.day)}.${Number(parts.month)}.${parts.year} kl. ${parts.hour}.${parts.minute}`;
};

/** «Send til HR» while it has not been sent (and an HR channel is set up); once sent, when. */
function hrBlock(v: Vacancy, hrAvailable: boolean): CardElement[] {
  if (v.sentToHrAt) return [text(S.sentToHr(when(v.sentToHrAt)), { color: 'Good', spacing: 'Medium' })];
  if (!hrAvailable || v.closed) return [];
  return [actionSet([action(S.sendToHr, 'vacancy.sendToHr', { vacancyId: v.id })])];
}

/**
 * The checklist for one vacancy; replaced in place when an item is ticked. Every copy of it (the
 * manager's, HR's) refreshes itself for whoever looks at it (Action.Execute `refresh`), so a tick or
 * «Send til HR» shows on every copy.
 */
export function checklistCard(v: Vacancy, opts: { navContact?: string; notice?: string; hrAvailable?: boolean } = {}): AdaptiveCard {
  const p = progress(v);
  const c = card(
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
      ...hrBlock(v, !!opts.hrAvailable),
    ],
    v.closed ? [] : [action(S.closeVacancy, 'vacancy.closeForm', { vacancyId: v.id })],
  );
  c.refresh = { action: { type: 'Action.Execute', verb: 'vacancy.refresh', data: { vacancyId: v.id, verb: 'vacancy.refresh' } } };
  return c;
}
