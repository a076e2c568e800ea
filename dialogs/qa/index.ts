/**
 * Question answering: any message that is not a command is a question for the knowledge base.
 * The answer card carries sources, review date, related entries and feedback; when the bot is not
 * sure, it says so, suggests up to three entries and offers to pass the question to HR (stored without
 * the asker's identity).
 */
import { createHash, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { renderEntry } from '../../knowledge/entries/render.js';
import type { Entry } from '../../knowledge/entries/schema.js';
import { todayInNorway } from '../../knowledge/rules/assess.js';
import type { KnowledgeIndex } from '../../knowledge/kb.js';
import { StaleWriteError, type Clock, type Store } from '../shared/ports.js';
import { personalDataMessage, screenPersonalData } from '../shared/personalData.js';
import { FEEDBACK, UNANSWERED, type Feedback, type UnansweredQuestion } from '../shared/records.js';
import { reply, type DialogResult, type Feature, type TextTurn } from '../shared/turn.js';
import { answerCard, type AnswerCardState } from './cards/answerCard.js';
import { noAnswerCard } from './cards/noAnswerCard.js';
import { foldQuestion, isBlankQuestion } from './format.js';
import { MAX_COMMENT, MAX_QUESTION, S } from './strings.js';

const entryId = z.string().min(1).max(100);
/** The question a card carries along; optional, since the guide's result card opens entries too. */
const question = z.string().trim().min(1).max(MAX_QUESTION).optional();
const FeedbackData = z.object({ entryId, vote: z.enum(['up', 'down']), question });
// Longer comments than MAX_COMMENT are answered in the card (the text is kept); only absurd sizes are bad data.
const CommentData = z.object({ entryId, feedbackId: z.string().max(100).optional(), comment: z.string().max(5 * MAX_COMMENT).optional().default(''), question });
const ShowData = z.object({ entryId, question });
const SendData = z.object({ question: z.string().trim().min(1).max(MAX_QUESTION) });

export interface QaFeature extends Feature {
  /** The bot's catch-all: answers any message that no command or active flow took. */
  answerQuestion(turn: TextTurn): Promise<DialogResult>;
}

/** The id of an unanswered question: a hash of its folded text, so repeats count up. */
export function unansweredId(q: string): string {
  return createHash('sha256').update(foldQuestion(q)).digest('hex').slice(0, 32);
}

/** The knowledge index of the current turn's tenant (shipped entries with that tenant's HR changes). */
export type KnowledgeForTenant = () => Promise<KnowledgeIndex>;

export function createQaFeature(deps: { store: Store; clock: Clock; knowledge: KnowledgeForTenant }): QaFeature {
  const feedback = deps.store.repo<Feedback>(FEEDBACK);
  const unanswered = deps.store.repo<UnansweredQuestion>(UNANSWERED);

  /** Up to three entries to read next: the entry's own related ones first, then the search's suggestions. */
  const relatedOf = (knowledge: KnowledgeIndex, entry: Entry, suggestions: readonly Entry[]): Entry[] => {
    const out: Entry[] = [];
    const add = (e: Entry | undefined) => {
      if (e && e.id !== entry.id && !out.some((x) => x.id === e.id)) out.push(e);
    };
    for (const id of entry.related ?? []) add(knowledge.get(id));
    for (const e of suggestions) add(e);
    return out.slice(0, 3);
  };

  /** An entry as the asker reads it today: dated parameters filled in with the values in force. */
  const shown = (e: Entry): Entry => renderEntry(e, todayInNorway(deps.clock.now()));

  /** The same answer card again (after a vote, or opened from a button), with the question's suggestions. */
  const cardFor = (knowledge: KnowledgeIndex, entry: Entry, state: AnswerCardState) =>
    answerCard(shown(entry), relatedOf(knowledge, entry, state.question ? knowledge.answer(state.question).suggestions : []).map(shown), state);
  const bad = (): DialogResult => reply.text(S.badData);

  return {
    name: 'qa',
    help: [{ title: S.helpTitle, description: S.helpDescription }],
    actions: {
      'qa.show': async (turn) => {
        const d = ShowData.safeParse(turn.data);
        if (!d.success) return bad();
        const knowledge = await deps.knowledge();
        const entry = knowledge.get(d.data.entryId);
        return entry ? reply.card(cardFor(knowledge, entry, { question: d.data.question })) : reply.text(S.unknownEntry);
      },
      'qa.feedback': async (turn) => {
        const d = FeedbackData.safeParse(turn.data);
        if (!d.success) return bad();
        const knowledge = await deps.knowledge();
        const entry = knowledge.get(d.data.entryId);
        if (!entry) return reply.text(S.unknownEntry);
        const id = randomUUID();
        await feedback.put({ id, entryId: entry.id, vote: d.data.vote, at: turn.now.toISOString() });
        return reply.replace(cardFor(knowledge, entry, { question: d.data.question, voted: d.data.vote, feedbackId: id }));
      },
      'qa.feedbackComment': async (turn) => {
        const d = CommentData.safeParse(turn.data);
        if (!d.success) return bad();
        const knowledge = await deps.knowledge();
        const entry = knowledge.get(d.data.entryId);
        if (!entry) return reply.text(S.unknownEntry);
        const comment = d.data.comment.trim();
        const again = (commentError: string) => reply.replace(cardFor(knowledge, entry, { question: d.data.question, voted: 'down', feedbackId: d.data.feedbackId, commentError }));
        if (!comment) return again(S.commentEmpty);
        if (comment.length > MAX_COMMENT) return again(S.commentTooLong);
        const screened = screenPersonalData(comment);
        if (!screened.ok) return again(personalDataMessage(screened.kinds, S.commentSubject));
        // Only the vote this card made, and only once: a forged or replayed id cannot overwrite another comment.
        const previous = d.data.feedbackId ? await feedback.get(d.data.feedbackId) : undefined;
        const record: Feedback =
          previous && previous.entryId === entry.id && previous.comment === undefined
            ? { ...previous, comment }
            : { id: randomUUID(), entryId: entry.id, vote: 'down', comment, at: turn.now.toISOString() };
        await feedback.put(record);
        return reply.replace(cardFor(knowledge, entry, { question: d.data.question, voted: 'down', commentSent: true }));
      },
      'qa.sendToHr': async (turn) => {
        const d = SendData.safeParse(turn.data);
        if (!d.success || isBlankQuestion(d.data.question)) return bad();
        const screened = screenPersonalData(d.data.question);
        if (!screened.ok) return reply.text(`${personalDataMessage(screened.kinds, S.questionSubject)} ${S.askAgain}`);
        const id = unansweredId(d.data.question);
        const now = turn.now.toISOString();
        // Counted with a revision check, so two askers at the same moment (on two instances) both count.
        for (let attempt = 0; ; attempt++) {
          const existing = await unanswered.get(id);
          const { rev, ...plain } = existing ?? { rev: 0 };
          try {
            await unanswered.put(existing ? { ...(plain as UnansweredQuestion), count: existing.count + 1, lastAsked: now } : { id, question: d.data.question, count: 1, firstAsked: now, lastAsked: now }, { ifRev: rev });
            break;
          } catch (e) {
            if (!(e instanceof StaleWriteError) || attempt >= 9) throw e;
          }
        }
        return reply.text(S.sentToHr);
      },
    },
    async answerQuestion(turn) {
      let q = turn.text.trim();
      if (isBlankQuestion(q)) return reply.text(S.emptyQuestion);
      let note: string | undefined;
      if (q.length > MAX_QUESTION) {
        q = q.slice(0, MAX_QUESTION).trim();
        note = S.tooLong(MAX_QUESTION);
      }
      const knowledge = await deps.knowledge();
      const result = knowledge.answer(q);
      if (result.answered && result.entry) {
        return reply.card(answerCard(shown(result.entry), relatedOf(knowledge, result.entry, result.suggestions).map(shown), { question: q, note }));
      }
      return reply.card(noAnswerCard(q, result.suggestions, note));
    },
  };
}
