import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateQa, parseQaJsonl } from '../knowledge/search/evaluate.js';
import { oursAsker } from '../scripts/eval-qa.js';
import { sharedFile } from '../scripts/sharedDir.js';

const DEV_SET = sharedFile(import.meta.dirname, 'eval/qa.dev.jsonl');

describe('question answering on the dev set', () => {
  const report = evaluateQa(parseQaJsonl(readFileSync(DEV_SET, 'utf8')), oursAsker());
  const failures = report.outcomes.filter((o) => !o.ok).map((o) => `${o.case.q} → ${o.result.entryIds.join('+') || '-'} ${o.missed.join(', ')}`);

  it('answers all 25 in-scope questions correctly', () => {
    expect(report.inScope.total).toBe(25);
    expect(report.inScope.correct, failures.join('\n')).toBe(25);
  });

  it('refuses all 5 out-of-scope questions', () => {
    expect(report.outOfScope.total).toBe(5);
    expect(report.outOfScope.refused, failures.join('\n')).toBe(5);
  });
});

const REAL_SET = fileURLToPath(new URL('./eval/real-questions.jsonl', import.meta.url));
const FOLLOW_UPS = fileURLToPath(new URL('./eval/followups.jsonl', import.meta.url));

// Floors a little under what the search reaches on the dev split (515 of 681 sure and correct, 14 wrong, 86 shown
// as tentative of which 55 right, 247 of 247 refused, 8 of 10 follow-ups, with the 761 entries of 2026-12-03 after
// round 23, answers rendered for 2026-12-02): a regression fails. The dev split has been tuned against (batches 7–10 since their first
// measurements; batch 11's dev part, first measured at 10 of 40 correct and 2 wrong before the seventeenth round, which
// did not read it; batch 13's dev part, first measured at 1 of 26 before the twentieth round, which did not read it and
// whose phrasings were not kept; batch 14's dev part, first measured at 5 of 26 and 2 wrong before the twenty-first
// round, which did not read it; batch 15's dev part, first measured at 3 of 26 and 1 wrong on 2026-12-03, before any
// entry was written for it); the holdout says what the bot does on questions nobody tuned for
// (docs/answers.md). A wrong sure answer is the worst outcome, so its count has a ceiling too; a tentative answer that
// becomes sure moves from one count to the other, so the floor is on the two together. Never run or tune against
// the holdout here.
describe('question answering on the real questions, dev split', () => {
  const dev = parseQaJsonl(readFileSync(REAL_SET, 'utf8')).filter((c) => c.split === 'dev');
  const report = evaluateQa(dev, oursAsker());
  const failures = report.outcomes.filter((o) => !o.ok).map((o) => `${o.case.q} → ${o.result.entryIds.join('+') || '-'} (${o.verdict})`);

  it('answers at least 509 of the in-scope questions correctly, and 560 with the right entry shown as tentative', () => {
    expect(report.inScope.total).toBeGreaterThanOrEqual(681);
    expect(report.inScope.correct, failures.join('\n')).toBeGreaterThanOrEqual(509);
    expect(report.inScope.correct + report.inScope.tentativeRight, failures.join('\n')).toBeGreaterThanOrEqual(560);
  });

  it('gives at most 14 wrong answers in scope', () => {
    expect(report.inScope.wrong, failures.join('\n')).toBeLessThanOrEqual(14);
  });

  it('refuses at least 242 of the 247 out-of-scope questions', () => {
    expect(report.outOfScope.total).toBeGreaterThanOrEqual(247);
    expect(report.outOfScope.refused, failures.join('\n')).toBeGreaterThanOrEqual(242);
  });

  it('answers at least 7 of the 10 follow-ups from the conversation', () => {
    const fu = evaluateQa(
      parseQaJsonl(readFileSync(FOLLOW_UPS, 'utf8')).filter((c) => c.split === 'dev'),
      oursAsker(),
    );
    expect(fu.inScope.correct).toBeGreaterThanOrEqual(7);
  });
});
