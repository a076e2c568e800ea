/**
 * A small stand-in for the Bot Framework connector service: the bot posts its replies here
 * (POST /v3/conversations/{id}/activities[/{replyToId}], PUT …/activities/{id} for updates),
 * and the test reads what it received.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  method: string;
  path: string;
  conversationId: string;
  body: Record<string, any>;
  authorization?: string;
}

export interface FakeConnector {
  url: string;
  received: Received[];
  /** Waits until at least n activities have been received (since the last clear) or times out. */
  waitFor(n: number, timeoutMs?: number): Promise<Received[]>;
  clear(): void;
  close(): Promise<void>;
}

export async function startFakeConnector(): Promise<FakeConnector> {
  const received: Received[] = [];
  let counter = 0;
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const m = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?/.exec(req.url ?? '');
      if (!m) {
        res.writeHead(404);
        res.end();
        return;
      }
      let body: Record<string, any> = {};
      try {
        body = raw ? JSON.parse(raw) : {};
      } catch {
        res.writeHead(400);
        res.end();
        return;
      }
      received.push({ method: req.method ?? '', path: req.url ?? '', conversationId: decodeURIComponent(m[1]), body, authorization: req.headers.authorization });
      // restify patches ServerResponse.writeHead so that it does not return `this`: no chaining.
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `act-${++counter}` }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    url,
    received,
    async waitFor(n, timeoutMs = 5000) {
      const end = Date.now() + timeoutMs;
      while (received.length < n) {
        if (Date.now() > end)
          throw new Error(
            `expected ${n} activities at the fake connector, got ${received.length}: ${JSON.stringify(received.map((r) => r.body.text ?? r.body.attachments?.[0]?.content?.body?.[0]?.text))}`,
          );
        await new Promise((r) => setTimeout(r, 10));
      }
      return received.slice();
    },
    clear: () => void received.splice(0),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
