/**
 * Builds the whole bot from a Config: storage, features, router, Teams application, HTTP server,
 * scheduler. Used by index.ts (the process) and by the tests (a real server on a free port).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type restify from 'restify';
import type { Clock } from '../dialogs/shared/ports.js';
import { systemClock } from '../dialogs/shared/ports.js';
import type { Feature } from '../dialogs/shared/turn.js';
import { createHelpFeature, helpStrings } from '../dialogs/help/index.js';
import { Roles } from '../dialogs/hr/roles.js';
import { createAudit } from '../dialogs/shared/audit.js';
import { createAdapter, type BotFrameworkEndpoints } from './adapter.js';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import { createNotifier } from './proactive.js';
import { Router } from './router.js';
import { createServer } from './server.js';
import { DATA_FILE } from './storage/files.js';
import { openJsonStore, type JsonStore } from './storage/jsonStore.js';
import { createTeamsApp, tenantIdOf } from './teamsApp.js';
import type { Entry } from '../knowledge/entries/schema.js';
import { buildFeatures } from './features.js';

export { DATA_FILE } from './storage/files.js';

export const VERSION: string = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

export interface RunningBot {
  server: restify.Server;
  url: string;
  port: number;
  store: JsonStore;
  close(): Promise<void>;
}


export async function startBot(config: Config, opts: { logger: Logger; clock?: Clock; botFrameworkEndpoints?: BotFrameworkEndpoints; entries?: Entry[] }): Promise<RunningBot> {
  const { logger } = opts;
  const clock = opts.clock ?? systemClock;
  const store = await openJsonStore(path.join(config.DATA_DIR, DATA_FILE), { legacyTenant: config.DEFAULT_TENANT_ID });

  const roles = new Roles(store, config.ADMIN_AAD_OBJECT_IDS);
  const audit = createAudit(store);
  const adapter = createAdapter(config, opts.botFrameworkEndpoints);
  const botId = config.BOT_ID ?? '';
  const notifier = createNotifier({ adapter, botId, store, logger });

  const built = buildFeatures({ config, store, clock, roles, audit, notifier, logger, entries: opts.entries });
  const features: Feature[] = [];
  const help = createHelpFeature({ features: () => features, roleOf: (a) => roles.roleOf(a) });
  features.push(help, ...built.features);

  const router = new Router({
    features,
    question: built.question,
    unknownAction: () => help.unknownAction(),
    unknownCommand: (c) => help.unknownCommand(c),
    emptyMessage: () => ({ send: [{ type: 'text', text: helpStrings.emptyMessage }] }),
  });

  const app = createTeamsApp({
    adapter,
    botId,
    router,
    logger,
    welcome: () => help.welcome(),
    errorText: helpStrings.error,
    badDataText: helpStrings.onlyText,
    onUserSeen: async (actor, reference) => {
      await notifier.remember(actor, reference, clock.now());
      await built.onUserSeen(actor.userId);
    },
  });

  const server = createServer({
    adapter,
    app,
    logger,
    version: VERSION,
    mode: config.mode,
    health: () => store.health(),
    tenantOf: (activity) => tenantIdOf(activity) ?? config.DEFAULT_TENANT_ID,
    routes: built.routes,
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.PORT, config.bindHost, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${config.bindHost.includes(':') ? `[${config.bindHost}]` : config.bindHost}:${port}`;
  const stopScheduler = built.startScheduler();

  let closing: Promise<void> | undefined;
  return {
    server,
    url,
    port,
    store,
    close: () =>
      (closing ??= (async () => {
        stopScheduler();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await store.close();
      })()),
  };
}
