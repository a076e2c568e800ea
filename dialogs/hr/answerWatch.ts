/**
 * "Si fra når HR har svart": a person who sent a question to HR may ask to be told when it is answered.
 * Only their user key is stored, beside the question's id, and the record is deleted once HR has handled
 * the question and the notice has been tried; nothing else about the person is kept.
 */
import type { Notifier, Store } from '../shared/ports.js';
import type { Outgoing } from '../shared/turn.js';

/** repo "answerWatches": who asked to hear about an unanswered question. */
export interface AnswerWatch {
  /** `${unansweredId}:${userId}`, so asking twice stores one record. */
  id: string;
  unansweredId: string;
  /** The user's key (Entra object id): where the notice goes. */
  userId: string;
  at: string; // ISO timestamp
}
export const ANSWER_WATCHES = 'answerWatches';

/**
 * Registers the opt-in of the no-answer card (called by question answering after the question was
 * sent to HR). `unansweredId` is the id of the stored unanswered question.
 */
export async function watchForAnswer(store: Store, unansweredId: string, userId: string, at: Date): Promise<void> {
  if (!unansweredId || !userId) throw new Error('watchForAnswer: unansweredId and userId are required');
  await store.repo<AnswerWatch>(ANSWER_WATCHES).put({ id: `${unansweredId}:${userId}`, unansweredId, userId, at: at.toISOString() });
}

/** Sends `messages` to everyone waiting for this question and forgets them; returns how many got it. */
export async function notifyWatchers(store: Store, notifier: Notifier, unansweredId: string, messages: Outgoing[]): Promise<number> {
  const repo = store.repo<AnswerWatch>(ANSWER_WATCHES);
  let sent = 0;
  for (const w of await repo.find({ where: { unansweredId } })) {
    try {
      if ((await notifier.sendToUser(w.userId, messages)) === 'sent') sent++;
    } catch {
      // A notice that cannot be delivered is not retried: the record goes either way (privacy first).
    }
    await repo.remove(w.id);
  }
  return sent;
}

/** How many people wait for this question's answer (shown to HR; never who). */
export function watcherCount(store: Store, unansweredId: string): Promise<number> {
  return store.repo<AnswerWatch>(ANSWER_WATCHES).count({ unansweredId });
}
