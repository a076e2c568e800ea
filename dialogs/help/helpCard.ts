import { action, actionSet, card, container, heading, text, type AdaptiveCard, type CardElement } from '../shared/cardKit.js';
import type { HelpItem, Role } from '../shared/turn.js';
import { S } from './strings.js';

/** One block per help item, with its command and a button when it has a verb. */
export function helpItemBlocks(items: HelpItem[]): CardElement[] {
  return items.map((item) =>
    container(
      [
        text(item.title, { weight: 'Bolder' }),
        text(item.description, { spacing: 'None' }),
        ...(item.command ? [text(S.commandLabel(item.command), { subtle: true, size: 'Small', spacing: 'None' })] : []),
        ...(item.verb ? [actionSet([action(item.title, item.verb)])] : []),
      ],
      { separator: true, spacing: 'Medium' },
    ),
  );
}

export function visibleTo(items: HelpItem[], role: Role): HelpItem[] {
  return items.filter((i) => !i.roles || i.roles.includes(role));
}

export function helpCard(items: HelpItem[], role: Role): AdaptiveCard {
  const visible = visibleTo(items, role);
  const general = visible.filter((i) => !i.roles);
  const staff = visible.filter((i) => i.roles);
  return card([
    heading(S.helpTitle),
    ...helpItemBlocks(general),
    ...(staff.length ? [text(S.hrSection, { weight: 'Bolder', size: 'Medium', spacing: 'Large', separator: true }), ...helpItemBlocks(staff)] : []),
    text(S.helpFooter, { subtle: true, size: 'Small', spacing: 'Large' }),
  ]);
}
