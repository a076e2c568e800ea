import { createCuratedIndex } from '../knowledge/search/curated.js';
const idx = createCuratedIndex();
const args = process.argv.slice(2);
let ctx: any = {};
for (const a of args) {
  if (a.startsWith('@')) { ctx = { ...ctx, sector: a.slice(1) }; continue; }
  const q = a.startsWith('+') ? a.slice(1) : a;
  if (!a.startsWith('+')) ctx = { sector: ctx.sector };
  console.log(q, JSON.stringify(idx.rank(q, 5).map(h => [h.entry.id, h.score, +h.coverage.toFixed(2), +h.similarity.toFixed(2)])));
  const r = idx.answer(q, ctx); console.log('  ->', r.answered, r.entry?.id, r.score, r.sector, r.bySector ? 'BOTH' : '', r.offTopic ?? '', r.second?.entry.id ?? '', r.followUp ? 'FOLLOWUP' : '', JSON.stringify(r.memory?.terms));
  ctx = { ...ctx, previous: r.memory };
}
