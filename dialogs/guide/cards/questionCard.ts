import { action, actionSet, card, inputNumber, text, type AdaptiveCard, type CardElement } from '../../shared/cardKit.js';
import type { Choice, Question } from '../questions.js';
import { S } from '../strings.js';
import { VERBS } from '../verbs.js';

export interface QuestionView {
  token: string;
  question: Question;
  choices: Choice[];
  progress: { n: number; total: number };
  /** Shown on top: a typed answer that did not fit, the rules being updated, a restart. */
  note?: string;
  privacy: boolean;
}

/** One question: the question, why it is asked (with its source), the choices as buttons, back and cancel. */
export function questionCard(v: QuestionView): AdaptiveCard {
  const q = v.question;
  const data = { flow: v.token, q: q.id };
  const body: CardElement[] = [text(`${S.guideTitle} · ${S.progress(v.progress.n, v.progress.total)}`, { subtle: true, size: 'Small' })];
  if (v.note) body.push(text(v.note, { color: 'Attention' }));
  body.push({ type: 'TextBlock', text: q.strings.text, wrap: true, weight: 'Bolder', size: 'Medium', style: 'heading' });
  body.push(text(`${S.whyPrefix} ${q.strings.why} (${q.strings.source})`, { subtle: true, size: 'Small', spacing: 'Small' }));
  if (v.privacy) body.push(text(S.privacy, { size: 'Small', spacing: 'Small' }));
  if (q.kind === 'number') {
    body.push(inputNumber('guideMonths', S.durationInput, { min: 1, max: 120, placeholder: '8' }));
    body.push(actionSet([action(S.next, VERBS.answer, data, 'positive')]));
    body.push(text(S.durationQuick, { subtle: true, size: 'Small' }));
    body.push(actionSet(v.choices.map((c) => action(c.label, VERBS.answer, { ...data, value: Number(c.value) }))));
  } else if (v.choices.length <= 3 && v.choices.every((c) => c.label.length <= 30)) {
    body.push(actionSet(v.choices.map((c) => action(c.label, VERBS.answer, { ...data, value: c.value }))));
  } else {
    // One button a row, so long labels are not cut off on a narrow screen.
    for (const c of v.choices) body.push(actionSet([action(c.label, VERBS.answer, { ...data, value: c.value })]));
  }
  return card(body, [action(S.back, VERBS.back, { flow: v.token }), action(S.cancel, VERBS.cancel, { flow: v.token })]);
}
