/** The answer as the command line (and any other plain consumer) shows it. */
import type { AnswerResult } from '../kb.js';
import { describeSource } from '../entries/schema.js';

export interface AskResult {
  answered: boolean;
  entryId: string | null;
  title: string | null;
  /** What the user sees: the entry's answer, or the no-answer message. */
  text: string;
  sources: Array<{ title: string; ref: string }>;
  score: number;
  suggestions: Array<{ id: string; title: string }>;
}

export const NO_ANSWER_TEXT =
  'Jeg fant ikke et sikkert svar på dette spørsmålet. Se forslagene, eller send spørsmålet til HR.';

export function toAskResult(result: AnswerResult): AskResult {
  const entry = result.answered ? result.entry : undefined;
  return {
    answered: result.answered && entry !== undefined,
    entryId: entry?.id ?? null,
    title: entry?.title ?? null,
    text: entry?.answer ?? NO_ANSWER_TEXT,
    sources: entry?.sources.map(describeSource) ?? [],
    score: result.score,
    suggestions: result.suggestions.map((e) => ({ id: e.id, title: e.title })),
  };
}
