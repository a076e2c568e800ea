/**
 * Round eleven (r11-employment): probation after an internal move or from another employer, which absence
 * extends it, the end of probation; temporary hiring for work peaks and projects, ending a temporary contract
 * early or while the employee is sick, its end date, a state temp's preferential right; self-certification for
 * new hires and under the employer-period exemption; a substitute for a long-term sick employee. Sources read
 * 2026-12-01.
 */
import { describe, it } from 'vitest';
import { describeFacts, describeHouseStyle, describeRoutedQuestions, describeKnownMisses } from '../../test/support/entryChecks.js';

const DAY = '2026-12-01';

const NEW = [
  'mun-probation-new-position',
  'state-probation-new-position',
  'mun-probation-extension-which-absence',
  'probation-ends-without-action',
  'mun-temp-work-peak',
  'state-temp-work-peak',
  'state-temp-preferred-right',
  'temp-early-termination',
  'temp-contract-end-date',
  'temp-project-position-duration',
  'sick-pay-exemption-self-certification',
  'substitute-long-term-sick-duration',
  'temp-sick-when-contract-ends',
] as const;

describeHouseStyle('round eleven employment entries keep the house style', NEW, { day: DAY, english: true });

describeFacts(
  'round eleven employment entries say what their sources say',
  [
    ['mun-probation-new-position', /samme eller en vesentlig lik stilling.*ikke avtales ny prøvetid/s],
    ['mun-probation-new-position', /vesentlig andre krav/],
    ['mun-probation-new-position', /annen kommune er en annen arbeidsgiver/],
    ['state-probation-new-position', /ansettelsesorganet\*\* kan bestemme at den ikke skal gjelde/],
    ['state-probation-new-position', /normalt ikke skulle være ny prøvetid ved direkte overgang/],
    ['mun-probation-extension-which-absence', /kurs og opplæring i arbeidsgivers regi, gir ikke grunnlag/],
    ['mun-probation-extension-which-absence', /foreldre- eller omsorgspermisjon og militærtjeneste/],
    ['probation-ends-without-action', /kommet fram før prøvetiden er ute/],
    ['probation-ends-without-action', /14 dager i kommunen.*1 måned i staten/s],
    ['mun-temp-work-peak', /økning i arbeidsmengden for en avgrenset periode/],
    ['mun-temp-work-peak', /4 år sammenhengende etter bokstav a/],
    ['state-temp-work-peak', /uforutsett behov\*\* i inntil 6 måneder/],
    ['state-temp-preferred-right', /^Nei, som hovedregel ikke: .*sagt opp\*\* på grunn av virksomhetens forhold/],
    ['state-temp-preferred-right', /minst 12 måneder.*de siste 2 år.*inntil 2 år etter oppsigelsesfristen/s],
    ['state-temp-preferred-right', /innen 14 dager/],
    ['temp-early-termination', /statsansatteloven § 17 tredje ledd/],
    ['temp-contract-end-date', /forventet varighet\*\* \(arbeidsmiljøloven § 14-6 første ledd bokstav e\)/],
    ['temp-contract-end-date', /regnes ansettelsen som fast/],
    ['temp-project-position-duration', /mer enn 3 år sammenhengende i staten.*mer enn 4 år i arbeid av midlertidig karakter/s],
    ['sick-pay-exemption-self-certification', /alle sykefravær\*\* i arbeidsgiverperioden, uansett diagnose/],
    ['substitute-long-term-sick-duration', /høyst 52 uker/],
    ['substitute-long-term-sick-duration', /opp til 6 G \(én G er 136 549 kr\)/],
    ['temp-sick-when-contract-ends', /^Nei, som hovedregel ikke: en lovlig midlertidig ansettelse opphører/],
  ],
  DAY,
);

// Written after the entries, in other words than their phrasings.
describeRoutedQuestions(
  'round eleven manager questions reach the entry that holds the fact',
  [
    ['Er det lov med ny prøvetid når en statsansatt går over til en ny stilling med andre krav?', 'state', 'state-probation-new-position'],
    ['Kommunen trenger ekstra folk et halvår på grunn av en arbeidstopp – kan vi ansette midlertidig?', 'municipal', 'mun-temp-work-peak'],
    ['Etaten har en stor restanse etter en lovendring – kan vi ansette midlertidig i staten?', 'state', 'state-temp-work-peak'],
    ['Har den som hadde engasjement i staten fortrinnsrett når engasjementet er slutt?', 'state', 'state-temp-preferred-right'],
    ['Holder det å skrive i den midlertidige arbeidsavtalen at vikariatet varer til den faste kommer tilbake?', undefined, 'temp-contract-end-date'],
    ['Prosjektmidlene er forlenget flere ganger – når blir den prosjektansatte fast?', undefined, 'temp-project-position-duration'],
    ['Den ansatte med fritak fra arbeidsgiverperioden er borte på egenmelding – får vi refusjon?', undefined, 'sick-pay-exemption-self-certification'],
    ['Vikariatet slutter snart, men vikaren er sykmeldt – må vi forlenge?', undefined, 'temp-sick-when-contract-ends'],

    // Known misses of the round (it.todo notes), now answered.
    ['Den nyansatte var tre uker på kurs vi sendte henne på – kan prøvetiden forlenges med det?', undefined, 'mun-probation-extension-which-absence'],
    ['Den sykmeldte har snart brukt opp sykepengene – hvor lenge kan vikariatet fortsette?', undefined, 'substitute-long-term-sick-duration'],
  ],
  DAY,
);

describe('round eleven known misses', () => {
  it.todo('«Hvem bestemmer oppsigelse i prøvetiden i staten – lederen eller ansettelsesrådet?» has no entry (decision authority not checked)');
  it.todo('«Hvor lenge refunderer NAV sykepenger?» and «Hva er 6G-grensen i kroner?» are refused by scope.ts (sick leave of staff) unless they mention a substitute or new hire');
});

// Questions of the round the index does not yet route to the entry that holds the answer (once written as it.todo notes); each fails once it is fixed.
describeKnownMisses(
  'round eleven employment known misses are still missed',
  [
    ['Hun skal fra sykepleier i hjemmetjenesten til avdelingsleder i kommunen – kan vi avtale ny prøvetid?', undefined, 'mun-probation-new-position', 'score 0.34'],
    ['Prøvetiden gikk ut i går uten at vi sa noe – hva betyr det?', undefined, 'probation-ends-without-action', 'score 0.38'],
    ['Kan vi si opp en midlertidig ansatt midt i perioden?', undefined, 'temp-early-termination', 'score 0.39'],
  ],
  DAY,
);
