/**
 * Question answering: any message that is not a command is a question for the knowledge base.
 * The answer card carries sources, review date, related entries and feedback; when the bot is not
 * sure, it says so, suggests up to three entries and offers to pass the question to HR (stored without
 * the asker's identity).
 */
import { createHash, randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Entry } from '../../knowledge/entries/schema.js';
import type { KnowledgeIndex } from '../../knowledge/kb.js';
import type { Clock, Store } from '../shared/ports.js';
import { FEEDBACK, UNANSWERED, type Feedback, type UnansweredQuestion } from '../shared/records.js';
import { reply, type ActionTurn, type DialogResult, type Feature, type TextTurn } from '../shared/turn.js';
import { answerCard } from './cards/answerCard.js';
import { noAnswerCard } from './cards/noAnswerCard.js';
import { foldQuestion } from './format.js';
import { MAX_COMMENT, MAX_QUESTION, S } from './strings.js';

const entryId = z.string().min(1).max(100);
const question = z.string().trim().min(1).max(MAX_QUESTION).optional();
const FeedbackData = z.object({ entryId, vote: z.enum(['up', 'down']), question });
const CommentData = z.object({ entryId, feedbackId: z.string().max(100).optional(), comment: z.string().max(5000).optional().default(''), question });
const ShowData = z.object({ entryId });
const SendData = z.object({ question: z.string().trim().min(1).max(MAX_QUESTION) });

export interface QaFeature extends Feature {
  answerQuestion(turn: TextTurn): Promise<DialogResult>;
}

export function createQaFeature(deps: { store: Store; clock: Clock; knowledge: KnowledgeIndex }): QaFeature {
  const { knowledge } = deps;
  const feedback = deps.store.repo<Feedback>(FEEDBACK);
  const unanswered = deps.store.repo<UnansweredQuestion>(UNANSWERED);

  const relatedOf = (entry: Entry, suggestions: Entry[]): Entry[] => {
    const out: Entry[] = [];
    for (const id of entry.related ?? []) {
      const e = knowledge.get(id);
      if (e && e.id !== entry.id && !out.some((x) => x.id === e.id)) out.push(e);
    }
    for (const e of suggestions) if (e.id !== entry.id && !out.some((x) => x.id === e.id)) out.push(e);
    return out.slice(0, 3);
  };

  const showEntry = (entry: Entry, state: Parameters<typeof answerCard>[2] = {}) => answerCard(entry, relatedOf(entry, []), state);
  const bad = (): DialogResult => reply.text(S.badData);

  return {
    name: 'qa',
    help: [{ title: S.helpTitle, description: S.helpDescription }],
    actions: {
      'qa.show': async (turn) => {
        const d = ShowData.safeParse(turn.data);
        if (!d.success) return bad();
        const entry = knowledge.get(d.data.entryId);
        return entry ? reply.card(showEntry(entry)) : reply.text(S.unknownEntry);
      },
      'qa.feedback': async (turn) => {
        const d = FeedbackData.safeParse(turn.data);
        if (!d.success) return bad();
        const entry = knowledge.get(d.data.entryId);
        if (!entry) return reply.text(S.unknownEntry);
        const id = randomUUID();
        await feedback.put({ id, entryId: entry.id, vote: d.data.vote, at: turn.now.toISOString() });
        return reply.replace(showEntry(entry, { question: d.data.question, voted: d.data.vote, feedbackId: id }));
      },
      'qa.feedbackComment': async (turn: ActionTurn) => {
        const d = CommentData.safeParse(turn.data);
        if (!d.success) return bad();
        const entry = knowledge.get(d.data.entryId);
        if (!entry) return reply.text(S.unknownEntry);
        const comment = d.data.comment.trim();
        if (comment.length > MAX_COMMENT) {
          return reply.replace(showEntry(entry, { question: d.data.question, voted: 'down', feedbackId: d.data.feedbackId, commentError: S.commentTooLong }));
        }
        if (comment) {
          const previous = d.data.feedbackId ? feedback.get(d.data.feedbackId) : undefined;
          const record: Feedback = previous && previous.entryId === entry.id ? { ...previous, comment } : { id: randomUUID(), entryId: entry.id, vote: 'down', comment, at: turn.now.toISOString() };
          await feedback.put(record);
        }
        return reply.replace(showEntry(entry, { question: d.data.question, voted: 'down', commentSent: true }));
      },
      'qa.sendToHr': async (turn) => {
        const d = SendData.safeParse(turn.data);
        if (!d.success) return bad();
        const folded = foldQuestion(d.data.question);
        const id = createHash('sha256').update(folded).digest('hex').slice(0, 32);
        const now = turn.now.toISOString();
        const existing = unanswered.get(id);
        await unanswered.put(existing ? { ...existing, count: existing.count + 1, lastAsked: now } : { id, question: d.data.question.trim(), count: 1, firstAsked: now, lastAsked: now });
        return reply.text(S.sentToHr);
      },
    },
    async answerQuestion(turn) {
      let q = turn.text.trim();
      let note: string | undefined;
      if (q.length > MAX_QUESTION) {
        q = q.slice(0, MAX_QUESTION);
        note = S.tooLong(MAX_QUESTION);
      }
      const result = knowledge.answer(q);
      if (result.answered && result.entry) {
        return reply.card(answerCard(result.entry, relatedOf(result.entry, result.suggestions), { question: q, note }));
      }
      return reply.card(noAnswerCard(q, result.suggestions.slice(0, 3), note));
    },
  };
}
