import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateQa, parseQaJsonl } from '../knowledge/search/evaluate.js';
import { oursAsker } from '../scripts/eval-qa.js';

const DEV_SET = fileURLToPath(new URL('../../shared/eval/qa.dev.jsonl', import.meta.url));

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
