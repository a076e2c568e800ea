import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { parseConfig } from '../../bot/config.js';
import { createApiAuth } from '../../bot/apiAuth.js';
import { createTenancy } from '../../bot/tenancy.js';
import { buildFeatures } from '../../bot/features.js';
import { createLogger } from '../../bot/logger.js';
import { Roles } from '../../dialogs/hr/roles.js';
import { createAudit } from '../../dialogs/shared/audit.js';
import { memoryStore } from '../support/memoryStore.js';
import { quietNotifier } from '../support/recordingNotifier.js';
import { bundled } from '../support/processes.js';

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
    const schema = JSON.parse(
      fs.readFileSync(path.join(root, `node_modules/@microsoft/app-manifest/build/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`), 'utf8'),
    );
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    expect(ajv.compile(schema)(manifest)).toBe(false);
  });

  it('has a 192×192 colour icon and a 32×32 transparent outline icon', () => {
    expect(pngSize(path.join(root, 'appPackage/color.png'))).toMatchObject({ width: 192, height: 192 });
    const outline = pngSize(path.join(root, 'appPackage/outline.png'));
    expect(outline).toMatchObject({ width: 32, height: 32, colorType: 6 }); // RGBA: has transparency
  });

  it('is a custom engine agent in Microsoft 365 Copilot: the bot, in personal scope, with a disclaimer', () => {
    const manifest = withId('11111111-2222-3333-4444-555555555555');
    // customEngineAgents from manifest 1.20, the copilot scope from 1.21, the disclaimer from 1.22.
    expect(Number(manifest.manifestVersion.split('.')[1])).toBeGreaterThanOrEqual(22);
    const agents = manifest.copilotAgents.customEngineAgents;
    expect(agents).toEqual([{ type: 'bot', id: manifest.bots[0].botId, disclaimer: { text: expect.stringMatching(/ikke juridiske vedtak/) } }]);
    expect(manifest.bots[0].scopes).toEqual(expect.arrayContaining(['personal', 'copilot']));
    expect(manifest.name.short.length).toBeGreaterThan(0);
    expect(manifest.description.short.length).toBeGreaterThan(0);
    // Copilot's conversation starters are the personal/copilot command list.
    expect(manifest.bots[0].commandLists.find((l: { scopes: string[] }) => l.scopes.includes('copilot'))).toBeTruthy();
  });

  it('fails schema validation when the custom engine agent names no bot id (the check can fail)', () => {
    const manifest = withId('11111111-2222-3333-4444-555555555555');
    manifest.copilotAgents.customEngineAgents[0].id = 'not-a-guid';
    const schema = JSON.parse(
      fs.readFileSync(path.join(root, `node_modules/@microsoft/app-manifest/build/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`), 'utf8'),
    );
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    expect(ajv.compile(schema)(manifest)).toBe(false);
  });

  it("the command menu holds only the manager's commands, in Norwegian, in every scope", () => {
    const bot = withId('x').bots[0];
    expect(bot.scopes).toEqual(['personal', 'team', 'groupChat', 'copilot']);
    const titles: string[] = bot.commandLists.flatMap((l: { commands: Array<{ title: string }> }) => l.commands.map((c) => c.title));
    expect(titles).toContain('hjelp');
    expect(titles).toContain('ny stilling');
    // HR and admin commands are shown on the help card to those who hold the role, never in the menu.
    const store = memoryStore();
    const clock = { now: () => new Date('2026-03-02T09:00:00Z') };
    const roles = new Roles(store, []);
    const config = parseConfig({});
    const tenancy = createTenancy({ config, store, logger: createLogger('silent') });
    const built = buildFeatures({
      config,
      store,
      clock,
      roles,
      audit: createAudit(store, clock),
      notifier: quietNotifier(),
      logger: createLogger('silent'),
      tenancy,
      auth: createApiAuth({ config, tenancy }),
    });
    const staffCommands = built.features.flatMap((f) => (f.help ?? []).filter((i) => i.roles).map((i) => i.command)).filter(Boolean);
    expect(staffCommands.length).toBeGreaterThan(0);
    for (const t of titles) {
      expect(staffCommands, t).not.toContain(t);
      const owner = built.features.find((f) => f.commands?.some((c) => c.pattern.test(t.toLowerCase())));
      expect(owner?.name ?? 'question', t).not.toBe('hr');
    }
    for (const hr of ['ubesvarte', 'ny oppføring', 'inkluderingsrapport', 'hr-tilganger']) expect(titles).not.toContain(hr);
  });

  it('npm run package writes a zip with the bot id filled in and both icons', () => {
    const out = path.join(root, 'appPackage/build/appPackage.zip');
    fs.rmSync(out, { force: true });
    execFileSync('npm', ['run', '--silent', 'package'], {
      cwd: root,
      env: { ...process.env, BOT_ID: 'abcdef01-2222-3333-4444-555555555555' },
      stdio: 'pipe',
    });
    const zip = fs.readFileSync(out);
    const text = zip.toString('latin1');
    expect(text).toContain('manifest.json');
    expect(text).toContain('color.png');
    expect(text).toContain('outline.png');
  });

  it('npm run package refuses to build without a valid BOT_ID', () => {
    const { cmd, args } = bundled('package');
    expect(() => execFileSync(cmd, args, { cwd: root, env: { ...process.env, BOT_ID: 'not-a-guid' }, stdio: 'pipe' })).toThrow(/BOT_ID/);
  });
});
