import { action, card, heading, inputDate, inputNumber, inputText, text, type AdaptiveCard, type CardElement } from '../../shared/cardKit.js';
import { ORDER_INPUTS, type OrderDraft, type OrderField, type OrderSummary } from '../navOrder.js';
import { S } from '../strings.js';
import { VERBS } from '../verbs.js';
import { runHeader } from './header.js';

/** The form for the order to NAV; shown again with field-level errors and what was typed. */
export function orderFormCard(v: { token?: string; order: OrderSummary; draft?: OrderDraft; errors?: Partial<Record<OrderField, string>> }): AdaptiveCard {
  const d = v.draft;
  const err = (f: OrderField): CardElement[] => (v.errors?.[f] ? [text(v.errors[f]!, { color: 'Attention', size: 'Small', spacing: 'None' })] : []);
  const percent = d?.percent && /^\d{1,3}$/.test(d.percent) ? Number(d.percent) : undefined;
  const date = d?.startDate && /^\d{4}-\d{2}-\d{2}$/.test(d.startDate) ? d.startDate : undefined;
  const body: CardElement[] = [runHeader(v.order.sector, S.orderLabel), heading(S.orderTitle), text(S.orderIntro, { size: 'Small' })];
  if (v.errors && Object.keys(v.errors).length) body.push(text(S.orderErrors.summary, { color: 'Attention' }));
  body.push(
    inputText(ORDER_INPUTS.title, S.orderFields.title, {
      value: d?.title,
      placeholder: S.orderPlaceholders.title,
      maxLength: 100,
      isRequired: true,
      errorMessage: S.orderErrors.title,
    }),
    ...err('title'),
    inputText(ORDER_INPUTS.tasks, S.orderFields.tasks, {
      value: d?.tasks,
      placeholder: S.orderPlaceholders.tasks,
      multiline: true,
      maxLength: 1500,
      isRequired: true,
      errorMessage: S.orderErrors.tasks,
    }),
    ...err('tasks'),
    inputText(ORDER_INPUTS.requirements, S.orderFields.requirements, { value: d?.requirements, placeholder: S.orderPlaceholders.requirements, multiline: true, maxLength: 800 }),
    ...err('requirements'),
    inputNumber(ORDER_INPUTS.percent, S.orderFields.percent, { value: percent, min: 1, max: 100, isRequired: true, errorMessage: S.orderErrors.percent }),
    ...err('percent'),
    inputDate(ORDER_INPUTS.startDate, S.orderFields.startDate, { value: date, isRequired: true, errorMessage: S.orderErrors.startDate }),
    ...err('startDate'),
  );
  return card(body, [action(S.makeOrderText, VERBS.navOrderSubmit, { ...(v.token ? { flow: v.token } : {}), order: v.order }, 'positive')]);
}
