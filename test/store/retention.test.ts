/**
 * The retention job bounds every collection that grows with use by the tenant's settings, on a real
 * lowdb file: what is older than its limit goes, what is younger stays, and other tenants are untouched.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runRetention } from '../../bot/retention.js';
import { openJsonStore } from '../../bot/storage/jsonStore.js';
import { BUILT_IN_RETENTION, resolveSettings, type TenantSettings } from '../../dialogs/settings/index.js';
import { inTenant } from '../../dialogs/shared/tenant.js';

const now = new Date('2026-12-01T03:00:00Z');
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000).toISOString();

describe('retention job', () => {
  it('removes what is past each limit, keeps the rest, and leaves other tenants alone', async () => {
    const store = await openJsonStore(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'inkl-retention-')), 'store.json'));
    const settings: TenantSettings = resolveSettings(
      { id: 'settings', retention: { textDays: 30, guideRunDays: 14, auditMonths: 6, conversationMonths: 12, vacancyMonths: 24 } },
      { bootstrapAdmins: [], reminderWorkingDays: 3, retention: BUILT_IN_RETENTION },
    );
    const seed = async () => {
      const put = (repo: string, r: { id: string } & Record<string, unknown>) => store.repo(repo).put(r);
      await put('audit', { id: 'a-old', at: daysAgo(200), action: 'x' });
      await put('audit', { id: 'a-new', at: daysAgo(100), action: 'x' });
      await put('entryHistory', { id: 'h1', entryId: 'e', at: daysAgo(400) });
      await put('entryHistory', { id: 'h2', entryId: 'e', at: daysAgo(300) });
      await put('entryHistory', { id: 'h3', entryId: 'f', at: daysAgo(10) });
      await put('feedback', { id: 'f-old-vote', at: daysAgo(200), vote: 'up' });
      await put('feedback', { id: 'f-old-comment', at: daysAgo(31), vote: 'down', comment: 'tekst' });
      await put('feedback', { id: 'f-new', at: daysAgo(29), vote: 'down', comment: 'ny tekst' });
      await put('unanswered', { id: 'u-old', lastAsked: daysAgo(2), firstAsked: daysAgo(31), question: 'q' });
      await put('unanswered', { id: 'u-new', lastAsked: daysAgo(2), firstAsked: daysAgo(29), question: 'q' });
      await put('conversationRefs', { id: 'gone-user', updatedAt: daysAgo(400) });
      await put('conversationRefs', { id: 'active-user', updatedAt: daysAgo(30) });
      await put('userPrefs', { id: 'gone-user', updatedAt: daysAgo(400), sector: 'state' });
      await put('deliveryFailures', { id: 'df', at: daysAgo(200) });
      await put('vacancyKeys', { id: 'ext:gone', vacancyId: 'v-gone', at: daysAgo(5 * 365) });
      await put('vacancyKeys', { id: 'ext:kept-live', vacancyId: 'v-live', at: daysAgo(5 * 365) });
      await put('vacancyKeys', { id: 'ext:legacy', vacancyId: 'v-gone' });
      await put('vacancies', { id: 'v-live', reportedAt: daysAgo(1) });
    };
    await inTenant('a', seed);
    await inTenant('b', seed);
    let reduced = 0;
    const removed = await inTenant('a', () => runRetention({ store, clock: { now: () => now }, settings: () => settings, reduceVacancies: async () => ++reduced && 0 }));
    expect(reduced).toBe(1);
    const ids = async (repo: string) => (await inTenant('a', () => store.repo(repo).find())).map((r) => r.id).sort();
    expect(await ids('audit')).toEqual(['a-new']);
    expect(await ids('entryHistory')).toEqual(['h2', 'h3']); // the newest event of an entry stays
    expect(await ids('feedback')).toEqual(['f-new', 'f-old-comment']); // the vote stays, its comment goes after 30 days
    expect((await inTenant('a', () => store.repo<{ id: string; comment?: string }>('feedback').get('f-old-comment')))?.comment).toBeUndefined();
    expect(await ids('unanswered')).toEqual(['u-new']);
    expect(await ids('conversationRefs')).toEqual(['active-user']);
    expect(await ids('userPrefs')).toEqual([]);
    expect(await ids('deliveryFailures')).toEqual([]);
    expect(await ids('vacancyKeys')).toEqual(['ext:kept-live', 'ext:legacy']);
    expect((await inTenant('a', () => store.repo<{ id: string; at?: string }>('vacancyKeys').get('ext:legacy')))?.at).toBe(now.toISOString());
    expect(removed).toBe(9);
    expect(await inTenant('b', () => store.repo('audit').count())).toBe(2);
    expect(await inTenant('b', () => store.repo('feedback').count())).toBe(3);
  });
});
