import { describe, expect, it } from 'vitest';
import { cardText } from '../shared/cardKit.js';
import { expectValidCard } from '../../test/helpers/cards.js';
import { VACANCIES, type Vacancy } from './model.js';
import { cardsIn, HR_CHANNEL, MANAGER, setup, textsIn, validVacancy } from '../../test/support/vacancyHarness.js';

describe('reportFromSystem: validation', () => {
  const cases: Array<[string, Record<string, unknown> | unknown, string, RegExp]> = [
    ['unknown field named', { ...validVacancy, candidateName: 'Kari' }, 'candidateName', /Ukjent felt «candidateName»/],
    ['missing title', { ...validVacancy, title: undefined }, 'title', /Må fylles ut/],
    ['blank unit', { ...validVacancy, unit: '   ' }, 'unit', /Må fylles ut/],
    ['unknown reason', { ...validVacancy, reason: 'retirement' }, 'reason', /sykefravær/],
    ['permanent as string', { ...validVacancy, permanent: 'no' }, 'permanent', /true eller false/],
    ['temporary without duration', { ...validVacancy, durationMonths: undefined }, 'durationMonths', /varighet/],
    ['duration not an integer', { ...validVacancy, durationMonths: 2.5 }, 'durationMonths', /helt antall/],
    ['duration zero', { ...validVacancy, durationMonths: 0 }, 'durationMonths', /helt antall/],
    ['date in the wrong format', { ...validVacancy, startDate: '01.04.2025' }, 'startDate', /ÅÅÅÅ-MM-DD/],
    ['date that does not exist', { ...validVacancy, startDate: '2025-02-30' }, 'startDate', /ÅÅÅÅ-MM-DD/],
    ['unknown sector', { ...validVacancy, sector: 'private' }, 'sector', /statlig eller kommunal/],
    ['missing manager', { ...validVacancy, managerAadObjectId: '' }, 'managerAadObjectId', /Entra/],
    ['missing externalId', { ...validVacancy, externalId: undefined }, 'externalId', /Må fylles ut/],
    ['not an object', [1, 2], '', /JSON-objekt/],
  ];
  it.each(cases)('%s → 400 naming %s', async (_name, input, path, message) => {
    const { service, store, notifier } = await setup({ known: [MANAGER] });
    const r = await service.reportFromSystem(input);
    expect(r.status).toBe(400);
    if (r.status !== 400) return;
    const e = r.errors.find((x) => x.path === path);
    expect(e, JSON.stringify(r.errors)).toBeDefined();
    expect(e!.message).toMatch(message);
    expect(await store.repo(VACANCIES).find()).toHaveLength(0);
    expect(notifier.calls).toHaveLength(0);
  });

  it('names each unknown field separately', async () => {
    const { service } = await setup();
    const r = await service.reportFromSystem({ ...validVacancy, a: 1, b: 2 });
    expect(r.status === 400 && r.errors.map((e) => e.path).sort()).toEqual(['a', 'b']);
  });

  it('requires the sector when no default is configured, and accepts a permanent position without duration', async () => {
    const { service } = await setup({ config: { defaultSector: undefined }, known: [MANAGER] });
    const noSector = await service.reportFromSystem({ ...validVacancy, permanent: true, durationMonths: undefined });
    expect(noSector.status === 400 && noSector.errors.map((e) => e.path)).toEqual(['sector']);
    const ok = await service.reportFromSystem({ ...validVacancy, permanent: true, durationMonths: undefined, sector: 'municipal' });
    expect(ok.status).toBe(202);
  });
});

describe('reportFromSystem: delivery and idempotency', () => {
  it('stores the vacancy, sends the checklist to the manager, and a copy to the HR channel', async () => {
    const { service, store, notifier } = await setup({ known: [MANAGER], config: { hrConversationId: HR_CHANNEL } });
    const r = await service.reportFromSystem(validVacancy);
    expect(r).toMatchObject({ status: 202, duplicate: false });
    const id = r.status === 202 ? r.id : '';
    const v = (await store.repo<Vacancy>(VACANCIES).get(id))!;
    expect(v).toMatchObject({ managerId: MANAGER, sector: 'state', delivery: { manager: 'sent', hr: 'sent' }, deliveredAt: '2025-03-03T08:00:00.000Z', checked: [] });
    expect(notifier.calls.map((c) => c.to)).toEqual([{ user: MANAGER }, { conversation: HR_CHANNEL }]);
    const [card] = cardsIn(notifier.calls[0].messages);
    expectValidCard(card);
    expect(cardText(card)).toContain('Sjekkliste for inkludering: Rådgiver');
    expect(cardText(card)).toContain('NAV St. Hanshaugen');
    expect(textsIn(notifier.calls[1].messages)[0]).toMatch(/Kopi til HR/);
    expectValidCard(cardsIn(notifier.calls[1].messages)[0]);
  });

  it('a repeated delivery changes nothing and returns the same id; a changed one is refused with 409', async () => {
    const { service, store, notifier } = await setup({ known: [MANAGER] });
    const first = await service.reportFromSystem(validVacancy);
    const before = structuredClone(await store.repo<Vacancy>(VACANCIES).find());
    const again = await service.reportFromSystem({ ...validVacancy });
    expect(again).toEqual({ status: 202, id: first.status === 202 ? first.id : 'x', duplicate: true });
    const changed = await service.reportFromSystem({ ...validVacancy, title: 'Endret tittel' });
    expect(changed).toEqual({ status: 409, id: first.status === 202 ? first.id : 'x' });
    expect(await store.repo<Vacancy>(VACANCIES).find()).toEqual(before);
    expect(notifier.calls).toHaveLength(1);
  });

  it('concurrent deliveries of the same externalId store one vacancy', async () => {
    const { service, store } = await setup({ known: [MANAGER] });
    const results = await Promise.all([1, 2, 3].map(() => service.reportFromSystem(validVacancy)));
    expect(new Set(results.map((r) => (r.status === 202 ? r.id : '')))).toHaveProperty('size', 1);
    expect(results.filter((r) => r.status === 202 && !r.duplicate)).toHaveLength(1);
    expect(await store.repo(VACANCIES).find()).toHaveLength(1);
  });

  it('keeps the checklist pending for a manager the bot has never talked to, and delivers it on onUserSeen', async () => {
    const { service, store, notifier, clock } = await setup({ known: [] });
    const r = await service.reportFromSystem(validVacancy);
    const id = r.status === 202 ? r.id : '';
    expect((await store.repo<Vacancy>(VACANCIES).get(id))!.delivery.manager).toBe('pending');
    expect(notifier.calls).toHaveLength(0);

    await service.onUserSeen('someone-else');
    expect(notifier.calls).toHaveLength(0);

    clock.set('2025-03-05T10:00:00Z');
    notifier.known.add(MANAGER);
    await service.onUserSeen(MANAGER.toUpperCase()); // ids compare case-insensitively
    expect(notifier.calls).toHaveLength(1);
    expect(notifier.calls[0].to).toEqual({ user: MANAGER });
    const v = (await store.repo<Vacancy>(VACANCIES).get(id))!;
    expect(v.delivery.manager).toBe('sent');
    expect(v.deliveredAt).toBe('2025-03-05T10:00:00.000Z');

    await service.onUserSeen(MANAGER);
    expect(notifier.calls).toHaveLength(1);
  });

  it('a notifier failure keeps the delivery pending instead of failing the webhook', async () => {
    const { service, store, notifier } = await setup({ known: [MANAGER] });
    notifier.failNext = true;
    const r = await service.reportFromSystem(validVacancy);
    expect(r.status).toBe(202);
    expect((await store.repo<Vacancy>(VACANCIES).find())[0].delivery.manager).toBe('pending');
    expect(await service.runReminders()).toBe(0); // the next tick retries the delivery
    expect((await store.repo<Vacancy>(VACANCIES).find())[0].delivery.manager).toBe('sent');
    expect(notifier.calls).toHaveLength(1);
  });

  it('stores nothing but the position and the manager id', async () => {
    const { service, store } = await setup({ known: [MANAGER] });
    await service.reportFromSystem(validVacancy);
    const v = (await store.repo<Vacancy>(VACANCIES).find())[0];
    expect(Object.keys(v).sort()).toEqual(
      [
        'checked',
        'deliveredAt',
        'delivery',
        'durationMonths',
        'externalId',
        'id',
        'managerId',
        'permanent',
        'reason',
        'remindersSent',
        'reportedAt',
        'rev',
        'sector',
        'source',
        'startDate',
        'title',
        'unit',
      ].sort(),
    );
  });
});
