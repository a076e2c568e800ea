/**
 * A tenant's knowledge index is built soon after its first activity on this instance, not by the first typed
 * question (which would wait seconds for it). The features are wired as in the bot.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseConfig } from '../../bot/config.js';
import { createApiAuth } from '../../bot/apiAuth.js';
import { createTenancy } from '../../bot/tenancy.js';
import { buildFeatures } from '../../bot/features.js';
import { createLogger } from '../../bot/logger.js';
import { Roles } from '../../dialogs/hr/roles.js';
import { createAudit } from '../../dialogs/shared/audit.js';
import { inTenant } from '../../dialogs/shared/tenant.js';
import { memoryStore } from '../support/memoryStore.js';
import { quietNotifier } from '../support/recordingNotifier.js';
import { FIXTURE_ENTRIES } from '../support/searchFixtures.js';

function features() {
  const store = memoryStore();
  const clock = { now: () => new Date('2026-12-02T09:00:00Z') };
  const config = parseConfig({});
  const tenancy = createTenancy({ config, store, logger: createLogger('silent') });
  return buildFeatures({
    config,
    store,
    clock,
    roles: new Roles(store, []),
    audit: createAudit(store, clock),
    notifier: quietNotifier(),
    logger: createLogger('silent'),
    tenancy,
    auth: createApiAuth({ config, tenancy }),
    entries: FIXTURE_ENTRIES,
  });
}

describe('the knowledge index is built ahead of the first question', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('after the reply to a tenant’s first activity, once per tenant', async () => {
    const built = features();
    const admin = built.knowledgeAdmin;
    await inTenant('tenant-a', () => built.onUserSeen('user-1'));
    expect(admin.hasIndex('tenant-a')).toBe(false); // not in the turn itself: the reply goes first
    await vi.advanceTimersByTimeAsync(1_000);
    expect(admin.hasIndex('tenant-a')).toBe(true);
    const first = await inTenant('tenant-a', () => admin.index());

    // More activity in the same tenant keeps the index already built; another tenant gets its own.
    await inTenant('tenant-a', () => built.onUserSeen('user-2'));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await inTenant('tenant-a', () => admin.index())).toBe(first);
    expect(admin.hasIndex('tenant-b')).toBe(false);
    await inTenant('tenant-b', () => built.onUserSeen('user-3'));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(admin.hasIndex('tenant-b')).toBe(true);
    expect(await inTenant('tenant-b', () => admin.index())).not.toBe(first);
  });

  it('a question asked before the early build keeps the index it built', async () => {
    const built = features();
    const admin = built.knowledgeAdmin;
    const asked = await inTenant('tenant-a', async () => {
      await built.onUserSeen('user-1');
      return admin.index();
    });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await inTenant('tenant-a', () => admin.index())).toBe(asked);
  });
});
