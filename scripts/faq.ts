/**
 * npm run faq -- export > faq.json
 * npm run faq -- import faq.json [--dry-run]
 * Works on the bot's data file in DATA_DIR (default ./data), the one the bot opens. A real import refuses
 * to run while a bot uses that folder (its bot.pid is live): the running bot holds the file in memory, so
 * its next write would replace the file without the import. The file format is in dialogs/hr/faqTransfer.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadDotEnv } from '../bot/config.js';
import { DATA_FILE, runningBotPid } from '../bot/storage/files.js';
import { openJsonStore, DataFileError } from '../bot/storage/jsonStore.js';
import { createLogger } from '../bot/logger.js';
import { openPgStore } from '../bot/storage/pgStore.js';
import { ENTRY_OVERLAYS } from '../dialogs/hr/entryStore.js';
import { exportFaq, importFaq } from '../dialogs/hr/faqTransfer.js';
import { inTenant } from '../dialogs/shared/tenant.js';
import { loadCuratedEntries } from '../knowledge/entries/index.js';

loadDotEnv();
const [command, ...args] = process.argv.slice(2);
// The tenant whose entries are exported or imported: --tenant=<id>, else the single-tenant default.
const tenantFlag = args.find((a) => a.startsWith('--tenant='));
const tenant = tenantFlag?.slice('--tenant='.length) || process.env.DEFAULT_TENANT_ID || 'local';
const flags = args.filter((a) => a.startsWith('--') && a !== tenantFlag);
const [file, ...extra] = args.filter((a) => !a.startsWith('--'));
const usage = 'Bruk: npm run faq -- export [--tenant=<id>] > faq.json   |   npm run faq -- import faq.json [--dry-run] [--tenant=<id>]';
const known = command === 'export' ? [] : ['--dry-run'];
if ((command !== 'export' && command !== 'import') || extra.length || (command === 'export') === Boolean(file) || flags.some((f) => !known.includes(f))) {
  console.error(usage);
  process.exit(2);
}

const dataDir = process.env.DATA_DIR || './data';
const dataFile = path.join(dataDir, DATA_FILE);
// With PostgreSQL (DATABASE_URL) running bots see an import at once; only the lowdb file is held in a bot's memory.
const pgUrl = process.env.DATABASE_URL;
const botPid = pgUrl ? undefined : runningBotPid(dataDir);
if (command === 'import' && !flags.includes('--dry-run') && botPid) {
  console.error(`Boten kjører (prosess ${botPid}) og bruker ${dataDir}. Stopp den før importen, ellers går importen tapt ved bottens neste skriving. (--dry-run går fint.)`);
  process.exit(2);
}
let store;
try {
  store = pgUrl
    ? await openPgStore({ url: pgUrl, logger: createLogger('warn'), poolMax: 2, watchRepos: [ENTRY_OVERLAYS] })
    : await openJsonStore(dataFile, { legacyTenant: process.env.DEFAULT_TENANT_ID || 'local' });
} catch (e) {
  console.error(e instanceof DataFileError ? e.message : e instanceof Error ? e.message : String(e));
  process.exit(1);
}
const curated = loadCuratedEntries();

if (command === 'export') {
  // Wait for the pipe to take everything before exiting: a large export would be cut off otherwise.
  const exported = await inTenant(tenant, () => exportFaq(store, curated, new Date()));
  await new Promise<void>((resolve) => process.stdout.write(JSON.stringify(exported, null, 2) + '\n', () => resolve()));
  await store.close();
  process.exit(0);
}

const dryRun = flags.includes('--dry-run');
let input: unknown;
try {
  input = JSON.parse(fs.readFileSync(file, 'utf8'));
} catch (e) {
  console.error(`Kan ikke lese ${file}: ${(e as Error).message}`);
  process.exit(2);
}
const result = await inTenant(tenant, () => importFaq(store, curated, input, { dryRun, by: 'cli', at: new Date() }));
if (!result.ok) {
  console.error(`Importen ble avvist, ingenting er endret:\n${result.errors.map((e) => `  ${e}`).join('\n')}`);
  process.exit(2);
}
const p = result.plan;
console.log(`${dryRun ? 'Tørrkjøring – ingenting er skrevet.' : 'Importert.'}
  nye: ${p.added.length}${p.added.length ? ` (${p.added.join(', ')})` : ''}
  endret: ${p.changed.length}${p.changed.length ? ` (${p.changed.join(', ')})` : ''}
  arkivert: ${p.retired.length}${p.retired.length ? ` (${p.retired.join(', ')})` : ''}
  gjenopprettet: ${p.restored.length}${p.restored.length ? ` (${p.restored.join(', ')})` : ''}
  uendret: ${p.unchanged.length}`);
await store.close();
