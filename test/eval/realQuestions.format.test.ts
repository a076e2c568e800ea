import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Format checks for the real-question measurement set (issue 13, "Measuring"). Content is judged by
// `npm run eval:qa`; this file only guards the shape so a broken line is caught before a run.

const dir = import.meta.dirname;
const SECTORS = ['state', 'municipal', 'both'];
const SPLITS = ['dev', 'holdout'];

type Row = Record<string, unknown>;

function readJsonl(file: string): { rows: Row[]; errors: string[] } {
  const errors: string[] = [];
  const rows: Row[] = [];
  const lines = fs.readFileSync(path.join(dir, file), 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      rows.push(JSON.parse(line) as Row);
    } catch (e) {
      errors.push(`${file}:${i + 1}: not valid JSON (${(e as Error).message})`);
    }
  });
  return { rows, errors };
}

function topicKeys(): Set<string> {
  const text = fs.readFileSync(path.join(dir, 'topics.md'), 'utf8');
  return new Set([...text.matchAll(/^- `([^`]+)`/gm)].map((m) => m[1]));
}

function checkExpect(where: string, expectList: unknown): string[] {
  if (!Array.isArray(expectList) || expectList.length < 1 || expectList.length > 3) return [`${where}: expect must hold 1–3 patterns`];
  const errors: string[] = [];
  for (const p of expectList) {
    if (typeof p !== 'string' || p === '') {
      errors.push(`${where}: expect pattern must be a non-empty string`);
      continue;
    }
    try {
      if (new RegExp(p, 'iu').test('')) errors.push(`${where}: pattern ${p} matches the empty string`);
    } catch (e) {
      errors.push(`${where}: pattern ${p} does not compile (${(e as Error).message})`);
    }
  }
  return errors;
}

function isUrl(s: unknown): boolean {
  return typeof s === 'string' && /^https?:\/\/\S+$/.test(s);
}

function checkQuestion(row: Row, topics: Set<string>): string[] {
  const id = String(row.id ?? '?');
  const errors: string[] = [];
  if (typeof row.q !== 'string' || row.q.trim() === '') errors.push(`${id}: q missing`);
  if (!SPLITS.includes(row.split as string)) errors.push(`${id}: split must be dev or holdout`);
  if (typeof row.topic !== 'string' || !topics.has(row.topic)) errors.push(`${id}: topic ${String(row.topic)} is not listed in topics.md`);
  if (row.outOfScope === true) {
    if (!/^oos-\d{3,4}$/.test(id)) errors.push(`${id}: out-of-scope id must look like oos-001`);
    if (!String(row.topic).startsWith('out-of-scope:')) errors.push(`${id}: out-of-scope topic must start with out-of-scope:`);
    if (!(isUrl(row.source) || row.source === 'constructed')) errors.push(`${id}: source must be a link or "constructed"`);
    if ('expect' in row) errors.push(`${id}: out-of-scope question must not have expect`);
  } else {
    if (!/^rq-\d{3,4}$/.test(id)) errors.push(`${id}: in-scope id must look like rq-001`);
    if (!SECTORS.includes(row.sector as string)) errors.push(`${id}: sector must be state, municipal or both`);
    if (!isUrl(row.source)) errors.push(`${id}: source must be a link`);
    errors.push(...checkExpect(id, row.expect));
  }
  return errors;
}

function checkFollowup(row: Row, topics: Set<string>): string[] {
  const id = String(row.id ?? '?');
  const errors: string[] = [];
  if (!/^fu-\d{3}$/.test(id)) errors.push(`${id}: follow-up id must look like fu-001`);
  if (typeof row.topic !== 'string' || !topics.has(row.topic)) errors.push(`${id}: topic ${String(row.topic)} is not listed in topics.md`);
  if (!isUrl(row.source)) errors.push(`${id}: source must be a link`);
  if (!SPLITS.includes(row.split as string)) errors.push(`${id}: split must be dev or holdout`);
  const turns = row.turns;
  if (!Array.isArray(turns) || turns.length < 2) return [...errors, `${id}: needs at least two turns`];
  turns.forEach((t: Row, i) => {
    if (typeof t?.q !== 'string' || t.q.trim() === '') errors.push(`${id} turn ${i + 1}: q missing`);
    if (i > 0) {
      errors.push(...checkExpect(`${id} turn ${i + 1}`, t.expect));
      if (!SECTORS.includes(t.sector as string)) errors.push(`${id} turn ${i + 1}: sector must be state, municipal or both`);
    }
  });
  return errors;
}

describe('real-questions.jsonl and followups.jsonl: format', () => {
  const topics = topicKeys();
  const real = readJsonl('real-questions.jsonl');
  const follow = readJsonl('followups.jsonl');
  const inScope = real.rows.filter((r) => r.outOfScope !== true);
  const outOfScope = real.rows.filter((r) => r.outOfScope === true);

  it('the validator rejects broken rows (so the checks below can fail)', () => {
    const bad = { id: 'rq-999', q: 'x', sector: 'kommune', topic: 'no-such-topic', expect: ['(unclosed', 'a|'], source: 'nav.no', split: 'test' };
    const errors = checkQuestion(bad, topics);
    expect(errors.join('\n')).toMatch(/sector/);
    expect(errors.join('\n')).toMatch(/topics\.md/);
    expect(errors.join('\n')).toMatch(/does not compile/);
    expect(errors.join('\n')).toMatch(/empty string/);
    expect(errors.join('\n')).toMatch(/source/);
    expect(errors.join('\n')).toMatch(/split/);
    expect(checkFollowup({ id: 'fu-999', topic: 'probation', source: 'https://x.no', split: 'dev', turns: [{ q: 'a' }] }, topics).join('\n')).toMatch(/two turns/);
  });

  it('every line is valid JSON', () => {
    expect([...real.errors, ...follow.errors]).toEqual([]);
  });

  it('ids are unique across both files', () => {
    const ids = [...real.rows, ...follow.rows].map((r) => r.id);
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dupes).toEqual([]);
  });

  it('every question has the required fields, a listed topic and compiling patterns', () => {
    expect(real.rows.flatMap((r) => checkQuestion(r, topics))).toEqual([]);
  });

  it('every follow-up conversation is well formed', () => {
    expect(follow.rows.length).toBeGreaterThanOrEqual(12);
    expect(follow.rows.flatMap((r) => checkFollowup(r, topics))).toEqual([]);
  });

  it('holds at least 1025 in-scope and 369 out-of-scope questions (fifteen batches)', () => {
    expect(inScope.length).toBeGreaterThanOrEqual(1025);
    expect(outOfScope.length).toBeGreaterThanOrEqual(369);
  });

  // Batches 2 to 5 (ids 201–299, …, 501–599): every third id counted from the batch start is holdout.
  it.each([
    { batch: 2, start: 200, min: 120 },
    { batch: 3, start: 300, min: 80 },
    { batch: 4, start: 400, min: 110 },
    { batch: 5, start: 500, min: 110 },
  ])('batch $batch (ids after $start) puts every third id in holdout and the rest in dev', ({ start, min }) => {
    const idNumber = (r: Row) => Number(String(r.id).split('-')[1]);
    const rows = real.rows.filter((r) => /^(rq|oos)-\d{3}$/.test(String(r.id)) && idNumber(r) > start && idNumber(r) < start + 100);
    expect(rows.length).toBeGreaterThanOrEqual(min);
    const wrong = rows.filter((r) => ((idNumber(r) - start) % 3 === 0 ? 'holdout' : 'dev') !== r.split).map((r) => r.id);
    expect(wrong).toEqual([]);
  });

  // Batches 6, 7 and 8 were written by two writers each, each counting from the first id of their share: rq-601…640
  // and rq-641…680, oos-601…615 and oos-616…630 (and the same in the 700s and 800s); the 1st, 4th, 7th … of each share is holdout.
  // Batch 9 (one writer) keeps the rule with four shares: rq-901…930, rq-931…960, oos-901…912 and oos-913…924;
  // batch 10 (one writer) the same in the 1000s: rq-1001…1030, rq-1031…1060, oos-1001…1012 and oos-1013…1024;
  // batch 11 (one writer) the same in the 1100s: rq-1101…1130, rq-1131…1160, oos-1101…1112 and oos-1113…1124;
  // batch 12 (one writer) the same in the 1200s: rq-1201…1215, rq-1216…1230, oos-1201…1204 and oos-1205…1208;
  // batch 13 (one writer) the same in the 1300s: rq-1301…1320, rq-1321…1340, oos-1301…1306 and oos-1307…1312;
  // batch 14 (one writer) the same in the 1400s: rq-1401…1420, rq-1421…1440, oos-1401…1406 and oos-1407…1412;
  // batch 15 (one writer) the same in the 1500s: rq-1501…1520, rq-1521…1540, oos-1501…1506 and oos-1507…1512.
  it.each([
    { kind: 'rq', first: 601, last: 640 },
    { kind: 'rq', first: 641, last: 680 },
    { kind: 'oos', first: 601, last: 615 },
    { kind: 'oos', first: 616, last: 630 },
    { kind: 'rq', first: 701, last: 740 },
    { kind: 'rq', first: 741, last: 780 },
    { kind: 'oos', first: 701, last: 715 },
    { kind: 'oos', first: 716, last: 730 },
    { kind: 'rq', first: 801, last: 840 },
    { kind: 'rq', first: 841, last: 880 },
    { kind: 'oos', first: 801, last: 815 },
    { kind: 'oos', first: 816, last: 830 },
    { kind: 'rq', first: 901, last: 930 },
    { kind: 'rq', first: 931, last: 960 },
    { kind: 'oos', first: 901, last: 912 },
    { kind: 'oos', first: 913, last: 924 },
    { kind: 'rq', first: 1001, last: 1030 },
    { kind: 'rq', first: 1031, last: 1060 },
    { kind: 'oos', first: 1001, last: 1012 },
    { kind: 'oos', first: 1013, last: 1024 },
    { kind: 'rq', first: 1101, last: 1130 },
    { kind: 'rq', first: 1131, last: 1160 },
    { kind: 'oos', first: 1101, last: 1112 },
    { kind: 'oos', first: 1113, last: 1124 },
    { kind: 'rq', first: 1201, last: 1215 },
    { kind: 'rq', first: 1216, last: 1230 },
    { kind: 'oos', first: 1201, last: 1204 },
    { kind: 'oos', first: 1205, last: 1208 },
    { kind: 'rq', first: 1301, last: 1320 },
    { kind: 'rq', first: 1321, last: 1340 },
    { kind: 'oos', first: 1301, last: 1306 },
    { kind: 'oos', first: 1307, last: 1312 },
    { kind: 'rq', first: 1401, last: 1420 },
    { kind: 'rq', first: 1421, last: 1440 },
    { kind: 'oos', first: 1401, last: 1406 },
    { kind: 'oos', first: 1407, last: 1412 },
    { kind: 'rq', first: 1501, last: 1520 },
    { kind: 'rq', first: 1521, last: 1540 },
    { kind: 'oos', first: 1501, last: 1506 },
    { kind: 'oos', first: 1507, last: 1512 },
  ])('batch 6–15 share $kind-$first…$last puts every third id from its start in holdout', ({ kind, first, last }) => {
    const idNumber = (r: Row) => Number(String(r.id).split('-')[1]);
    const rows = real.rows.filter((r) => String(r.id).startsWith(`${kind}-`) && idNumber(r) >= first && idNumber(r) <= last);
    expect(rows.length).toBe(last - first + 1);
    const wrong = rows.filter((r) => ((idNumber(r) - first) % 3 === 0 ? 'holdout' : 'dev') !== r.split).map((r) => r.id);
    expect(wrong).toEqual([]);
  });

  it('both splits are present in scope and out of scope, and both sectors are asked about', () => {
    for (const rows of [inScope, outOfScope]) {
      expect(new Set(rows.map((r) => r.split))).toEqual(new Set(SPLITS));
    }
    const sectors = new Set(inScope.map((r) => r.sector));
    expect(sectors.has('state') && sectors.has('municipal')).toBe(true);
  });
});
