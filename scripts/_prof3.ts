import { Session } from 'node:inspector/promises';
import fs from 'node:fs';
import { replicate } from './bench-search.js';
import { loadCuratedEntries } from '../knowledge/entries/index.js';
import { startTurnBench } from './bench/turns.js';
const QUESTIONS = ['Kan jeg ansette noen uten å lyse ut stillingen?', 'hvor mye dekker NAV av lønna?', 'Hva betyr hull i CV-en?'];
const big = await startTurnBench({}, { entries: replicate(loadCuratedEntries(), 10_000) });
const ask = (i: number) => big.activity(i, { type: 'message', text: QUESTIONS[i % QUESTIONS.length] });
const help = (i: number) => big.activity(i, { type: 'message', text: 'hjelp' });
await big.load(ask, { concurrency: 50, total: 3000 });
await big.load(help, { concurrency: 50, total: 3000 });
const s = new Session(); s.connect();
await s.post('Profiler.enable'); await s.post('Profiler.setSamplingInterval', { interval: 100 });
for (const [name, body] of [['ask', ask], ['help', help]] as const) {
  await s.post('Profiler.start');
  const r = await big.load(body, { concurrency: 50, total: 6000 });
  const { profile } = await s.post('Profiler.stop');
  fs.mkdirSync(`/tmp/prof3/${name}`, { recursive: true });
  fs.writeFileSync(`/tmp/prof3/${name}/p.cpuprofile`, JSON.stringify(profile));
  console.log(name, Math.round(r.perSecond));
}
await big.close();
process.exit(0);
