/**
 * Turns per second through /api/messages at a given concurrency, on the real server (real storage,
 * turn state persisted) with a fake connector receiving the replies.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { parseConfig } from '../../bot/config.js';
import { createLogger } from '../../bot/logger.js';
import { startBot, type RunningBot } from '../../bot/main.js';
import type { Entry } from '../../knowledge/entries/schema.js';
import { startFakeConnector, type FakeConnector } from '../../test/helpers/fakeConnector.js';
import { runLoad, type LoadResult } from './load.js';

export interface TurnBench {
  bot: RunningBot;
  connector: FakeConnector;
  activity(i: number, partial: Record<string, unknown>): Record<string, unknown>;
  load(body: (i: number) => unknown, opts: { concurrency: number; seconds?: number; total?: number; rate?: number }): Promise<LoadResult>;
  close(): Promise<void>;
}

export async function startTurnBench(env: Record<string, string> = {}, opts: { entries?: Entry[] } = {}): Promise<TurnBench> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inkl-bench-'));
  const connector = await startFakeConnector();
  // The fake connector keeps what it receives; a long run must not grow it without bound.
  setInterval(() => connector.clear(), 1000).unref();
  const bot = await startBot(parseConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...env }), { logger: createLogger('silent'), entries: opts.entries });
  const users = Array.from({ length: 200 }, (_, i) => ({ id: `29:user-${i}`, aadObjectId: `00000000-0000-0000-0000-${String(i).padStart(12, '0')}`, name: 'Bench' }));
  return {
    bot,
    connector,
    activity: (i, partial) => {
      const user = users[i % users.length];
      return {
        id: randomUUID(),
        channelId: 'msteams',
        serviceUrl: connector.url,
        conversation: { id: `a:bench-${i % users.length}`, conversationType: 'personal', tenantId: 't' },
        from: user,
        recipient: { id: '28:bot', name: 'bot' },
        locale: 'nb-NO',
        ...partial,
      };
    },
    load: (body, opts) => runLoad({ url: `${bot.url}/api/messages`, body, ...opts }),
    async close() {
      await bot.close();
      await connector.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
