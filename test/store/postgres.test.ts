import { afterAll, describe } from 'vitest';
import { createLogger } from '../../bot/logger.js';
import { openPgStore, type PgStore } from '../../bot/storage/pgStore.js';
import { createTestDatabase, type TestDatabase } from '../support/pgTest.js';
import { storeContract } from './contract.js';

const db: TestDatabase | undefined = await createTestDatabase('contract');
const logger = createLogger('silent');

describe.skipIf(!db)('PostgreSQL', () => {
  afterAll(() => db?.drop());
  storeContract('PostgreSQL on a real server, as an ordinary role', async () => {
    let store: PgStore = await openPgStore({ url: db!.url, logger, poolMax: 4 });
    // A clean slate per case (the owner may truncate whatever row-level security says).
    await store.pool.query('truncate records, tenants');
    return {
      get store() {
        return store;
      },
      async reopen() {
        await store.close();
        store = await openPgStore({ url: db!.url, logger, poolMax: 4 });
        return store;
      },
      close: () => store.close(),
    };
  });
});
