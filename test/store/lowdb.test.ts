import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openJsonStore } from '../../bot/storage/jsonStore.js';
import type { AppStore } from '../../bot/storage/types.js';
import { storeContract } from './contract.js';

storeContract('lowdb on a real file', async () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'inkl-contract-')), 'data', 'store.json');
  let store: AppStore = await openJsonStore(file);
  return {
    get store() {
      return store;
    },
    async reopen() {
      await store.close();
      store = await openJsonStore(file);
      return store;
    },
    close: () => store.close(),
  };
});
