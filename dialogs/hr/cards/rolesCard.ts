import { action, actionSet, card, container, heading, text, type AdaptiveCard } from '../../shared/cardKit.js';
import { escapeText } from '../../shared/escape.js';
import type { HrGrant } from '../roles.js';
import { S } from '../strings.js';
import { IN_PLACE, noticeBlock, withRefresh, type Notice } from './common.js';

/** Who has the HR role. Removing asks first and offers undo (grant again). */
export function rolesCard(grants: readonly HrGrant[], fmt: (iso: string) => string, opts: { notice?: Notice; confirmRevoke?: string } = {}): AdaptiveCard {
  return withRefresh(
    card([
      heading(S.rolesTitle),
      ...noticeBlock(opts.notice),
      ...(grants.length
        ? grants.map((g) =>
            container(
              [
                text(escapeText(g.id, { max: 80 })),
                text(S.grantedAt(fmt(g.grantedAt)), { subtle: true, size: 'Small', spacing: 'None' }),
                opts.confirmRevoke === g.id
                  ? container(
                      [
                        text(S.confirmRevoke(g.id)),
                        actionSet([
                          action(S.confirmRevokeYes, 'hr.revoke', { target: g.id, confirmed: true, ...IN_PLACE }, 'destructive'),
                          action(S.queue.cancel, 'hr.roles', IN_PLACE),
                        ]),
                      ],
                      { style: 'warning' },
                    )
                  : actionSet([action(S.remove, 'hr.revoke', { target: g.id, ...IN_PLACE }, 'destructive')]),
              ],
              { separator: true },
            ),
          )
        : [text(S.rolesEmpty)]),
      text(S.rolesGrantHint, { subtle: true, size: 'Small', spacing: 'Medium' }),
    ]),
    'hr.roles',
  );
}
