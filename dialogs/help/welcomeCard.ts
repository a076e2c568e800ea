import { action, card, heading, text, type AdaptiveCard } from '../shared/cardKit.js';
import type { HelpItem } from '../shared/turn.js';
import { S } from './strings.js';

export function welcomeCard(items: HelpItem[]): AdaptiveCard {
  const starters = items.filter((i) => !i.roles && i.verb).slice(0, 3);
  return card(
    [heading(S.welcomeTitle, 'Large'), text(S.welcomeIntro), text(S.welcomeTry, { spacing: 'Medium' }), text(S.privacy, { subtle: true, size: 'Small', spacing: 'Medium' })],
    [...starters.map((i) => action(i.title, i.verb!)), action(S.showHelp, 'help.show')],
  );
}
