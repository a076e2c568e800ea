import { action, actionSet, card, container, heading, text, type AdaptiveCard, type CardElement } from '../../shared/cardKit.js';
import { escapeText } from '../../shared/escape.js';
import type { Page } from '../entriesList.js';
import type { ReviewItem, ReviewReason } from '../review.js';
import { S } from '../strings.js';
import { IN_PLACE, noticeBlock, withRefresh, type Notice } from './common.js';
import { norwegianDate } from './dates.js';

const reasonLines = (r: ReviewReason): string[] => {
  switch (r.kind) {
    case 'old':
      return [S.review.old(norwegianDate(r.lastReviewed))];
    case 'parameters':
      return r.parameters.map((p) => S.review.parameter(p.label, p.checkBy ? norwegianDate(p.checkBy) : ''));
    case 'feedback':
      return [S.review.feedback(r.up, r.down)];
  }
};

/** «Trenger gjennomgang»: entries to look at and why, each one tap from its edit form. */
export function reviewCard(input: { page: Page<ReviewItem>; notice?: Notice; refreshData?: Record<string, unknown> }): AdaptiveCard {
  const { page } = input;
  const item = ({ view, reasons }: ReviewItem): CardElement => {
    // "Fortsatt riktig" answers age and votes; a stale parameter is fixed in the parameter table.
    const canMark = reasons.some((r) => r.kind !== 'parameters');
    return container(
      [
        text(`**${escapeText(view.entry.title)}**`),
        text(
          reasons
            .flatMap(reasonLines)
            .map((l) => `- ${l}`)
            .join('\n'),
          { size: 'Small', spacing: 'None' },
        ),
        actionSet([
          action(S.edit, 'hr.edit', { id: view.entry.id }, 'positive'),
          ...(canMark ? [action(S.review.stillRight, 'hr.markReviewed', { id: view.entry.id, version: view.version, page: page.page, ...IN_PLACE })] : []),
        ]),
      ],
      { separator: true },
    );
  };
  const nav = [
    ...(page.page > 0 ? [action(S.list.previous, 'hr.review', { page: page.page - 1, ...IN_PLACE })] : []),
    ...(page.page < page.pages - 1 ? [action(S.list.next, 'hr.review', { page: page.page + 1, ...IN_PLACE })] : []),
  ];
  const c = card(
    [
      heading(S.review.title),
      ...noticeBlock(input.notice),
      text(S.review.intro, { subtle: true, size: 'Small' }),
      ...(page.total ? [text(S.review.count(page.total), { weight: 'Bolder' })] : []),
      ...(page.items.length ? page.items.map(item) : [text(S.review.empty)]),
      ...(page.pages > 1 ? [text(S.list.page(page.page + 1, page.pages), { subtle: true, size: 'Small', spacing: 'Medium' })] : []),
      ...(nav.length ? [actionSet(nav)] : []),
    ],
    [action(S.menuTitle, 'hr.menu')],
  );
  return withRefresh(c, 'hr.review', { page: page.page, ...(input.refreshData ?? {}) });
}
