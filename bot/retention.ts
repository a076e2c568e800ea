/**
 * The retention job, run once a day in each tenant: everything that grows with use is kept only as long
 * as the tenant's settings say (see dialogs/settings/model.ts Retention, and the README's table).
 * Vacancies are reduced to yearly counts by the vacancy service; free text that may describe a person
 * (questions to HR, feedback comments, NAV order drafts) goes after `textDays` (dialogs/shared/retention.ts);
 * guide runs go by the hour in the guide's own job (dialogs/guide applyRetention, `guideRunDays`);
 * the rest is removed when older than its limit, judged by the record's own last-change time.
 */
import type { Clock, Store } from '../dialogs/shared/ports.js';
import { AUDIT, FEEDBACK } from '../dialogs/shared/records.js';
import { applyTextRetention } from '../dialogs/shared/retention.js';
import { applyQueueRetention } from '../dialogs/hr/index.js';
import { DELIVERY_FAILURES, type TenantSettings } from '../dialogs/settings/index.js';
import { ENTRY_HISTORY } from '../dialogs/hr/index.js';
import { USER_PREFS } from '../dialogs/shared/prefs.js';
import { VACANCIES, VACANCY_KEYS } from '../dialogs/vacancy/index.js';
import { REFS } from './proactive.js';

const monthsBefore = (now: Date, months: number): Date => {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
};

/** Which repo, which field holds the record's last change, and how long it is kept. */
export function retentionRules(r: TenantSettings['retention'], now: Date): Array<{ repo: string; field: string; before: Date; keepNewestPer?: string }> {
  const audit = monthsBefore(now, r.auditMonths);
  const seen = monthsBefore(now, r.conversationMonths);
  return [
    { repo: AUDIT, field: 'at', before: audit },
    { repo: ENTRY_HISTORY, field: 'at', before: audit, keepNewestPer: 'entryId' },
    { repo: DELIVERY_FAILURES, field: 'at', before: audit },
    // The votes themselves (their comments went after textDays), kept as long as the audit log.
    { repo: FEEDBACK, field: 'at', before: audit },
    { repo: REFS, field: 'updatedAt', before: seen },
    { repo: USER_PREFS, field: 'updatedAt', before: seen },
    // Idempotency keys of vacancies: kept twice as long as the vacancies, so a late re-delivery is still known.
    { repo: VACANCY_KEYS, field: 'at', before: monthsBefore(now, 2 * r.vacancyMonths) },
  ];
}

export async function runRetention(deps: { store: Store; clock: Clock; settings: () => TenantSettings; reduceVacancies: () => Promise<number> }): Promise<number> {
  const now = deps.clock.now();
  let removed = await deps.reduceVacancies();
  const texts = await applyTextRetention(deps.store, now, deps.settings().retention.textDays);
  removed += texts.questionsRemoved + texts.commentsRemoved + texts.ordersRemoved;
  removed += await applyQueueRetention(deps.store, now, deps.settings().retention.textDays);
  for (const rule of retentionRules(deps.settings().retention, now)) {
    const repo = deps.store.repo<{ id: string } & Record<string, unknown>>(rule.repo);
    const all = await repo.find();
    const newest = new Map<string, string>();
    if (rule.keepNewestPer) {
      for (const r of all) {
        const k = String(r[rule.keepNewestPer]);
        const at = String(r[rule.field] ?? '');
        if (at > (newest.get(k) ?? '')) newest.set(k, at);
      }
    }
    for (const r of all) {
      const at = r[rule.field];
      if (typeof at !== 'string') {
        // Written before the record had a time (vacancy keys before 2026-12): its clock starts now.
        if (rule.repo === VACANCY_KEYS) await repo.put({ ...r, [rule.field]: now.toISOString() }, { ifRev: r.rev as number }).catch(() => undefined);
        continue;
      }
      if (!(new Date(at) < rule.before)) continue;
      if (rule.keepNewestPer && newest.get(String(r[rule.keepNewestPer])) === at) continue;
      if (rule.repo === VACANCY_KEYS && (await deps.store.repo(VACANCIES).get(String(r.vacancyId)))) continue;
      if (await repo.remove(r.id)) removed++;
    }
  }
  return removed;
}
