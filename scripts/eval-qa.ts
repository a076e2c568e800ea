/**
 * Evaluates question answering on a jsonl file (see ../shared/eval/README.md): our Norwegian index
 * against a plain MiniSearch with its defaults over the same entries, side by side, then the failures.
 *   npm run eval:qa -- ../shared/eval/qa.dev.jsonl
 */
import { readFileSync } from 'node:fs';
import MiniSearch from 'minisearch';
import type { Entry } from '../knowledge/entries/schema.js';
import { describeSource } from '../knowledge/entries/schema.js';
import { loadCuratedEntries } from '../knowledge/entries/index.js';
import { createKnowledgeIndex } from '../knowledge/search/index.js';
import { evaluateQa, parseQaJsonl, type QaOutcome, type QaReport } from '../knowledge/search/evaluate.js';
import { toAskResult } from '../knowledge/search/present.js';

/** The baseline: title, questions and answer in MiniSearch with its defaults; the top hit is the answer. */
export function miniSearchAsker(entries: Entry[]): (q: string) => QaOutcome['result'] {
  const mini = new MiniSearch<{ id: string; title: string; questions: string; answer: string }>({
    fields: ['title', 'questions', 'answer'],
  });
  mini.addAll(entries.map((e) => ({ id: e.id, title: e.title, questions: e.questions.join('\n'), answer: e.answer })));
  const byId = new Map(entries.map((e) => [e.id, e]));
  return (q) => {
    const top = mini.search(q)[0];
    const entry = top ? byId.get(String(top.id)) : undefined;
    return {
      answered: entry !== undefined,
      entryId: entry?.id ?? null,
      text: entry?.answer ?? '',
      sources: entry?.sources.map(describeSource) ?? [],
      score: top?.score ?? 0,
    };
  };
}

function pct(a: number, b: number): string {
  return b === 0 ? '-' : `${((100 * a) / b).toFixed(0)} %`;
}

function main(): void {
  const file = process.argv[2] ?? '../shared/eval/qa.dev.jsonl';
  const cases = parseQaJsonl(readFileSync(file, 'utf8'));
  const entries = loadCuratedEntries();
  const index = createKnowledgeIndex(entries);
  const ours = evaluateQa(cases, (q) => toAskResult(index.answer(q)));
  const base = evaluateQa(cases, miniSearchAsker(entries));

  const row = (name: string, r: QaReport) =>
    `${name.padEnd(22)} ${`${r.inScope.correct}/${r.inScope.total}`.padStart(7)} ${pct(r.inScope.correct, r.inScope.total).padStart(6)}   ${`${r.outOfScope.refused}/${r.outOfScope.total}`.padStart(7)} ${pct(r.outOfScope.refused, r.outOfScope.total).padStart(6)}`;
  // Failures first, the side-by-side table last, so the figures are the last lines a reader (or a
  // hook reading the tail) sees.
  for (const [name, report] of [['knowledge/search', ours], ['minisearch (defaults)', base]] as const) {
    const failures = report.outcomes.filter((o) => !o.ok);
    console.log(`Failures, ${name}: ${failures.length}`);
    for (const f of failures) {
      const what = 'outOfScope' in f.case ? 'answered an out-of-scope question' : f.result.answered ? `missed ${JSON.stringify(f.missed)}` : 'not answered';
      console.log(`- ${f.case.q}\n    ${what}; got ${f.result.entryId ?? '-'} (score ${f.result.score.toFixed(3)})`);
    }
    console.log('');
  }
  console.log(`${file}: ${cases.length} questions, ${entries.length} entries`);
  console.log(`${'engine'.padEnd(22)} ${'in scope correct'.padStart(14)}   ${'out of scope refused'.padStart(14)}`);
  console.log(row('minisearch (defaults)', base));
  console.log(row('knowledge/search', ours));
}

main();
