import { loadCuratedEntries } from '../knowledge/entries/index.js';
import { createKnowledgeIndex } from '../knowledge/search/index.js';
import { replicate } from './bench-search.js';
const entries = loadCuratedEntries();
const idx = createKnowledgeIndex(replicate(entries, 10_000), { date: '2026-11-23' });
for (const q of process.argv.slice(2)) {
  const r: number[] = [];
  for (let i = 0; i < 6; i++) { idx.answer('hva er vta'); const c0 = process.cpuUsage(); idx.answer(q); const c = process.cpuUsage(c0); r.push((c.user + c.system) / 1000); }
  console.log(r.map((x) => x.toFixed(1)).join(' '), q);
}
