import { action, actionSet, card, container, heading, text, type AdaptiveCard } from '../../shared/cardKit.js';
import type { HrGrant } from '../roles.js';
import { S } from '../strings.js';

export function rolesCard(grants: readonly HrGrant[], fmt: (iso: string) => string): AdaptiveCard {
  return card([
    heading(S.rolesTitle),
    ...(grants.length
      ? grants.map((g) => container([text(`${g.id}`), text(S.grantedAt(fmt(g.grantedAt)), { subtle: true, size: 'Small', spacing: 'None' }), actionSet([action(S.remove, 'hr.revoke', { target: g.id }, 'destructive')])], { separator: true }))
      : [text(S.rolesEmpty)]),
    text(S.rolesGrantHint, { subtle: true, size: 'Small', spacing: 'Medium' }),
  ]);
}
