/**
 * Builds the whole bot from a Config: storage, tenancy, features, router, Teams application, HTTP
 * server, jobs. Used by index.ts (the process) and by the tests (a real server on a free port).
 */
import fs from 'node:fs';
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import type restify from 'restify';
import type { Clock } from '../dialogs/shared/ports.js';
import { systemClock } from './clock.js';
import type { Feature } from '../dialogs/shared/turn.js';
import { createHelpFeature, helpStrings } from '../dialogs/help/index.js';
import { ENTRY_OVERLAYS, Roles } from '../dialogs/hr/index.js';
import { createAudit } from '../dialogs/shared/audit.js';
import { createAdapter, type BotFrameworkEndpoints } from './adapter.js';
import { createApiAuth } from './apiAuth.js';
import type { Config } from './config.js';
import { buildFeatures } from './features.js';
import { startBossJobs, startInProcessJobs, type JobRunner } from './jobs.js';
import type { Logger } from './logger.js';
import { createNotifier } from './proactive.js';
import { Router } from './router.js';
import { createServer } from './server.js';
import { openStore } from './storage/open.js';
import { StoreWriteError, type AppStore } from './storage/types.js';
import { S } from './strings.js';
import { createTeamsApp } from './teamsApp.js';
import { createTenancy, type Tenancy } from './tenancy.js';
import type { Entry } from '../knowledge/entries/schema.js';

export { DATA_FILE } from './storage/files.js';

/** package.json, found from the sources (bot/) and from the compiled output (dist/bot/) alike. */
function packageJson(): { version: string } {
  for (const rel of ['../package.json', '../../package.json']) {
    const url = new URL(rel, import.meta.url);
    if (fs.existsSync(url)) return JSON.parse(fs.readFileSync(url, 'utf8'));
  }
  throw new Error('package.json not found beside the bot');
}
export const VERSION: string = packageJson().version;

export interface RunningBot {
  server: restify.Server;
  url: string;
  port: number;
  store: AppStore;
  tenancy: Tenancy;
  jobs: JobRunner;
  close(): Promise<void>;
}

export interface StartOptions {
  logger: Logger;
  clock?: Clock;
  /** pg-boss tuning for tests and the bench: poll faster, or run without the cron clock. */
  jobs?: { pollingIntervalSeconds?: number; schedule?: boolean };
  botFrameworkEndpoints?: BotFrameworkEndpoints;
  /** The shipped entries; the curated files unless given (the benchmark gives 10,000). */
  entries?: Entry[];
}

export async function startBot(config: Config, opts: StartOptions): Promise<RunningBot> {
  const { logger } = opts;
  const clock = opts.clock ?? systemClock;
  const store = await openStore(config, logger, { watchRepos: [ENTRY_OVERLAYS] });
  try {
    return await assemble(config, opts, logger, clock, store);
  } catch (e) {
    await store.close().catch(() => undefined);
    throw e;
  }
}

async function assemble(config: Config, opts: StartOptions, logger: Logger, clock: Clock, store: AppStore): Promise<RunningBot> {
  const tenancy = createTenancy({ config, store, logger });
  const roles = new Roles(store, () => tenancy.settings().admins);
  const audit = createAudit(store, clock);
  const adapter = createAdapter(config, opts.botFrameworkEndpoints);
  const botId = config.BOT_ID ?? '';
  const notifier = createNotifier({ adapter, botId, store, logger, clock, mode: config.mode });
  const auth = createApiAuth({ config, tenancy });

  const built = buildFeatures({ config, store, clock, roles, audit, notifier, logger, tenancy, auth, entries: opts.entries });
  const features: Feature[] = [];
  const help = createHelpFeature({ features: () => features, roleOf: (a) => roles.roleOf(a) });
  features.push(help, ...built.features);

  const router = new Router({
    features,
    question: built.question,
    unknownAction: () => help.unknownAction(),
    unknownCommand: (c) => help.unknownCommand(c),
    emptyMessage: () => ({ send: [{ type: 'text', text: helpStrings.emptyMessage }] }),
    handOff: async (actor, resume) => {
      let sent: 'sent' | 'no-reference' = 'no-reference';
      try {
        sent = await notifier.sendToUserPrivately(actor.userId, help.handOffMessages(resume));
      } catch (err) {
        logger.warn({ err }, 'could not send the 1:1 hand-off message');
      }
      return help.handOffReply(sent === 'sent', resume);
    },
  });

  const app = createTeamsApp({
    adapter,
    botId,
    router,
    logger,
    clock,
    welcome: () => help.welcome(),
    errorText: (err) => (err instanceof StoreWriteError || (err as Error)?.cause instanceof StoreWriteError ? S.notSaved : helpStrings.error),
    badDataText: helpStrings.onlyText,
    // Best effort (security probe F8.2): a store that cannot write must not stop a question that needs no write.
    onUserSeen: async (actor, reference) => {
      try {
        await notifier.remember(actor, reference, clock.now());
        await built.onUserSeen(actor.userId);
      } catch (err) {
        logger.warn({ err: (err as Error).message }, 'could not store the conversation reference or deliver pending messages; the turn goes on');
      }
    },
    onUninstall: (actor) => notifier.forget(actor),
  });

  const server = createServer({
    adapter,
    app,
    logger,
    version: VERSION,
    mode: config.mode,
    health: () => store.health(),
    runTurn: (ctx, turn) => tenancy.runTurn(ctx, turn),
    routes: built.routes,
  });

  // Another instance changed a tenant's knowledge entries: bring this instance's index of that tenant up
  // to date. After the change feed reconnected, changes may have been missed: every index is rebuilt.
  store.onChange((change) => {
    if ('resync' in change) void built.onResync();
    else if (change.repo === ENTRY_OVERLAYS) built.onRemoteEntryChange(change.tenant, change.id);
  });

  const jobDeps = { store, tenancy, logger };
  const jobs =
    store.kind === 'postgres' && config.DATABASE_URL
      ? await startBossJobs(built.jobs, jobDeps, {
          url: config.DATABASE_URL,
          applicationName: `inkluderingsveilederen@${os.hostname()} (jobs)`.slice(0, 63),
          pollingIntervalSeconds: opts.jobs?.pollingIntervalSeconds,
          schedule: opts.jobs?.schedule,
        })
      : startInProcessJobs(built.jobs, jobDeps);

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.PORT, config.bindHost, () => resolve());
    });
  } catch (e) {
    await jobs.stop().catch(() => undefined);
    throw e;
  }
  const port = (server.address() as AddressInfo).port;
  const url = `http://${config.bindHost.includes(':') ? `[${config.bindHost}]` : config.bindHost}:${port}`;

  let closing: Promise<void> | undefined;
  return {
    server,
    url,
    port,
    store,
    tenancy,
    jobs,
    close: () =>
      (closing ??= (async () => {
        await jobs.stop();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await store.close();
      })()),
  };
}
