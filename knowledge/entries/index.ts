/**
 * Loads the curated entries shipped beside this file (*.json, an array of entries each) and checks
 * them: the schema, unique ids, and that every related id exists. Any fault throws an Error that
 * names the file, the entry id and the field.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CuratedEntrySchema, type Entry } from './schema.js';

export const ENTRIES_DIR = fileURLToPath(new URL('.', import.meta.url));

export function loadCuratedEntries(dir: string = ENTRIES_DIR): Entry[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const entries: Entry[] = [];
  const fileOf = new Map<string, string>();
  for (const file of files) {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch (err) {
      throw new Error(`${file}: not valid JSON (${(err as Error).message})`);
    }
    if (!Array.isArray(data)) throw new Error(`${file}: expected a JSON array of entries`);
    data.forEach((raw, i) => {
      const id = typeof raw?.id === 'string' ? raw.id : `#${i}`;
      const parsed = CuratedEntrySchema.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const field = issue.path.length ? issue.path.join('.') : '(entry)';
        throw new Error(`${file}: entry "${id}", field "${field}": ${issue.message}`);
      }
      const prior = fileOf.get(parsed.data.id);
      if (prior) throw new Error(`${file}: entry "${id}", field "id": duplicate id (also in ${prior})`);
      fileOf.set(parsed.data.id, file);
      entries.push(parsed.data);
    });
  }
  for (const e of entries) {
    for (const rel of e.related ?? []) {
      if (!fileOf.has(rel)) throw new Error(`${fileOf.get(e.id)}: entry "${e.id}", field "related": unknown id "${rel}"`);
    }
  }
  return entries;
}

export { renderEntry, renderText, parametersOf, entriesNeedingReview, UNKNOWN_VALUE, type EntryNeedingReview, type StaleParameter } from './render.js';
