/**
 * Records that more than one dialog reads, with their repo names. Nothing here may identify a
 * candidate: no names, no health, substance-use or prison details, no free text about a person.
 */

/** repo "unanswered": a question the bot could not answer, kept for HR. No asker identity. */
export interface UnansweredQuestion {
  /** A hash of the folded question text, so repeats count up instead of piling up. */
  id: string;
  question: string;
  count: number;
  firstAsked: string; // ISO timestamp
  lastAsked: string; // ISO timestamp
}
export const UNANSWERED = 'unanswered';

/** repo "feedback": one rating of an answer. */
export interface Feedback {
  id: string;
  entryId: string;
  vote: 'up' | 'down';
  comment?: string;
  at: string; // ISO timestamp
}
export const FEEDBACK = 'feedback';

/** repo "audit": who did what, when. Written for every role-gated action, also refusals. */
export interface AuditEvent {
  id: string;
  at: string; // ISO timestamp
  /** The actor's userId (Entra object id in Teams). */
  actor: string;
  action: string;
  target?: string;
  outcome: 'ok' | 'denied';
  detail?: string;
  /** For a refusal: how many more refusals of this actor in the same minute were folded into it. */
  repeats?: number;
}
export const AUDIT = 'audit';

/** repo of the guide's runs (the guide owns the record's shape; text retention drops their NAV order drafts). */
export const GUIDE_FLOWS = 'guideFlows';
