import { action, actionSet, card, container, inputText, link, text, toggle, type AdaptiveCard, type CardElement } from '../../shared/cardKit.js';
import { describeSource, type Entry } from '../../../knowledge/entries/schema.js';
import { norwegianDate } from '../format.js';
import { leadFor, splitSafeAnswer } from '../shape.js';
import { MAX_COMMENT, S } from '../strings.js';
import { escapeText, safeMarkdown } from '../../shared/escape.js';

export interface SectorNote {
  /** The sector the answer is for ('both' for an entry that holds in both). */
  for: 'state' | 'municipal' | 'both';
  /** How the sector was known. */
  why?: keyof typeof S.sectorWhy;
  /** The asker's sector has no entry on this: the answer is the other sector's, and says so. */
  otherThan?: 'state' | 'municipal';
}

export interface AnswerCardState {
  /** The question as asked, carried through every button so "Spør HR" can send it on. */
  question?: string;
  /** After a vote: the thanks line, and for a thumbs-down the comment box. */
  voted?: 'up' | 'down';
  feedbackId?: string;
  commentSent?: boolean;
  commentError?: string;
  note?: string;
  sector?: SectorNote;
  /** The second ask of a compound question and the entry that answers it (rendered). */
  second?: { question: string; entry: Entry };
  /** Not a sure answer: the nearest entry, said so first, with its own question named and HR offered. */
  tentative?: boolean;
}

/** A markdown link for a source that is a web page (https only), else its title and reference; the text escaped. */
function sourceLine(s: Entry['sources'][number]): string {
  const d = describeSource(s);
  const title = d.url ? safeMarkdown(`[${escapeText(d.title)}](${d.url})`) : escapeText(d.title);
  return `- ${title}${d.ref ? ` – ${escapeText(d.ref)}` : ''}`;
}

/** The sources' lines, kept per sources list (a rendered entry shares its entry's list). */
const linesOf = new WeakMap<Entry['sources'], string>();
function sourceLines(sources: Entry['sources']): string {
  let lines = linesOf.get(sources);
  if (lines === undefined) linesOf.set(sources, (lines = sources.map(sourceLine).join('\n')));
  return lines;
}

function sectorLine(note: SectorNote): CardElement {
  if (note.otherThan) {
    return text(S.otherSectorOnly(S.forSector[note.for], S.sectorName[note.otherThan]), { size: 'Small', color: 'Warning', spacing: 'Small' });
  }
  const label = S.forSector[note.for];
  return text(note.why ? S.sectorLine(label, S.sectorWhy[note.why]) : label, { size: 'Small', subtle: true, spacing: 'Small' });
}

/**
 * The answer to a question (entry already rendered for today): the line that answers it first, the
 * sector it is for, a short explanation and the next step; the whole answer, sources (links as links) and
 * review date one tap away; then a second ask's answer, related entries, feedback and the disclaimer.
 */
export function answerCard(entry: Entry, related: Entry[], state: AnswerCardState = {}): AdaptiveCard {
  // HR's answer text keeps its markdown, made safe (links to https only).
  const parts = splitSafeAnswer(entry.answer);
  const body: CardElement[] = [];
  if (state.note) body.push(text(state.note, { subtle: true, size: 'Small' }));
  if (state.tentative) body.push(text(S.tentative, { weight: 'Bolder', size: 'Small' }), text(S.tentativeAbout(entry.title), { spacing: 'Small' }));
  // A tentative answer may answer another question than the one asked: its Ja/Nei is not shown as the answer to this one.
  const lead = state.tentative ? leadFor(undefined, entry.questions[0], parts.lead) : leadFor(state.question ?? entry.questions[0], entry.questions[0], parts.lead);
  body.push(text(lead, state.tentative ? {} : { weight: 'Bolder', size: 'Medium' }));
  if (state.sector) body.push(sectorLine(state.sector));
  if (parts.explanation) body.push(text(parts.explanation));
  if (parts.nextStep) body.push(text(S.nextStep(parts.nextStep), { spacing: 'Medium' }));

  const detail: CardElement[] = [text(S.about(entry.title), { weight: 'Bolder', size: 'Small' })];
  if (parts.detail) detail.push(text(parts.detail));
  detail.push(
    text(S.sources, { weight: 'Bolder', size: 'Small', spacing: 'Medium' }),
    text(sourceLines(entry.sources), { size: 'Small', spacing: 'None' }),
    text(S.lastReviewed(norwegianDate(entry.lastReviewed)), { subtle: true, size: 'Small', spacing: 'Small' }),
  );
  body.push(container(detail, { id: 'detail', isVisible: false, separator: true, spacing: 'Medium' }));
  body.push(actionSet([toggle(S.showMore, ['detail', 'more', 'less'])], 'more'));
  body.push({ ...actionSet([toggle(S.showLess, ['detail', 'more', 'less'])], 'less'), isVisible: false });

  if (state.second) {
    const second = state.second.entry;
    body.push(
      container(
        [
          text(S.alsoAsked(state.second.question), { subtle: true, size: 'Small' }),
          text(leadFor(state.second.question, second.questions[0], splitSafeAnswer(second.answer).lead), { weight: 'Bolder' }),
          actionSet([action(S.readAnswer, 'qa.show', { entryId: second.id, question: state.second.question })]),
        ],
        { separator: true, spacing: 'Medium' },
      ),
    );
  }
  if (related.length) {
    body.push(text(S.related, { weight: 'Bolder', size: 'Small', spacing: 'Medium' }));
    body.push(...related.slice(0, 3).map((r) => link(escapeText(r.title), 'qa.show', { entryId: r.id })));
  }
  const feedback: CardElement[] = [];
  if (!state.voted) {
    feedback.push(
      text(S.useful, { weight: 'Bolder', size: 'Small' }),
      actionSet([
        action(S.thumbsUp, 'qa.feedback', { entryId: entry.id, vote: 'up', question: state.question }),
        action(S.thumbsDown, 'qa.feedback', { entryId: entry.id, vote: 'down', question: state.question }),
      ]),
    );
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
  if (state.tentative && state.question) body.push(text(S.tentativeHint, { subtle: true, size: 'Small', spacing: 'Medium' }));
  body.push(text(S.disclaimer, { subtle: true, size: 'Small', spacing: 'Medium' }));
  if (!state.question) return card(body, []);
  return card(body, [state.tentative ? action(S.sendToHr, 'qa.sendToHr', { question: state.question }, 'positive') : action(S.askHr, 'qa.sendToHr', { question: state.question })]);
}
