import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';

type Validator = ((data: unknown) => boolean) & { errors?: unknown[] | null };
const require = createRequire(import.meta.url);
// CommonJS packages: require() gives the constructor and the plugin function directly.
const Ajv: new (opts: object) => { compile(schema: object): Validator } = require('ajv-draft-04');
const addFormats: (ajv: unknown) => void = require('ajv-formats');

const root = path.resolve(import.meta.dirname, '../..');
const manifestText = fs.readFileSync(path.join(root, 'appPackage/manifest.json'), 'utf8');
const withId = (id: string) => JSON.parse(manifestText.replaceAll('${{BOT_ID}}', id));

function pngSize(file: string): { width: number; height: number; colorType: number } {
  const b = fs.readFileSync(file);
  expect(b.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20), colorType: b[25] };
}

describe('the Teams app package', () => {
  it('validates against the official JSON schema of its manifest version', () => {
    const manifest = withId('11111111-2222-3333-4444-555555555555');
    const schemaFile = path.join(root, `node_modules/@microsoft/app-manifest/build/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`);
    const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const ok = validate(manifest);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 1)).toEqual([]);
    expect(ok).toBe(true);
  });

  it('fails schema validation when a required field is missing (the check can fail)', () => {
    const manifest = withId('11111111-2222-3333-4444-555555555555');
    delete manifest.name;
    const schema = JSON.parse(fs.readFileSync(path.join(root, `node_modules/@microsoft/app-manifest/build/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    expect(ajv.compile(schema)(manifest)).toBe(false);
  });

  it('has a 192×192 colour icon and a 32×32 transparent outline icon', () => {
    expect(pngSize(path.join(root, 'appPackage/color.png'))).toMatchObject({ width: 192, height: 192 });
    const outline = pngSize(path.join(root, 'appPackage/outline.png'));
    expect(outline).toMatchObject({ width: 32, height: 32, colorType: 6 }); // RGBA: has transparency
  });

  it('lists its commands in Norwegian in personal and team scope', () => {
    const bot = withId('x').bots[0];
    expect(bot.scopes).toEqual(['personal', 'team']);
    expect(bot.commandLists[0].commands.map((c: { title: string }) => c.title)).toContain('hjelp');
  });

  it('npm run package writes a zip with the bot id filled in and both icons', () => {
    const out = path.join(root, 'appPackage/build/appPackage.zip');
    fs.rmSync(out, { force: true });
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/package.ts'], { cwd: root, env: { ...process.env, BOT_ID: 'abcdef01-2222-3333-4444-555555555555' }, stdio: 'pipe' });
    const zip = fs.readFileSync(out);
    const text = zip.toString('latin1');
    expect(text).toContain('manifest.json');
    expect(text).toContain('color.png');
    expect(text).toContain('outline.png');
  });

  it('npm run package refuses to build without a valid BOT_ID', () => {
    expect(() => execFileSync(process.execPath, ['--import', 'tsx', 'scripts/package.ts'], { cwd: root, env: { ...process.env, BOT_ID: 'not-a-guid' }, stdio: 'pipe' })).toThrow(/BOT_ID/);
  });
});
