/**
 * NAV's measures for the employer: midlertidig lønnstilskudd (tiltaksforskriften kap. 9), arbeidstrening
 * (kap. 3), inkluderingstilskudd (kap. 11; contract id nav.accommodation-grant), mentortilskudd (kap. 5),
 * and refunds for a substitute's absent colleague (folketrygdloven kap. 8 and 14).
 * Rates, durations and caps are dated parameters (knowledge/parameters/navWageSubsidy.ts, folketrygd.ts):
 * the texts name them with {{p:id}} and the assessment renders the value in force on asOf.
 */
import type { Facts } from './facts.js';
import { EARLIEST_AS_OF, param } from './rule.js';
import { targetGroup } from './targetGroup.js';
import { valueOn } from '../parameters/registry.js';
import type { Measure, MeasureRuleVersion, ScheduleStep } from './types.js';

const P = 'nav.temporary-wage-subsidy';

/** The schedule in force on asOf: ordinary or reduced work capacity; undefined before the rates are verified. */
export function wageSubsidySchedule(asOf: string, reducedWorkCapacity: boolean): ScheduleStep[] | undefined {
  if (!valueOn(`${P}.rate-ordinary`, asOf)) return undefined;
  const k = reducedWorkCapacity ? 'reduced' : 'ordinary';
  const step = param(`${P}.step-months-${k}`, asOf);
  const max = param(`${P}.max-months-${k}`, asOf);
  return [
    { fromMonth: 1, toMonth: step, percent: param(`${P}.rate-${k}`, asOf) },
    { fromMonth: step + 1, toMonth: max, percent: param(`${P}.rate-${k}-after`, asOf) },
  ];
}

const CONTRACT_NOTE =
  ' Det er NAV som vurderer behovet og setter satsen. Dere betaler full lønn og får tilskuddet refundert; det kreves en arbeidsavtale, og NAV, dere og kandidaten godkjenner en avtale om tilskuddet før det starter.';
const ORDINARY_TEXT = `Midlertidig lønnstilskudd: NAV dekker {{p:${P}.rate-ordinary}} av refusjonsgrunnlaget de første {{p:${P}.step-months-ordinary}}, deretter {{p:${P}.rate-ordinary-after}}, i inntil {{p:${P}.max-months-ordinary}}.`;
const REDUCED_TEXT = `Midlertidig lønnstilskudd ved nedsatt arbeidsevne: NAV dekker {{p:${P}.rate-reduced}} av refusjonsgrunnlaget de første {{p:${P}.step-months-reduced}}, deretter {{p:${P}.rate-reduced-after}}, i inntil {{p:${P}.max-months-reduced}}.`;
const WAGE_SUBSIDY_BASE = {
  id: 'nav.temporary-wage-subsidy',
  legalBasis: ['tiltaksforskriften kap. 9'],
  effectiveFrom: '2021-02-03',
  source: 'nav.no: Midlertidig lønnstilskudd; NAVs avtalesystem (navikt/tiltaksgjennomforing-api)',
};

export const NAV_RULES = {
  'nav.temporary-wage-subsidy': { ...WAGE_SUBSIDY_BASE, text: ORDINARY_TEXT + CONTRACT_NOTE },
  'nav.temporary-wage-subsidy.reduced': { ...WAGE_SUBSIDY_BASE, text: REDUCED_TEXT + CONTRACT_NOTE },
  'nav.temporary-wage-subsidy.unknown': {
    ...WAGE_SUBSIDY_BASE,
    text: `${ORDINARY_TEXT} Har NAV funnet nedsatt arbeidsevne, er satsen {{p:${P}.rate-reduced}} de første {{p:${P}.step-months-reduced}} og deretter {{p:${P}.rate-reduced-after}}, i inntil {{p:${P}.max-months-reduced}}.${CONTRACT_NOTE}`,
  },
  // Before the first date a public source confirms today's rates (knowledge/parameters/navWageSubsidy.ts).
  'nav.temporary-wage-subsidy.unverified': {
    id: 'nav.temporary-wage-subsidy',
    legalBasis: ['tiltaksforskriften kap. 9'],
    effectiveFrom: EARLIEST_AS_OF,
    effectiveTo: '2021-02-02',
    source: 'knowledge/parameters/navWageSubsidy.ts',
    text: 'Midlertidig lønnstilskudd: NAV dekker en del av lønnskostnaden i en periode. Satsene som gjaldt på denne datoen, er ikke kontrollert i veilederen; spør NAV hvilke satser og hvilken varighet som gjaldt. Dere betaler full lønn, og det kreves en arbeidsavtale.',
  },
  'nav.work-trial': {
    id: 'nav.work-trial',
    legalBasis: ['tiltaksforskriften kap. 3 (arbeidstrening)'],
    effectiveFrom: EARLIEST_AS_OF,
    source: 'Oslo Economics 2023, kap. 3.4 og 5.1; arbeidsgiver.nav.no: Arbeidstrening',
    text: 'Arbeidstrening: en lav terskel inn. Deltakeren er ikke ansatt: NAV sørger for deltakerens ytelse, det inngås ingen arbeidsavtale, og arbeidsgiveren får ikke betalt. Plassen kommer i tillegg til den vanlige bemanningen og skal aldri dekke ordinære oppgaver. Fører ofte videre til en midlertidig stilling med lønnstilskudd.',
  },
  // Contract id kept; the scheme that exists since 2019 is inkluderingstilskudd (review F4.3). The
  // tilretteleggingstilskudd of the IA agreement was discontinued from 1 January 2019.
  'nav.accommodation-grant': {
    id: 'nav.accommodation-grant',
    legalBasis: ['tiltaksforskriften kap. 11 (inkluderingstilskudd)'],
    effectiveFrom: EARLIEST_AS_OF,
    source: 'nav.no: Inkluderingstilskudd; NAV: Evaluering av tilretteleggingsordningene',
    text: 'Inkluderingstilskudd: når kandidaten deltar i et tiltak fra NAV eller får annen arbeidsrettet bistand, kan NAV dekke dokumenterte ekstrakostnader ved å tilrettelegge arbeidsplassen, opp til et fast beløp per deltaker. Søk NAV før dere kjøper inn. Det gamle «tilretteleggingstilskuddet» ble avviklet i 2019.',
  },
  'nav.mentor-grant': {
    id: 'nav.mentor-grant',
    legalBasis: ['tiltaksforskriften kap. 5 (mentor)'],
    effectiveFrom: EARLIEST_AS_OF,
    source: 'Oslo Economics 2023, kap. 3.4; nav.no: Mentor',
    text: 'Mentortilskudd: NAV kan dekke tid en kollega bruker som mentor for den nyansatte.',
  },
  'nav.absence-refund.sick-leave': {
    id: 'nav.absence-refund',
    legalBasis: ['folketrygdloven kap. 8 (sykepenger)'],
    effectiveFrom: EARLIEST_AS_OF,
    source: 'Oslo Economics 2023, kap. 1.2; Virke og jusinfo om arbeidsgiverperioden',
    text: 'Vikar for sykmeldt: etter arbeidsgiverperioden på {{p:sickpay.employer-period-days}} refunderer NAV sykepengene for den sykmeldte, beregnet av inntekt opp til {{p:benefit.max-g}} (1 G = {{p:g}}). Refusjonen dekker ytelsen, ikke arbeidsgiveravgift eller pensjon på toppen. Arbeidsgiverperioden gjelder først når den sykmeldte har jobbet {{p:sickpay.employer-period-qualifying-weeks}} hos dere. Vikaren koster dermed virksomheten mindre.',
  },
  'nav.absence-refund.parental-leave': {
    id: 'nav.absence-refund',
    legalBasis: ['folketrygdloven kap. 14 (foreldrepenger)'],
    effectiveFrom: EARLIEST_AS_OF,
    source: 'Oslo Economics 2023, kap. 1.2',
    text: 'Vikar for foreldrepermisjon: NAV dekker foreldrepengene til den som er i permisjon, beregnet av inntekt opp til {{p:benefit.max-g}} (1 G = {{p:g}}). Vikaren koster dermed virksomheten mindre.',
  },
} satisfies Record<string, MeasureRuleVersion>;

const measure = (r: MeasureRuleVersion, schedule?: ScheduleStep[]): Measure => (schedule ? { id: r.id, text: r.text, schedule } : { id: r.id, text: r.text });

/**
 * The measures that apply, and the absent fields that left one of them unsettled.
 * Decisions: when reduced work capacity is unknown, the schedule is the ordinary one (the text names the
 * higher rates) and candidate.reducedWorkCapacity is reported missing. Before the rates are verified
 * (see NAV_RULES) the measure is listed without a schedule, and nothing is missing. The absence refund is for a
 * temporary substitute only; a permanent position has no substitute ground.
 */
export function navMeasures(f: Facts): { measures: Measure[]; unknown: string[] } {
  const measures: Measure[] = [];
  const unknown: string[] = [];
  const tg = targetGroup(f);

  if (tg.member.v === true || f.c.candidate?.temporaryWageSubsidy === true) {
    const reduced = f.c.candidate?.reducedWorkCapacity;
    const schedule = wageSubsidySchedule(f.asOf, reduced === true);
    if (!schedule) {
      measures.push(measure(NAV_RULES['nav.temporary-wage-subsidy.unverified']));
    } else {
      if (reduced === undefined) unknown.push('candidate.reducedWorkCapacity');
      const rule =
        reduced === true
          ? NAV_RULES['nav.temporary-wage-subsidy.reduced']
          : reduced === false
            ? NAV_RULES['nav.temporary-wage-subsidy']
            : NAV_RULES['nav.temporary-wage-subsidy.unknown'];
      measures.push(measure(rule, schedule));
    }
  }
  measures.push(measure(NAV_RULES['nav.work-trial']));
  if (tg.disability.v === true) measures.push(measure(NAV_RULES['nav.accommodation-grant']));
  if (tg.member.v === true) measures.push(measure(NAV_RULES['nav.mentor-grant']));
  const absence = f.c.position.absenceReason;
  if (f.ground === 'substitute' && absence === 'sick_leave') measures.push(measure(NAV_RULES['nav.absence-refund.sick-leave']));
  if (f.ground === 'substitute' && absence === 'parental_leave') measures.push(measure(NAV_RULES['nav.absence-refund.parental-leave']));
  return { measures, unknown };
}
