/** The answer as the command line (and any other plain consumer) shows it, rendered for a date. */
import type { AnswerResult, Sector } from '../kb.js';
import { describeSource, type Entry } from '../entries/schema.js';
import { renderEntry } from '../entries/render.js';

export interface AskResult {
  answered: boolean;
  entryId: string | null;
  /** Every entry the answer shows: two when it gives each sector's rule, plus a compound question's second. */
  entryIds: string[];
  title: string | null;
  /** What the user sees: the answer (each sector's, labelled, when they differ), or the no-answer message. */
  text: string;
  sources: Array<{ title: string; ref: string; url?: string }>;
  score: number;
  sector: Sector | 'both' | null;
  entrySectors: Array<Entry['sector']>;
  offTopic: string | null;
  second: { question: string; entryId: string } | null;
  suggestions: Array<{ id: string; title: string }>;
  /** Answered below the confident level: shown as the nearest entry, with a caveat. */
  tentative: boolean;
}

export const NO_ANSWER_TEXT = 'Jeg fant ikke et sikkert svar på dette spørsmålet. Se forslagene, eller send spørsmålet til HR.';

export const SECTOR_LABEL: Record<Sector, string> = { state: 'I staten', municipal: 'I kommunen' };

export function toAskResult(result: AnswerResult, date: string): AskResult {
  const entry = result.answered ? result.entry : undefined;
  // Answers name dated parameters ({{p:id}}): show the values in force on the date.
  const render = (e: Entry) => renderEntry(e, date).answer;
  const shown: Entry[] = result.bySector ? [result.bySector.state, result.bySector.municipal] : entry ? [entry] : [];
  const text = result.bySector
    ? (['state', 'municipal'] as const).map((s) => `${SECTOR_LABEL[s]}: ${render(result.bySector![s])}`).join('\n\n')
    : entry
      ? render(entry)
      : NO_ANSWER_TEXT;
  const second = result.second;
  return {
    answered: result.answered && entry !== undefined,
    entryId: entry?.id ?? null,
    entryIds: [...shown, ...(second ? [second.entry] : [])].map((e) => e.id),
    title: entry ? renderEntry(entry, date).title : null,
    text: second ? `${text}\n\n${second.question}\n${render(second.entry)}` : text,
    sources: [...shown, ...(second ? [second.entry] : [])].flatMap((e) => e.sources.map(describeSource)),
    score: result.score,
    sector: result.bySector ? 'both' : (result.sector ?? null),
    entrySectors: shown.map((e) => e.sector),
    offTopic: result.offTopic ?? null,
    second: second ? { question: second.question, entryId: second.entry.id } : null,
    suggestions: result.suggestions.map((e) => ({ id: e.id, title: e.title })),
    tentative: result.tentative === true,
  };
}
