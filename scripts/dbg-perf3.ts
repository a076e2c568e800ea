import { loadCuratedEntries } from '../knowledge/entries/index.js';
import { createKnowledgeIndex } from '../knowledge/search/index.js';
import { replicate } from './bench-search.js';
const entries = loadCuratedEntries();
const idx = createKnowledgeIndex(replicate(entries, 10_000), { date: '2026-11-23' });
const qs = [...entries.flatMap((e) => e.questions)];
for (const q of qs.slice(0, 100)) idx.answer(q);
const t: Array<[number, string]> = [];
for (const q of qs) { const c0 = process.cpuUsage(); idx.answer(q); const c = process.cpuUsage(c0); t.push([(c.user + c.system) / 1000, q]); }
t.sort((a, b) => a[0] - b[0]);
const at = (p: number) => t[Math.floor(t.length * p)][0].toFixed(2);
console.log('cpu p50', at(0.5), 'p90', at(0.9), 'p99', at(0.99));
for (const [ms, q] of t.slice(-8)) console.log(ms.toFixed(1), q);
