import { action, card, container, heading, inputText, text, type AdaptiveCard } from '../../shared/cardKit.js';
import { S } from '../strings.js';
import { VERBS } from '../verbs.js';
import { escapeText } from '../../shared/escape.js';

/** The finished order: readable in a TextBlock, and in a multiline field the manager can copy from. */
export function orderTextCard(v: { token: string; orderText: string }): AdaptiveCard {
  return card(
    [
      heading(S.orderReadyTitle),
      text(S.orderReadyIntro, { size: 'Small' }),
      // Markdown needs a blank line for a line break; the copy field keeps the plain text.
      container([text(escapeText(v.orderText, { multiline: true }).split('\n').join('\n\n'))], { style: 'emphasis' }),
      inputText('orderCopy', S.orderCopyLabel, { value: v.orderText, multiline: true }),
    ],
    [action(S.editOrder, VERBS.navOrder, { flow: v.token }), action(S.backToResult, VERBS.confirm, { flow: v.token }), action(S.restart, VERBS.restart, { flow: v.token })],
  );
}
