import { replicate } from './bench-search.js';
import { loadCuratedEntries } from '../knowledge/entries/index.js';
import { startTurnBench } from './bench/turns.js';
const QUESTIONS = ['Kan jeg ansette noen uten å lyse ut stillingen?', 'hvor mye dekker NAV av lønna?', 'Hva betyr hull i CV-en?'];
const big = await startTurnBench({}, { entries: replicate(loadCuratedEntries(), 10_000) });
const ask = (i: number) => big.activity(i, { type: 'message', text: QUESTIONS[i % QUESTIONS.length] });
const help = (i: number) => big.activity(i, { type: 'message', text: 'hjelp' });
await big.load(ask, { concurrency: 50, total: 1000 });
const mode = process.argv[2];
for (let k = 0; k < 3; k++) {
  for (const [name, body] of [['help', help], ['ask', ask]] as const) {
    if (mode && mode !== name) continue;
    const c0 = process.cpuUsage();
    const r = await big.load(body, { concurrency: 50, seconds: 5 });
    const c = process.cpuUsage(c0);
    console.log(name, Math.round(r.perSecond), 'turns/s', ((c.user + c.system) / 1000 / r.requests).toFixed(3), 'ms CPU/turn');
  }
}
await big.close();
process.exit(0);
