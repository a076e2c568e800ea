/**
 * Round seventeen (r17-probation-temp): probation and temporary employment in both sectors, driven by 68 manager
 * questions written from public Q&A and advice pages (Arbeidslivsjuss, Compendia24, Stiegler, SNL, sbdl.no,
 * Tjenestetorget, DFØ's arbeidsgiverportal, Creo, Statens personalhåndbok kap. 3 on regjeringen.no, Prop. 94 L
 * (2016–2017) kap. 14, regjeringen.no «Melding om prøvetidsregler»). Most of the facts were already in the base;
 * the misses were questions worded unlike the entries' phrasings. One new entry (renewing a temporary state
 * contract, state-temp-extend); existing entries got phrasings, mun-probation-extension-absence the rule that
 * probation cannot be extended just to get more time to assess, and state-three-year-rule that a project
 * engagement is work of a temporary nature (DFØ). Sources read 2026-12-02.
 */
import { describe, it } from 'vitest';
import { describeFacts, describeHouseStyle, describeRoutedQuestions } from '../../test/support/entryChecks.js';

const DAY = '2026-12-02';

const NEW = ['state-temp-extend'] as const;

describeHouseStyle('round seventeen probation and temporary-employment entries keep the house style', NEW, { day: DAY, english: true });

describeFacts(
  'round seventeen probation and temporary-employment entries say what their sources say',
  [
    // DFØ (Midlertidig ansettelse): a temporary hire needs a ground in statsansatteloven § 9
    ['state-temp-extend', /krever en grunn i § 9, for eksempel vikariat eller arbeid av midlertidig karakter \(DFØ\)/],
    // Creo (Ansettelser i staten): the conditions when the contract is made decide; short breaks and holidays do not interrupt
    ['state-temp-extend', /forholdene når avtalen inngås, som avgjør om den er lovlig \(Creo\)/],
    ['state-temp-extend', /mer enn 3 år, regnes hen som fast/],
    ['state-temp-extend', /Korte opphold på inntil 14 dager eller ferie avbryter ikke tiden/],
    // Statens personalhåndbok kap. 3: an unlawful temporary hire is permanent and must be ended under § 19 or § 20
    ['state-temp-extend', /\*\*Uten lovlig grunnlag\*\* regnes den ansatte som fast, og må eventuelt sies opp etter statsansatteloven § 19 \(virksomhetens forhold\) eller § 20/],
    // Statens personalhåndbok kap. 3 (statsansatteloven § 17 fjerde ledd): written notice one month ahead after a year
    ['state-temp-extend', /mer enn 1 år, skal hen ha skriftlig varsel senest 1 måned før fratreden/],
    // arbeidsmiljøloven § 15-6 fjerde ledd (SNL, norlegalgc): extension only for absence
    ['mun-probation-extension-absence', /kan heller ikke forlenges bare fordi dere trenger mer tid til å vurdere den ansatte/],
    ['mun-probation-extension-absence', /med like lang tid som fraværet varte/],
    // DFØ (Midlertidig ansettelse, bokstav a): an assignment with a clear limit and natural end is temporary work
    ['state-three-year-rule', /\*\*prosjektengasjement\*\*.*er arbeid av midlertidig karakter \(bokstav a\), så den tiden teller med \(DFØ\)/],
    // Statens personalhåndbok (Lovdata, tjenestemannsloven § 8): rimelige krav til dyktighet eller pålitelighet
    ['state-probation-dismissal', /rimelige krav til dyktighet eller pålitelighet/],
    // Arbeidslivsjuss; Rt. 2003 s. 1071: adaptation, skill and reliability
    ['mun-probation-dismissal-grounds', /tilpasning til arbeidet, faglige dyktighet eller pålitelighet/],
    // aml § 14-2 (KS-advokatene): no preferred right for a substitute
    ['mun-preferred-right-dismissed', /\*\*ikke en vikar\*\*/],
  ],
  DAY,
);

// This round's probes that now reach the entry holding the fact, in the words the managers used.
describeRoutedQuestions(
  'round seventeen manager questions reach the entry that holds the fact',
  [
    ['hvor lang prøvetid kan vi ha i barnehagen for en nyansatt assistent?', 'municipal', 'mun-probation'],
    ['ny ansatt på sykehjemmet har hatt mye fravær, kan prøvetiden forlenges med like mye?', 'municipal', 'mun-probation-extension-absence'],
    ['Kan vi forlenge prøvetiden fordi vi er usikre på om hun passer?', 'municipal', 'mun-probation-extension-absence'],
    ['hva regnes som manglende tilpasning til arbeidet i prøvetiden?', 'municipal', 'mun-probation-dismissal-grounds'],
    ['kan vi si opp en i prøvetid fordi han ikke samarbeider med kollegene?', 'municipal', 'mun-probation-dismissal-grounds'],
    ['må vi kalle inn til drøftingsmøte før oppsigelse i prøvetid?', 'municipal', 'mun-probation-dismissal-process'],
    ['kan vi ha samme vikar i flere år på rad i skolen?', 'municipal', 'mun-temporary-permanent-rule'],
    ['varslingsfrist når et engasjement slutter i kommunen', 'municipal', 'mun-temp-end-notice'],
    ['har en vikar fortrinnsrett til fast stilling hos oss?', 'municipal', 'mun-preferred-right-dismissed'],
    ['kva er reglane for mellombels tilsetjing i kommunen?', 'municipal', 'mun-temporary-grounds'],
    ['må vi gi grunn når vi ikke forlenger vikariatet?', 'municipal', 'mun-temp-ends-automatically'],
    ['kan vi forlenge vikariatet når den sykmeldte forlenger sykmeldingen?', 'municipal', 'substitute-long-term-sick-duration'],
    ['kan vi si opp en nyansatt med funksjonsnedsettelse i prøvetiden hvis tilretteleggingen ikke fungerer?', 'municipal', 'probation-dismissal-accommodation'],
    ['hvor lang er prøvetiden for en ny saksbehandler i direktoratet?', 'state', 'state-probation'],
    ['har en engasjert i staten prøvetid?', 'state', 'state-probation'],
    ['hva skal til for at en prøvetidsoppsigelse i staten er gyldig?', 'state', 'state-probation-dismissal'],
    // Both state probation entries say the dismissal is an enkeltvedtak; the dismissal entry says it in its first line (round 24)
    ['må vi fatte vedtak når vi sier opp noen i prøvetiden i etaten?', 'state', 'state-probation-dismissal'],
    ['kan et engasjement i staten forlenges flere ganger?', 'state', 'state-temp-extend'],
    ['Can a state agency extend a temporary contract several times?', 'state', 'state-temp-extend'],
    ['fraværet til den vi har vikar for blir lengre – kan vi forlenge vikaren i direktoratet?', 'state', 'state-temp-extend'],
    ['kan vi fornye kontrakten til en engasjert i etaten for tredje gang?', 'state', 'state-temp-extend'],
    ['slutter et engasjement i staten av seg selv når sluttdatoen kommer?', 'state', 'state-temp-notice-period'],
    ['må vi varsle en engasjert en måned før kontrakten går ut?', 'state', 'state-temp-end-notice'],

    // Known misses of the round (it.todo notes), now answered.
    ['kan vi si opp en assistent i prøvetida fordi hun ikke fungerer i jobben?', undefined, 'mun-probation-dismissal-grounds'],
  ],
  DAY,
);

describe('round seventeen probation and temporary-employment known misses', () => {
  it.todo(
    '«Kan vi forlenge prøvetida når den nye har vært sykmeldt i 3 uker?» (kommune) stays tentative (0.476); the same question with «i tre uker» scores 0.56 and without the duration 0.67 — a duration written with digits seems to count as an unknown word (search code, not changed here)',
  );
  it.todo(
    '«kan lederen i prøvetiden kreve at den nyansatte når de samme målene som erfarne kolleger?» (stat) → state-probation-dismissal, tentative (0.53); no state source read on how high «rimelige krav» lies',
  );
  it.todo(
    'statsansatteloven § 15 on extending probation for absence: still not read on Lovdata; a state university contract template says the employer may extend by the length of the absence, but that is not an authoritative source, so state-probation-extension still sends the manager to HR',
  );
  it.todo(
    '«treårsregelen i staten, gjelder den for prosjektstillinger også?» → no sure answer (0.47; state-three-year-rule and temp-project-position-duration split it). A phrasing «Gjelder treårsregelen for prosjektstillinger i staten?» or the tag «prosjektstilling» made it sure, but each also made one dev out-of-scope question answered (refused 202 → 201), so both were dropped',
  );
  it.todo(
    '«teller vikartid i kommunen med når hun søker fast stilling?» is ambiguous (experience as a qualification or the four-/three-year rule); goes to mun-temporary-permanent-rule',
  );
});
