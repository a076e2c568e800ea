/**
 * `npm run --silent assess < case.json`: one case in, the assessment out (exit 0), or the field
 * errors on stderr (exit 2).
 * `npm run --silent assess -- --jsonl < cases.jsonl`: one case a line in, one result a line out; a bad
 * line yields {"error": {message, fields?, line}} on its line and the run goes on. Blank lines are skipped
 * (and still counted in `line`, the input line number).
 */
import readline from 'node:readline';
import { assess, parseCase, todayInNorway } from '../knowledge/rules/index.js';

/** The edge: a case without asOf is judged on today's date in Norway, read once. */
const today = todayInNorway(new Date());

function evaluate(text: string): { ok: true; result: unknown } | { ok: false; error: { message: string; fields?: Array<{ path: string; message: string }> } } {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: { message: `ugyldig JSON: ${(e as Error).message}` } };
  }
  const parsed = parseCase(input);
  if (!parsed.ok) return { ok: false, error: { message: 'ugyldig sak', fields: parsed.errors } };
  return { ok: true, result: assess(parsed.value, { today }) };
}

if (process.argv.includes('--jsonl')) {
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) {
    n++;
    if (!line.trim()) continue;
    const r = evaluate(line);
    process.stdout.write(JSON.stringify(r.ok ? r.result : { error: { ...r.error, line: n } }) + '\n');
  }
} else {
  if (process.stdin.isTTY) {
    console.error('Send en sak som JSON på standard input, f.eks.: npm run --silent assess < case.json');
    process.exit(2);
  }
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  const r = evaluate(Buffer.concat(chunks).toString('utf8'));
  if (r.ok) {
    process.stdout.write(JSON.stringify(r.result, null, 2) + '\n');
  } else {
    console.error(r.error.message);
    for (const f of r.error.fields ?? []) console.error(`  ${f.path}: ${f.message}`);
    process.exit(2);
  }
}
