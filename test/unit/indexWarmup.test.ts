/**
 * A tenant's knowledge index is built soon after its first activity on this instance, not by the first typed
 * question (which would wait seconds for it). The features are wired as in the bot; only the index factory is watched.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as knowledge from '../../knowledge/index.js';
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

vi.mock('../../knowledge/index.js', async (original) => {
  const actual = await original<typeof import('../../knowledge/index.js')>();
  return { ...actual, createKnowledgeIndex: vi.fn(actual.createKnowledgeIndex) };
});

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
  const builds = vi.mocked(knowledge.createKnowledgeIndex);
  beforeEach(() => {
    builds.mockClear();
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('after the reply to a tenant’s first activity, once per tenant', async () => {
    const built = features();
    await inTenant('tenant-a', () => built.onUserSeen('user-1'));
    expect(builds).not.toHaveBeenCalled(); // not in the turn itself: the reply goes first
    await vi.advanceTimersByTimeAsync(1_000);
    expect(builds).toHaveBeenCalledTimes(1);

    // More activity and a question in the same tenant use the index already built.
    await inTenant('tenant-a', () => built.onUserSeen('user-2'));
    await vi.advanceTimersByTimeAsync(1_000);
    await inTenant('tenant-a', () => built.knowledgeAdmin.index());
    expect(builds).toHaveBeenCalledTimes(1);

    // Another tenant gets its own.
    await inTenant('tenant-b', () => built.onUserSeen('user-3'));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(builds).toHaveBeenCalledTimes(2);
  });

  it('a question asked before the build starts builds the index once', async () => {
    const built = features();
    await inTenant('tenant-a', async () => {
      await built.onUserSeen('user-1');
      await built.knowledgeAdmin.index();
    });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(builds).toHaveBeenCalledTimes(1);
  });
});
