/**
 * Builds appPackage/build/appPackage.zip for upload to Teams: the manifest with BOT_ID filled in
 * (and APP_VERSION if set), plus both icons. Reads .env like the bot does. The manifest is checked
 * against Microsoft's JSON schema of its version first (bundled in @microsoft/app-manifest), so a
 * package Teams or Copilot would refuse is never written.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { loadDotEnv } from '../bot/config.js';
import { zipFiles } from './zip.js';

loadDotEnv();
const root = path.resolve(import.meta.dirname, '..');
const dir = path.join(root, 'appPackage');
const botId = process.env.BOT_ID;
if (!botId || !/^[0-9a-fA-F-]{36}$/.test(botId)) {
  console.error("BOT_ID must be set to the Azure Bot registration's app id (a GUID) to build the Teams package, e.g. BOT_ID=… npm run package");
  process.exit(2);
}
const manifest = fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8').replaceAll('${{BOT_ID}}', botId);
const parsed = JSON.parse(manifest) as { manifestVersion: string }; // fail early on a broken template
const require = createRequire(import.meta.url);
const Ajv: new (opts: object) => {
  compile(schema: object): ((data: unknown) => boolean) & { errors?: Array<{ instancePath: string; message?: string }> | null };
} = require('ajv-draft-04');
const addFormats: (ajv: unknown) => void = require('ajv-formats');
const schemaFile = path.join(root, `node_modules/@microsoft/app-manifest/build/json-schemas/teams/v${parsed.manifestVersion}/MicrosoftTeams.schema.json`);
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')));
if (!validate(parsed)) {
  console.error(`appPackage/manifest.json does not match the Teams manifest schema v${parsed.manifestVersion}:`);
  for (const e of validate.errors ?? []) console.error(`  ${e.instancePath || '/'} ${e.message ?? ''}`);
  process.exit(2);
}
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
