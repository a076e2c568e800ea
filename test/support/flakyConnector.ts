/**
 * A Bot Framework connector stand-in that answers with a chosen status: 200 (and records the activity),
 * or 403/404/500/503 as Teams does for a removed app, a gone conversation or an outage.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FlakyConnector {
  url: string;
  status: number;
  /** Every call, answered or not. */
  calls: Array<{ conversationId: string; status: number; body: Record<string, unknown> }>;
  delivered(conversationId?: string): Array<Record<string, unknown>>;
  close(): Promise<void>;
}

export async function startFlakyConnector(): Promise<FlakyConnector> {
  const c: FlakyConnector = {
    url: '',
    status: 200,
    calls: [],
    delivered: (conv) => c.calls.filter((x) => x.status === 200 && (!conv || x.conversationId === conv)).map((x) => x.body),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
  let n = 0;
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (d) => (raw += d));
    req.on('end', () => {
      const m = /^\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
      const status = m ? c.status : 404;
      let body: Record<string, unknown> = {};
      try {
        body = raw ? JSON.parse(raw) : {};
      } catch {
        /* kept empty */
      }
      c.calls.push({ conversationId: decodeURIComponent(m?.[1] ?? ''), status, body });
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(status === 200 ? { id: `act-${++n}` } : { error: { code: status === 403 ? 'BotDisabledByAdmin' : 'ServiceError', message: `status ${status}` } }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  c.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return c;
}
