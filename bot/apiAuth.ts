/**
 * Who is calling the JSON endpoints, and for which tenant. A caller never names the tenant it wants to
 * read: the credential decides.
 * - API key (`Authorization: Bearer <key>`, /api/assess and /api/reports/inclusion): the environment's
 *   API_KEY is the default tenant's; a key made on a tenant's settings card names its tenant and is
 *   checked against the hash stored there.
 * - Webhook (/api/vacancies): `X-Tenant-Id: <tenant>` and a signature with that tenant's secret (derived
 *   from SECRETS_KEY, see dialogs/settings/keys.ts); without the header, the default tenant and the
 *   environment's WEBHOOK_SECRET.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type restify from 'restify';
import { deriveWebhookSecret, hashKey, sameSecret, tenantOfKey } from '../dialogs/settings/index.js';
import type { Config } from './config.js';
import { ensurePrivateDir, PRIVATE_FILE } from './storage/secureFile.js';
import type { Tenancy } from './tenancy.js';

export type Refusal = { status: 401 | 403 | 503; error: string; challenge?: boolean };

export interface ApiAuth {
  /**
   * The tenant of a valid API key, or the refusal. `optional` (assess only): no key and no API_KEY
   * configured lets the caller through, or with `loopbackOnly` only a caller on this machine.
   */
  bearer(req: restify.Request, opts?: { optional?: boolean; loopbackOnly?: boolean }): Promise<{ tenant?: string } | Refusal>;
  webhook(req: restify.Request): Promise<{ tenant: string; secret: string } | Refusal>;
  /** SECRETS_KEY, or (lowdb only) a key kept in DATA_DIR; undefined when per-tenant webhook secrets cannot be made. */
  masterKey(): string | undefined;
}

const KEY_FILE = 'secrets.key';
const isLoopback = (a: string | undefined): boolean => !!a && (a === '::1' || a.startsWith('127.') || a.startsWith('::ffff:127.'));

/** SECRETS_KEY; with the lowdb file and no SECRETS_KEY, a random key kept beside the data (one instance only). */
export function resolveMasterKey(config: Config): string | undefined {
  if (config.SECRETS_KEY) return config.SECRETS_KEY;
  if (config.DATABASE_URL) return undefined; // several instances must share one key: it has to come from configuration
  const file = path.join(config.DATA_DIR, KEY_FILE);
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    ensurePrivateDir(config.DATA_DIR);
    const key = randomBytes(32).toString('base64url');
    fs.writeFileSync(file, key, { mode: PRIVATE_FILE, flag: 'wx' });
    return key;
  }
}

export function createApiAuth(deps: { config: Config; tenancy: Tenancy }): ApiAuth {
  const { config, tenancy } = deps;
  let master: string | undefined | null = null;
  const masterKey = () => (master === null ? (master = resolveMasterKey(config)) : master);

  const unauthorized = (error: string): Refusal => ({ status: 401, error, challenge: true });

  return {
    masterKey,
    async bearer(req, { optional = false, loopbackOnly = false } = {}) {
      const header = req.headers.authorization;
      if (!header) {
        if (optional && !config.API_KEY) {
          if (!loopbackOnly || isLoopback(req.socket.remoteAddress)) return {};
          return {
            status: 403,
            error: "Forbidden: without API_KEY this endpoint answers only on the bot's own machine; set API_KEY on the bot and send Authorization: Bearer <API_KEY>",
          };
        }
        if (!config.API_KEY && !optional)
          return { status: 503, error: 'No API key is configured for this tenant: set API_KEY on the bot, or make one on the settings card («innstillinger»)' };
        return unauthorized('Unauthorized: send Authorization: Bearer <API key>');
      }
      const m = /^Bearer\s+(\S{1,300})\s*$/i.exec(header.length <= 1000 ? header : '');
      if (!m) return unauthorized('Unauthorized: send Authorization: Bearer <API key>');
      const token = m[1];
      if (config.API_KEY && config.defaultTenant && sameSecret(token, config.API_KEY)) return { tenant: config.defaultTenant };
      const tenant = tenantOfKey(token);
      if (tenant && tenancy.isAllowed(tenant)) {
        const hash = await tenancy.run(tenant, async () => tenancy.settings().apiKey?.hash);
        if (hash && sameSecret(hashKey(token), hash)) return { tenant };
      }
      return unauthorized('Unauthorized: the API key is not valid');
    },
    async webhook(req) {
      const named = req.header('x-tenant-id')?.trim().toLowerCase();
      const tenant = config.tenants === 'default-only' || !named ? config.defaultTenant : named;
      if (!tenant || !tenancy.isAllowed(tenant)) return { status: 401, error: 'Unauthorized: X-Tenant-Id names no tenant this bot serves' };
      const key = masterKey();
      const salt = await tenancy.run(tenant, async () => tenancy.settings().webhook?.salt);
      const secret = salt && key ? deriveWebhookSecret(key, tenant, salt) : tenant === config.defaultTenant ? config.WEBHOOK_SECRET : undefined;
      if (!secret) {
        return named && tenant !== config.defaultTenant
          ? { status: 401, error: 'Unauthorized: this tenant has no webhook secret yet (an admin makes one on the settings card, «innstillinger»)' }
          : { status: 503, error: 'The vacancy webhook is not configured: set WEBHOOK_SECRET on the bot' };
      }
      return { tenant, secret };
    },
  };
}
