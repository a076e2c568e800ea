/**
 * NAV's measures for the employer: midlertidig lønnstilskudd (tiltaksforskriften § 9-4), arbeidstrening,
 * tilretteleggingstilskudd, mentortilskudd, and refunds for a substitute's absent colleague
 * (folketrygdloven chapters 8 and 14). Facts from seed 002, chapters 1.2, 2 and 3.4.
 */
import type { Facts } from './facts.js';
import { EARLIEST_AS_OF } from './rule.js';
import { targetGroup } from './targetGroup.js';
import type { Measure, MeasureRuleVersion, ScheduleStep } from './types.js';

export const ORDINARY_SCHEDULE: ScheduleStep[] = [
  { fromMonth: 1, toMonth: 6, percent: 40 },
  { fromMonth: 7, toMonth: 12, percent: 30 },
];
export const REDUCED_CAPACITY_SCHEDULE: ScheduleStep[] = [
  { fromMonth: 1, toMonth: 12, percent: 60 },
  { fromMonth: 13, toMonth: 24, percent: 50 },
];

const CONTRACT_NOTE = ' Dere betaler full lønn og får tilskuddet refundert; det kreves en arbeidsavtale.';

/**
 * The rates are those the evaluation report (2023) gives for tiltaksforskriften § 9-4. Earlier rate
 * schedules are not in our sources and not encoded: every asOf gets these rates.
 */
export const NAV_RULES = {
  'nav.temporary-wage-subsidy': {
    id: 'nav.temporary-wage-subsidy',
    legalBasis: ['tiltaksforskriften § 9-4'],
    effectiveFrom: EARLIEST_AS_OF,
    source: 'Oslo Economics 2023, kap. 3.4',
    text: 'Midlertidig lønnstilskudd: NAV dekker 40 % av refusjonsgrunnlaget de første seks månedene, deretter 30 %, i inntil ett år.' + CONTRACT_NOTE,
  },
  'nav.temporary-wage-subsidy.reduced': {
    id: 'nav.temporary-wage-subsidy',
    legalBasis: ['tiltaksforskriften § 9-4'],
    effectiveFrom: EARLIEST_AS_OF,
    source: 'Oslo Economics 2023, kap. 3.4',
    text: 'Midlertidig lønnstilskudd ved nedsatt arbeidsevne: NAV dekker 60 % av refusjonsgrunnlaget de første tolv månedene, deretter 50 %, i inntil to år.' + CONTRACT_NOTE,
  },
  'nav.temporary-wage-subsidy.unknown': {
    id: 'nav.temporary-wage-subsidy',
    legalBasis: ['tiltaksforskriften § 9-4'],
    effectiveFrom: EARLIEST_AS_OF,
    source: 'Oslo Economics 2023, kap. 3.4',
    text:
      'Midlertidig lønnstilskudd: NAV dekker 40 % av refusjonsgrunnlaget de første seks månedene, deretter 30 %, i inntil ett år. Har NAV funnet nedsatt arbeidsevne, er satsene 60 % i tolv måneder og deretter 50 %, i inntil to år.' +
      CONTRACT_NOTE,
  },
  'nav.work-trial': {
    id: 'nav.work-trial',
    legalBasis: ['tiltaksforskriften kap. 3 (arbeidstrening)'],
    effectiveFrom: EARLIEST_AS_OF,
    source: 'Oslo Economics 2023, kap. 3.4 og 5.1',
    text: 'Arbeidstrening: en lav terskel inn. NAV betaler deltakeren, og det inngås ingen arbeidsavtale. Fører ofte videre til en midlertidig stilling med lønnstilskudd.',
  },
  'nav.accommodation-grant': {
    id: 'nav.accommodation-grant',
    legalBasis: ['tiltaksforskriften (tilretteleggingstilskudd)'],
    effectiveFrom: EARLIEST_AS_OF,
    source: 'Oslo Economics 2023, kap. 3.4',
    text: 'Tilretteleggingstilskudd: NAV kan dekke kostnader til tilrettelegging av arbeidsplassen for en ansatt med nedsatt funksjonsevne.',
  },
  'nav.mentor-grant': {
    id: 'nav.mentor-grant',
    legalBasis: ['tiltaksforskriften (mentortilskudd)'],
    effectiveFrom: EARLIEST_AS_OF,
    source: 'Oslo Economics 2023, kap. 3.4',
    text: 'Mentortilskudd: NAV kan dekke tid en kollega bruker som mentor for den nyansatte.',
  },
  'nav.absence-refund.sick-leave': {
    id: 'nav.absence-refund',
    legalBasis: ['folketrygdloven kap. 8 (sykepenger)'],
    effectiveFrom: EARLIEST_AS_OF,
    source: 'Oslo Economics 2023, kap. 1.2',
    text: 'Vikar for sykmeldt: NAV refunderer sykepenger for den sykmeldte fra dag 17, opp til 6G. Vikaren koster dermed virksomheten mindre.',
  },
  'nav.absence-refund.parental-leave': {
    id: 'nav.absence-refund',
    legalBasis: ['folketrygdloven kap. 14 (foreldrepenger)'],
    effectiveFrom: EARLIEST_AS_OF,
    source: 'Oslo Economics 2023, kap. 1.2',
    text: 'Vikar for foreldrepermisjon: NAV dekker foreldrepengene til den som er i permisjon, opp til 6G. Vikaren koster dermed virksomheten mindre.',
  },
} satisfies Record<string, MeasureRuleVersion>;

const measure = (r: MeasureRuleVersion, schedule?: ScheduleStep[]): Measure => (schedule ? { id: r.id, text: r.text, schedule } : { id: r.id, text: r.text });

/**
 * The measures that apply, and the absent fields that left one of them unsettled.
 * Decisions: when reduced work capacity is unknown, the schedule is the ordinary one (the text names the
 * higher rates) and candidate.reducedWorkCapacity is reported missing. The absence refund is for a
 * temporary substitute only; a permanent position has no substitute ground.
 */
export function navMeasures(f: Facts): { measures: Measure[]; unknown: string[] } {
  const measures: Measure[] = [];
  const unknown: string[] = [];
  const tg = targetGroup(f);

  if (tg.member.v === true || f.c.candidate?.temporaryWageSubsidy === true) {
    const reduced = f.c.candidate?.reducedWorkCapacity;
    if (reduced === undefined) unknown.push('candidate.reducedWorkCapacity');
    const rule = reduced === true ? NAV_RULES['nav.temporary-wage-subsidy.reduced'] : reduced === false ? NAV_RULES['nav.temporary-wage-subsidy'] : NAV_RULES['nav.temporary-wage-subsidy.unknown'];
    measures.push(measure(rule, reduced === true ? REDUCED_CAPACITY_SCHEDULE : ORDINARY_SCHEDULE));
  }
  measures.push(measure(NAV_RULES['nav.work-trial']));
  if (tg.disability.v === true) measures.push(measure(NAV_RULES['nav.accommodation-grant']));
  if (tg.member.v === true) measures.push(measure(NAV_RULES['nav.mentor-grant']));
  const absence = f.c.position.absenceReason;
  if (f.ground === 'substitute' && absence === 'sick_leave') measures.push(measure(NAV_RULES['nav.absence-refund.sick-leave']));
  if (f.ground === 'substitute' && absence === 'parental_leave') measures.push(measure(NAV_RULES['nav.absence-refund.parental-leave']));
  return { measures, unknown };
}
