/**
 * Configuration from the environment (and an optional .env file), parsed once at start-up.
 * A bad value stops the start with one line naming the variable and what is allowed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { errorMap: () => ({ message: 'must be true or false' }) })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const idList = z
  .string()
  .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
  .pipe(z.array(z.string().regex(/^[0-9a-fA-F-]{36}$/, 'each id must be an Entra object id (a GUID)')));

const port = (name: string) =>
  z.coerce.number({ invalid_type_error: `${name} must be a number` }).int('must be a whole number').min(0, 'must be 0-65535 (0: any free port)').max(65535, 'must be 0-65535 (0: any free port)');

export const ConfigSchema = z
  .object({
    PORT: port('PORT').default(3978),
    HOST: z.string().min(1).optional(),
    DATA_DIR: z.string().min(1).default('./data'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    BOT_ID: z.string().min(1).optional(),
    BOT_PASSWORD: z.string().min(1).optional(),
    BOT_TENANT_ID: z.string().min(1).optional(),
    BOT_TYPE: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional(),
    ALLOW_UNAUTHENTICATED: bool.default('false'),
    API_KEY: z.string().min(16, 'must be at least 16 characters').optional(),
    WEBHOOK_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
    ADMIN_AAD_OBJECT_IDS: idList.default(''),
    DEFAULT_SECTOR: z.enum(['state', 'municipal']).optional(),
    NAV_CONTACT: z.string().max(300).optional(),
    HR_CONVERSATION_ID: z.string().min(1).optional(),
    REMINDER_WORKING_DAYS: z.coerce.number().int().min(1, 'must be 1-30').max(30, 'must be 1-30').default(3),
    RETENTION_MONTHS: z.coerce.number().int().min(1, 'must be 1-120').max(120, 'must be 1-120').default(24),
    /** Days that questions sent to HR, feedback comments and NAV order drafts are kept. */
    TEXT_RETENTION_DAYS: z.coerce.number().int().min(1, 'must be 1-3650').max(3650, 'must be 1-3650').default(90),
    /** The tenant of a single-employer installation: its JSON APIs and CLI tools, and activities that carry no tenant (the emulator). */
    DEFAULT_TENANT_ID: z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'must be 1-64 letters, digits or dashes').default('local'),
  });

export type Config = z.infer<typeof ConfigSchema> & {
  /** local: no BOT_ID, unsigned activities accepted. */
  mode: 'local' | 'authenticated';
  /** The address the server binds to. */
  bindHost: string;
};

export class ConfigError extends Error {}

/** Reads KEY=VALUE lines of a .env file; never overrides variables already set. */
export function loadDotEnv(file = path.resolve('.env'), env: NodeJS.ProcessEnv = process.env): void {
  if (!fs.existsSync(file)) return;
  for (const line of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Z0-9_]+)\s*=\s*(.*?)\s*$/.exec(line);
    if (!m || line.trimStart().startsWith('#')) continue;
    const value = m[2].replace(/^(['"])(.*)\1$/, '$2');
    if (env[m[1]] === undefined) env[m[1]] = value;
  }
}

export function parseConfig(env: NodeJS.ProcessEnv): Config {
  const input: Record<string, string> = {};
  for (const key of Object.keys(ConfigSchema.shape)) {
    const v = env[key];
    if (v !== undefined && v !== '') input[key] = v;
  }
  const r = ConfigSchema.safeParse(input);
  if (!r.success) {
    const issue = r.error.issues[0];
    const name = String(issue.path[0] ?? 'configuration');
    const allowed = issue.code === 'invalid_enum_value' ? ` (allowed: ${issue.options.join(', ')})` : '';
    throw new ConfigError(`Invalid ${name}=${JSON.stringify(input[name] ?? '')}: ${issue.message}${allowed}`);
  }
  const c = r.data;
  if (c.BOT_ID && !c.BOT_PASSWORD && c.BOT_TYPE !== 'UserAssignedMSI') {
    throw new ConfigError('Invalid BOT_PASSWORD: required when BOT_ID is set (or set BOT_TYPE=UserAssignedMSI for managed identity)');
  }
  if (c.BOT_TYPE === 'SingleTenant' && !c.BOT_TENANT_ID) {
    throw new ConfigError('Invalid BOT_TENANT_ID: required when BOT_TYPE=SingleTenant');
  }
  const mode = c.BOT_ID ? 'authenticated' : 'local';
  if (mode === 'local' && c.HOST && !c.ALLOW_UNAUTHENTICATED) {
    throw new ConfigError(
      `Invalid HOST=${JSON.stringify(c.HOST)}: without BOT_ID the bot accepts unsigned activities and listens on 127.0.0.1 only; set ALLOW_UNAUTHENTICATED=true as well to listen on ${c.HOST}`,
    );
  }
  const bindHost = c.HOST ?? (mode === 'local' ? '127.0.0.1' : '0.0.0.0');
  return { ...c, mode, bindHost };
}
