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
    recipient: z
      .object({ id: z.string().min(1).max(1000) })
      .passthrough()
      .optional(),
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

/**
 * Identity fields (`from.aadObjectId`, the tenant) are only trustworthy when Teams set them: in Web
 * Chat or Direct Line the client composes them. So only the Teams channel is served, and the Bot
 * Framework Emulator in local mode.
 */
export function channelAllowed(channelId: string, mode: 'local' | 'authenticated'): boolean {
  return channelId === 'msteams' || (mode === 'local' && channelId === 'emulator');
}

/** What botbuilder's own request handling does to a parsed activity: timestamps become dates. */
export function fixTimestamps<T extends Record<string, unknown>>(activity: T): T {
  const a = activity as Record<string, unknown>;
  for (const [field, raw] of [
    ['timestamp', 'rawTimestamp'],
    ['expiration', 'rawExpiration'],
    ['localTimestamp', 'rawLocalTimestamp'],
  ] as const) {
    if (typeof a[field] === 'string') {
      a[raw] = a[field];
      a[field] = new Date(a[field] as string);
    }
  }
  return activity;
}
