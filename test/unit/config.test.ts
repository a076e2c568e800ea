import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../bot/config.js';

describe('configuration from the environment', () => {
  it('defaults to local mode on 127.0.0.1:3978 with ./data', () => {
    const c = parseConfig({});
    expect(c).toMatchObject({ PORT: 3978, DATA_DIR: './data', mode: 'local', bindHost: '127.0.0.1', REMINDER_WORKING_DAYS: 3, RETENTION_MONTHS: 24 });
  });

  it('authenticated mode with BOT_ID, BOT_PASSWORD and BOT_TENANT_ID listens on all interfaces, as a single-tenant registration serving its own tenant', () => {
    const c = parseConfig({ BOT_ID: 'id', BOT_PASSWORD: 'pw', BOT_TENANT_ID: 'AAAAAAAA-0000-0000-0000-000000000001' });
    expect(c).toMatchObject({
      mode: 'authenticated',
      bindHost: '0.0.0.0',
      BOT_TYPE: 'SingleTenant',
      tenants: ['aaaaaaaa-0000-0000-0000-000000000001'],
      defaultTenant: 'aaaaaaaa-0000-0000-0000-000000000001',
    });
  });

  it("serves the listed tenants; with several, the environment's per-employer values need DEFAULT_TENANT_ID", () => {
    const auth = { BOT_ID: 'id', BOT_PASSWORD: 'pw', BOT_TENANT_ID: 'home' };
    expect(parseConfig({ ...auth, ALLOWED_TENANTS: 'T-1, t-2,t-1' })).toMatchObject({ tenants: ['t-1', 't-2'], defaultTenant: undefined });
    expect(parseConfig({ ...auth, ALLOWED_TENANTS: 'home,t-2' })).toMatchObject({ defaultTenant: 'home' });
    expect(parseConfig({ ...auth, ALLOWED_TENANTS: 't-1,t-2', DEFAULT_TENANT_ID: 't-2', NAV_CONTACT: 'Kari' })).toMatchObject({ defaultTenant: 't-2' });
    expect(() => parseConfig({ ...auth, ALLOWED_TENANTS: 't-1,t-2', NAV_CONTACT: 'Kari' })).toThrow(/Invalid NAV_CONTACT: it belongs to one employer.*DEFAULT_TENANT_ID/);
    expect(() => parseConfig({ ...auth, ALLOWED_TENANTS: 't-1', DEFAULT_TENANT_ID: 't-9' })).toThrow(/Invalid DEFAULT_TENANT_ID="t-9": must be one of ALLOWED_TENANTS/);
    // Local mode without a list: one tenant, whatever activities name.
    expect(parseConfig({})).toMatchObject({ tenants: 'default-only', defaultTenant: 'local' });
    expect(parseConfig({ ALLOWED_TENANTS: 'a,b', DEFAULT_TENANT_ID: 'a' })).toMatchObject({ tenants: ['a', 'b'], defaultTenant: 'a' });
  });

  it('reads the PostgreSQL settings, with pool defaults', () => {
    expect(parseConfig({ DATABASE_URL: 'postgresql://inkl:pw@db.example:5432/inkl?sslmode=verify-full' })).toMatchObject({
      DATABASE_POOL_MAX: 10,
      DATABASE_CONNECT_TIMEOUT_MS: 5000,
      DATABASE_STATEMENT_TIMEOUT_MS: 15000,
    });
    expect(parseConfig({ DATABASE_URL: 'postgres://x@y/z', DATABASE_POOL_MAX: '4' }).DATABASE_POOL_MAX).toBe(4);
  });

  it.each([
    [{ PORT: 'abc' }, /Invalid PORT="abc"/],
    [{ PORT: '70000' }, /Invalid PORT="70000": must be 0-65535/],
    [{ LOG_LEVEL: 'loud' }, /Invalid LOG_LEVEL="loud".*allowed: fatal, error/],
    [{ DEFAULT_SECTOR: 'county' }, /Invalid DEFAULT_SECTOR="county".*allowed: state, municipal/],
    [{ ALLOW_UNAUTHENTICATED: 'maybe' }, /Invalid ALLOW_UNAUTHENTICATED="maybe": must be true or false/],
    [{ API_KEY: 'short' }, /Invalid API_KEY.*at least 16/],
    [{ ADMIN_AAD_OBJECT_IDS: 'bob' }, /Invalid ADMIN_AAD_OBJECT_IDS.*GUID/],
    [{ REMINDER_WORKING_DAYS: '0' }, /Invalid REMINDER_WORKING_DAYS="0": must be 1-30/],
    [{ BOT_ID: 'id' }, /Invalid BOT_PASSWORD: required when BOT_ID is set/],
    [{ BOT_ID: 'id', BOT_PASSWORD: 'pw' }, /Invalid BOT_TENANT_ID: required with BOT_ID \(BOT_TYPE=SingleTenant\).*BOT_TYPE=MultiTenant and ALLOWED_TENANTS/],
    [{ BOT_ID: 'id', BOT_PASSWORD: 'pw', BOT_TYPE: 'MultiTenant' }, /Invalid ALLOWED_TENANTS: required with BOT_TYPE=MultiTenant/],
    [{ ALLOWED_TENANTS: 'a, b c' }, /Invalid ALLOWED_TENANTS.*1-64 letters, digits or dashes/],
    [{ ALLOWED_TENANTS: ' , ' }, /Invalid ALLOWED_TENANTS.*at least one tenant/],
    [{ DATABASE_URL: 'mysql://x' }, /Invalid DATABASE_URL.*postgres:\/\//],
    [{ DATABASE_POOL_MAX: '0' }, /Invalid DATABASE_POOL_MAX="0": must be 1-100/],
    [{ SECRETS_KEY: 'short' }, /Invalid SECRETS_KEY.*at least 32/],
    [{ HOST: '0.0.0.0' }, /Invalid HOST="0.0.0.0": without BOT_ID .* ALLOW_UNAUTHENTICATED=true/],
  ])('refuses %j with one clear line', (env, message) => {
    expect(() => parseConfig(env)).toThrow(ConfigError);
    expect(() => parseConfig(env)).toThrow(message);
  });

  it('lets the operator open local mode to other hosts only with both HOST and ALLOW_UNAUTHENTICATED', () => {
    expect(parseConfig({ HOST: '0.0.0.0', ALLOW_UNAUTHENTICATED: 'true' })).toMatchObject({ mode: 'local', bindHost: '0.0.0.0' });
  });

  it('parses the admin list', () => {
    expect(parseConfig({ ADMIN_AAD_OBJECT_IDS: '00000000-0000-0000-0000-000000000001, 00000000-0000-0000-0000-000000000002' }).ADMIN_AAD_OBJECT_IDS).toHaveLength(2);
  });
});
