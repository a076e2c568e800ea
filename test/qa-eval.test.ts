import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateQa, parseQaJsonl } from '../knowledge/search/evaluate.js';
import { oursAsker } from '../scripts/eval-qa.js';

const DEV_SET = fileURLToPath(new URL('../../shared/eval/qa.dev.jsonl', import.meta.url));

describe('question answering on the dev set', () => {
  const report = evaluateQa(parseQaJsonl(readFileSync(DEV_SET, 'utf8')), oursAsker());
  const failures = report.outcomes.filter((o) => !o.ok).map((o) => `${o.case.q} → ${o.result.entryIds.join('+') || '-'} ${o.missed.join(', ')}`);

  // One line expects "to år|2 år" for the longest wage-subsidy period, which the entry now renders from the
  // parameter table as "24 måneder": the right entry, worded in months (reported to the lead).
  const MONTHS_NOT_YEARS = 'lønnstilskudd nedsatt arbeidsevne varighet';

  it('answers the 25 in-scope questions correctly (one right entry worded in months)', () => {
    expect(report.inScope.total).toBe(25);
    const wrong = report.outcomes.filter((o) => !o.ok && !o.case.outOfScope);
    expect(wrong.map((o) => o.case.q), failures.join('\n')).toEqual(wrong.length ? [MONTHS_NOT_YEARS] : []);
    for (const o of wrong) expect(o.result.entryIds).toContain('nav-wage-subsidy-duration');
  });

  it('refuses all 5 out-of-scope questions', () => {
    expect(report.outOfScope.total).toBe(5);
    expect(report.outOfScope.refused, failures.join('\n')).toBe(5);
  });
});
