/**
 * The unanswered-questions queue as HR works it down: each question is handled once (added as a new
 * phrasing of an entry, answered by a new entry, or dismissed as out of scope) and then leaves the queue.
 * A handled question is kept in "unansweredHandled" with who handled it and how, so a dismissal or a
 * phrasing can be undone; the audit log has the same. No asker identity is stored here.
 */
import type { Store } from '../shared/ports.js';
import { UNANSWERED, type UnansweredQuestion } from '../shared/records.js';
import { retentionCutoff, selectExpired } from '../shared/retention.js';
import { ANSWER_WATCHES, type AnswerWatch } from './answerWatch.js';

export type QueueOutcome = 'phrasing' | 'entry' | 'dismissed';

/** repo "unansweredHandled": a question HR has handled, with how. */
export interface HandledQuestion extends UnansweredQuestion {
  outcome: QueueOutcome;
  /** The entry that now answers it (phrasing, entry). */
  entryId?: string;
  by: string;
  handledAt: string; // ISO timestamp
}
export const UNANSWERED_HANDLED = 'unansweredHandled';

/** Most asked first, then the one that has waited longest. */
export function queueOrder(a: UnansweredQuestion, b: UnansweredQuestion): number {
  return b.count - a.count || a.firstAsked.localeCompare(b.firstAsked);
}

export interface Queue {
  /** Every waiting question, in queue order. */
  waiting(): Promise<UnansweredQuestion[]>;
  get(id: string): Promise<UnansweredQuestion | undefined>;
  /** Takes a question out of the queue; undefined when it was not (or no longer) waiting. */
  handle(id: string, outcome: QueueOutcome, by: string, at: Date, entryId?: string): Promise<HandledQuestion | undefined>;
  /** Puts a handled question back (undo); asked again meanwhile, the counts are merged. */
  reopen(id: string): Promise<UnansweredQuestion | undefined>;
  handled(id: string): Promise<HandledQuestion | undefined>;
}

export function createQueue(store: Store): Queue {
  const waiting = store.repo<UnansweredQuestion>(UNANSWERED);
  const handled = store.repo<HandledQuestion>(UNANSWERED_HANDLED);
  const plain = (q: UnansweredQuestion): UnansweredQuestion => ({ id: q.id, question: q.question, count: q.count, firstAsked: q.firstAsked, lastAsked: q.lastAsked });
  return {
    async waiting() {
      return (await waiting.find()).map(plain).sort(queueOrder);
    },
    async get(id) {
      const q = await waiting.get(id);
      return q ? plain(q) : undefined;
    },
    async handle(id, outcome, by, at, entryId) {
      const q = await waiting.get(id);
      if (!q) return undefined;
      const record: HandledQuestion = { ...plain(q), outcome, ...(entryId ? { entryId } : {}), by, handledAt: at.toISOString() };
      await handled.put(record);
      await waiting.remove(id);
      return record;
    },
    async reopen(id) {
      const h = await handled.get(id);
      if (!h) return undefined;
      const again = await waiting.get(id);
      const back: UnansweredQuestion = again
        ? { ...plain(again), count: again.count + h.count, firstAsked: h.firstAsked < again.firstAsked ? h.firstAsked : again.firstAsked }
        : plain(h);
      await waiting.put(back);
      await handled.remove(id);
      return back;
    },
    async handled(id) {
      return handled.get(id);
    },
  };
}

/**
 * The queue's part of the text retention (dialogs/shared/retention.ts, run by the daily job after the
 * unanswered questions themselves): a handled question's text goes after as many days as a waiting one's,
 * counted from when it was first asked, and a wish to be told about a question that no longer waits (it
 * expired) goes too. Returns how many records it removed.
 */
export async function applyQueueRetention(store: Store, now: Date, days: number): Promise<number> {
  const handled = store.repo<HandledQuestion>(UNANSWERED_HANDLED);
  const waiting = store.repo<UnansweredQuestion>(UNANSWERED);
  const watches = store.repo<AnswerWatch>(ANSWER_WATCHES);
  let removed = 0;
  for (const h of selectExpired(await handled.find(), retentionCutoff(now, days), (q) => q.firstAsked)) if (await handled.remove(h.id)) removed++;
  for (const w of await watches.find()) if (!(await waiting.get(w.unansweredId)) && (await watches.remove(w.id))) removed++;
  return removed;
}
