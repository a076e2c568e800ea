/**
 * The vacancy checklist: a reported vacancy (in chat or from an HR system) brings the inclusion
 * checklist to the manager, reminds them while items are open, records the outcome on closing, and
 * feeds the inclusion report. Pure of HTTP and Teams: bot/ wires the routes, the notifier and the timer.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Audit } from '../shared/audit.js';
import { StaleWriteError, type Clock, type Notifier, type Store } from '../shared/ports.js';
import type { Outgoing } from '../shared/turn.js';
import type { Roles } from '../hr/roles.js';
import { checklistCard } from './cards/checklistCard.js';
import { progress } from './checklist.js';
import { keyedLock } from './lock.js';
import { VACANCIES, VACANCY_KEYS, type PositionFacts, type Sector, type Vacancy, type VacancyKey } from './model.js';
import { applyRetention } from './retention.js';
import { buildInclusionReport } from './report.js';
import { fieldErrors, webhookSchema, type FieldError } from './schemas.js';
import { S } from './strings.js';
import { isWorkingDay, localDate, workingDaysBetween } from './workingDays.js';

export interface VacancyConfig {
  /** The employer's NAV contact, shown on the "contact NAV" item. */
  navContact?: string;
  /** Working days (Mon-Fri) after delivery before the first reminder; default 3. */
  reminderWorkingDays: number;
  /** The HR/inclusion channel or chat that gets a copy of each checklist. */
  hrConversationId?: string;
  /** Vacancies older than this are reduced to yearly counts; default 24. */
  retentionMonths: number;
  /** Used when a report does not say; without it, the chat form asks and the webhook requires `sector`. */
  defaultSector?: Sector;
}

export interface VacancyDeps {
  store: Store;
  clock: Clock;
  notifier: Notifier;
  roles: Roles;
  audit: Audit;
  config: VacancyConfig;
}

export type ReportFromSystemResult = { status: 202; id: string; duplicate: boolean } | { status: 400; errors: FieldError[] } | { status: 409; id: string };

/** A digest of a report's content (keys sorted), to tell a retried delivery from a changed one. */
function fingerprint(input: Record<string, unknown>): string {
  const sorted = Object.fromEntries(
    Object.entries(input)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
  return createHash('sha256').update(JSON.stringify(sorted)).digest('hex');
}

const sameUser = (a: string | undefined, b: string): boolean => !!a && a.toLowerCase() === b.toLowerCase();

/** The shared machinery behind the feature and the entry points bot/ calls. */
export function createVacancyCore(deps: VacancyDeps) {
  const { store, clock, notifier, config } = deps;
  const vacancies = store.repo<Vacancy>(VACANCIES);
  const keys = store.repo<VacancyKey>(VACANCY_KEYS);
  const lock = keyedLock();
  // Read when used: with several tenants, bot/ gives a config whose values are the current tenant's.
  const reminderDays = () => (config.reminderWorkingDays > 0 ? config.reminderWorkingDays : 3);

  /**
   * Read-modify-write of one vacancy that holds across instances: the write names the revision it read,
   * and a lost race reads again (the in-process lock only saves the retries within one instance).
   * `change` returns the next vacancy, or undefined to leave it as it is.
   */
  async function update(id: string, change: (v: Vacancy) => Promise<Vacancy | undefined> | Vacancy | undefined): Promise<Vacancy | undefined> {
    for (let attempt = 0; ; attempt++) {
      const v = await vacancies.get(id);
      if (!v) return undefined;
      const next = await change(v);
      if (!next || next === v) return v;
      try {
        const { rev: _rev, ...plain } = next as Vacancy & { rev?: number };
        await vacancies.put(plain as Vacancy, { ifRev: v.rev });
        return plain as Vacancy;
      } catch (e) {
        if (!(e instanceof StaleWriteError) || attempt >= 9) throw e;
      }
    }
  }

  const cardFor = (v: Vacancy, notice?: string) => checklistCard(v, { navContact: config.navContact, notice, hrAvailable: !!config.hrConversationId });

  /** A notifier failure (network, Bot Framework) is treated like no reference: kept pending, retried later. */
  const trySend = async (send: () => Promise<'sent' | 'no-reference'>): Promise<boolean> => {
    try {
      return (await send()) === 'sent';
    } catch {
      return false;
    }
  };

  const sendHrCopy = (v: Vacancy): Promise<boolean> =>
    trySend(() =>
      notifier.sendToConversation(config.hrConversationId!, [
        { type: 'text', text: S.hrCopyIntro(v.title, v.unit) },
        { type: 'card', card: cardFor(v) },
      ]),
    );

  /**
   * Sends what is still pending for one vacancy (to the manager, the HR copy); stores the result. A send
   * is marked done with a revision check, so another instance that delivered meanwhile is not overwritten
   * (at worst a message goes twice when two instances send in the same instant; the reminders, which
   * repeat, are claimed before they are sent).
   */
  async function deliverPending(id: string): Promise<Vacancy | undefined> {
    return lock(id, async () => {
      const v = await vacancies.get(id);
      if (!v || v.closed) return v;
      let managerSent = false;
      let hrSent = false;
      if (v.delivery.manager === 'pending') {
        const messages: Outgoing[] = [
          { type: 'text', text: S.deliveredIntro(v.title) },
          { type: 'card', card: cardFor(v) },
        ];
        managerSent = await trySend(() => notifier.sendToUser(v.managerId, messages));
      }
      if (v.delivery.hr === 'pending' && config.hrConversationId) hrSent = await sendHrCopy(v);
      if (!managerSent && !hrSent) return v;
      const at = clock.now().toISOString();
      return update(id, (cur) => {
        let next = cur;
        if (managerSent && cur.delivery.manager === 'pending') next = { ...next, delivery: { ...next.delivery, manager: 'sent' }, deliveredAt: at };
        if (hrSent && cur.delivery.hr === 'pending') next = { ...next, delivery: { ...next.delivery, hr: 'sent' } };
        return next;
      });
    });
  }

  function newVacancy(facts: PositionFacts, meta: { source: Vacancy['source']; managerId: string; externalId?: string; deliveredNow: boolean }): Vacancy {
    const now = clock.now().toISOString();
    const v: Vacancy = {
      id: randomUUID(),
      source: meta.source,
      ...(meta.externalId ? { externalId: meta.externalId } : {}),
      ...facts,
      managerId: meta.managerId,
      reportedAt: now,
      delivery: { manager: meta.deliveredNow ? 'sent' : 'pending', ...(config.hrConversationId ? { hr: 'pending' as const } : {}) },
      checked: [],
      remindersSent: 0,
    };
    if (facts.durationMonths === undefined) delete v.durationMonths;
    if (meta.deliveredNow) v.deliveredAt = now;
    return v;
  }

  /**
   * Stores a vacancy once per idempotency key ("ext:…" from an HR system, "form:…" from a chat form).
   * The key is claimed first with a create-only write, so two instances racing on the same key store
   * one vacancy: the loser's write is refused by the store and it answers as a duplicate.
   */
  async function createOnce(key: string, make: () => Vacancy, content?: string): Promise<{ vacancy: Vacancy; duplicate: boolean; changed?: boolean }> {
    return lock(key, async () => {
      const duplicateOf = async (): Promise<{ vacancy: Vacancy; duplicate: true; changed: boolean }> => {
        const known = (await keys.get(key))!;
        const changed = !!content && !!known.content && known.content !== content;
        return { vacancy: (await vacancies.get(known.vacancyId)) ?? ({ id: known.vacancyId } as Vacancy), duplicate: true, changed };
      };
      if (await keys.get(key)) return duplicateOf();
      const v = make();
      try {
        await keys.put({ id: key, vacancyId: v.id, at: clock.now().toISOString(), ...(content ? { content } : {}) }, { ifRev: 0 });
      } catch (e) {
        if (e instanceof StaleWriteError) return duplicateOf();
        throw e;
      }
      await vacancies.put(v);
      return { vacancy: v, duplicate: false };
    });
  }

  async function reportFromSystem(input: unknown): Promise<ReportFromSystemResult> {
    const parsed = webhookSchema(config.defaultSector).safeParse(input);
    if (!parsed.success) return { status: 400, errors: fieldErrors(parsed.error) };
    const { externalId, managerAadObjectId, ...facts } = parsed.data;
    const { vacancy, duplicate, changed } = await createOnce(
      `ext:${externalId}`,
      () => newVacancy(facts, { source: 'system', managerId: managerAadObjectId, externalId, deliveredNow: false }),
      fingerprint(parsed.data),
    );
    if (changed) return { status: 409, id: vacancy.id };
    if (!duplicate) await deliverPending(vacancy.id);
    return { status: 202, id: vacancy.id, duplicate };
  }

  /**
   * «Send til HR»: the checklist's status goes to the HR channel once. A second press (or a second
   * viewer) finds it sent and gets the card that says so; a failed send changes nothing.
   */
  async function sendToHr(id: string): Promise<{ vacancy?: Vacancy; outcome: 'sent' | 'already' | 'failed' | 'no-channel' }> {
    if (!config.hrConversationId) return { vacancy: await vacancies.get(id), outcome: 'no-channel' };
    return lock(id, async () => {
      const v = await vacancies.get(id);
      if (!v) return { outcome: 'failed' as const };
      if (v.sentToHrAt) return { vacancy: v, outcome: 'already' as const };
      const next: Vacancy = { ...v, sentToHrAt: clock.now().toISOString() };
      const p = progress(v);
      const ok = await trySend(() =>
        notifier.sendToConversation(config.hrConversationId!, [
          { type: 'text', text: S.sentToHrIntro(v.title, v.unit, p.done, p.total) },
          { type: 'card', card: cardFor(next) },
        ]),
      );
      if (!ok) return { vacancy: v, outcome: 'failed' as const };
      await vacancies.put(next);
      return { vacancy: next, outcome: 'sent' as const };
    });
  }

  async function onUserSeen(userId: string): Promise<void> {
    // Looked up by the indexed manager field (as Teams sends it, or an HR system in either case), not by reading every vacancy.
    const found = await Promise.all([...new Set([userId, userId.toLowerCase(), userId.toUpperCase()])].map((id) => vacancies.find({ where: { managerId: id } })));
    const waiting = found.flat().filter((v) => !v.closed && v.delivery.manager === 'pending' && sameUser(userId, v.managerId));
    for (const v of waiting) await deliverPending(v.id);
  }

  /** Due: delivered, open items, `reminderWorkingDays` working days since delivery, a working day, none today. */
  function reminderDue(v: Vacancy, now: Date): boolean {
    if (v.closed || v.delivery.manager !== 'sent' || !v.deliveredAt) return false;
    if (progress(v).open.length === 0) return false;
    if (!isWorkingDay(now) || v.lastReminderDate === localDate(now)) return false;
    return workingDaysBetween(new Date(v.deliveredAt), now) >= reminderDays();
  }

  /** Retries what is still pending (the manager's checklist, the HR copy) for every open vacancy. */
  async function retryDeliveries(): Promise<number> {
    let delivered = 0;
    for (const v of await vacancies.find()) {
      if (v.closed || (v.delivery.manager !== 'pending' && v.delivery.hr !== 'pending')) continue;
      const after = await deliverPending(v.id);
      if (after && (after.delivery.manager !== v.delivery.manager || after.delivery.hr !== v.delivery.hr)) delivered++;
    }
    return delivered;
  }

  async function runReminders(): Promise<number> {
    let sent = 0;
    for (const { id } of await vacancies.find()) {
      const v = await deliverPending(id);
      if (!v) continue;
      const now = clock.now();
      if (!reminderDue(v, now)) continue;
      const ok = await lock(id, async () => {
        const cur = await vacancies.get(id);
        if (!cur || !reminderDue(cur, now)) return false;
        // Claimed before it is sent, with a revision check: of two instances, one sends it.
        const claim = { ...cur, lastReminderDate: localDate(now), remindersSent: cur.remindersSent + 1 };
        const { rev: _rev, ...plain } = claim;
        let claimed;
        try {
          claimed = await vacancies.put(plain, { ifRev: cur.rev });
        } catch (e) {
          if (e instanceof StaleWriteError) return false;
          throw e;
        }
        const messages: Outgoing[] = [
          { type: 'text', text: S.reminder(cur.title, progress(cur).open.length) },
          { type: 'card', card: cardFor(cur) },
        ];
        if (await trySend(() => notifier.sendToUser(cur.managerId, messages))) return true;
        // Not sent: give the claim back, so a later run tries again (unless the vacancy changed meanwhile).
        const { rev: _r, ...back } = cur;
        await vacancies.put(back, { ifRev: claimed.rev }).catch((e: unknown) => {
          if (!(e instanceof StaleWriteError)) throw e;
        });
        return false;
      });
      if (ok) sent++;
    }
    return sent;
  }

  return {
    deps,
    vacancies,
    lock,
    update,
    cardFor,
    newVacancy,
    createOnce,
    deliverPending,
    sendToHr,
    reportFromSystem,
    onUserSeen,
    runReminders,
    retryDeliveries,
    inclusionReport: (year: number) => buildInclusionReport(store, year),
    applyRetention: () => applyRetention(store, clock.now(), config.retentionMonths > 0 ? config.retentionMonths : 24),
  };
}

export type VacancyCore = ReturnType<typeof createVacancyCore>;
