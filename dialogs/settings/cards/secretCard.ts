import { action, card, heading, text, type AdaptiveCard } from '../../shared/cardKit.js';
import { S } from '../strings.js';

/** Shows a new key or secret once, in a personal chat only. */
export function secretCard(kind: 'apiKey' | 'webhook', secret: string, tenant: string): AdaptiveCard {
  return card(
    [
      heading(S.secretTitle[kind]),
      text(S.secretOnce, { weight: 'Bolder' }),
      { type: 'TextBlock', text: secret, wrap: true, fontType: 'Monospace' },
      text(kind === 'apiKey' ? S.apiKeyUse : S.webhookUse(tenant), { subtle: true }),
    ],
    [action(S.back, 'settings.show')],
  );
}
