/**
 * Retention of free text that may describe a person (GDPR art. 5(1)(e), storage limitation): questions
 * sent to HR, feedback comments and NAV order drafts are kept for a limited number of days (default
 * 90, TEXT_RETENTION_DAYS), counted from when the text was first stored. Then a question is removed, a
 * comment is cut from its vote (the vote stays, for the counts), and an order draft is cut from its guide
 * run. The selection is pure (tested as a table); `applyTextRetention` runs it inside the current
 * tenant, from the daily retention job.
 */
import type { Store } from './ports.js';
import { FEEDBACK, GUIDE_FLOWS, UNANSWERED, type Feedback, type UnansweredQuestion } from './records.js';

export { DEFAULT_TEXT_RETENTION_DAYS } from './personalData.js';

const DAY = 86_400_000;

/** The moment before which a text is too old: `days` whole days before now. */
export function retentionCutoff(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY);
}

/** The items whose date is before the cutoff. An item without a readable date is treated as expired. */
export function selectExpired<T>(items: readonly T[], cutoff: Date, dateOf: (item: T) => string | undefined): T[] {
  return items.filter((item) => {
    const t = Date.parse(dateOf(item) ?? '');
    return Number.isNaN(t) || t < cutoff.getTime();
  });
}

/** The guide's record, as far as retention needs it (the guide owns the rest of its shape). */
interface FlowWithOrder {
  id: string;
  order?: unknown;
  orderAt?: string;
  updatedAt?: string;
  createdAt?: string;
}

export interface TextRetentionResult {
  questionsRemoved: number;
  commentsRemoved: number;
  ordersRemoved: number;
}

/** Applies the limit to the current tenant's texts; returns what it removed. */
export async function applyTextRetention(store: Store, now: Date, days: number): Promise<TextRetentionResult> {
  const cutoff = retentionCutoff(now, days);
  const unanswered = store.repo<UnansweredQuestion>(UNANSWERED);
  const feedback = store.repo<Feedback>(FEEDBACK);
  const flows = store.repo<FlowWithOrder>(GUIDE_FLOWS);

  const questions = selectExpired(await unanswered.find(), cutoff, (q) => q.firstAsked);
  for (const q of questions) await unanswered.remove(q.id);

  const comments = selectExpired(
    (await feedback.find()).filter((f) => f.comment !== undefined),
    cutoff,
    (f) => f.at,
  );
  for (const { rev: _rev, comment: _comment, ...rest } of comments) await feedback.put(rest);

  const orders = selectExpired(
    (await flows.find()).filter((f) => f.order !== undefined),
    cutoff,
    (f) => f.orderAt ?? f.updatedAt ?? f.createdAt,
  );
  for (const { rev: _rev, order: _order, orderAt: _at, ...rest } of orders) await flows.put(rest);

  return { questionsRemoved: questions.length, commentsRemoved: comments.length, ordersRemoved: orders.length };
}
