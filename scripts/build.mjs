/* global process, console */
// npm run build: compiles the bot to JavaScript in dist/ (tsconfig.build.json) and copies the data files
// the code reads at run time beside the compiled files: the curated entries (knowledge/entries/*.json)
// and the SQL migrations (bot/storage/migrations/*.sql). package.json is found one level further up.
// Start the result with `npm run start:prod` (node dist/bot/index.js).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const t0 = Date.now();

fs.rmSync(dist, { recursive: true, force: true });
execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.build.json')], { cwd: root, stdio: 'inherit' });

const assets = [
  ['knowledge/entries', '.json'],
  ['bot/storage/migrations', '.sql'],
];
let copied = 0;
for (const [dir, ext] of assets) {
  fs.mkdirSync(path.join(dist, dir), { recursive: true });
  for (const f of fs.readdirSync(path.join(root, dir))) {
    if (!f.endsWith(ext)) continue;
    fs.copyFileSync(path.join(root, dir, f), path.join(dist, dir, f));
    copied++;
  }
}
console.log(`Built dist/ in ${((Date.now() - t0) / 1000).toFixed(1)} s (${copied} data files copied). Start it with: npm run start:prod`);
