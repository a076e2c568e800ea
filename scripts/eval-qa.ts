/**
 * Evaluates question answering on each set, our search beside the fair baseline (scripts/qa-baseline.ts)
 * over the same entries: answered correctly, wrong, no answer, and out-of-scope refused — overall, per
 * topic and per sector — then the failures. The holdout part of the real questions runs only with
 * --holdout (it is not tuned against).
 *   npm run eval:qa                 qa.dev, real questions (dev), follow-ups (dev)
 *   npm run eval:qa -- --holdout    … and the holdout
 *   npm run eval:qa -- file.jsonl   one file
 *   --failures                      list every failure (default: ours only, on the dev sets)
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AskContext } from '../knowledge/kb.js';
import { loadCuratedEntries, ENTRIES_DIR } from '../knowledge/entries/index.js';
import { createKnowledgeIndex } from '../knowledge/search/index.js';
import { evaluateQa, isOutOfScope, parseQaJsonl, tallyBy, type QaCase, type QaReport, type QaResult, type Tally } from '../knowledge/search/evaluate.js';
import { toAskResult } from '../knowledge/search/present.js';
import { renderEntry } from '../knowledge/entries/render.js';
import { createBaseline } from './qa-baseline.js';
import { sharedFile } from './sharedDir.js';

const ROOT = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const QA_DEV = sharedFile(ROOT, 'eval/qa.dev.jsonl');
const REAL = path.join(ROOT, 'test/eval/real-questions.jsonl');
const FOLLOWUPS = path.join(ROOT, 'test/eval/followups.jsonl');

export const EVAL_DATE = '2026-12-02';

/** A topic per entry: the file it ships in (e.g. "nav-wage-subsidy"). */
function topicsByEntry(): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of readdirSync(ENTRIES_DIR).filter((f) => f.endsWith('.json'))) {
    for (const e of JSON.parse(readFileSync(path.join(ENTRIES_DIR, f), 'utf8')) as Array<{ id: string }>) out.set(e.id, f.replace(/\.json$/, ''));
  }
  return out;
}

/** The questions asked before this one in the same conversation, if the line has any. */
function previousOf(c: QaCase): string[] {
  const raw = (c as Record<string, unknown>).previous ?? (c as Record<string, unknown>).context;
  if (typeof raw === 'string') return [raw];
  if (Array.isArray(raw)) return raw.map((x) => (typeof x === 'string' ? x : String((x as { q?: string }).q ?? ''))).filter(Boolean);
  return [];
}

/** The asker's sector (test/eval/README.md): given to the bot as the user's known sector. */
function askerSectorOf(c: QaCase): AskContext['sector'] {
  return c.sector === 'state' || c.sector === 'municipal' ? c.sector : undefined;
}

export function oursAsker(entries = loadCuratedEntries()) {
  const index = createKnowledgeIndex(entries, { date: EVAL_DATE });
  return (c: QaCase): QaResult => {
    let context: AskContext = { sector: askerSectorOf(c) };
    for (const p of previousOf(c)) {
      const r = index.answer(p, context);
      context = { ...context, previous: r.memory ?? context.previous };
    }
    const result = index.answer(c.q, context);
    const shown = toAskResult(result, EVAL_DATE);
    if (shown.answered && !shown.tentative) return shown;
    // The no-answer card offers suggestions, and a tentative answer shows the nearest entry with a caveat:
    // what they say, so the eval can tell an answer one tap away (a tentative answer is not a sure one).
    const offered = [...(shown.tentative && result.entry ? [result.entry] : []), ...result.suggestions];
    return {
      ...shown,
      answered: false,
      tentative: shown.tentative,
      suggested: offered.map((e) => {
        const r = renderEntry(e, EVAL_DATE);
        return { id: e.id, text: `${r.title}\n${r.answer}` };
      }),
    };
  };
}

const pct = (a: number, b: number) => (b === 0 ? '    -' : `${((100 * a) / b).toFixed(0).padStart(4)}%`);
const tallyCells = (t: Tally) =>
  `${String(t.correct).padStart(4)} ${pct(t.correct, t.total)} ${String(t.wrong).padStart(4)} ${pct(t.wrong, t.total)} ${String(t.none).padStart(4)} (${String(t.oneTapAway).padStart(3)}; ${`${t.tentativeRight}/${t.tentative}`.padStart(5)})  /${String(t.total).padEnd(4)}`;

function printSet(name: string, ours: QaReport, base: QaReport, listFailures: boolean, batches?: { ours: Map<string, Tally>; base: Map<string, Tally> }): void {
  if (listFailures) {
    const failures = ours.outcomes.filter((o) => !o.ok);
    console.log(`\nFailures, ours, ${name}: ${failures.length}`);
    for (const f of failures) {
      const what = isOutOfScope(f.case)
        ? 'answered an out-of-scope question'
        : f.verdict === 'wrong'
          ? `wrong (missed ${JSON.stringify(f.missed)})`
          : f.tentative
            ? `tentative, nearest ${f.tentative}`
            : 'not answered';
      const expected = isOutOfScope(f.case) ? '' : ` expected ${JSON.stringify((f.case as { entry?: unknown }).entry ?? '-')}`;
      console.log(`- ${f.case.q}\n    ${what}; got ${f.result.entryIds.join('+') || '-'} (score ${f.result.score.toFixed(3)})${expected}`);
    }
  }
  console.log(`\n## ${name}`);
  console.log(`${''.padEnd(26)} correct        wrong       none (one tap away; tentative right/shown)  /n     out of scope refused`);
  const row = (label: string, r: QaReport) =>
    `${label.padEnd(26)} ${tallyCells(r.inScope)}   ${String(r.outOfScope.refused).padStart(4)}/${String(r.outOfScope.total).padEnd(4)} ${pct(r.outOfScope.refused, r.outOfScope.total)}`;
  console.log(row('baseline (MiniSearch)', base));
  console.log(row('ours', ours));
  const breakdown = (title: string, mine: Map<string, Tally>, theirs: Map<string, Tally>) => {
    if (mine.size <= 1) return;
    console.log(`  by ${title}${''.padEnd(21 - title.length)} ours: correct wrong none (one tap away) /n      baseline: correct`);
    for (const [k, t] of [...mine].sort((a, b) => a[0].localeCompare(b[0]))) {
      const b = theirs.get(k);
      console.log(`  ${k.padEnd(24)} ${tallyCells(t)}   ${b ? `${String(b.correct).padStart(4)} ${pct(b.correct, b.total)}` : ''}`);
    }
  };
  breakdown('topic', ours.byTopic, base.byTopic);
  breakdown('sector', ours.bySector, base.bySector);
  if (batches) breakdown('batch', batches.ours, batches.base);
}

/** The batch of a real question: its id's hundreds (rq-0xx and rq-1xx are batch 1, rq-10xx batch 10; see test/eval/README.md). */
function batchOf(c: QaCase): string | undefined {
  const m = /^(?:rq|oos)-(\d{1,2})\d\d$/.exec(String((c as { id?: unknown }).id ?? ''));
  return m ? `batch ${Math.max(1, Number(m[1]))}` : undefined;
}

function main(): void {
  const args = process.argv.slice(2);
  const holdout = args.includes('--holdout');
  const allFailures = args.includes('--failures');
  const files = args.filter((a) => !a.startsWith('--'));
  const entries = loadCuratedEntries();
  const topics = topicsByEntry();
  const topicOf = (c: QaCase) => c.topic ?? topics.get([(c as { entry?: string | string[] }).entry ?? []].flat()[0] ?? '') ?? '-';
  const devCases = parseQaJsonl(readFileSync(QA_DEV, 'utf8'));
  const baseline = createBaseline(entries, devCases, EVAL_DATE);
  const ours = oursAsker(entries);

  const sets: Array<[string, QaCase[], boolean]> = [];
  if (files.length) for (const f of files) sets.push([f, parseQaJsonl(readFileSync(f, 'utf8')), true]);
  else {
    sets.push(['qa.dev', devCases, true]);
    if (existsSync(REAL)) {
      const real = parseQaJsonl(readFileSync(REAL, 'utf8'));
      sets.push(['real questions, dev', real.filter((c) => c.split !== 'holdout'), true]);
      if (holdout) sets.push(['real questions, HOLDOUT', real.filter((c) => c.split === 'holdout'), allFailures]);
    } else console.log(`(no ${path.relative(ROOT, REAL)} yet)`);
    if (existsSync(FOLLOWUPS)) {
      const fu = parseQaJsonl(readFileSync(FOLLOWUPS, 'utf8'));
      sets.push(['follow-ups, dev', fu.filter((c) => c.split !== 'holdout'), true]);
      if (holdout) sets.push(['follow-ups, HOLDOUT', fu.filter((c) => c.split === 'holdout'), allFailures]);
    }
  }
  console.log(`${entries.length} entries, answers rendered for ${EVAL_DATE}; baseline per-term threshold ${baseline.threshold.toFixed(3)} (tuned on qa.dev)`);
  for (const [name, cases, list] of sets) {
    // Each question is asked once per engine; the batch table is a tally of the same outcomes.
    const mine = evaluateQa(cases, ours, topicOf);
    const theirs = evaluateQa(cases, (c) => baseline.ask(c.q), topicOf);
    const batches = new Set(cases.map(batchOf).filter(Boolean)).size > 1 ? { ours: tallyBy(mine.outcomes, batchOf), base: tallyBy(theirs.outcomes, batchOf) } : undefined;
    printSet(name, mine, theirs, list, batches);
  }
}

if (process.argv[1] && import.meta.url === new URL(`file://${path.resolve(process.argv[1])}`).href) main();
