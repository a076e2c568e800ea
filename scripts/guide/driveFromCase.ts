/**
 * Drives the guide's state machine from a complete case, answering each question the way the case
 * says (or "vet ikke" where it is silent). Used by the tests and by scripts/guide-questions.ts.
 */
import { answer, newFlow, type GuideFlow } from '../../dialogs/guide/flow.js';
import { QUESTION_BY_ID, type PartialCase, type QuestionId } from '../../dialogs/guide/questions.js';
import { RULESET_VERSION } from '../../dialogs/guide/rules.js';
import { walk } from '../../dialogs/guide/walk.js';

export interface DriveResult {
  asked: QuestionId[];
  flow: GuideFlow;
  /** Answers the guide could not take from the case as given, and what it answered instead. */
  adjusted: string[];
}

/** `today` (YYYY-MM-DD): the date the guide's rules are read on. */
export function driveFromCase(c: PartialCase, opts: { today: string; defaultSector?: 'state' | 'municipal' }): DriveResult {
  const { today } = opts;
  let flow = newFlow({ userId: 'u', conversationId: 'c', token: 't', now: new Date(0), today, rulesetVersion: RULESET_VERSION, defaultSector: opts.defaultSector });
  const asked: QuestionId[] = [];
  const adjusted: string[] = [];
  for (let i = 0; i < 30; i++) {
    const w = walk(flow.answers, today);
    if (!w.next) return { asked, flow, adjusted };
    const q = QUESTION_BY_ID[w.next];
    asked.push(q.id);
    const offered = q.choices(w.effective).map((x) => x.value);
    let value = q.fromCase(c) ?? q.silent;
    // Only what the user could press or type: a reason the buttons do not offer becomes the nearest one.
    if (q.id === 'ground' && value === 'substitute') value = 'substitute:other';
    // The guide offers only the grounds valid in the sector; another one is "Ingen av disse".
    if (q.id === 'ground' && !offered.includes(String(value))) {
      adjusted.push(`ground ${String(value)} -> none`);
      value = 'none';
    }
    if (value === undefined || (q.kind === 'choice' && !offered.includes(String(value)))) throw new Error(`no answer for ${q.id} from ${JSON.stringify(c)}`);
    const out = answer(flow, q.id, value, today);
    if (!out.ok) throw new Error(`answer ${q.id}=${String(value)} refused: ${out.reason}`);
    flow = out.flow;
  }
  throw new Error('the guide did not finish in 30 questions');
}
