/**
 * Round twenty-one (r21-nav-money): the money side of sick pay for new hires and of NAV's measures, fact by fact. The base
 * already held the employer period, the § 8-20 exemption (who applies, from when, forms, refunds, pregnancy, duration),
 * inntektsmelding and its three-month limit, functional assistance (hours, quarterly refunds, who qualifies), the inclusion
 * grant (cap, apply first, documentation), wage subsidies (rates, refunds, changes, sickness, ending), mentor, work trial
 * and summer jobs. Gaps found by probing, filled from sources read 2026-12-02: nav.no («Sykepenger og arbeidsgiverens
 * plikter», «Sykepenger i arbeidsgiverperioden», «Arbeidsgiveren kan betvile en sykmelding», «Når Nav utbetaler sykepenger
 * etter arbeidsgiverperioden», «Inntektsmelding for sykepenger», «Kronisk syk arbeidstaker»), jusinfo («Arbeidsgiverperioden»,
 * «Sykepenger fra trygden», «Klage og søksmål»), NHO (spørsmål og svar om sykepenger), Helsenett («Hyppig sykefravær»),
 * Kunnskapsbanken (refusjon av utgifter til funksjonsassistent) and NAV's own code (navikt/spinntektsmelding-frontend: the
 * reasons for not paying the employer period; navikt/tiltak-refusjon-api and -arbeidsgiver: the refund deadline and what
 * happens when it passes).
 * New: which days the employer pays for (part-time, partial sickness, single treatment days); a new hire sick before four
 * weeks (the inntektsmelding's reason, telling the employee, NAV from the first day); an employer who disputes the right to
 * sick pay (notice, doctor's note, NAV decides and reclaims, complaint, the appeals board); a refused § 8-20 exemption
 * (complaint within six weeks, Trygderetten, apply again). Extended: sick-pay-new-hire (part-time days),
 * sick-pay-exemption-how-much-absence (Helsenett's figure from practice), nav-mentor-refund (the deadline),
 * nav-wage-subsidy-refund-problems (a passed deadline cannot be extended; the grant is withdrawn), sick-pay-new-hire (what NAV
 * pays after the employer period: up to 6 G, at most 52 weeks; Altinn, Ny i Norge); phrasings for nav-function-assistance-hours,
 * sick-pay-refund-after-employer-period and nav-mentor-grant (a mentor for a work-trial participant).
 */
import { describe, it } from 'vitest';
import { describeFacts, describeHouseStyle, describeKnownMisses, describeRoutedQuestions } from '../../test/support/entryChecks.js';

const DAY = '2026-12-02';

const NEW = [
  'sick-pay-employer-period-which-days',
  'sick-pay-new-hire-under-four-weeks-inntektsmelding',
  'sick-pay-new-hire-employer-disputes',
  'sick-pay-exemption-refused-complaint',
] as const;

describeHouseStyle('round twenty-one NAV money entries keep the house style', NEW, { day: DAY, english: true });

describeFacts(
  'round twenty-one NAV money entries say what their sources say',
  [
    // nav.no (Sykepenger og arbeidsgiverens plikter): in the 16 days the employer pays only for days wages would otherwise be paid
    ['sick-pay-employer-period-which-days', /bare sykepenger for de dagene den ansatte ellers skulle hatt lønn/],
    // Altinn (6 G) and Ny i Norge (52 weeks): what NAV pays after the employer period
    ['sick-pay-new-hire', /sykepenger av inntekt opp til 6 G, i høyst 52 uker/],
    ['sick-pay-new-hire', /\*\*Deltid:\*\* i arbeidsgiverperioden betaler dere bare for de dagene den ansatte ellers skulle hatt lønn/],
    // nav.no (Sykepenger i arbeidsgiverperioden): whole and partial sick days count into the employer period
    ['sick-pay-employer-period-which-days', /både hele fraværsdager og dager da den ansatte er delvis syk/],
    // nav.no: single treatment days – a full employer period is 12 treatment days with a five-day week
    ['sick-pay-employer-period-which-days', /femdagersuke er en full arbeidsgiverperiode 12 dager med behandling/],
    // nav.no: no limit on how many employer periods in a year
    ['sick-pay-employer-period-which-days', /ingen grense for hvor mange arbeidsgiverperioder/],
    // jusinfo (Sykepenger fra trygden, § 8-17): NAV pays the first days when the employer has no duty because of the four weeks
    ['sick-pay-new-hire-under-four-weeks-inntektsmelding', /ingen arbeidsgiverperiode\*\* før den ansatte har vært ansatt i 4 uker/],
    ['sick-pay-new-hire-under-four-weeks-inntektsmelding', /betaler NAV også de første dagene \(folketrygdloven § 8-17; jusinfo\)/],
    // nav.no (arbeidsgivers plikter): an employer who thinks the conditions are not met must tell the employee
    ['sick-pay-new-hire-under-four-weeks-inntektsmelding', /må dere fortelle den ansatte det/],
    // NAV's inntektsmelding (spinntektsmelding-frontend): the reason «Det er ikke fire ukers opptjeningstid»
    ['sick-pay-new-hire-under-four-weeks-inntektsmelding', /velg begrunnelsen «Det er ikke fire ukers opptjeningstid»/],
    // folketrygdloven § 8-24 (parameter): self-certification needs two months with the employer
    ['sick-pay-new-hire-under-four-weeks-inntektsmelding', /egenmelding krever at hen har jobbet hos dere i minst 2 måneder/],
    // NHO and jusinfo (§ 8-18): sick pay from the day notice was given; doctor's note within 14 days or the right lapses
    ['sick-pay-new-hire-employer-disputes', /fra den dagen den ansatte ga beskjed om sykdommen/],
    ['sick-pay-new-hire-employer-disputes', /innen 14 dager, faller retten til sykepenger fra dere bort/],
    // nav.no (Arbeidsgiveren kan betvile en sykmelding): stop paying, inntektsmelding saying so; NAV advances and reclaims;
    // complaint within three weeks; then the appeals board for sick pay in the employer period
    ['sick-pay-new-hire-employer-disputes', /send inntektsmelding der dere sier at dere ikke betaler/],
    ['sick-pay-new-hire-employer-disputes', /betaler NAV sykepengene og krever pengene tilbake fra dere/],
    ['sick-pay-new-hire-employer-disputes', /Dere kan klage innen 3 uker/],
    ['sick-pay-new-hire-employer-disputes', /Ankenemnda for sykepenger i arbeidsgiverperioden/],
    // jusinfo (Klage og søksmål): six weeks to complain (§ 21-12), then an appeal to Trygderetten
    ['sick-pay-exemption-refused-complaint', /klagefristen er 6 uker \(folketrygdloven § 21-12; jusinfo\)/],
    ['sick-pay-exemption-refused-complaint', /kan ankes til Trygderetten/],
    // jusinfo (Trygderetten 05/00922): refused because the absence before the application was not high enough
    ['sick-pay-exemption-refused-complaint', /Trygderetten har stadfestet avslag fordi fraværet før søknaden ikke var stort nok/],
    // Helsenett (Hyppig sykefravær): about 35 days a year in NAV's practice
    ['sick-pay-exemption-how-much-absence', /omkring 35 dager i året/],
    // navikt/tiltak-refusjon-api (Refusjon.kt) and -arbeidsgiver (tiltak.ts, Refusjon.tsx): mentor is in the same refund
    // service; two months after the period (or NAV's approval if later); a passed deadline withdraws the grant
    ['nav-mentor-refund', /senest 2 måneder etter at tilskuddsperioden er over; går fristen ut, trekkes tilskuddet for perioden tilbake/],
    ['nav-wage-subsidy-refund-problems', /Etter at fristen er gått ut, kan den ikke forlenges/],
    ['nav-wage-subsidy-refund-problems', /det innvilgede tilskuddet for perioden trekkes tilbake/],
    ['nav-wage-subsidy-refund-problems', /eller fra NAV godkjente perioden hvis det skjedde senere/],
  ],
  DAY,
);

// Probe questions written for this round, in the words managers use in Teams (not the entries' phrasings).
describeRoutedQuestions(
  'round twenty-one manager questions reach the entry that holds the fact',
  [
    ['Behandlingsdager hver uke: hvor mange av dem dekker arbeidsgiveren før NAV overtar?', undefined, 'sick-pay-employer-period-which-days'],
    ['Hvilken begrunnelse velger vi i inntektsmeldingen når den nyansatte ikke har jobbet fire uker?', undefined, 'sick-pay-new-hire-under-four-weeks-inntektsmelding'],
    ['Nyansatt syk før opptjeningstiden er nådd – skal vi sende inntektsmelding?', undefined, 'sick-pay-new-hire-under-four-weeks-inntektsmelding'],
    ['sykmeldt nyansatt under fire uker, hva gjør lønn med inntektsmeldingen?', 'municipal', 'sick-pay-new-hire-under-four-weeks-inntektsmelding'],
    ['Den nyansatte har levert sykmelding vi ikke tror på – hva er fremgangsmåten?', undefined, 'sick-pay-new-hire-employer-disputes'],
    ['Nyansatt har ikke levert legeerklæring som vi ba om – mister hen sykepengene fra oss?', 'state', 'sick-pay-new-hire-employer-disputes'],
    ['NAV har bestemt at vi må betale arbeidsgiverperioden for den nye medarbeideren – hvordan klager vi?', undefined, 'sick-pay-new-hire-employer-disputes'],
    ['Søknaden om fritak fra arbeidsgiverperioden ble avslått – hva er klagefristen?', undefined, 'sick-pay-exemption-refused-complaint'],
    ['Hvor mange sykedager i året regner NAV med før de dekker arbeidsgiverperioden?', undefined, 'sick-pay-exemption-how-much-absence'],
    ['Kan NAV forlenge refusjonsfristen for lønnstilskudd når den allerede er passert?', undefined, 'nav-wage-subsidy-refund-problems'],
    ['Må vi betale tilbake hvis NAV har utbetalt for mye i lønnstilskudd?', undefined, 'nav-wage-subsidy-refund-problems'],
    ['Når betaler NAV ut pengene for mentoren, og må vi be om det selv?', undefined, 'nav-mentor-refund'],
    ['Hva skal følge med kvartalskravet for funksjonsassistent til hjelpemiddelsentralen?', undefined, 'nav-function-assistance-employer'],
    ['Den nyansatte har vært syk i tre uker, hva får hen fra NAV etter arbeidsgiverperioden?', undefined, 'sick-pay-new-hire'],
    ['Arbeidstreningsdeltakeren trenger tett oppfølging – kan vi få dekket tiden til en kollega som mentor?', undefined, 'nav-mentor-grant'],
    ['Hvor langt tilbake får vi refundert sykepengene for en nyansatt hvis inntektsmeldingen kommer sent?', undefined, 'sick-pay-refund-after-employer-period'],
  ],
  DAY,
);

describe('round twenty-one NAV money known gaps', () => {
  it.todo('whether a § 8-20 exemption granted to a person follows them to a new employer: no source read says so; the entries say to ask NAV or apply again');
  it.todo('how long NAV usually grants a § 8-20 exemption for: no source read gives a usual period (Compendia gives only an example for disabled people entering work)');
  it.todo('a deadline for the quarterly refund claim for functional assistance: Kunnskapsbanken says «hvert kvartal» but gives no deadline');
  it.todo(
    'how the sick-pay basis (sykepengegrunnlag) is set for a new hire with under three months of pay: jusinfo describes the pre-2019 four-week rule and Prop. 37 L (2016–2017) changed it; not written',
  );
  it.todo(
    'whether the employer (and not only the employee) is a party who can complain on a § 8-20 refusal: not confirmed; the entry says to let the employee complain or ask NAV',
  );
});

// Probes of this round the index does not yet route to the entry that holds the answer (fails once one is fixed).
describeKnownMisses(
  'round twenty-one NAV money known misses are still missed',
  [
    ['Regnes gradert sykmelding med i de 16 dagene vi betaler for?', undefined, 'sick-pay-employer-period-which-days', 'refused as sick leave of current staff (scope)'],
    [
      'Vi ansatte en person for ni dager siden, og nå er hen sykmeldt – må vi betale eller gjør NAV det?',
      undefined,
      'sick-pay-new-hire-under-four-weeks-inntektsmelding',
      'refused as sick leave of current staff: «ansatte … for ni dager siden» is not read as a new hire',
    ],
    [
      'Avslag på unntak fra arbeidsgiveransvar for sykepenger – kan avgjørelsen ankes?',
      undefined,
      'sick-pay-exemption-refused-complaint',
      'refused as sick leave of current staff (scope)',
    ],
    ['Mentortilskuddet: hvor lenge etter perioden kan vi sende refusjon?', undefined, 'nav-mentor-refund', 'goes to nav-mentor-duration («hvor lenge»)'],
    [
      'Nyansatt ringte inn syk først på dag tre – skylder vi sykepenger for de to første dagene?',
      undefined,
      'sick-pay-new-hire-employer-disputes',
      'tentative answer from sick-pay-new-hire (score about 0.50)',
    ],
  ],
  DAY,
);
