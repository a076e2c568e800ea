/**
 * Builds appPackage/build/appPackage.zip for upload to Teams: the manifest with BOT_ID filled in
 * (and APP_VERSION if set), plus both icons. Reads .env like the bot does.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadDotEnv } from '../bot/config.js';
import { zipFiles } from './zip.js';

loadDotEnv();
const root = path.resolve(import.meta.dirname, '..');
const dir = path.join(root, 'appPackage');
const botId = process.env.BOT_ID;
if (!botId || !/^[0-9a-fA-F-]{36}$/.test(botId)) {
  console.error('BOT_ID must be set to the Azure Bot registration\'s app id (a GUID) to build the Teams package, e.g. BOT_ID=… npm run package');
  process.exit(2);
}
const manifest = fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8').replaceAll('${{BOT_ID}}', botId);
JSON.parse(manifest); // fail early on a broken template
fs.mkdirSync(path.join(dir, 'build'), { recursive: true });
const out = path.join(dir, 'build', 'appPackage.zip');
fs.writeFileSync(
  out,
  zipFiles([
    { name: 'manifest.json', data: Buffer.from(manifest) },
    { name: 'color.png', data: fs.readFileSync(path.join(dir, 'color.png')) },
    { name: 'outline.png', data: fs.readFileSync(path.join(dir, 'outline.png')) },
  ]),
);
console.log(`wrote ${path.relative(root, out)} (bot id ${botId})`);
