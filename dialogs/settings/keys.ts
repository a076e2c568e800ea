/**
 * Credentials for the JSON endpoints, per tenant. An API key names its tenant and is stored only as a
 * SHA-256 hash (the key is 256 random bits, so a plain hash is as good as a slow one). A webhook
 * secret must be known to check an HMAC, so it is not stored at all: it is derived from the
 * installation's SECRETS_KEY, the tenant and a stored random salt, and a new salt revokes the old secret.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const TENANT = /^[a-z0-9-]{1,64}$/;

export function hashKey(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A new key `<tenant>.<43 random characters>`, and the hash to store. */
export function newApiKey(tenant: string): { token: string; hash: string } {
  const token = `${tenant}.${randomBytes(32).toString('base64url')}`;
  return { token, hash: hashKey(token) };
}

/** The tenant a key names, or undefined for anything that is not shaped like one of our keys. */
export function tenantOfKey(token: string): string | undefined {
  const dot = token.lastIndexOf('.');
  if (dot <= 0 || token.length - dot - 1 !== 43) return undefined;
  const tenant = token.slice(0, dot).toLowerCase();
  return TENANT.test(tenant) ? tenant : undefined;
}

/** Compares two strings in time that depends on neither their content nor their length. */
export function sameSecret(a: string, b: string): boolean {
  return timingSafeEqual(createHash('sha256').update(a).digest(), createHash('sha256').update(b).digest());
}

export function newSalt(): string {
  return randomBytes(16).toString('base64url');
}

export function deriveWebhookSecret(masterKey: string, tenant: string, salt: string): string {
  return createHmac('sha256', masterKey).update(`webhook:${tenant}:${salt}`).digest('base64url');
}
