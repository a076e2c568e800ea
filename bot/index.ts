/** The process: configuration, start, one log line saying where and how, graceful shutdown. */
import { ConfigError, loadDotEnv, parseConfig } from './config.js';
import { createLogger } from './logger.js';
import { startBot } from './main.js';
import { dataDirProblem, removePidFile, removeStaleTempFile, runningBotPid, writePidFile } from './storage/files.js';
import { DataFileError } from './storage/jsonStore.js';
import { MigrationError } from './storage/migrate.js';
import { DatabaseRoleError } from './storage/pgStore.js';

loadDotEnv();
let config;
try {
  config = parseConfig(process.env);
} catch (e) {
  if (e instanceof ConfigError) {
    console.error(`Configuration error: ${e.message}`);
    process.exit(1);
  }
  throw e;
}
const logger = createLogger(config.LOG_LEVEL);

// A data folder the bot cannot write to: one line, before the port is bound.
const notWritable = config.DATABASE_URL ? undefined : dataDirProblem(config.DATA_DIR);
if (notWritable) {
  console.error(`DATA_DIR=${config.DATA_DIR} cannot be used: ${notWritable}. Give the bot a folder it can write to.`);
  process.exit(1);
}

// Two bots on one data file would overwrite each other's writes (with PostgreSQL, any number may run).
const other = config.DATABASE_URL ? undefined : runningBotPid(config.DATA_DIR);
if (other) {
  console.error(`Another bot (process ${other}) is using DATA_DIR=${config.DATA_DIR}: stop it first, or give this one its own DATA_DIR.`);
  process.exit(1);
}
// No other bot runs here: a temp file left by a crash or a full disk only holds space.
removeStaleTempFile(config.DATA_DIR);

try {
  const bot = await startBot(config, { logger });
  if (!config.DATABASE_URL) writePidFile(config.DATA_DIR);
  logger.info(
    {
      url: `${bot.url}/api/messages`,
      mode: config.mode,
      store: bot.store.kind,
      ...(config.DATABASE_URL ? {} : { dataDir: config.DATA_DIR }),
      tenants: config.tenants,
      jobs: bot.jobs.kind,
    },
    `Inkluderingsveilederen listens on ${bot.url}/api/messages in ${config.mode} mode`,
  );
  if (config.mode === 'local') {
    logger.warn(
      config.ALLOW_UNAUTHENTICATED && config.HOST
        ? `No BOT_ID: unsigned activities are accepted from any address on ${config.HOST} (ALLOW_UNAUTHENTICATED=true). Never do this in production.`
        : 'No BOT_ID: local mode, unsigned activities are accepted on 127.0.0.1 only. Set BOT_ID and BOT_PASSWORD for Teams.',
    );
  } else if (!config.API_KEY) {
    logger.warn(
      "No API_KEY: POST /api/assess answers only callers on this machine (loopback) or with a key from a tenant's settings card, and GET /api/reports/inclusion only such keys. Set API_KEY for the default tenant.",
    );
  }
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing requests and flushing data');
    await bot.close();
    if (!config.DATABASE_URL) removePidFile(config.DATA_DIR);
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
} catch (e) {
  if (e instanceof DataFileError || e instanceof DatabaseRoleError || e instanceof MigrationError) {
    console.error(e.message);
    process.exit(1);
  }
  const code = (e as NodeJS.ErrnoException).code;
  if (
    config.DATABASE_URL &&
    (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === '28P01' || code === '3D000' || code === '28000' || /timeout/i.test((e as Error).message))
  ) {
    console.error(`Cannot connect to PostgreSQL (DATABASE_URL): ${(e as Error).message}`);
    process.exit(1);
  }
  if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(`Port ${config.PORT} is already in use: set PORT to a free port.`);
    process.exit(1);
  }
  // One line, not a stack trace; the stack only when asked for.
  console.error(`The bot could not start: ${e instanceof Error ? e.message : String(e)}`);
  if (['debug', 'trace'].includes(config.LOG_LEVEL) && e instanceof Error) console.error(e.stack);
  process.exit(1);
}
