/**
 * The layering rule of the architecture: knowledge/ imports nothing from dialogs/ or bot/ and nothing
 * Teams; dialogs/ imports nothing from bot/, no HTTP and no Teams SDK. Tests are exempt.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sources(rel));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && !rel.includes(`${path.sep}test${path.sep}`)) out.push(rel);
  }
  return out;
}

function imports(file: string): string[] {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]);
}

const resolvesInto = (file: string, spec: string, top: string) => spec.startsWith('.') && path.normalize(path.join(path.dirname(file), spec)).startsWith(top + path.sep);
const TEAMS_OR_HTTP = /^(botbuilder|@microsoft\/teams-ai|restify|node:http|node:https|http|https)(\/|$)/;

describe('layers', () => {
  it.each(sources('knowledge'))('knowledge file %s imports no dialogs/, bot/ or Teams', (file) => {
    for (const spec of imports(file)) {
      expect(resolvesInto(file, spec, 'dialogs') || resolvesInto(file, spec, 'bot'), `${file} imports ${spec}`).toBe(false);
      expect(TEAMS_OR_HTTP.test(spec), `${file} imports ${spec}`).toBe(false);
    }
  });

  it.each(sources('dialogs'))('dialogs file %s imports no bot/, HTTP or Teams SDK', (file) => {
    for (const spec of imports(file)) {
      expect(resolvesInto(file, spec, 'bot'), `${file} imports ${spec}`).toBe(false);
      expect(TEAMS_OR_HTTP.test(spec), `${file} imports ${spec}`).toBe(false);
    }
  });

  it('finds the imports it checks (the check can fail)', () => {
    expect(imports('bot/teamsApp.ts')).toContain('@microsoft/teams-ai');
    expect(resolvesInto('dialogs/qa/index.ts', '../../bot/x.js', 'bot')).toBe(true);
  });
});
