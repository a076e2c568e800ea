/**
 * Question-answering evaluation over lines shaped like ../shared/eval/qa.dev.jsonl: an in-scope
 * question is right when it is answered and the answer text plus its source titles match every
 * `expect` pattern (flags "iu"); an out-of-scope question is right when it is refused.
 */
import { z } from 'zod';
import type { AskResult } from './present.js';

export const QaCaseSchema = z.union([
  z.object({ q: z.string().min(1), expect: z.array(z.string()).min(1) }),
  z.object({ q: z.string().min(1), outOfScope: z.literal(true) }),
]);
export type QaCase = z.infer<typeof QaCaseSchema>;

export function parseQaJsonl(text: string): QaCase[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line, i) => {
      const parsed = QaCaseSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`line ${i + 1}: ${parsed.error.issues[0].message}`);
      return parsed.data;
    });
}

export interface QaOutcome {
  case: QaCase;
  result: Pick<AskResult, 'answered' | 'entryId' | 'text' | 'sources' | 'score'>;
  ok: boolean;
  /** The expect patterns that did not match. */
  missed: string[];
}

export interface QaReport {
  inScope: { correct: number; total: number };
  outOfScope: { refused: number; total: number };
  outcomes: QaOutcome[];
}

export function judge(c: QaCase, result: QaOutcome['result']): QaOutcome {
  if ('outOfScope' in c) return { case: c, result, ok: !result.answered, missed: [] };
  const shown = [result.text, ...result.sources.map((s) => s.title)].join('\n');
  const missed = c.expect.filter((p) => !new RegExp(p, 'iu').test(shown));
  return { case: c, result, ok: result.answered && missed.length === 0, missed };
}

export function evaluateQa(cases: QaCase[], ask: (q: string) => QaOutcome['result']): QaReport {
  const outcomes = cases.map((c) => judge(c, ask(c.q)));
  const inScope = outcomes.filter((o) => !('outOfScope' in o.case));
  const outOfScope = outcomes.filter((o) => 'outOfScope' in o.case);
  return {
    inScope: { correct: inScope.filter((o) => o.ok).length, total: inScope.length },
    outOfScope: { refused: outOfScope.filter((o) => o.ok).length, total: outOfScope.length },
    outcomes,
  };
}
