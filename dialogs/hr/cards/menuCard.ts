import { action, card, heading, text, type AdaptiveCard } from '../../shared/cardKit.js';
import { S } from '../strings.js';
import { withRefresh } from './common.js';

export interface MenuCounts {
  entries: number;
  unanswered: number;
  review: number;
  feedback: number;
}

export function menuCard(isAdmin: boolean, counts: MenuCounts): AdaptiveCard {
  return withRefresh(
    card(
      [heading(S.menuTitle), text(S.menuIntro)],
      [
        action(S.menu.newEntry, 'hr.newEntry'),
        action(`${S.menu.entries} (${counts.entries})`, 'hr.entries'),
        action(`${S.menu.unanswered} (${counts.unanswered})`, 'hr.unanswered'),
        action(`${S.menu.review} (${counts.review})`, 'hr.review'),
        action(`${S.menu.feedback} (${counts.feedback})`, 'hr.feedback'),
        ...(isAdmin ? [action(S.menu.roles, 'hr.roles')] : []),
      ],
    ),
    'hr.menu',
  );
}
