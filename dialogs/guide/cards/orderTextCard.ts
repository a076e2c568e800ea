import { action, card, container, heading, inputText, text, type AdaptiveCard } from '../../shared/cardKit.js';
import type { OrderDraft, OrderSummary } from '../navOrder.js';
import { S } from '../strings.js';
import { VERBS } from '../verbs.js';
import { runHeader } from './header.js';
import { escapeText } from '../../shared/escape.js';

/**
 * The finished order: readable in a TextBlock, and in a multiline field the manager can copy from.
 * «Endre bestillingen» carries the draft and the summary: the run behind it is already deleted.
 */
export function orderTextCard(v: { orderText: string; draft: OrderDraft; order: OrderSummary }): AdaptiveCard {
  return card(
    [
      runHeader(v.order.sector, S.orderLabel),
      heading(S.orderReadyTitle),
      text(S.orderReadyIntro, { size: 'Small' }),
      // Markdown needs a blank line for a line break; the copy field keeps the plain text.
      container([text(escapeText(v.orderText, { multiline: true }).split('\n').join('\n\n'))], { style: 'emphasis' }),
      inputText('orderCopy', S.orderCopyLabel, { value: v.orderText, multiline: true }),
    ],
    [action(S.editOrder, VERBS.navOrderEdit, { draft: v.draft, order: v.order }), action(S.startNew, VERBS.start, {})],
  );
}
