import { describe, expect, it } from 'vitest';
import { run, stateTemp } from './testCase.js';

// tiltaksforskriften § 9-4: 40 % months 1-6 then 30 %; reduced work capacity 60 % months 1-12 then 50 %.
describe.each([
  { name: 'ordinary rate', candidate: { disabilityNeedingAccommodation: true, temporaryWageSubsidy: true, reducedWorkCapacity: false }, schedule: [{ fromMonth: 1, toMonth: 6, percent: 40 }, { fromMonth: 7, toMonth: 12, percent: 30 }] },
  { name: 'reduced work capacity', candidate: { disabilityNeedingAccommodation: true, temporaryWageSubsidy: true, reducedWorkCapacity: true }, schedule: [{ fromMonth: 1, toMonth: 12, percent: 60 }, { fromMonth: 13, toMonth: 24, percent: 50 }] },
  { name: 'subsidy without target group still lists the measure', candidate: { disabilityNeedingAccommodation: false, cvGap: { yearsOutsideLastFive: 0 }, temporaryWageSubsidy: true, reducedWorkCapacity: false }, schedule: [{ fromMonth: 1, toMonth: 6, percent: 40 }, { fromMonth: 7, toMonth: 12, percent: 30 }] },
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
    expect(run(stateTemp(12, 'temporary_work', { candidate: { disabilityNeedingAccommodation: true, temporaryWageSubsidy: true } })).r.missing).toContain('candidate.reducedWorkCapacity');
  });
});
