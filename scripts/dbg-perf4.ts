import { loadCuratedEntries } from '../knowledge/entries/index.js';
import { createKnowledgeIndex } from '../knowledge/search/index.js';
import { replicate } from './bench-search.js';
const entries = loadCuratedEntries();
const idx = createKnowledgeIndex(replicate(entries, 10_000), { date: '2026-11-23' });
const q = process.argv[2];
const { Session } = await import('node:inspector/promises');
const s = new Session(); s.connect(); await s.post('Profiler.enable'); await s.post('Profiler.start');
for (let i = 0; i < 20; i++) { idx.answer(q); idx.answer("hva er vta"); }
const { profile } = await s.post('Profiler.stop');
const self = new Map<string, number>(); const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
profile.samples!.forEach((id: number, i: number) => { const n: any = byId.get(id); const k = `${n.callFrame.functionName} ${n.callFrame.url.split('/').slice(-1)}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + (profile.timeDeltas![i] ?? 0)); });
const parentOf = new Map<number, any>(); for (const n of profile.nodes as any[]) for (const ch of n.children ?? []) parentOf.set(ch, n);
const pc = new Map<string, number>(); profile.samples!.forEach((id: number, i: number) => { const n: any = byId.get(id); if (n.callFrame.functionName !== "dispatch") return; let p = parentOf.get(id); const k = p ? `${p.callFrame.functionName}:${p.callFrame.lineNumber} <- ${parentOf.get(p.id)?.callFrame.functionName}` : "?"; pc.set(k, (pc.get(k) ?? 0) + (profile.timeDeltas![i] ?? 0)); }); console.log([...pc].sort((a, b) => b[1] - a[1]).slice(0, 5));
[...self].sort((a, b) => b[1] - a[1]).slice(0, 12).forEach(([k, t]) => console.log((t / 1000).toFixed(0).padStart(6), k));
console.log(JSON.stringify((idx as any).rank ? idx.answer(q).memory : null));
