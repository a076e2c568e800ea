/**
 * NAV's measures for the employer: midlertidig lønnstilskudd (tiltaksforskriften § 9-4), arbeidstrening,
 * tilretteleggingstilskudd, mentortilskudd, and refunds for a substitute's absent colleague
 * (folketrygdloven chapters 8 and 14). Facts from seed 002, chapters 1.2, 2 and 3.4.
 */
import { or, type Facts } from './facts.js';
import { targetGroup } from './targetGroup.js';
import type { Measure, RuleMeta, ScheduleStep } from './types.js';

export const NAV_RULES: Record<string, RuleMeta> = {
  // The rates below are those described in the evaluation report (2023); they were in force then.
  // Earlier rate schedules are not encoded: a case asOf before 2023 gets today's rates.
  'nav.temporary-wage-subsidy': { id: 'nav.temporary-wage-subsidy', legalBasis: ['tiltaksforskriften § 9-4'], effectiveFrom: '2023-01-01', source: 'Oslo Economics 2023, kap. 3.4' },
  'nav.work-trial': { id: 'nav.work-trial', legalBasis: ['tiltaksforskriften kap. 3 (arbeidstrening)'], effectiveFrom: '2016-01-01', source: 'Oslo Economics 2023, kap. 3.4 og 5.1' },
  'nav.accommodation-grant': { id: 'nav.accommodation-grant', legalBasis: ['tiltaksforskriften (tilretteleggingstilskudd)'], effectiveFrom: '2016-01-01', source: 'Oslo Economics 2023, kap. 3.4' },
  'nav.mentor-grant': { id: 'nav.mentor-grant', legalBasis: ['tiltaksforskriften (mentortilskudd)'], effectiveFrom: '2016-01-01', source: 'Oslo Economics 2023, kap. 3.4' },
  'nav.absence-refund': { id: 'nav.absence-refund', legalBasis: ['folketrygdloven kap. 8 (sykepenger)', 'folketrygdloven kap. 14 (foreldrepenger)'], effectiveFrom: '1997-05-01', source: 'Oslo Economics 2023, kap. 1.2' },
};

export const ORDINARY_SCHEDULE: ScheduleStep[] = [
  { fromMonth: 1, toMonth: 6, percent: 40 },
  { fromMonth: 7, toMonth: 12, percent: 30 },
];
export const REDUCED_CAPACITY_SCHEDULE: ScheduleStep[] = [
  { fromMonth: 1, toMonth: 12, percent: 60 },
  { fromMonth: 13, toMonth: 24, percent: 50 },
];

export function navMeasures(f: Facts): { measures: Measure[]; unknown: string[] } {
  const measures: Measure[] = [];
  const unknown: string[] = [];
  const tg = targetGroup(f);
  const subsidy = f.c.candidate?.temporaryWageSubsidy;

  if (or(tg.member, subsidy ?? false) === true) {
    const reduced = f.c.candidate?.reducedWorkCapacity;
    if (reduced === undefined) unknown.push('candidate.reducedWorkCapacity');
    const schedule = reduced ? REDUCED_CAPACITY_SCHEDULE : ORDINARY_SCHEDULE;
    measures.push({
      id: 'nav.temporary-wage-subsidy',
      text: reduced
        ? 'Midlertidig lønnstilskudd ved nedsatt arbeidsevne: NAV dekker 60 % av refusjonsgrunnlaget de første tolv månedene, deretter 50 %, i inntil to år. Dere betaler full lønn og får tilskuddet refundert; det kreves en arbeidsavtale.'
        : `Midlertidig lønnstilskudd: NAV dekker 40 % av refusjonsgrunnlaget de første seks månedene, deretter 30 %, i inntil ett år.${reduced === undefined ? ' Har NAV funnet nedsatt arbeidsevne, er satsene 60 % og deretter 50 %, i inntil to år.' : ''} Dere betaler full lønn og får tilskuddet refundert; det kreves en arbeidsavtale.`,
      schedule,
    });
  }
  measures.push({
    id: 'nav.work-trial',
    text: 'Arbeidstrening: en lav terskel inn. NAV betaler deltakeren, og det inngås ingen arbeidsavtale. Fører ofte videre til en midlertidig stilling med lønnstilskudd.',
  });
  if (f.c.candidate?.disabilityNeedingAccommodation === true) {
    measures.push({ id: 'nav.accommodation-grant', text: 'Tilretteleggingstilskudd: NAV kan dekke kostnader til tilrettelegging av arbeidsplassen for en ansatt med nedsatt funksjonsevne.' });
  }
  if (tg.member === true) {
    measures.push({ id: 'nav.mentor-grant', text: 'Mentortilskudd: NAV kan dekke tid en kollega bruker som mentor for den nyansatte.' });
  }
  const absence = f.c.position.absenceReason;
  if (f.ground === 'substitute' && (absence === 'sick_leave' || absence === 'parental_leave')) {
    measures.push({
      id: 'nav.absence-refund',
      text:
        absence === 'sick_leave'
          ? 'Vikar for sykmeldt: NAV refunderer sykepenger for den sykmeldte fra dag 17, opp til 6G. Vikaren koster dermed virksomheten mindre.'
          : 'Vikar for foreldrepermisjon: NAV dekker foreldrepengene til den som er i permisjon, opp til 6G. Vikaren koster dermed virksomheten mindre.',
    });
  }
  return { measures, unknown };
}
