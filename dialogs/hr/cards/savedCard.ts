import { action, card, heading, text, type AdaptiveCard } from '../../shared/cardKit.js';
import { S } from '../strings.js';

export function savedCard(id: string, title: string, version: number): AdaptiveCard {
  return card(
    [heading(S.saved(title)), text(S.idAndVersion(id, version), { subtle: true, size: 'Small' })],
    [action(S.edit, 'hr.edit', { id }), action(S.historyButton, 'hr.history', { id }), action(S.menuTitle, 'hr.menu')],
  );
}
