import { action, card, heading, text, type AdaptiveCard } from '../../shared/cardKit.js';
import { S } from '../strings.js';

export function menuCard(isAdmin: boolean, counts: { unanswered: number; feedback: number }): AdaptiveCard {
  return card(
    [heading(S.menuTitle), text(S.menuIntro)],
    [
      action(S.menu.newEntry, 'hr.newEntry'),
      action(`${S.menu.unanswered} (${counts.unanswered})`, 'hr.unanswered'),
      action(`${S.menu.feedback} (${counts.feedback})`, 'hr.feedback'),
      action(S.menu.entries, 'hr.entries'),
      ...(isAdmin ? [action(S.menu.roles, 'hr.roles')] : []),
    ],
  );
}
