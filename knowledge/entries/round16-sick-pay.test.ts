/**
 * Round sixteen (r16b-sick-pay): sick pay and the employer period as they meet hiring, fact by fact — folketrygdloven
 * §§ 8-3, 8-18 to 8-20 and 22-13, nav.no (kronisk syk og gravid arbeidstaker, sykepenger til arbeidstakere, varig
 * tilrettelagt arbeid), jusinfo, Compendia, NHI, Mulighetene for alle and Visma (the digital § 8-20 forms). New entries
 * answer one question each; existing entries got a phrasing. Sources read 2026-12-01.
 */
import { describe, it } from 'vitest';
import { describeFacts, describeHouseStyle, describeRoutedQuestions, describeKnownMisses } from '../../test/support/entryChecks.js';

const DAY = '2026-12-01';

const NEW = ['sick-pay-exemption-forms-digital', 'sick-pay-exemption-pregnant-hire', 'sick-pay-vta-o-employee-sick', 'sick-pay-low-income-part-time'] as const;

describeHouseStyle('round sixteen sick-pay entries keep the house style', NEW, { day: DAY, english: true });

describeFacts(
  'round sixteen sick-pay entries say what their sources say',
  [
    // Visma Community (2021): NAV 08-20.05, 08-20.20 and 08-20.12 digital; receipt in Altinn; no signature from the employee
    ['sick-pay-exemption-forms-digital', /NAV 08-20\.05/],
    ['sick-pay-exemption-forms-digital', /NAV 08-20\.20/],
    ['sick-pay-exemption-forms-digital', /NAV 08-20\.12/],
    ['sick-pay-exemption-forms-digital', /kvittering i Altinn/],
    ['sick-pay-exemption-forms-digital', /Den ansatte trenger ikke skrive under/],
    // nav.no (Gravid arbeidstaker): the employee «bekrefter opplysninger når arbeidsgiveren krever refusjon» (review 2026-12-02)
    ['sick-pay-exemption-forms-digital', /hen bekrefter opplysningene eller sier fra/],
    // nav.no (Kronisk syk arbeidstaker): one claim per absence period, sent without waiting for the decision; § 22-13
    ['sick-pay-exemption-forms-digital', /\*\*ett krav for hver fraværsperiode\*\*/],
    ['sick-pay-exemption-forms-digital', /inntil 3 måneder før måneden kravet settes fram/],
    // nav.no (Gravid arbeidstaker): only if accommodation or reassignment is not possible; 3 months back, at most 9 before the due date
    ['sick-pay-exemption-pregnant-hire', /tilrettelegging eller omplassering til annet arbeid ikke er mulig/],
    ['sick-pay-exemption-pregnant-hire', /inntil 3 måneder før den kalendermåneden søknaden kom inn/],
    ['sick-pay-exemption-pregnant-hire', /ikke lenger tilbake enn 9 måneder før termindato/],
    // Compendia (Søknad om fritak): only pregnancy-related absence, not influenza; the rule prevents pressure to tell early
    ['sick-pay-exemption-pregnant-hire', /ikke for eksempel influensa/],
    ['sick-pay-exemption-pregnant-hire', /hindre press på den ansatte om å fortelle tidlig/],
    // likestillings- og diskrimineringsloven § 30: no questions about pregnancy in hiring
    ['sick-pay-exemption-pregnant-hire', /likestillings- og diskrimineringsloven § 30/],
    // nav.no (Varig tilrettelagt arbeid i ordinær virksomhet): the employer hires; the employee gets disability benefit
    ['sick-pay-vta-o-employee-sick', /\*\*ansatt hos dere\*\*/],
    ['sick-pay-vta-o-employee-sick', /får uføretrygd fra NAV/],
    // folketrygdloven § 8-3; nav.no (Sykepenger til arbeidstakere); jusinfo: half G only after the employer period
    ['sick-pay-vta-o-employee-sick', /minst 0,5 G \(folketrygdloven § 8-3\)/],
    ['sick-pay-vta-o-employee-sick', /Grensen gjelder ikke i arbeidsgiverperioden/],
    ['sick-pay-low-income-part-time', /minst 0,5 G \(folketrygdloven § 8-3 andre ledd\)/],
    ['sick-pay-low-income-part-time', /minsteinntekten gjelder ikke her/],
    ['sick-pay-low-income-part-time', /ansatt i minst 4 uker/],
    // jusinfo (Sykepenger fra trygden): folketrygdloven § 8-17 — NAV pays the first days when the employer has no duty
    ['sick-pay-new-hire', /også for de første dagene \(folketrygdloven § 8-17\)/],
    ['sick-pay-new-hire-earning-period', /\*\*NAV fra første dag:\*\*/],
    // Virke (Arbeidsgiverperioden ved sykefravær): calendar days from a working day, holidays and time off counted
    ['sick-pay-employer-period-basics', /også feriedager, avspasering og andre fridager regnes med/],
    // r24-employment-sickpay (2026-12-03): this row used to require «Starter sykmeldingen som gradert, begynner perioden første hele
    // fraværsdag», which is wrong: nav.no (Sykepenger i arbeidsgiverperioden)
    // counts days with partial sick leave in the employer period. Checked in knowledge/entries/r24-employment-sickpay.test.ts.
    ['sick-pay-employer-period-basics', /\*\*gradert \(delvis\) sykmelding\*\* regnes inn i arbeidsgiverperioden/],
    // nav.no (Gravid arbeidstaker); NHI: pregnancy-related exemption only when accommodation or reassignment is not possible
    ['sick-pay-employer-period-exemption', /når tilrettelegging eller omplassering til annet arbeid ikke er mulig/],
    // Compendia (Fritak … ved økt risiko for sykefravær): a limited time without closer assessment, "for eksempel i inntil ett år"
    ['sick-pay-exemption-disability-new-hire', /som eksempel på et slikt tidsrom inntil 1 år/],
  ],
  DAY,
);

// Written before the entries were changed, in other words than their phrasings (probe questions of this round).
describeRoutedQuestions(
  'round sixteen sick-pay manager questions reach the entry that holds the fact',
  [
    ['Hvilket skjema bruker vi for å søke fritak fra arbeidsgiverperioden?', 'state', 'sick-pay-exemption-forms-digital'],
    ['Kan vi sende refusjonskravet digitalt på nav.no når den ansatte er kronisk syk?', 'state', 'sick-pay-exemption-forms-digital'],
    ['Må arbeidstakeren signere kravet om refusjon av sykepenger ved fritak?', 'municipal', 'sick-pay-exemption-forms-digital'],
    ['Hvilke NAV-skjemaer gjelder for refusjon når vi har fått unntak fra arbeidsgiverperioden?', 'state', 'sick-pay-exemption-forms-digital'],
    ['Gravid nyansatt er mye syk – kan NAV dekke de første 16 dagene bakover i tid?', 'municipal', 'sick-pay-exemption-pregnant-hire'],
    ['Ny medarbeider er gravid og sykmeldt på grunn av svangerskapet, kan vi få dekket arbeidsgiverperioden?', 'state', 'sick-pay-exemption-pregnant-hire'],
    ['Dekker fritaket for gravide også vanlig forkjølelse?', 'municipal', 'sick-pay-exemption-pregnant-hire'],
    ['Hvem betaler når en på VTA i ordinær virksomhet blir syk?', 'municipal', 'sick-pay-vta-o-employee-sick'],
    ['Får en som jobber i VTA-O hos oss sykepenger fra NAV?', 'state', 'sick-pay-vta-o-employee-sick'],
    ['Vi har en VTA-O-plass og den ansatte er sykmeldt, må vi betale de første 16 dagene?', 'municipal', 'sick-pay-vta-o-employee-sick'],
    ['Hvor lav kan lønna være før den nyansatte ikke får sykepenger fra NAV?', 'municipal', 'sick-pay-low-income-part-time'],
    ['Vi vil ansette en person i 20 prosent stilling, har hen rett til sykepenger?', 'state', 'sick-pay-low-income-part-time'],
    ['Vi ansetter en som hadde fritak fra arbeidsgiverperioden hos forrige arbeidsgiver, gjelder det hos oss?', 'municipal', 'sick-pay-exemption-duration'],
    ['Må den ansatte søke fritaket på nytt når hun bytter jobb?', 'municipal', 'sick-pay-exemption-duration'],
    ['Regnes de fire ukene fra kontraktsdato eller fra første arbeidsdag?', 'state', 'sick-pay-new-hire'],
    ['Har en nyansatt i kommunen rett til full lønn under sykdom fra første dag etter hovedtariffavtalen?', 'municipal', 'sick-pay-new-hire'],
    ['Hvem betaler feriepenger av sykepengene som NAV refunderer ved fritak?', 'state', 'sick-pay-exemption-refund'],
    ['Kan vi spørre den nye medarbeideren hvilken diagnose hun har når vi søker fritak?', 'municipal', 'sick-pay-exemption-hiring-no-asking'],
    ['Er det den ansatte eller arbeidsgiveren som søker om fritak fra arbeidsgiverperioden?', 'state', 'sick-pay-employer-period-exemption'],
    ['Hva må den ansatte selv gjøre når hen har fritak fra arbeidsgiverperioden?', 'state', 'sick-pay-exemption-employee-role'],
    ['Hvem betaler sykepenger når en som er ansatt med lønnstilskudd blir syk?', 'municipal', 'nav-wage-subsidy-employee-sick'],
    ['Deltakeren på arbeidstrening er sjuk, må vi betale sjukepengar?', 'municipal', 'nav-work-trial-sick'],
    ['Gjelder fritak for svangerskapsrelatert sykdom hvis vi kunne ha tilrettelagt arbeidet?', 'municipal', 'sick-pay-employer-period-exemption'],
    ['Den nye betaler NAV sykepengene fra dag én når hun ikke har vært ansatt fire uker hos oss?', 'state', 'sick-pay-new-hire'],
    ['Telles feriedager med i arbeidsgiverperioden når en nyansatt blir syk?', 'state', 'sick-pay-employer-period-basics'],
    ['Teller gradert sykmelding som hele dager i arbeidsgiverperioden?', 'state', 'sick-pay-employer-period-basics'],
    ['Er det en fast lengde på fritaket NAV gir en funksjonshemmet arbeidssøker?', 'state', 'sick-pay-exemption-disability-new-hire'],
    ['Kan NAV dekke arbeidsgiverperioden for en med psykiske helseplager som vi ansetter?', 'municipal', 'sick-pay-exemption-disability-new-hire'],

    // Known misses of the round (it.todo notes), now answered.
    ['Den nyansatte var syk to ganger med ti dagers mellomrom, blir det to arbeidsgiverperioder?', undefined, 'sick-pay-employer-period-basics'],
    ['Kan vi søke NAV om å slippe arbeidsgiverperioden for en kandidat med epilepsi?', undefined, 'sick-pay-employer-period-exemption'],
    ['Kandidaten skal ha dialyse tre ganger i uka, kan NAV dekke arbeidsgiverperioden?', undefined, 'sick-pay-exemption-treatment-period'],
    ['Vi ansatte en person for tre uker siden og nå er hun syk, må vi betale arbeidsgiverperioden?', undefined, 'sick-pay-new-hire'],
    ['Hvor lenge kan vi få fritak fra arbeidsgiverperioden for en med funksjonsnedsettelse som er ny i arbeidslivet?', undefined, 'sick-pay-exemption-disability-new-hire'],
    // routed since 2026-12-03 (reading changes of session 19)
    ['ny ansatt kom rett fra dagpenger og ble syk etter ei uke, får han sykepenger?', undefined, 'sick-pay-new-hire-earning-period'],
  ],
  DAY,
);

describe('round sixteen sick-pay known misses', () => {
  it.todo(
    'whether a § 8-20 decision follows the employee to a new employer: no NAV or Lovdata text found (only an old patient-group page says it does); sick-pay-exemption-duration says to ask NAV',
  );
  it.todo(
    'KS hovedtariffavtalen kap. 1 § 8 (sykelønn for a new hire in a municipality): the text was not found among the sources read; sick-pay-new-hire says to check the agreement',
  );
});

// Questions of the round the index does not yet route to the entry that holds the answer (once written as it.todo notes); each fails once it is fixed.
describeKnownMisses(
  'round sixteen sick-pay known misses are still missed',
  [
    [
      'Kan en kandidat på AAP søke fritak fra arbeidsgiverperioden før oppstart hos oss?',
      undefined,
      'sick-pay-employer-period-exemption',
      'goes tentatively to sick-pay-exemption-treatment-period, 0.51, which also holds the fact',
    ],
    [
      'Kan NAV ta sjukepengane i arbeidsgjevarperioden for ein med angst som vi tilset?',
      undefined,
      'sick-pay-exemption-disability-new-hire',
      'goes to sick-pay-employer-period-basics, 0.58',
    ],
  ],
  DAY,
);
