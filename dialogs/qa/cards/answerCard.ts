import { action, actionSet, card, container, heading, inputText, text, type AdaptiveCard, type CardElement } from '../../shared/cardKit.js';
import { describeSource, type Entry } from '../../../knowledge/entries/schema.js';
import { buttonTitle, norwegianDate } from '../format.js';
import { MAX_COMMENT, S } from '../strings.js';
import { escapeText, safeMarkdown } from '../../shared/escape.js';

export interface AnswerCardState {
  /** The question as asked, carried through every button so "Spør HR" can send it on. */
  question?: string;
  /** After a vote: the thanks line, and for a thumbs-down the comment box. */
  voted?: 'up' | 'down';
  feedbackId?: string;
  commentSent?: boolean;
  commentError?: string;
  note?: string;
}

/** The answer to a question: title, answer, sources, review date, related entries, feedback, disclaimer. */
export function answerCard(entry: Entry, related: Entry[], state: AnswerCardState = {}): AdaptiveCard {
  const body: CardElement[] = [];
  if (state.note) body.push(text(state.note, { subtle: true, size: 'Small' }));
  body.push(heading(escapeText(entry.title)), text(safeMarkdown(entry.answer)));
  body.push(
    container(
      [
        text(S.sources, { weight: 'Bolder', size: 'Small' }),
        text(entry.sources.map((s) => describeSource(s)).map((s) => `- ${escapeText(s.title)}${s.ref ? ` – ${escapeText(s.ref)}` : ''}`).join('\n'), { size: 'Small', spacing: 'None' }),
        text(S.lastReviewed(norwegianDate(entry.lastReviewed)), { subtle: true, size: 'Small', spacing: 'Small' }),
      ],
      { separator: true, spacing: 'Medium' },
    ),
  );
  if (related.length) {
    body.push(text(S.related, { weight: 'Bolder', size: 'Small', spacing: 'Medium' }));
    body.push(actionSet(related.slice(0, 3).map((r) => action(buttonTitle(r.title), 'qa.show', { entryId: r.id, question: state.question }))));
  }
  const feedback: CardElement[] = [];
  if (!state.voted) {
    feedback.push(text(S.useful, { weight: 'Bolder', size: 'Small' }), actionSet([action(S.thumbsUp, 'qa.feedback', { entryId: entry.id, vote: 'up', question: state.question }), action(S.thumbsDown, 'qa.feedback', { entryId: entry.id, vote: 'down', question: state.question })]));
  } else if (state.voted === 'down' && !state.commentSent) {
    feedback.push(
      text(S.thanks, { color: 'Good', size: 'Small' }),
      inputText('comment', S.commentLabel, { multiline: true, maxLength: MAX_COMMENT, placeholder: S.commentPlaceholder }),
      ...(state.commentError ? [text(state.commentError, { color: 'Attention', size: 'Small' })] : []),
      actionSet([action(S.sendComment, 'qa.feedbackComment', { entryId: entry.id, feedbackId: state.feedbackId, question: state.question })]),
    );
  } else {
    feedback.push(text(state.commentSent ? S.commentThanks : S.thanks, { color: 'Good', size: 'Small' }));
  }
  body.push(container(feedback, { separator: true, spacing: 'Medium' }));
  body.push(text(S.disclaimer, { subtle: true, size: 'Small', spacing: 'Medium' }));
  return card(body, state.question ? [action(S.askHr, 'qa.sendToHr', { question: state.question })] : []);
}
