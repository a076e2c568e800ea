import { loadCuratedEntries } from '../knowledge/entries/index.js';
import { createKnowledgeIndex } from '../knowledge/search/index.js';
import { replicate } from './bench-search.js';
const entries = loadCuratedEntries();
let t0 = performance.now();
const many = replicate(entries, Number(process.env.N ?? 10_000));
const idx = createKnowledgeIndex(many, { date: '2026-11-23' });
console.log('build', Math.round(performance.now() - t0));
const qs = [...entries.flatMap((e) => e.questions)];
const times: number[] = [];
for (let i = 0; i < qs.length; i++) { t0 = performance.now(); idx.answer(qs[i]); times.push(performance.now() - t0); }
times.sort((a, b) => a - b);
console.log('p50', times[Math.floor(times.length / 2)].toFixed(2), 'p90', times[Math.floor(times.length * 0.9)].toFixed(2), 'p99', times[Math.floor(times.length * 0.99)].toFixed(2), 'max', times.at(-1)!.toFixed(1));
const c0 = process.cpuUsage(); const w0 = performance.now();
for (const q of qs) idx.answer(q);
const cpu = process.cpuUsage(c0); console.log('mean cpu ms/query', ((cpu.user + cpu.system) / 1000 / qs.length).toFixed(2), 'wall', ((performance.now() - w0) / qs.length).toFixed(2));
