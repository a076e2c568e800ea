import { readFileSync } from 'node:fs';
import { loadCuratedEntries } from '../knowledge/entries/index.js';
import { createKnowledgeIndex } from '../knowledge/search/index.js';
import { evaluateQa, parseQaJsonl } from '../knowledge/search/evaluate.js';
import { toAskResult } from '../knowledge/search/present.js';
const entries = loadCuratedEntries(process.env.ENTRIES);
const cases = [...parseQaJsonl(readFileSync('test/eval/real-questions.jsonl', 'utf8')).filter((c) => c.split !== 'holdout'), ...parseQaJsonl(readFileSync('../shared/eval/qa.dev.jsonl', 'utf8'))];
for (const t of [0.3, 0.35, 0.4, 0.42, 0.45, 0.48, 0.5, 0.55]) {
  const idx = createKnowledgeIndex(entries, { threshold: t, date: '2026-11-23' });
  const r = evaluateQa(cases, (c) => toAskResult(idx.answer(c.q, { sector: c.sector === 'state' || c.sector === 'municipal' ? c.sector : undefined }), '2026-11-23'));
  console.log(t, 'correct', r.inScope.correct, 'wrong', r.inScope.wrong, 'none', r.inScope.none, '/', r.inScope.total, 'oos', r.outOfScope.refused, '/', r.outOfScope.total);
}
