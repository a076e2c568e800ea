import { z } from 'zod';

/**
 * The least an activity must carry for the bot to answer it. Checked before the adapter sees it, so
 * a malformed post gets a 400 naming the field instead of an exception deep in botbuilder.
 */
const ActivityShape = z
  .object({
    type: z.string().min(1).max(100),
    channelId: z.string().min(1).max(100),
    serviceUrl: z.string().url().max(2000),
    conversation: z.object({ id: z.string().min(1).max(1000) }).passthrough(),
    from: z.object({ id: z.string().min(1).max(1000) }).passthrough(),
    recipient: z.object({ id: z.string().min(1).max(1000) }).passthrough().optional(),
    text: z.string().max(28_000).optional(),
  })
  .passthrough();

export function checkActivity(body: unknown): { ok: true } | { ok: false; errors: Array<{ path: string; message: string }> } {
  if (body === undefined || body === null || typeof body !== 'object' || Array.isArray(body)) {
    return { ok: false, errors: [{ path: '', message: 'the body must be a JSON object (a Bot Framework activity)' }] };
  }
  const r = ActivityShape.safeParse(body);
  if (r.success) return { ok: true };
  return { ok: false, errors: r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) };
}
