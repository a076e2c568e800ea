import { describe, expect, it } from 'vitest';
import { expectValidCard } from '../../test/helpers/cards.js';
import { cardText, type AdaptiveCard } from '../shared/cardKit.js';
import type { Store } from '../shared/ports.js';
import { BASELINE, VACANCIES, YEARLY_COUNTS, type Baseline, type Vacancy, type YearlyCounts } from './model.js';
import { act, actionsOf, ADMIN, HR, MANAGER, runAction, runCommand, setup, text, textsIn } from '../../test/support/vacancyHarness.js';

let n = 0;
function vacancy(reportedAt: string, extra: Partial<Vacancy> = {}): Vacancy {
  n++;
  return {
    id: `v${n}`,
    source: 'system',
    title: `Stilling ${n}`,
    unit: 'Enhet',
    reason: 'resignation',
    permanent: true,
    startDate: '2024-09-01',
    sector: 'state',
    managerId: MANAGER,
    reportedAt,
    delivery: { manager: 'sent' },
    deliveredAt: reportedAt,
    checked: [],
    remindersSent: 0,
    ...extra,
  };
}

/** 2024: five reported (three with NAV contacted); hires closed in 2024 and one in 2025. */
async function seed(store: Store) {
  n = 0;
  const repo = store.repo<Vacancy>(VACANCIES);
  const records = [
    vacancy('2024-02-01T10:00:00Z', { checked: ['contact-nav'], closed: { at: '2024-04-01T10:00:00Z', filled: true, pathId: 'state.wage-subsidy-exemption', targetGroup: 'yes' } }),
    vacancy('2024-03-01T10:00:00Z', {
      checked: ['contact-nav', 'welcome-accommodation'],
      closed: { at: '2024-05-01T10:00:00Z', filled: true, pathId: 'state.ordinary', targetGroup: 'no' },
    }),
    vacancy('2024-05-01T10:00:00Z', { closed: { at: '2024-08-01T10:00:00Z', filled: true, pathId: 'state.ordinary', targetGroup: 'undisclosed' } }),
    vacancy('2024-06-01T10:00:00Z', { checked: ['temporary-need'], closed: { at: '2024-07-01T10:00:00Z', filled: false } }),
    // Reported on New Year's Eve in Oslo (23:30 UTC is 00:30 on 1 January): counts for 2025.
    vacancy('2024-12-31T23:30:00Z', { checked: ['contact-nav'], closed: { at: '2025-02-03T10:00:00Z', filled: true, pathId: 'state.trainee-programme', targetGroup: 'yes' } }),
    vacancy('2024-11-01T10:00:00Z', { checked: ['contact-nav'], closed: { at: '2025-01-15T10:00:00Z', filled: true, pathId: 'state.ordinary', targetGroup: 'yes' } }),
    vacancy('2025-03-01T10:00:00Z'),
  ];
  for (const r of records) await repo.put(r);
  await store.repo<Baseline>(BASELINE).put({ id: 'baseline', hires2020: 1, hires2021: 2, setBy: HR, setAt: '2025-01-01T00:00:00Z' });
}

const expected2024 = {
  year: 2024,
  vacanciesReported: 5,
  navContacted: 3,
  navContactedShare: 0.6,
  closed: 4,
  filled: 3,
  targetGroupHires: 1,
  targetGroupUndisclosed: 1,
  byPath: [
    { pathId: 'state.ordinary', hires: 2, targetGroupHires: 0 },
    { pathId: 'state.wage-subsidy-exemption', hires: 1, targetGroupHires: 1 },
  ],
  baseline: { hires2020: 1, hires2021: 2, average: 1.5 },
  comparison: { difference: -0.5, positiveDevelopment: false },
};

describe('inclusionReport', () => {
  it('figures from seeded records', async () => {
    const { service, store } = await setup();
    await seed(store);
    expect(await service.inclusionReport(2024)).toEqual({ ...expected2024, includesRetainedCounts: false });
    expect(await service.inclusionReport(2025)).toMatchObject({
      vacanciesReported: 2,
      navContacted: 1,
      filled: 2,
      targetGroupHires: 2,
      byPath: [
        { pathId: 'state.ordinary', hires: 1, targetGroupHires: 1 },
        { pathId: 'state.trainee-programme', hires: 1, targetGroupHires: 1 },
      ],
      comparison: { difference: 0.5, positiveDevelopment: true },
    });
    expect(await service.inclusionReport(2023)).toMatchObject({ vacanciesReported: 0, navContactedShare: null, byPath: [] });
  });

  it('CSV: one figure a row', async () => {
    const { service, store } = await setup();
    await seed(store);
    expect(service.inclusionReportCsv(await service.inclusionReport(2024))).toBe(
      [
        'year,metric,path,value',
        '2024,vacancies_reported,,5',
        '2024,nav_contacted,,3',
        '2024,nav_contacted_share,,0.6',
        '2024,closed,,4',
        '2024,hires,,3',
        '2024,target_group_hires,,1',
        '2024,target_group_undisclosed,,1',
        '2024,hires,state.ordinary,2',
        '2024,target_group_hires,state.ordinary,0',
        '2024,hires,state.wage-subsidy-exemption,1',
        '2024,target_group_hires,state.wage-subsidy-exemption,1',
        '2024,baseline_2020,,1',
        '2024,baseline_2021,,2',
        '2024,baseline_average,,1.5',
        '2024,difference_from_baseline,,-0.5',
        '',
      ].join('\r\n'),
    );
  });
});

describe('applyRetention', () => {
  it('reduces old records to yearly counts; the report is unchanged, and a second run changes nothing', async () => {
    const { service, store, clock } = await setup();
    await seed(store);
    const before2024 = await service.inclusionReport(2024);
    const before2025 = await service.inclusionReport(2025);
    clock.set('2026-12-01T00:00:00Z'); // cutoff 2024-12-01: the four closed in 2024 go
    expect(await service.applyRetention()).toBe(4);
    expect((await store.repo<Vacancy>(VACANCIES).find()).map((v) => v.id)).toEqual(['v5', 'v6', 'v7']);
    expect(await service.inclusionReport(2024)).toEqual({ ...before2024, includesRetainedCounts: true });
    expect(await service.inclusionReport(2025)).toEqual(before2025);
    const counts = (await store.repo<YearlyCounts>(YEARLY_COUNTS).get('2024'))!;
    expect(counts.pendingIds).toBeUndefined();
    expect(JSON.stringify(counts)).not.toContain('Stilling');
    expect(await service.applyRetention()).toBe(0);
    expect(await service.inclusionReport(2024)).toEqual({ ...before2024, includesRetainedCounts: true });

    clock.set('2027-04-01T00:00:00Z'); // now the rest goes too, split over the years they count in
    expect(await service.applyRetention()).toBe(3);
    expect(await store.repo(VACANCIES).find()).toHaveLength(0);
    expect(await service.inclusionReport(2024)).toEqual({ ...before2024, includesRetainedCounts: true });
    expect(await service.inclusionReport(2025)).toEqual({ ...before2025, includesRetainedCounts: true });
  });

  it('a run that stopped halfway is finished without counting twice', async () => {
    const { service, store, clock } = await setup();
    const v = vacancy('2022-01-10T10:00:00Z', { checked: ['contact-nav'], closed: { at: '2023-01-10T10:00:00Z', filled: true, pathId: 'state.ordinary', targetGroup: 'yes' } });
    await store.repo<Vacancy>(VACANCIES).put(v);
    // The stopped run had already added v's 2022 figures and marked them, but not yet 2023, nor removed v.
    await store
      .repo<YearlyCounts>(YEARLY_COUNTS)
      .put({ id: '2022', reported: 1, navContacted: 1, closed: 0, filled: 0, targetGroupHires: 0, targetGroupUndisclosed: 0, byPath: {}, pendingIds: [v.id] });
    expect(await service.inclusionReport(2022)).toMatchObject({ vacanciesReported: 1, navContacted: 1 });
    clock.set('2025-06-01T00:00:00Z');
    expect(await service.applyRetention()).toBe(1);
    expect(await service.inclusionReport(2022)).toMatchObject({ vacanciesReported: 1, navContacted: 1 });
    expect(await service.inclusionReport(2023)).toMatchObject({ filled: 1, targetGroupHires: 1 });
    expect((await store.repo<YearlyCounts>(YEARLY_COUNTS).find()).every((c) => c.pendingIds === undefined)).toBe(true);
  });
});

describe('the report in chat: role gating and the baseline', () => {
  const cardOf = (r: { send?: Array<{ type: string; card?: AdaptiveCard }> } | undefined) => r?.send?.find((m) => m.type === 'card')?.card;

  it.each([
    ['inkluderingsrapport', HR],
    ['rapport 2024', ADMIN],
    ['Inkluderingsrapport 2024', HR],
  ])('"%s" shows the report card to HR and admins', async (cmd, who) => {
    const { service, store, audit } = await setup({ at: '2024-10-01T10:00:00Z' });
    await seed(store);
    const r = await runCommand(service.feature, text(who, cmd));
    const card = cardOf(r)!;
    expectValidCard(card);
    expect(cardText(card)).toContain('Inkluderingsrapport 2024');
    expect(cardText(card)).toContain('3 av 5 (60 %)');
    expect(cardText(card)).toContain('Ordinær utlysning (staten) 2 (0 fra målgruppen)');
    expect(cardText(card)).toContain('−0,5 (nedgang)');
    expect(await audit.list({ actor: who })).toMatchObject([{ action: 'vacancy.report.view', target: '2024', outcome: 'ok' }]);
  });

  it('refuses a manager politely and audits the refusal', async () => {
    const { service, store, audit } = await setup();
    await seed(store);
    for (const r of [
      await runCommand(service.feature, text(MANAGER, 'inkluderingsrapport 2024')),
      await runAction(service.feature, act(MANAGER, 'vacancy.report', { year: 2024 })),
    ]) {
      expect(cardOf(r)).toBeUndefined();
      expect(textsIn(r!.send as never)[0]).toMatch(/for HR og administratorer/);
    }
    expect((await audit.list({ actor: MANAGER })).map((e) => [e.outcome, 1 + (e.repeats ?? 0)])).toEqual([['denied', 2]]);
  });

  it('the year buttons replace the card with the neighbouring year', async () => {
    const { service, store } = await setup({ at: '2025-03-03T08:00:00Z' });
    await seed(store);
    const card = cardOf(await runCommand(service.feature, text(HR, 'rapport')))!;
    const prev = actionsOf(card).find((a) => a.verb === 'vacancy.report' && a.data.year === 2024)!;
    const r = await runAction(service.feature, act(HR, prev.verb, prev.data));
    expect(cardText(r.replace!)).toContain('Inkluderingsrapport 2024');
    const bad = await runAction(service.feature, act(HR, 'vacancy.report', { year: 'last' }));
    expect(textsIn(bad.send)[0]).toMatch(/årstall/);
  });

  it('baseline by command: one year at a time, or the average directly; a manager may not', async () => {
    const { service, store } = await setup();
    const say = async (who: string, cmd: string) => textsIn((await runCommand(service.feature, text(who, cmd)))!.send)[0];
    expect(await say(HR, 'grunnlinje 2020 4')).toMatch(/ikke komplett/);
    expect(await say(HR, 'grunnlinje 2021 5')).toMatch(/4,5 ansatte/);
    expect((await service.inclusionReport(2025)).baseline).toEqual({ hires2020: 4, hires2021: 5, average: 4.5 });
    expect(await say(HR, 'grunnlinje snitt 6,5')).toMatch(/6,5 ansatte/);
    expect((await service.inclusionReport(2025)).baseline.average).toBe(6.5);
    expect(await say(HR, 'grunnlinje 2019 3')).toMatch(/Skriv «grunnlinje»/);
    expect(await say(MANAGER, 'grunnlinje 2020 99')).toMatch(/Bare HR/);
    expect(await store.repo<Baseline>(BASELINE).get('baseline')).toMatchObject({ average: 6.5, setBy: HR });
  });

  it('baseline by card: errors keep the values; a valid save shows the report', async () => {
    const { service } = await setup();
    const form = cardOf(await runCommand(service.feature, text(HR, 'grunnlinje')))!;
    expectValidCard(form);
    expect(actionsOf(form).map((a) => a.verb)).toEqual(['vacancy.baseline']);
    const bad = await runAction(service.feature, act(HR, 'vacancy.baseline', { hires2020: '3', hires2021: '-2', average: '' }));
    expectValidCard(bad.replace!);
    expect(cardText(bad.replace!)).toContain('helt tall');
    expect(JSON.stringify(bad.replace)).toContain('"value":3');
    const empty = await runAction(service.feature, act(HR, 'vacancy.baseline', { hires2020: '', hires2021: '', average: '' }));
    expect(cardText(empty.replace!)).toContain('Fyll inn tallene');
    const ok = await runAction(service.feature, act(HR, 'vacancy.baseline', { hires2020: '3', hires2021: '4', average: '' }));
    expectValidCard(ok.replace!);
    expect(cardText(ok.replace!)).toContain('Grunnlinje (snitt 2020 og 2021) 3,5');
    expect(textsIn(ok.send)[0]).toMatch(/3,5/);
    const denied = await runAction(service.feature, act(MANAGER, 'vacancy.baseline', { hires2020: '9' }));
    expect(textsIn(denied.send)[0]).toMatch(/Bare HR/);
    expect((await service.inclusionReport(2025)).baseline.average).toBe(3.5);
  });

  it('help items: one for everyone, one for HR and admins', async () => {
    const { service } = await setup();
    expect(service.feature.help).toEqual([
      expect.objectContaining({ title: 'Meld ledig stilling', verb: 'vacancy.form' }),
      expect.objectContaining({ title: 'Inkluderingsrapport', verb: 'vacancy.report', roles: ['hr', 'admin'] }),
    ]);
    const r = await runAction(service.feature, act(MANAGER, 'vacancy.form', {}));
    expectValidCard(cardOf(r)!);
  });
});
