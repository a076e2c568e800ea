/**
 * Question-answering evaluation over jsonl sets: ../shared/eval/qa.dev.jsonl (`q` with `expect`
 * patterns, or `outOfScope`) and test/eval/real-questions.jsonl (`q` with the expected `entry` ids and
 * the `keyTerms` a correct answer holds, a `topic`, a `sector` and a `split`). An in-scope question is
 * answered correctly when the answer shown is (or includes) an expected entry, or when its text and
 * source titles hold every expected pattern and key term; an out-of-scope question is right when refused.
 */
import { z } from 'zod';

const SECTOR = z.enum(['state', 'municipal', 'both', 'unknown']);

const Common = {
  q: z.string().min(1),
  topic: z.string().optional(),
  sector: SECTOR.optional(),
  split: z.enum(['dev', 'holdout']).optional(),
  source: z.string().optional(),
};

export const QaCaseSchema = z.union([
  z
    .object({
      ...Common,
      expect: z.array(z.string()).optional(),
      entry: z.union([z.string(), z.array(z.string())]).optional(),
      keyTerms: z.array(z.string()).optional(),
      outOfScope: z.literal(false).optional(),
    })
    .passthrough()
    .refine((c) => c.expect?.length || c.entry?.length || c.keyTerms?.length, 'an in-scope line needs "entry", "keyTerms" or "expect"'),
  z.object({ ...Common, outOfScope: z.literal(true) }).passthrough(),
]);
export type QaCase = z.infer<typeof QaCaseSchema>;

/** A follow-up conversation (test/eval/followups.jsonl): only its last turn is judged, the others come first. */
const TurnsLine = z
  .object({
    id: z.string().optional(),
    topic: z.string().optional(),
    split: z.enum(['dev', 'holdout']).optional(),
    source: z.string().optional(),
    turns: z.array(z.object({ q: z.string().min(1) }).passthrough()).min(2),
  })
  .passthrough();

function fromTurns(raw: unknown): unknown {
  const t = TurnsLine.safeParse(raw);
  if (!t.success) return raw;
  const { turns, ...rest } = t.data;
  const last = turns[turns.length - 1];
  return { ...rest, ...last, previous: turns.slice(0, -1).map((x) => x.q) };
}

export function parseQaJsonl(text: string): QaCase[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('//'))
    .map((line, i) => {
      let raw: unknown;
      try {
        raw = JSON.parse(line);
      } catch (err) {
        throw new Error(`line ${i + 1}: not JSON (${(err as Error).message})`, { cause: err });
      }
      const parsed = QaCaseSchema.safeParse(fromTurns(raw));
      if (!parsed.success) throw new Error(`line ${i + 1}: ${parsed.error.issues[0].message}`);
      return parsed.data;
    });
}

export const isOutOfScope = (c: QaCase): boolean => c.outOfScope === true;

/** What an engine showed for a question. */
export interface QaResult {
  answered: boolean;
  /** The entries the answer shows (two when it gives both sectors' rules). */
  entryIds: string[];
  text: string;
  sources: Array<{ title: string }>;
  score: number;
  /** The sector the answer says it is for ('both' when it shows each sector's rule), or null. */
  sector?: 'state' | 'municipal' | 'both' | null;
  /** The sectors of the entries shown, in order. */
  entrySectors?: Array<'state' | 'municipal' | 'both'>;
  /** With no answer: what the suggestions offered on the no-answer card say (an engine without them leaves this out). */
  suggested?: Array<{ id: string; text: string }>;
  /** Not a sure answer: the nearest entry shown with a caveat (first in `suggested`). Judged as no answer. */
  tentative?: boolean;
}

export type Verdict = 'correct' | 'wrong' | 'none' | 'refused' | 'answeredOutOfScope';

export interface QaOutcome {
  case: QaCase;
  result: QaResult;
  verdict: Verdict;
  ok: boolean;
  /** Expected patterns and key terms that the answer lacked. */
  missed: string[];
  /** Not answered, but one of the suggestions on the no-answer card is a correct answer (one tap away). */
  oneTapAway?: boolean;
  /** Of a no answer: the nearest entry was shown with a caveat, and whether it answers the question. */
  tentative?: 'right' | 'wrong';
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function judge(c: QaCase, result: QaResult): QaOutcome {
  if (isOutOfScope(c)) {
    const verdict: Verdict = result.answered ? 'answeredOutOfScope' : 'refused';
    return { case: c, result, verdict, ok: verdict === 'refused', missed: [] };
  }
  const ic = c as Extract<QaCase, { expect?: string[] }>;
  const patterns = [...(ic.expect ?? []), ...(ic.keyTerms ?? []).map(escape)];
  if (!result.answered) {
    const expectedIds = [ic.entry ?? []].flat();
    const answers = (sug: { id: string; text: string }) => expectedIds.includes(sug.id) || (patterns.length > 0 && patterns.every((p) => new RegExp(p, 'iu').test(sug.text)));
    const oneTapAway = (result.suggested ?? []).some(answers);
    const nearest = result.suggested?.[0];
    const tentative = result.tentative && nearest ? (answers(nearest) ? 'right' : 'wrong') : undefined;
    return { case: c, result, verdict: 'none', ok: false, missed: [], oneTapAway, tentative };
  }
  const shown = [result.text, ...result.sources.map((s) => s.title)].join('\n');
  const missed = patterns.filter((p) => !new RegExp(p, 'iu').test(shown));
  // The other sector's rule as the answer, not labelled as such, is wrong whatever it says.
  const asker = c.sector === 'state' || c.sector === 'municipal' ? c.sector : undefined;
  const otherSector =
    asker &&
    result.entrySectors?.[0] &&
    result.entrySectors[0] !== 'both' &&
    result.entrySectors[0] !== asker &&
    result.sector !== result.entrySectors[0] &&
    result.sector !== 'both';
  if (otherSector) return { case: c, result, verdict: 'wrong', ok: false, missed: ["(the other sector's rule, unlabelled)"] };
  const expected = [ic.entry ?? []].flat();
  const rightEntry = expected.some((id) => result.entryIds.includes(id));
  const rightTerms = patterns.length > 0 && missed.length === 0;
  const verdict: Verdict = rightEntry || rightTerms ? 'correct' : 'wrong';
  return { case: c, result, verdict, ok: verdict === 'correct', missed };
}

export interface Tally {
  total: number;
  correct: number;
  wrong: number;
  none: number;
  /** Of `none`: a suggestion on the no-answer card answers it. */
  oneTapAway: number;
  /** Of `none`: shown as the nearest with a caveat (tentative), and of those how many were right. */
  tentative: number;
  tentativeRight: number;
}

export interface QaReport {
  inScope: Tally;
  outOfScope: { total: number; refused: number };
  byTopic: Map<string, Tally>;
  bySector: Map<string, Tally>;
  outcomes: QaOutcome[];
}

const emptyTally = (): Tally => ({ total: 0, correct: 0, wrong: 0, none: 0, oneTapAway: 0, tentative: 0, tentativeRight: 0 });
function count(t: Tally, o: QaOutcome): void {
  t.total++;
  if (o.verdict === 'correct') t.correct++;
  else if (o.verdict === 'wrong') t.wrong++;
  else if (o.verdict === 'none') {
    t.none++;
    if (o.oneTapAway) t.oneTapAway++;
    if (o.tentative) t.tentative++;
    if (o.tentative === 'right') t.tentativeRight++;
  }
}

/** The in-scope outcomes tallied per key (topic, sector, batch); outcomes without a key are left out. */
export function tallyBy(outcomes: QaOutcome[], keyOf: (c: QaCase) => string | undefined): Map<string, Tally> {
  const out = new Map<string, Tally>();
  for (const o of outcomes) {
    const key = isOutOfScope(o.case) ? undefined : keyOf(o.case);
    if (key === undefined) continue;
    if (!out.has(key)) out.set(key, emptyTally());
    count(out.get(key)!, o);
  }
  return out;
}

export function evaluateQa(cases: QaCase[], ask: (c: QaCase) => QaResult, topicOf: (c: QaCase) => string = (c) => c.topic ?? '-'): QaReport {
  const outcomes = cases.map((c) => judge(c, ask(c)));
  const report: QaReport = {
    inScope: emptyTally(),
    outOfScope: { total: 0, refused: 0 },
    byTopic: tallyBy(outcomes, topicOf),
    bySector: tallyBy(outcomes, (c) => c.sector ?? '-'),
    outcomes,
  };
  for (const o of outcomes) {
    if (!isOutOfScope(o.case)) count(report.inScope, o);
    else {
      report.outOfScope.total++;
      if (o.ok) report.outOfScope.refused++;
    }
  }
  return report;
}
