import { action, actionSet, card, inputNumber, text, type AdaptiveCard, type CardElement } from '../../shared/cardKit.js';
import type { Progress } from '../flow.js';
import type { AnswerValue, Choice, Question } from '../questions.js';
import { S, type QuestionStrings, type SectorKey } from '../strings.js';
import { VERBS } from '../verbs.js';
import { runHeader } from './header.js';

export interface QuestionView {
  token: string;
  question: Question;
  /** The question's texts for the run's sector, with parameters rendered. */
  strings: QuestionStrings;
  choices: Choice[];
  progress: Progress;
  sector?: SectorKey;
  /** On the first card of a run: why these rules, and one tap to the other sector's. */
  sectorLine?: string;
  /** Shown on top: a typed answer that did not fit, the rules being updated, a restart. */
  note?: string;
  /** Shown on top, calmly: the guide going on after a side question, the sector switched. */
  info?: string;
  /** The privacy sentence, on the first question about a person. */
  privacy?: string;
  /** Changing an answer from the review: the answer given, chosen on the card. */
  editing?: { value: AnswerValue; label: string };
}

/** One question: the question, why it is asked (with its source), the choices as buttons, back and cancel. */
export function questionCard(v: QuestionView): AdaptiveCard {
  const q = v.question;
  const s = v.strings;
  const data = { flow: v.token, q: q.id };
  const where = v.progress.exact ? S.progressExact(v.progress.n, v.progress.total) : S.progress(v.progress.n, v.progress.total);
  const body: CardElement[] = [runHeader(v.sector, where)];
  if (v.sectorLine && v.sector) {
    body.push(text(v.sectorLine, { size: 'Small', spacing: 'Small' }));
    body.push(actionSet([action(S.switchTo(v.sector), VERBS.switchSector, { flow: v.token, sector: v.sector === 'state' ? 'municipal' : 'state' })]));
  }
  if (v.note) body.push(text(v.note, { color: 'Attention' }));
  if (v.info) body.push(text(v.info, { color: 'Accent' }));
  body.push({ type: 'TextBlock', text: s.text, wrap: true, weight: 'Bolder', size: 'Medium', style: 'heading' });
  if (s.definition) body.push(text(s.definition, { spacing: 'Small' }));
  body.push(text(`${S.whyPrefix} ${s.why}${s.source ? ` (${s.source})` : ''}`, { subtle: true, size: 'Small', spacing: 'Small' }));
  if (v.privacy) body.push(text(v.privacy, { size: 'Small', spacing: 'Small' }));
  if (v.editing) body.push(text(S.editing(v.editing.label), { spacing: 'Small' }));
  const label = (c: Choice) => (v.editing && String(v.editing.value) === c.value ? S.chosen(c.label) : c.label);
  const style = (c: Choice) => (v.editing && String(v.editing.value) === c.value ? 'positive' : undefined);
  if (q.kind === 'number') {
    const old = typeof v.editing?.value === 'number' ? v.editing.value : undefined;
    body.push(inputNumber('guideMonths', S.durationInput, { min: 1, max: 120, placeholder: '8', value: old }));
    body.push(actionSet([action(S.next, VERBS.answer, data, 'positive')]));
    body.push(text(S.durationQuick, { subtle: true, size: 'Small' }));
    body.push(actionSet(v.choices.map((c) => action(label(c), VERBS.answer, { ...data, value: Number(c.value) }, style(c)))));
  } else if (v.choices.length <= 3 && v.choices.every((c) => c.label.length <= 30)) {
    body.push(actionSet(v.choices.map((c) => action(label(c), VERBS.answer, { ...data, value: c.value }, style(c)))));
  } else {
    // One button a row, so long labels are not cut off on a narrow screen.
    for (const c of v.choices) body.push(actionSet([action(label(c), VERBS.answer, { ...data, value: c.value }, style(c))]));
  }
  const keep = v.editing ? [action(S.keep, VERBS.answer, { ...data, value: v.editing.value })] : [];
  // No «Tilbake» on the first question: there is nothing before it.
  const back = v.progress.n > 1 || v.editing ? [action(S.back, VERBS.back, { flow: v.token })] : [];
  return card(body, [...keep, ...back, action(S.cancel, VERBS.cancel, { flow: v.token })]);
}
