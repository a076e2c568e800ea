import { action, actionSet, card, container, heading, text, type AdaptiveCard, type CardElement } from '../../shared/cardKit.js';
import type { Entry } from '../../../knowledge/entries/schema.js';
import type { Page } from '../entriesList.js';
import type { UnansweredQuestion } from '../../shared/records.js';
import { S } from '../strings.js';
import { IN_PLACE, noticeBlock, withRefresh, type Notice } from './common.js';
import { norwegianDate } from './dates.js';
import { plain } from './plain.js';

export interface QueueItem {
  question: UnansweredQuestion;
  /** The entries that come closest (the tenant's own index), best first. */
  candidates: Entry[];
  /** How many asked to be told when it is answered (never who). */
  watchers: number;
}

export interface QueueCardInput {
  page: Page<QueueItem>;
  /** The oldest question's first-asked time and its age in whole days. */
  oldest?: { at: string; days: number };
  notice?: Notice;
  /** The question whose "Utenfor tema" was pressed: it asks for confirmation. */
  confirmDismiss?: string;
  refreshData?: Record<string, unknown>;
  /** How many days questions are kept (said on the card). */
  retentionDays?: number;
}

/** The start of an entry's answer, without markdown, cut at a word. */
const snippet = (e: Entry) => {
  const t = e.answer
    .replace(/\{\{p:[^}]+\}\}/g, '…')
    .replace(/^\s*(?:[-*]|\d+\.)\s+/gm, '')
    .replace(/[*_#>]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const max = 110;
  return plain(t.length > max ? `${t.slice(0, t.lastIndexOf(' ', max - 1) > 60 ? t.lastIndexOf(' ', max - 1) : max - 1).replace(/[.,;:]+$/, '')}…` : t, max + 1);
};

/** The unanswered questions, a page at a time; each one handled with one tap. */
export function unansweredCard(input: QueueCardInput): AdaptiveCard {
  const { page } = input;
  const at = { page: page.page, ...IN_PLACE };
  const item = ({ question: q, candidates, watchers }: QueueItem): CardElement => {
    const ref = { unansweredId: q.id, ...at };
    const confirming = input.confirmDismiss === q.id;
    return container(
      [
        text(`«${plain(q.question, 300)}»`, { weight: 'Bolder' }),
        text(S.queue.line(q.count, norwegianDate(q.firstAsked), watchers), { subtle: true, size: 'Small', spacing: 'None' }),
        text(candidates.length ? S.queue.candidates : S.queue.noCandidates, { size: 'Small', spacing: 'Small' }),
        ...candidates.map((e) => ({
          type: 'ColumnSet',
          spacing: 'Small',
          columns: [
            {
              type: 'Column',
              width: 'stretch',
              items: [text(`**${plain(e.title, 120)}**`, { size: 'Small' }), text(snippet(e), { size: 'Small', subtle: true, spacing: 'None' })],
            },
            { type: 'Column', width: 'auto', verticalContentAlignment: 'Center', items: [actionSet([action(S.queue.addHere, 'hr.addPhrasing', { ...ref, entryId: e.id })])] },
          ],
        })),
        confirming
          ? container(
              [
                text(S.queue.confirmDismiss),
                actionSet([action(S.queue.confirmDismissYes, 'hr.dismissUnanswered', { ...ref, confirmed: true }, 'destructive'), action(S.queue.cancel, 'hr.unanswered', at)]),
              ],
              { style: 'warning' },
            )
          : actionSet([action(S.queue.newEntry, 'hr.answerUnanswered', { unansweredId: q.id }), action(S.queue.dismiss, 'hr.dismissUnanswered', ref)]),
      ],
      { separator: true, spacing: 'Medium' },
    );
  };
  const nav = [
    ...(page.page > 0 ? [action(S.list.previous, 'hr.unanswered', { page: page.page - 1, ...IN_PLACE })] : []),
    ...(page.page < page.pages - 1 ? [action(S.list.next, 'hr.unanswered', { page: page.page + 1, ...IN_PLACE })] : []),
  ];
  const c = card(
    [
      heading(S.queue.title),
      ...(input.retentionDays ? [text(S.unansweredRetention(input.retentionDays), { subtle: true, size: 'Small', spacing: 'None' })] : []),
      ...noticeBlock(input.notice),
      ...(page.total && input.oldest ? [text(S.queue.summary(page.total, input.oldest.days, norwegianDate(input.oldest.at)), { weight: 'Bolder' })] : []),
      ...(page.items.length ? page.items.map(item) : [text(S.queue.empty)]),
      ...(page.pages > 1 ? [text(S.list.page(page.page + 1, page.pages), { subtle: true, size: 'Small', spacing: 'Medium' })] : []),
      ...(nav.length ? [actionSet(nav)] : []),
    ],
    [action(S.menuTitle, 'hr.menu')],
  );
  return withRefresh(c, 'hr.unanswered', { page: page.page, ...(input.refreshData ?? {}) });
}
