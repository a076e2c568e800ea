/**
 * `npm run soak`: five minutes (SOAK_SECONDS) at a fixed rate (SOAK_RATE turns/s) of mixed turns —
 * questions, guide steps, card actions — on loopback against the real server. Prints the error rate,
 * p99 latency and memory growth, and stops by itself.
 */
import { startTurnBench } from './bench/turns.js';
import { fmt, summarize } from './bench/stats.js';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 300);
const RATE = Number(process.env.SOAK_RATE ?? 100);

const QUESTIONS = [
  'Kan jeg ansette noen uten å lyse ut stillingen?',
  'hvor mye dekker NAV av lønna?',
  'Hva er hull i CV-en?',
  'korleis fungerer lønnstilskot',
  'Må vi kalle inn noen med funksjonsnedsettelse til intervju?',
  'hva er været i morgen',
];

const b = await startTurnBench({ WEBHOOK_SECRET: 'soak-secret-0123456789' });
const mix = (i: number): Record<string, unknown> => {
  switch (i % 6) {
    case 0:
    case 1:
    case 2:
      return b.activity(i, { type: 'message', text: QUESTIONS[i % QUESTIONS.length] });
    case 3:
      return b.activity(i, { type: 'message', text: 'ny stilling' });
    case 4:
      return b.activity(i, {
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', verb: 'guide.answer', data: { verb: 'guide.answer', value: 'state' } } },
      });
    default:
      return b.activity(i, { type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: 'help.show', data: { verb: 'help.show' } } } });
  }
};

const rss: Array<{ t: number; mb: number }> = [];
const t0 = Date.now();
const sampler = setInterval(() => rss.push({ t: (Date.now() - t0) / 1000, mb: process.memoryUsage().rss / 1e6 }), 5000);
console.log(`soak: ${SECONDS} s at ${RATE} turns/s of mixed turns on ${b.bot.url}`);
const r = await b.load(mix, { concurrency: 50, seconds: SECONDS, rate: RATE });
clearInterval(sampler);
const { p50, p99 } = summarize(r.latencies);
const half = rss.filter((s) => s.t >= SECONDS / 2);
console.log(
  [
    `turns        ${r.requests} in ${fmt(r.seconds, 1)} s (${fmt(r.perSecond, 1)}/s)`,
    `errors       ${r.errors} (${fmt((100 * r.errors) / Math.max(1, r.requests), 3)} %)`,
    `latency      p50 ${fmt(p50, 2)} ms, p99 ${fmt(p99, 2)} ms`,
    `memory (RSS) start ${fmt(rss[0]?.mb ?? NaN, 1)} MB, end ${fmt(rss.at(-1)?.mb ?? NaN, 1)} MB, growth over the second half ${fmt((half.at(-1)?.mb ?? NaN) - (half[0]?.mb ?? NaN), 1)} MB`,
  ].join('\n'),
);
await b.close();
process.exit(r.errors > 0 ? 1 : 0);
