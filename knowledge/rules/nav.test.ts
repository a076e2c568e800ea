import { describe, expect, it } from 'vitest';
import { run, stateTemp } from '../../test/support/ruleCases.js';

// tiltaksforskriften kap. 9 (review F4.2: the chapter, not «§ 9-4»): 40 % months 1-6 then 30 %; reduced work
// capacity 60 % months 1-12 then 50 % (nav.no: Midlertidig lønnstilskudd; NAV's agreement system; F4.1).
describe.each([
  {
    name: 'ordinary rate',
    candidate: { disabilityNeedingAccommodation: true, temporaryWageSubsidy: true, reducedWorkCapacity: false },
    schedule: [
      { fromMonth: 1, toMonth: 6, percent: 40 },
      { fromMonth: 7, toMonth: 12, percent: 30 },
    ],
  },
  {
    name: 'reduced work capacity',
    candidate: { disabilityNeedingAccommodation: true, temporaryWageSubsidy: true, reducedWorkCapacity: true },
    schedule: [
      { fromMonth: 1, toMonth: 12, percent: 60 },
      { fromMonth: 13, toMonth: 24, percent: 50 },
    ],
  },
  {
    name: 'subsidy without target group still lists the measure',
    candidate: { disabilityNeedingAccommodation: false, cvGap: { yearsOutsideLastFive: 0 }, temporaryWageSubsidy: true, reducedWorkCapacity: false },
    schedule: [
      { fromMonth: 1, toMonth: 6, percent: 40 },
      { fromMonth: 7, toMonth: 12, percent: 30 },
    ],
  },
])('nav.temporary-wage-subsidy: $name', ({ candidate, schedule }) => {
  it('has the schedule', () => {
    const m = run(stateTemp(12, 'temporary_work', { candidate })).r.measures.find((x) => x.id === 'nav.temporary-wage-subsidy');
    expect(m?.schedule).toEqual(schedule);
  });
});

describe('the other measures', () => {
  it('nav.work-trial is always offered', () => {
    expect(run({ sector: 'municipal', position: { permanent: true } }).has('measures', 'nav.work-trial')).toBe(true);
  });
  it('nav.accommodation-grant and nav.mentor-grant for a candidate with a disability', () => {
    const { has } = run(stateTemp(6, 'substitute', { candidate: { disabilityNeedingAccommodation: true } }));
    expect(has('measures', 'nav.accommodation-grant')).toBe(true);
    expect(has('measures', 'nav.mentor-grant')).toBe(true);
  });
  it('no wage subsidy, mentor or accommodation measure without a candidate', () => {
    const { has } = run(stateTemp(6));
    expect(has('measures', 'nav.temporary-wage-subsidy')).toBe(false);
    expect(has('measures', 'nav.mentor-grant')).toBe(false);
    expect(has('measures', 'nav.accommodation-grant')).toBe(false);
  });
  it.each([
    ['sick_leave', true],
    ['parental_leave', true],
    ['other', false],
  ] as const)('nav.absence-refund for a substitute, absence %s: %s', (absenceReason, listed) => {
    expect(run({ sector: 'state', position: { permanent: false, durationMonths: 4, ground: 'substitute', absenceReason } }).has('measures', 'nav.absence-refund')).toBe(listed);
  });
  it('nav.absence-refund only for a temporary substitute: a permanent position has no absent colleague to refund', () => {
    expect(run({ sector: 'state', position: { permanent: true, ground: 'substitute', absenceReason: 'sick_leave' } }).has('measures', 'nav.absence-refund')).toBe(false);
  });
  it('lists reducedWorkCapacity as missing when it would change the rate', () => {
    expect(run(stateTemp(12, 'temporary_work', { candidate: { disabilityNeedingAccommodation: true, temporaryWageSubsidy: true } })).r.missing).toContain(
      'candidate.reducedWorkCapacity',
    );
  });
});

// The rates are dated parameters; before the first date a public source confirms them (3 Feb 2021) the
// measure is listed without a schedule and says the rates then were not checked (review F4.1).
describe.each([
  { asOf: '2021-02-02', schedule: undefined, text: /ikke kontrollert/ },
  {
    asOf: '2021-02-03',
    schedule: [
      { fromMonth: 1, toMonth: 6, percent: 40 },
      { fromMonth: 7, toMonth: 12, percent: 30 },
    ],
    text: /40 % av refusjonsgrunnlaget de første 6 måneder, deretter 30 %, i inntil 12 måneder/,
  },
])('nav.temporary-wage-subsidy asOf $asOf', ({ asOf, schedule, text }) => {
  it('shows the rates verified for the date', () => {
    const { r } = run(stateTemp(12, 'temporary_work', { candidate: { disabilityNeedingAccommodation: true, temporaryWageSubsidy: true, reducedWorkCapacity: false }, asOf }));
    const m = r.measures.find((x) => x.id === 'nav.temporary-wage-subsidy')!;
    expect(m.schedule).toEqual(schedule);
    expect(m.text).toMatch(text);
  });
});

describe('measure texts', () => {
  it('cite tiltaksforskriften kap. 9 and say that NAV sets the rate (review F4.1, F4.2)', () => {
    const { r } = run(stateTemp(12, 'temporary_work', { candidate: { disabilityNeedingAccommodation: true, temporaryWageSubsidy: true, reducedWorkCapacity: true } }));
    expect(r.measures.find((x) => x.id === 'nav.temporary-wage-subsidy')?.text).toMatch(/60 %.*12 måneder.*50 %.*24 måneder.*NAV som vurderer behovet og setter satsen/);
    expect(r.sources.find((x) => x.title === 'tiltaksforskriften')?.ref).toBe('kap. 9 (midlertidig lønnstilskudd)');
  });
  it('the absence refund names the employer period, the 6 G cap with G in force, and the four-week rule (review F4.7)', () => {
    const t = run({ sector: 'state', position: { permanent: false, durationMonths: 4, ground: 'substitute', absenceReason: 'sick_leave' } }).r.measures.find(
      (x) => x.id === 'nav.absence-refund',
    )!.text;
    expect(t).toMatch(/arbeidsgiverperioden på 16 dager/);
    expect(t).toMatch(/6 G \(1 G = 136 549 kr\)/);
    expect(t).toMatch(/4 uker/);
    const t2024 = run({
      sector: 'state',
      position: { permanent: false, durationMonths: 4, ground: 'substitute', absenceReason: 'sick_leave' },
      asOf: '2024-06-01',
    }).r.measures.find((x) => x.id === 'nav.absence-refund')!.text;
    expect(t2024).toMatch(/1 G = 124 028 kr/);
  });
  it('the grant for accommodation is inkluderingstilskudd, not the tilretteleggingstilskudd abolished in 2019 (review F4.3)', () => {
    const t = run(stateTemp(6, 'substitute', { candidate: { disabilityNeedingAccommodation: true } })).r.measures.find((x) => x.id === 'nav.accommodation-grant')!.text;
    expect(t).toMatch(/^Inkluderingstilskudd/);
    expect(t).toMatch(/før dere kjøper inn/);
  });
  it('arbeidstrening never covers ordinary staffing (M11)', () => {
    expect(run(stateTemp(6)).r.measures.find((x) => x.id === 'nav.work-trial')?.text).toMatch(/ikke ansatt.*aldri dekke ordinære oppgaver/);
  });
});
