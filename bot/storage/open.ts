/** Opens the store the configuration asks for: PostgreSQL with DATABASE_URL, else the lowdb file in DATA_DIR. */
import os from 'node:os';
import path from 'node:path';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { DATA_FILE } from './files.js';
import { openJsonStore } from './jsonStore.js';
import { openPgStore } from './pgStore.js';
import type { AppStore } from './types.js';

export type { AppStore } from './types.js';

export async function openStore(config: Config, logger: Logger, o: { watchRepos?: readonly string[] } = {}): Promise<AppStore> {
  if (config.DATABASE_URL) {
    return openPgStore({
      url: config.DATABASE_URL,
      logger,
      poolMax: config.DATABASE_POOL_MAX,
      connectTimeoutMs: config.DATABASE_CONNECT_TIMEOUT_MS,
      statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
      applicationName: `inkluderingsveilederen@${os.hostname()}`.slice(0, 63),
      watchRepos: o.watchRepos,
    });
  }
  return openJsonStore(path.join(config.DATA_DIR, DATA_FILE), { legacyTenant: config.defaultTenant ?? 'local' });
}
