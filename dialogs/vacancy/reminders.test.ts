import { describe, expect, it } from 'vitest';
import { expectValidCard } from '../../test/helpers/cards.js';
import { createAudit } from '../shared/audit.js';
import { Roles } from '../hr/roles.js';
import { createVacancyService } from './index.js';
import { VACANCIES, type Vacancy } from './model.js';
import { localDate, workingDaysBetween } from './workingDays.js';
import { act, ADMIN, cardsIn, defaultConfig, MANAGER, movableClock, runAction, setup, textsIn, validVacancy } from '../../test/support/vacancyHarness.js';

describe('workingDaysBetween (Oslo calendar days, Mon-Fri)', () => {
  const cases: Array<[string, string, number]> = [
    ['2025-03-03T08:00:00Z', '2025-03-03T20:00:00Z', 0], // same Monday
    ['2025-03-03T08:00:00Z', '2025-03-06T08:00:00Z', 3], // Mon → Thu
    ['2025-03-06T08:00:00Z', '2025-03-10T08:00:00Z', 2], // Thu → Mon: Fri, Mon
    ['2025-03-07T08:00:00Z', '2025-03-09T20:00:00Z', 0], // Fri → Sun
    ['2025-03-07T23:30:00Z', '2025-03-10T08:00:00Z', 1], // 00:30 Saturday in Oslo → Mon
    ['2025-03-30T22:30:00Z', '2025-03-31T08:00:00Z', 0], // after the switch to summer time it is already Monday in Oslo
    // Public holidays are not working days.
    ['2025-04-16T08:00:00Z', '2025-04-22T08:00:00Z', 1], // Wed → Tue after Easter: Thu, Fri, Mon are holidays
    ['2025-05-16T08:00:00Z', '2025-05-19T08:00:00Z', 1], // 17 May on a Saturday changes nothing
    ['2026-05-13T08:00:00Z', '2026-05-18T08:00:00Z', 2], // Ascension Thu 14 May 2026: Fri, Mon
    ['2026-12-23T08:00:00Z', '2026-12-28T08:00:00Z', 2], // 24 Dec and 28 Dec count; 25 Dec is a holiday
    ['2026-05-15T08:00:00Z', '2026-05-26T08:00:00Z', 6], // 17 May is a Sunday; 18-22 May and 26 May count, Whit Monday 25 May does not
  ];
  it.each(cases)('%s → %s = %i', (from, to, n) => expect(workingDaysBetween(new Date(from), new Date(to))).toBe(n));
});

async function delivered(at = '2025-03-03T08:00:00Z') {
  const h = await setup({ known: [MANAGER], at });
  const r = await h.service.reportFromSystem(validVacancy);
  if (r.status !== 202) throw new Error('not stored');
  h.notifier.calls.length = 0;
  return { ...h, id: r.id, get: async () => (await h.store.repo<Vacancy>(VACANCIES).get(r.id))! };
}

describe('runReminders', () => {
  it('waits three working days, sends at most one a day, skips the weekend, and survives a restart', async () => {
    const { service, clock, notifier, store, get } = await delivered('2025-03-03T08:00:00Z'); // Monday
    const at = async (iso: string, svc = service) => {
      clock.set(iso);
      return svc.runReminders();
    };
    expect(await at('2025-03-04T08:00:00Z')).toBe(0); // Tue: 1 working day
    expect(await at('2025-03-05T16:00:00Z')).toBe(0); // Wed: 2
    expect(await at('2025-03-06T07:00:00Z')).toBe(1); // Thu: 3
    expect(await at('2025-03-06T15:00:00Z')).toBe(0); // same day again
    expect(await at('2025-03-07T07:00:00Z')).toBe(1); // Fri
    expect(await at('2025-03-08T10:00:00Z')).toBe(0); // Sat
    expect(await at('2025-03-09T10:00:00Z')).toBe(0); // Sun
    expect(await at('2025-03-10T07:00:00Z')).toBe(1); // Mon
    expect(await get()).toMatchObject({ remindersSent: 3, lastReminderDate: '2025-03-10' });

    const reminder = notifier.calls[0];
    expect(reminder.to).toEqual({ user: MANAGER });
    expect(textsIn(reminder.messages)[0]).toMatch(/^Påminnelse: 7 punkter på sjekklisten for «Rådgiver»/);
    expectValidCard(cardsIn(reminder.messages)[0]);

    // A "restart": a new service over the same store and a new clock remembers today's reminder.
    const clock2 = movableClock('2025-03-10T14:00:00Z');
    const restarted = createVacancyService({
      store,
      clock: clock2,
      notifier,
      roles: new Roles(store, [ADMIN]),
      audit: createAudit(store, clock2),
      config: defaultConfig,
    });
    expect(await restarted.runReminders()).toBe(0);
    clock2.set('2025-03-11T07:00:00Z');
    expect(await restarted.runReminders()).toBe(1);
    expect(notifier.calls).toHaveLength(4);
  });

  it('counts from a Thursday delivery across the weekend: due on Tuesday, not Monday', async () => {
    const { service, clock } = await delivered('2025-03-06T12:00:00Z');
    clock.set('2025-03-10T12:00:00Z');
    expect(await service.runReminders()).toBe(0);
    clock.set('2025-03-11T12:00:00Z');
    expect(await service.runReminders()).toBe(1);
  });

  it('honours a configured number of working days', async () => {
    const h = await setup({ known: [MANAGER], config: { reminderWorkingDays: 1 } });
    await h.service.reportFromSystem(validVacancy);
    h.clock.set('2025-03-04T08:00:00Z');
    expect(await h.service.runReminders()).toBe(1);
  });

  it('stops when every item is done', async () => {
    const { service, clock, id } = await delivered();
    clock.set('2025-03-06T08:00:00Z');
    expect(await service.runReminders()).toBe(1);
    for (const item of ['temporary-need', 'contact-nav', 'clarify-expectations', 'proportionate-requirements', 'interview-duty', 'inform-internally', 'welcome-accommodation'])
      await runAction(service.feature, act(MANAGER, 'vacancy.tick', { vacancyId: id, item, done: true }, clock.now()));
    clock.set('2025-03-07T08:00:00Z');
    expect(await service.runReminders()).toBe(0);
  });

  it('stops when the vacancy is closed, even with items open', async () => {
    const { service, clock, id } = await delivered();
    await runAction(service.feature, act(MANAGER, 'vacancy.close', { vacancyId: id, filled: 'no' }, clock.now()));
    clock.set('2025-03-06T08:00:00Z');
    expect(await service.runReminders()).toBe(0);
  });

  it('counts from the delivery, not the report, for a checklist that waited for the manager', async () => {
    const h = await setup({ known: [], at: '2025-03-03T08:00:00Z' });
    await h.service.reportFromSystem(validVacancy);
    h.clock.set('2025-03-06T08:00:00Z');
    expect(await h.service.runReminders()).toBe(0); // never delivered: nothing to remind about
    h.notifier.known.add(MANAGER);
    await h.service.onUserSeen(MANAGER); // Thursday
    h.clock.set('2025-03-10T08:00:00Z');
    expect(await h.service.runReminders()).toBe(0); // Fri, Mon = 2
    h.clock.set('2025-03-11T08:00:00Z');
    expect(await h.service.runReminders()).toBe(1);
    expect(localDate(h.clock.now())).toBe('2025-03-11');
  });
});
