/**
 * Export and import of the knowledge base (npm run faq), for backups and for moving entries between
 * environments. The file holds every entry as the bot serves it (shipped text with HR's overlays
 * applied), retired ones included with their status. Import validates the whole file first (the entry
 * schema plus the form's markdown rules); a dry run lists what would change and writes nothing; a real
 * import writes one overlay version per changed entry, kept in the history as "imported".
 */
import { z } from 'zod';
import { EntrySchema, describeSource, type Entry } from '../../knowledge/entries/schema.js';
import type { KnowledgeIndex } from '../../knowledge/kb.js';
import type { Store } from '../shared/ports.js';
import { markdownProblem } from './entryForm.js';
import { createCuratedKnowledge, type CuratedKnowledge, type EntryStatus } from './entryStore.js';

export const FAQ_FORMAT = 'inkluderingsveilederen.faq';

const FaqEntrySchema = z
  .object({ entry: EntrySchema, status: z.enum(['active', 'retired']) })
  .passthrough()
  .superRefine(({ entry }, ctx) => {
    for (const field of ['title', 'answer'] as const) {
      const problem = markdownProblem(entry[field]);
      if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['entry', field], message: problem });
    }
    // Sources and tags are shown too: the same rules (they are also escaped when shown).
    entry.sources.forEach((s, i) => {
      const { title, ref } = describeSource(s);
      const problem = markdownProblem(title) ?? markdownProblem(ref);
      if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['entry', 'sources', i], message: problem });
    });
    entry.tags.forEach((t, i) => {
      const problem = markdownProblem(t);
      if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['entry', 'tags', i], message: problem });
    });
  });

export const FaqFileSchema = z
  .object({
    format: z.literal(FAQ_FORMAT),
    version: z.literal(1),
    exportedAt: z.string().optional(),
    entries: z.array(FaqEntrySchema).max(20_000),
  })
  .strict();
export type FaqFile = z.infer<typeof FaqFileSchema>;

export interface ImportPlan {
  added: string[];
  changed: string[];
  retired: string[];
  restored: string[];
  unchanged: string[];
}

export type ImportResult = { ok: true; plan: ImportPlan; applied: boolean } | { ok: false; errors: string[] };

/** Export and import work on the data file alone: no search index is needed to read or write overlays. */
const offlineIndex: KnowledgeIndex = {
  answer: () => ({ answered: false, score: 0, suggestions: [] }),
  search: () => [],
  get: () => undefined,
  all: () => [],
  upsert: () => undefined,
  remove: () => undefined,
};

export function exportFaq(store: Store, curated: readonly Entry[], at: Date): Promise<FaqFile> {
  return exportKnowledge(createCuratedKnowledge({ store, curated, newIndex: () => offlineIndex }), at);
}

export function importFaq(
  store: Store,
  curated: readonly Entry[],
  json: unknown,
  opts: { dryRun: boolean; by?: string; at: Date; knowledge?: KnowledgeIndex },
): Promise<ImportResult> {
  const kb = createCuratedKnowledge({ store, curated, newIndex: () => opts.knowledge ?? offlineIndex });
  return importKnowledge(kb, json, { dryRun: opts.dryRun, by: opts.by ?? 'cli', at: opts.at });
}

export async function exportKnowledge(kb: CuratedKnowledge, at: Date): Promise<FaqFile> {
  return {
    format: FAQ_FORMAT,
    version: 1,
    exportedAt: at.toISOString(),
    entries: (await kb.list()).map((v) => ({ entry: v.entry, status: v.status, version: v.version, origin: v.origin })),
  };
}

// Entries come from zod, so key order follows the schema on both sides and a string compare is exact.
const same = (a: Entry, b: Entry) => JSON.stringify(EntrySchema.parse(a)) === JSON.stringify(EntrySchema.parse(b));

export async function importKnowledge(kb: CuratedKnowledge, input: unknown, opts: { dryRun: boolean; by: string; at: Date }): Promise<ImportResult> {
  const parsed = FaqFileSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.slice(0, 20).map((i) => `${i.path.join('.') || '(fil)'}: ${i.message}`) };
  }
  const ids = new Set<string>();
  for (const { entry } of parsed.data.entries) {
    if (ids.has(entry.id)) return { ok: false, errors: [`entries: id «${entry.id}» står to ganger`] };
    ids.add(entry.id);
  }
  const plan: ImportPlan = { added: [], changed: [], retired: [], restored: [], unchanged: [] };
  const work: Array<{ entry: Entry; status: EntryStatus; version: number }> = [];
  for (const { entry, status } of parsed.data.entries) {
    const current = await kb.get(entry.id);
    if (!current) {
      plan.added.push(entry.id);
      if (status === 'retired') plan.retired.push(entry.id);
      work.push({ entry, status, version: 0 });
      continue;
    }
    const contentChanged = !same(current.entry, entry);
    const statusChanged = current.status !== status;
    if (contentChanged) plan.changed.push(entry.id);
    if (statusChanged) (status === 'retired' ? plan.retired : plan.restored).push(entry.id);
    if (!contentChanged && !statusChanged) plan.unchanged.push(entry.id);
    else work.push({ entry, status, version: current.version });
  }
  if (opts.dryRun) return { ok: true, plan, applied: false };
  for (const w of work) {
    const r = await kb.importEntry(w.entry, w.status, w.version, opts.by, opts.at);
    if (!r.ok) return { ok: false, errors: [`${w.entry.id}: endret under importen; kjør importen på nytt`] };
  }
  return { ok: true, plan, applied: true };
}
