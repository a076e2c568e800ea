import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../bot/config.js';

describe('configuration from the environment', () => {
  it('defaults to local mode on 127.0.0.1:3978 with ./data', () => {
    const c = parseConfig({});
    expect(c).toMatchObject({ PORT: 3978, DATA_DIR: './data', mode: 'local', bindHost: '127.0.0.1', REMINDER_WORKING_DAYS: 3, RETENTION_MONTHS: 24 });
  });

  it('authenticated mode with BOT_ID and BOT_PASSWORD listens on all interfaces', () => {
    const c = parseConfig({ BOT_ID: 'id', BOT_PASSWORD: 'pw' });
    expect(c).toMatchObject({ mode: 'authenticated', bindHost: '0.0.0.0' });
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
