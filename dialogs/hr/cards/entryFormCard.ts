import { action, card, choiceSet, heading, inputText, text, type AdaptiveCard, type CardAction, type CardElement } from '../../shared/cardKit.js';
import type { EntryFormValues, FieldErrors } from '../entryForm.js';
import { LIMITS } from '../entryForm.js';
import { S } from '../strings.js';

/** What the form carries through its buttons, besides the typed values. */
export interface FormContext {
  mode: 'new' | 'edit';
  id?: string;
  version?: number;
  unansweredId?: string;
}

export interface FormOptions {
  /** Field-level errors, shown under their fields. */
  errors?: FieldErrors;
  /** Shown above the form (the version conflict). */
  notice?: CardElement[];
  /** Extra buttons after Forhåndsvis/Lagre. */
  actions?: CardAction[];
}

export function entryFormCard(values: EntryFormValues, ctx: FormContext, opts: FormOptions = {}): AdaptiveCard {
  const errors = opts.errors ?? {};
  const err = (k: keyof EntryFormValues): CardElement[] =>
    errors[k] ? errors[k]!.split('\n').map((line) => text(line, { color: 'Attention', size: 'Small', spacing: 'None' })) : [];
  const data = { ...ctx };
  return card(
    [
      ...(opts.notice ?? []),
      heading(ctx.mode === 'new' ? S.form.newTitle : S.form.editTitle(values.title)),
      text(S.form.intro, { subtle: true, size: 'Small' }),
      ...(Object.keys(errors).length ? [text(S.form.errorsIntro, { color: 'Attention', weight: 'Bolder' })] : []),
      inputText('title', S.form.title, { value: values.title, maxLength: LIMITS.title + 20 }),
      ...err('title'),
      inputText('questions', S.form.questions, { value: values.questions, multiline: true }),
      ...err('questions'),
      inputText('answer', S.form.answer, { value: values.answer, multiline: true, maxLength: LIMITS.answer + 200 }),
      ...err('answer'),
      choiceSet(
        'sector',
        S.form.sector,
        [
          { title: S.form.sectors.both, value: 'both' },
          { title: S.form.sectors.state, value: 'state' },
          { title: S.form.sectors.municipal, value: 'municipal' },
        ],
        { value: values.sector },
      ),
      ...err('sector'),
      inputText('sources', S.form.sources, { value: values.sources, multiline: true, placeholder: 'arbeidsmiljøloven § 14-9' }),
      text(S.form.sourcesHelp, { subtle: true, size: 'Small', spacing: 'None' }),
      ...err('sources'),
      inputText('tags', S.form.tags, { value: values.tags }),
      ...err('tags'),
    ],
    [action(S.form.preview, 'hr.preview', data), action(S.form.save, 'hr.save', data, 'positive'), ...(opts.actions ?? []), action(S.form.cancel, 'hr.menu')],
  );
}
