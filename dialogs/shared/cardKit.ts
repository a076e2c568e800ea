/**
 * Small helpers for Adaptive Cards (schema 1.5). Every button is an Action.Execute with a verb, which
 * Teams sends as an adaptiveCard/action invoke (so the card can be replaced in place) and which the
 * Agents Playground supports too. Input values are merged into the action's data by the client.
 */

export type CardElement = Record<string, unknown>;
export type CardAction = Record<string, unknown>;

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: CardElement[];
  actions?: CardAction[];
  msteams?: { width?: 'Full' };
  [key: string]: unknown;
}

export function card(body: CardElement[], actions: CardAction[] = []): AdaptiveCard {
  const c: AdaptiveCard = {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
  };
  if (actions.length) c.actions = actions;
  return c;
}

export function heading(text: string, size: 'Medium' | 'Large' = 'Medium'): CardElement {
  return { type: 'TextBlock', text, weight: 'Bolder', size, wrap: true, style: 'heading' };
}

export function text(
  value: string,
  opts: {
    subtle?: boolean;
    size?: 'Small' | 'Default' | 'Medium';
    weight?: 'Bolder';
    color?: 'Attention' | 'Good' | 'Warning' | 'Accent';
    spacing?: 'None' | 'Small' | 'Medium' | 'Large';
    separator?: boolean;
    id?: string;
    isVisible?: boolean;
  } = {},
): CardElement {
  const el: CardElement = { type: 'TextBlock', text: value, wrap: true };
  if (opts.subtle) el.isSubtle = true;
  if (opts.size) el.size = opts.size;
  if (opts.weight) el.weight = opts.weight;
  if (opts.color) el.color = opts.color;
  if (opts.spacing) el.spacing = opts.spacing;
  if (opts.separator) el.separator = true;
  if (opts.id) el.id = opts.id;
  if (opts.isVisible === false) el.isVisible = false;
  return el;
}

export function bullets(items: string[]): CardElement {
  return text(items.map((i) => `- ${i}`).join('\n'));
}

export function facts(pairs: Array<[string, string]>): CardElement {
  return { type: 'FactSet', facts: pairs.map(([title, value]) => ({ title, value })) };
}

export function container(
  items: CardElement[],
  opts: { style?: 'emphasis' | 'good' | 'attention' | 'warning' | 'accent'; id?: string; isVisible?: boolean; separator?: boolean; spacing?: 'Small' | 'Medium' | 'Large' } = {},
): CardElement {
  const el: CardElement = { type: 'Container', items };
  if (opts.style) el.style = opts.style;
  if (opts.id) el.id = opts.id;
  if (opts.isVisible === false) el.isVisible = false;
  if (opts.separator) el.separator = true;
  if (opts.spacing) el.spacing = opts.spacing;
  return el;
}

/** A button that sends `verb` with `data` to the bot. */
export function action(title: string, verb: string, data: Record<string, unknown> = {}, style?: 'positive' | 'destructive'): CardAction {
  const a: CardAction = { type: 'Action.Execute', title, verb, data: { ...data, verb } };
  if (style) a.style = style;
  return a;
}

/**
 * A tappable line of text that sends `verb`: unlike a button title it wraps, so a long title stays
 * whole on a phone (a list of entries to open, say).
 */
export function link(title: string, verb: string, data: Record<string, unknown> = {}): CardElement {
  return {
    type: 'Container',
    selectAction: action(title, verb, data),
    items: [{ type: 'TextBlock', text: `› ${title}`, wrap: true, color: 'Accent', weight: 'Bolder' }],
    spacing: 'Small',
  };
}

/** A row of buttons inside the body (ActionSet). */
export function actionSet(actions: CardAction[], id?: string): CardElement {
  const el: CardElement = { type: 'ActionSet', actions };
  if (id) el.id = id;
  return el;
}

/** Shows or hides elements on the client, without a round trip (used to fold long sections). */
export function toggle(title: string, targetIds: string[]): CardAction {
  return { type: 'Action.ToggleVisibility', title, targetElements: targetIds };
}

export function inputText(
  id: string,
  label: string,
  opts: { value?: string; placeholder?: string; multiline?: boolean; maxLength?: number; isRequired?: boolean; errorMessage?: string } = {},
): CardElement {
  const el: CardElement = { type: 'Input.Text', id, label, isMultiline: !!opts.multiline };
  if (opts.value !== undefined) el.value = opts.value;
  if (opts.placeholder) el.placeholder = opts.placeholder;
  if (opts.maxLength) el.maxLength = opts.maxLength;
  if (opts.isRequired) el.isRequired = true;
  if (opts.errorMessage) el.errorMessage = opts.errorMessage;
  return el;
}

export function inputNumber(
  id: string,
  label: string,
  opts: { value?: number; min?: number; max?: number; placeholder?: string; isRequired?: boolean; errorMessage?: string } = {},
): CardElement {
  const el: CardElement = { type: 'Input.Number', id, label };
  if (opts.value !== undefined) el.value = opts.value;
  if (opts.min !== undefined) el.min = opts.min;
  if (opts.max !== undefined) el.max = opts.max;
  if (opts.placeholder) el.placeholder = opts.placeholder;
  if (opts.isRequired) el.isRequired = true;
  if (opts.errorMessage) el.errorMessage = opts.errorMessage;
  return el;
}

export function inputDate(id: string, label: string, opts: { value?: string; isRequired?: boolean; errorMessage?: string } = {}): CardElement {
  const el: CardElement = { type: 'Input.Date', id, label };
  if (opts.value) el.value = opts.value;
  if (opts.isRequired) el.isRequired = true;
  if (opts.errorMessage) el.errorMessage = opts.errorMessage;
  return el;
}

export function choiceSet(
  id: string,
  label: string,
  choices: Array<{ title: string; value: string }>,
  opts: { value?: string; style?: 'compact' | 'expanded'; isMultiSelect?: boolean; isRequired?: boolean; errorMessage?: string } = {},
): CardElement {
  const el: CardElement = { type: 'Input.ChoiceSet', id, label, choices, style: opts.style ?? 'compact' };
  if (opts.value !== undefined) el.value = opts.value;
  if (opts.isMultiSelect) el.isMultiSelect = true;
  if (opts.isRequired) el.isRequired = true;
  if (opts.errorMessage) el.errorMessage = opts.errorMessage;
  return el;
}

export function toggleInput(id: string, title: string, value: boolean): CardElement {
  return { type: 'Input.Toggle', id, title, value: value ? 'true' : 'false', valueOn: 'true', valueOff: 'false' };
}

/** Plain text for a card's fallback and for logs: the text of every TextBlock. */
export function cardText(c: AdaptiveCard): string {
  return [...texts(c)].join('\n');
}

/** The card's first line of text (the notification summary), found without walking the rest of the card. */
export function cardSummary(c: AdaptiveCard, max = 200): string {
  const first = texts(c).next();
  return first.done ? '' : first.value.split('\n')[0].slice(0, max);
}

/** Each text of a card in reading order. */
function* texts(node: unknown): Generator<string> {
  if (Array.isArray(node)) {
    for (const n of node) yield* texts(n);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const o = node as Record<string, unknown>;
  if (o.type === 'TextBlock' && typeof o.text === 'string') yield o.text;
  if (o.type === 'FactSet' && Array.isArray(o.facts)) for (const f of o.facts as Array<{ title: string; value: string }>) yield `${f.title} ${f.value}`;
  if (typeof o.title === 'string' && typeof o.type === 'string' && o.type.startsWith('Action.')) yield o.title;
  for (const k of ['body', 'items', 'columns', 'actions', 'card', 'inlines']) if (k in o) yield* texts(o[k]);
}
