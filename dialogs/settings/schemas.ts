/** The settings form, validated: what the card sends is untrusted. */
import { z } from 'zod';
import { RETENTION_LIMITS, type Retention, type Sector } from './model.js';
import { S } from './strings.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Empty means "use the default". */
const optionalText = (max: number, message: string, pattern?: RegExp) =>
  z
    .union([z.string(), z.undefined()])
    .transform((s) => (s ?? '').trim())
    .refine((s) => s.length <= max && (!pattern || s === '' || pattern.test(s)), message)
    .transform((s) => s || undefined);

const optionalInt = (min: number, max: number) =>
  z
    .union([z.string(), z.number(), z.undefined()])
    .transform((v) => (v === undefined ? '' : String(v).trim()))
    .refine((s) => s === '' || (/^\d{1,4}$/.test(s) && Number(s) >= min && Number(s) <= max), S.v.range(min, max))
    .transform((s) => (s === '' ? undefined : Number(s)));

export const settingsFormSchema = z.object({
  admins: z
    .union([z.string().max(5_000), z.undefined()])
    .transform((s) => [
      ...new Set(
        (s ?? '')
          .split(/[\s,;]+/)
          .map((x) => x.trim().toLowerCase())
          .filter(Boolean),
      ),
    ])
    .refine((list) => list.every((x) => GUID.test(x)), S.v.admins)
    .refine((list) => list.length <= 50, S.v.tooManyAdmins),
  navContact: optionalText(300, S.v.navContact),
  hrConversationId: optionalText(200, S.v.hrConversationId, /^\S+$/),
  defaultSector: z
    .union([z.literal(''), z.literal('state'), z.literal('municipal'), z.undefined()], { errorMap: () => ({ message: S.v.sector }) })
    .transform((s) => (s ? (s as Sector) : undefined)),
  reminderWorkingDays: optionalInt(1, 30),
  ...(Object.fromEntries(Object.entries(RETENTION_LIMITS).map(([k, { min, max }]) => [`retention_${k}`, optionalInt(min, max)])) as Record<
    `retention_${keyof Retention}`,
    ReturnType<typeof optionalInt>
  >),
});

export type SettingsForm = z.infer<typeof settingsFormSchema>;

export function formErrors(e: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of e.issues) {
    const key = String(issue.path[0] ?? 'form');
    out[key] ??= issue.message;
  }
  return out;
}
