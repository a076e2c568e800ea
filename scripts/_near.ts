import { readFileSync } from 'node:fs';
import { loadCuratedEntries } from '../knowledge/entries/index.js';
import { createKnowledgeIndex } from '../knowledge/search/index.js';
const entries = loadCuratedEntries();
const idx = createKnowledgeIndex(entries, { date: new Date('2026-11-30') } as never);
const rows = readFileSync('test/eval/real-questions.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const min = Number(process.argv[2] ?? 400);
for (const r of rows.filter((r) => r.split === 'dev' && Number(r.id.split('-')[1]) > min)) {
  const res = idx.answer(r.q, r.sector && r.sector !== 'both' ? { sector: r.sector } : {});
  const hits = idx.search(r.q, 3);
  const ok = (e: any) => e && r.expect?.every((p: string) => new RegExp(p, 'iu').test(e.title + ' ' + e.answer));
  console.log(`${r.id} ${r.outOfScope ? 'OOS' : r.topic} ${res.answered ? 'ANS ' + res.entry!.id + (ok(res.entry) ? ' ok' : ' WRONG') : res.offTopic ? 'offtopic' : 'none'} | ${hits.map((h) => `${h.entry.id}:${h.score.toFixed(2)}${ok(h.entry) ? '✓' : ''}`).join(' ')}`);
}
