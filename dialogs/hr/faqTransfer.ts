/**
 * Export and import of the knowledge base (npm run faq), for backups and for moving entries between
 * environments. Import validates everything first; a dry run lists what would change and writes nothing.
 */
import { z } from 'zod';
import { EntrySchema, type Entry } from '../../knowledge/entries/schema.js';
import type { CuratedKnowledge, EntryStatus } from './entryStore.js';

export const FaqFileSchema = z
  .object({
    format: z.literal('inkluderingsveilederen.faq'),
    version: z.literal(1),
    exportedAt: z.string().optional(),
    entries: z.array(z.object({ entry: EntrySchema, status: z.enum(['active', 'retired']) }).passthrough()).max(20_000),
  })
  .strict();
export type FaqFile = z.infer<typeof FaqFileSchema>;

export function exportFaq(kb: CuratedKnowledge, at: Date): FaqFile {
  return {
    format: 'inkluderingsveilederen.faq',
    version: 1,
    exportedAt: at.toISOString(),
    entries: kb.list().map((v) => ({ entry: v.entry, status: v.status, version: v.version, origin: v.origin })),
  };
}

export interface ImportPlan {
  added: string[];
  changed: string[];
  retired: string[];
  restored: string[];
  unchanged: string[];
}

export type ImportResult = { ok: true; plan: ImportPlan; applied: boolean } | { ok: false; errors: string[] };

const same = (a: Entry, b: Entry) => JSON.stringify(a) === JSON.stringify(b);

export async function importFaq(kb: CuratedKnowledge, input: unknown, opts: { dryRun: boolean; by: string; at: Date }): Promise<ImportResult> {
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
  const work: Array<{ entry: Entry; status: EntryStatus; contentChanged: boolean; statusChanged: boolean }> = [];
  for (const { entry, status } of parsed.data.entries) {
    const current = kb.get(entry.id);
    if (!current) {
      plan.added.push(entry.id);
      work.push({ entry, status, contentChanged: true, statusChanged: status === 'retired' });
      continue;
    }
    const contentChanged = !same(current.entry, entry);
    const statusChanged = current.status !== status;
    if (contentChanged) plan.changed.push(entry.id);
    if (statusChanged) (status === 'retired' ? plan.retired : plan.restored).push(entry.id);
    if (!contentChanged && !statusChanged) plan.unchanged.push(entry.id);
    work.push({ entry, status, contentChanged, statusChanged });
  }
  if (opts.dryRun) return { ok: true, plan, applied: false };
  for (const w of work) {
    if (w.contentChanged) {
      const current = kb.get(w.entry.id);
      const r = await kb.save(w.entry, current?.version ?? 0, opts.by, opts.at, 'imported');
      if (!r.ok) return { ok: false, errors: [`${w.entry.id}: endret under importen; kjør importen på nytt`] };
    }
    if (w.statusChanged) await kb.setStatus(w.entry.id, w.status, undefined, opts.by, opts.at);
  }
  return { ok: true, plan, applied: true };
}
