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
  .transform((s) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.string().regex(/^[0-9a-fA-F-]{36}$/, 'each id must be an Entra object id (a GUID)')));

const TENANT_ID = /^[A-Za-z0-9-]{1,64}$/;
const tenantList = z
  .string()
  .transform((s) => [
    ...new Set(
      s
        .split(',')
        .map((x) => x.trim().toLowerCase())
        .filter(Boolean),
    ),
  ])
  .pipe(z.array(z.string().regex(TENANT_ID, 'each tenant id must be 1-64 letters, digits or dashes (a Teams tenant id is a GUID)')).min(1, 'must name at least one tenant id'));

const positiveInt = (min: number, max: number, what = '') =>
  z.coerce.number({ invalid_type_error: 'must be a number' }).int('must be a whole number').min(min, `must be ${min}-${max}${what}`).max(max, `must be ${min}-${max}${what}`);

const port = (name: string) =>
  z.coerce
    .number({ invalid_type_error: `${name} must be a number` })
    .int('must be a whole number')
    .min(0, 'must be 0-65535 (0: any free port)')
    .max(65535, 'must be 0-65535 (0: any free port)');

export const ConfigSchema = z.object({
  PORT: port('PORT').default(3978),
  HOST: z.string().min(1).optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BOT_ID: z.string().min(1).optional(),
  BOT_PASSWORD: z.string().min(1).optional(),
  BOT_TENANT_ID: z.string().min(1).optional(),
  /** Default SingleTenant: new Azure Bot registrations can no longer be MultiTenant (an existing one still runs with BOT_TYPE=MultiTenant). */
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
  /** Days an unfinished guide run (with the candidate's answers) is kept after its last answer. */
  GUIDE_RETENTION_DAYS: z.coerce.number().int().min(1, 'must be 1-90').max(90, 'must be 1-90').default(14),
  /** Days that questions sent to HR, feedback comments and NAV order drafts are kept. */
  TEXT_RETENTION_DAYS: z.coerce.number().int().min(1, 'must be 1-3650').max(3650, 'must be 1-3650').default(90),
  /**
   * The tenant of a single-employer installation: the environment's API_KEY, WEBHOOK_SECRET, NAV_CONTACT
   * and HR_CONVERSATION_ID belong to it, and so do activities that carry no tenant (the emulator).
   */
  DEFAULT_TENANT_ID: z
    .string()
    .regex(TENANT_ID, 'must be 1-64 letters, digits or dashes')
    .transform((s) => s.toLowerCase())
    .optional(),
  /** The Teams tenants the bot serves (comma-separated ids); activities from any other get one polite refusal. */
  ALLOWED_TENANTS: tenantList.optional(),
  /** PostgreSQL instead of the lowdb file: postgres://user:password@host:5432/database (the role must not be a superuser). */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(?:ql)?:\/\//, 'must be a postgres:// or postgresql:// connection string')
    .optional(),
  DATABASE_POOL_MAX: positiveInt(1, 100).default(10),
  DATABASE_CONNECT_TIMEOUT_MS: positiveInt(100, 120_000, ' milliseconds').default(5_000),
  DATABASE_STATEMENT_TIMEOUT_MS: positiveInt(100, 600_000, ' milliseconds').default(15_000),
  /** Master key the per-tenant webhook secrets are derived from (nothing secret is stored). Required for them with DATABASE_URL. */
  SECRETS_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
});

export type Config = z.infer<typeof ConfigSchema> & {
  /** local: no BOT_ID, unsigned activities accepted. */
  mode: 'local' | 'authenticated';
  /** The address the server binds to. */
  bindHost: string;
  /**
   * The tenants served. 'default-only': local mode without ALLOWED_TENANTS, where every activity, whatever
   * tenant it names (the Agents Playground names a made-up one), belongs to the one default tenant.
   */
  tenants: readonly string[] | 'default-only';
  /** The tenant the environment's per-employer values (API_KEY, WEBHOOK_SECRET, NAV_CONTACT, HR_CONVERSATION_ID) belong to. */
  defaultTenant?: string;
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
  const mode = c.BOT_ID ? 'authenticated' : 'local';
  const botType = c.BOT_ID ? (c.BOT_TYPE ?? 'SingleTenant') : c.BOT_TYPE;
  if ((botType === 'SingleTenant' || botType === 'UserAssignedMSI') && c.BOT_ID && !c.BOT_TENANT_ID) {
    throw new ConfigError(
      `Invalid BOT_TENANT_ID: required with BOT_ID (BOT_TYPE=${botType}): the directory (tenant) id of the app registration. A bot registered before August 2025 as MultiTenant sets BOT_TYPE=MultiTenant and ALLOWED_TENANTS instead`,
    );
  }
  const botTenant = c.BOT_TENANT_ID?.toLowerCase();
  // Which tenants are served: ALLOWED_TENANTS; with BOT_ID and no list, only the registration's own tenant;
  // in local mode without a list, everything is the one default tenant.
  let tenants: Config['tenants'];
  if (c.ALLOWED_TENANTS) tenants = c.ALLOWED_TENANTS;
  else if (mode === 'local') tenants = 'default-only';
  else if (botTenant) tenants = [botTenant];
  else throw new ConfigError('Invalid ALLOWED_TENANTS: required with BOT_TYPE=MultiTenant, since there is no BOT_TENANT_ID to default to: list the tenant ids the bot serves');
  let defaultTenant: string | undefined;
  if (tenants === 'default-only') defaultTenant = c.DEFAULT_TENANT_ID ?? 'local';
  else if (c.DEFAULT_TENANT_ID) {
    if (!tenants.includes(c.DEFAULT_TENANT_ID))
      throw new ConfigError(`Invalid DEFAULT_TENANT_ID=${JSON.stringify(c.DEFAULT_TENANT_ID)}: must be one of ALLOWED_TENANTS (${tenants.join(', ')})`);
    defaultTenant = c.DEFAULT_TENANT_ID;
  } else if (tenants.length === 1) defaultTenant = tenants[0];
  else if (botTenant && tenants.includes(botTenant)) defaultTenant = botTenant;
  if (!defaultTenant) {
    const perEmployer = (['API_KEY', 'WEBHOOK_SECRET', 'NAV_CONTACT', 'HR_CONVERSATION_ID'] as const).find((k) => c[k] !== undefined);
    if (perEmployer) {
      throw new ConfigError(
        `Invalid ${perEmployer}: it belongs to one employer, and with several ALLOWED_TENANTS there is no default tenant: set DEFAULT_TENANT_ID to the tenant it belongs to`,
      );
    }
  }
  if (mode === 'local' && c.HOST && !c.ALLOW_UNAUTHENTICATED) {
    throw new ConfigError(
      `Invalid HOST=${JSON.stringify(c.HOST)}: without BOT_ID the bot accepts unsigned activities and listens on 127.0.0.1 only; set ALLOW_UNAUTHENTICATED=true as well to listen on ${c.HOST}`,
    );
  }
  const bindHost = c.HOST ?? (mode === 'local' ? '127.0.0.1' : '0.0.0.0');
  return { ...c, BOT_TYPE: botType, BOT_TENANT_ID: botTenant, mode, bindHost, tenants, defaultTenant };
}
