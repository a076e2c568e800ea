import { text, type CardElement } from '../../shared/cardKit.js';

/** The Norwegian error under a field, shown after a submit that did not validate. */
export function fieldError(errors: Record<string, string>, field: string): CardElement[] {
  const message = errors[field];
  return message ? [text(message, { color: 'Attention', size: 'Small', spacing: 'None' })] : [];
}
