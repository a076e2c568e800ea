/**
 * Ask the knowledge base from the command line.
 *   npm run --silent ask -- "Kan jeg ansette uten å lyse ut?"
 *   npm run --silent ask -- --sektor kommune "Kan vi ansette en vikar?"
 *   npm run --silent ask -- --jsonl < ../shared/eval/qa.dev.jsonl   (one result a line)
 */
import { createInterface } from 'node:readline';
import { createCuratedIndex } from '../knowledge/search/curated.js';
import { toAskResult } from '../knowledge/search/present.js';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const today = new Date().toISOString().slice(0, 10);
  const index = createCuratedIndex({ date: today });
  const sectorArg = args.indexOf('--sektor');
  const sectorWord = sectorArg >= 0 ? args.splice(sectorArg, 2)[1] : undefined;
  const sector = sectorWord === undefined ? undefined : /^stat/i.test(sectorWord) ? 'state' : /^kommun/i.test(sectorWord) ? 'municipal' : null;
  if (sector === null) {
    process.stderr.write('--sektor må være «stat» eller «kommune».\n');
    process.exitCode = 2;
    return;
  }
  const ask = (q: string) => toAskResult(index.answer(q, { sector }), today);
  if (args.includes('--jsonl')) {
    for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
      if (!line.trim()) continue;
      let q: unknown;
      try {
        q = (JSON.parse(line) as { q?: unknown }).q;
      } catch {
        q = undefined;
      }
      if (typeof q !== 'string') {
        process.stdout.write(JSON.stringify({ error: 'line without a "q" string', line }) + '\n');
        continue;
      }
      process.stdout.write(JSON.stringify({ q, ...ask(q) }) + '\n');
    }
    return;
  }
  const question = args
    .filter((a) => !a.startsWith('--'))
    .join(' ')
    .trim();
  if (!question) {
    process.stderr.write('Bruk: npm run --silent ask -- "spørsmål"  (eller --jsonl med linjer på stdin)\n');
    process.exitCode = 2;
    return;
  }
  process.stdout.write(JSON.stringify(ask(question), null, 2) + '\n');
}

void main();
