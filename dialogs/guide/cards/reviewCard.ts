import { action, actionSet, card, heading, text, type AdaptiveCard, type CardElement } from '../../shared/cardKit.js';
import type { AnswerSource } from '../flow.js';
import type { QuestionId } from '../questions.js';
import { S, type SectorKey } from '../strings.js';
import { VERBS } from '../verbs.js';
import { runHeader } from './header.js';

export interface ReviewRow {
  q: QuestionId;
  label: string;
  answer: string;
  source: AnswerSource;
}

const SOURCE_NOTE: Record<AnswerSource, string> = { user: '', prefill: S.sourcePrefill, default: S.sourceDefault, remembered: S.sourceRemembered };

/** Every answer that counts, each with "Endre", before the result. */
export function reviewCard(v: { token: string; sector?: SectorKey; rows: ReviewRow[]; note?: string; info?: string }): AdaptiveCard {
  const body: CardElement[] = [runHeader(v.sector, S.reviewLabel), heading(S.reviewTitle)];
  if (v.note) body.push(text(v.note, { color: 'Attention' }));
  if (v.info) body.push(text(v.info, { color: 'Accent' }));
  body.push(text(S.reviewIntro, { subtle: true, size: 'Small' }));
  for (const r of v.rows) {
    body.push({
      type: 'ColumnSet',
      separator: true,
      columns: [
        {
          type: 'Column',
          width: 'stretch',
          verticalContentAlignment: 'Center',
          items: [text(r.label, { subtle: true, size: 'Small' }), text(`**${r.answer}**${SOURCE_NOTE[r.source] ? ` ${SOURCE_NOTE[r.source]}` : ''}`, { spacing: 'None' })],
        },
        {
          type: 'Column',
          width: 'auto',
          verticalContentAlignment: 'Center',
          items: [actionSet([action(S.edit, VERBS.edit, { flow: v.token, q: r.q })])],
        },
      ],
    });
  }
  return card(body, [
    action(S.showResult, VERBS.confirm, { flow: v.token }, 'positive'),
    action(S.back, VERBS.back, { flow: v.token }),
    action(S.cancel, VERBS.cancel, { flow: v.token }),
  ]);
}
