/**
 * How many questions the vacancy guide asks: drives the guide over every case in
 * ../shared/eval/assess.dev.jsonl and a set of extra cases, answering each question from the case,
 * prints the count per case, the median and the maximum (targets: median ≤ 7, max ≤ 11), and checks
 * that the case the guide builds gets the same assessment as the case itself.
 *
 *   npm run --silent guide:questions [-- --default-sector state|municipal] [-- --eval path.jsonl]
 */
import { readFileSync, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCase } from '../dialogs/guide/buildCase.js';
import { driveFromCase } from './guide/driveFromCase.js';
import { sharedFile } from './sharedDir.js';
import { EXTRA_CASES } from '../test/support/guideCases.js';
import type { PartialCase } from '../dialogs/guide/questions.js';
import { assess, type Assessment } from '../dialogs/guide/rules.js';
import { todayInNorway } from '../knowledge/rules/index.js';
import { outcomeSignature, walk } from '../dialogs/guide/walk.js';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const defaultSector = opt('--default-sector') as 'state' | 'municipal' | undefined;
const evalPath = opt('--eval') ?? sharedFile(here, 'eval/assess.dev.jsonl');
/** The edge: the guide and the rules are read on today's date in Norway. */
const today = todayInNorway(new Date());

const cases: Array<{ name: string; case: PartialCase }> = [];
if (existsSync(evalPath)) {
  for (const line of readFileSync(evalPath, 'utf8').split('\n')) if (line.trim()) cases.push(JSON.parse(line));
} else console.error(`(no eval file at ${evalPath})`);
const evalCount = cases.length;
cases.push(...EXTRA_CASES);

const material = (a: Assessment) => outcomeSignature(a);
const counts: number[] = [];
let same = 0;
const rows: string[] = [];
for (const [i, c] of cases.entries()) {
  // A default sector is what a bot installed for that sector's employers has; it applies to its own cases.
  const r = driveFromCase(c.case, { today, defaultSector: c.case.sector === defaultSector ? defaultSector : undefined });
  const built = buildCase(walk(r.flow.answers, today).effective);
  const want = assess(c.case as Parameters<typeof assess>[0], { today });
  const got = assess(built, { today });
  const equal = material(want) === material(got);
  const missingEqual = JSON.stringify([...want.missing].sort()) === JSON.stringify([...got.missing].sort());
  if (equal) same++;
  counts.push(r.asked.length);
  const tag = i < evalCount ? 'eval ' : 'extra';
  const note = [equal ? '' : 'DIFFERENT', !equal || missingEqual ? '' : '(missing differs)', ...r.adjusted].filter(Boolean).join(' ');
  rows.push(`${tag} ${String(r.asked.length).padStart(2)}  ${c.name}${note ? `  [${note}]` : ''}`);
  if (!equal && process.env.VERBOSE) rows.push(`      want ${material(want)}\n      got  ${material(got)}`);
}
const sorted = [...counts].sort((a, b) => a - b);
const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
const max = sorted[sorted.length - 1];
console.log(rows.join('\n'));
console.log('');
console.log(
  `cases: ${cases.length} (${evalCount} from ${evalPath.split('/').pop()}, ${cases.length - evalCount} extra)${defaultSector ? `, default sector ${defaultSector}` : ''}`,
);
console.log(`questions asked: median ${median}, max ${max} (targets: median ≤ 7, max ≤ 11)`);
console.log(`same assessment as the case: ${same} of ${cases.length}`);
process.exitCode = median <= 7 && max <= 11 ? 0 : 1;
