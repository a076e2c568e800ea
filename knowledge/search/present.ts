/** The answer as the command line (and any other plain consumer) shows it. */
import type { AnswerResult } from '../kb.js';
import { describeSource } from '../entries/schema.js';
import { renderEntry } from '../entries/render.js';
import { todayInNorway } from '../rules/assess.js';

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
  // Answers name dated parameters ({{p:id}}); show the values in force today.
  const entry = result.answered && result.entry ? renderEntry(result.entry, todayInNorway()) : undefined;
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
