/**
 * A bounded load generator for loopback: `concurrency` workers post activities to the bot's
 * /api/messages for a fixed time or count, over keep-alive connections.
 */
import http from 'node:http';

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  perSecond: number;
  latencies: number[];
}

export async function runLoad(opts: {
  url: string; // http://127.0.0.1:port/api/messages
  concurrency: number;
  body: (i: number) => unknown;
  seconds?: number;
  total?: number;
  /** Requests per second across all workers (fixed-rate mode); omit for as fast as possible. */
  rate?: number;
}): Promise<LoadResult> {
  const u = new URL(opts.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.concurrency });
  const latencies: number[] = [];
  let errors = 0;
  let issued = 0;
  const start = performance.now();
  const deadline = opts.seconds ? start + opts.seconds * 1000 : Infinity;
  const limit = opts.total ?? Infinity;

  const post = (payload: string): Promise<number> =>
    new Promise((resolve) => {
      const req = http.request(
        { host: u.hostname, port: u.port, path: u.pathname, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', () => resolve(0));
      req.end(payload);
    });

  const worker = async (): Promise<void> => {
    while (performance.now() < deadline && issued < limit) {
      const i = issued++;
      if (opts.rate) {
        const wait = start + (i / opts.rate) * 1000 - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        if (performance.now() >= deadline) break;
      }
      const t = performance.now();
      const status = await post(JSON.stringify(opts.body(i)));
      latencies.push(performance.now() - t);
      if (status < 200 || status >= 300) errors++;
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, worker));
  agent.destroy();
  const seconds = (performance.now() - start) / 1000;
  return { requests: latencies.length, errors, seconds, perSecond: latencies.length / seconds, latencies };
}
