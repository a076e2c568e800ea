/**
 * Round eighteen (r18-probation-temp): probation and temporary employment in both sectors, driven by 69 manager
 * questions (/tmp/me/r18-probation-temp-probes.tsv) written from public pages: DFØ «Innleie i statlige virksomheter»,
 * regjeringen.no (veileder om innleie, Statens personalhåndbok kap. 3, Prop. 94 L kap. 14, «Melding om
 * prøvetidsregler»), Arbeidstilsynet (forskrift om innleie fra bemanningsforetak § 3), NHO Arbinn, LO-advokatene,
 * Utdanningsforbundet, Glittertind, Brækhus, Stiegler, Compendia, SNL, KRUS, Politiforum and Lovdata's SPH 2017.
 * The gaps were hiring-in from staffing agencies after the 2023 tightening (a state and a municipal entry, since
 * aml § 14-12 does not apply to state employees) and the deadline to sue over an unlawful temporary hire in a
 * municipality. Existing entries got facts (state-probation: the separate probation form is gone, aspirants in
 * agency training; mun-probation-dismissal-grounds: no minimum time before dismissal) and phrasings. Sources read
 * 2026-12-02.
 */
import { describe, it } from 'vitest';
import { describeFacts, describeHouseStyle, describeRoutedQuestions, describeKnownMisses } from '../../test/support/entryChecks.js';

const DAY = '2026-12-02';

const NEW = ['state-hired-in-staffing-agency', 'mun-hired-in-staffing-agency', 'mun-temp-claim-permanent-deadline'] as const;

describeHouseStyle('round eighteen probation and temporary-employment entries keep the house style', NEW, { day: DAY, english: true });

describeFacts(
  'round eighteen probation and temporary-employment entries say what their sources say',
  [
    // DFØ (Innleie i statlige virksomheter): no hiring-in for work of a temporary nature from 1 April 2023; substitutes continue
    ['state-hired-in-staffing-agency', /fra 1\. april 2023 kan en statlig virksomhet \*\*ikke\*\* leie inn fra bemanningsforetak/],
    ['state-hired-in-staffing-agency', /innleie for å dekke et \*\*vikarbehov\*\* er videreført \(DFØ\)/],
    // DFØ: aml § 14-12 seventh paragraph does not apply to the state; possible by agreement under statsansatteloven § 11 (2)
    ['state-hired-in-staffing-agency', /§ 14-12 sjuende ledd\) gjelder ikke i staten/],
    ['state-hired-in-staffing-agency', /statsansatteloven § 11 andre ledd/],
    // DFØ: statsansatteloven § 12 unchanged; more than 50 % of permanent staff hired out → may count as a staffing agency
    ['state-hired-in-staffing-agency', /Leier selskapet ut mer enn halvparten av sine fast ansatte/],
    // Statens personalhåndbok kap. 3: statsansatteloven § 38 on unlawful hiring-in
    ['state-hired-in-staffing-agency', /statsansatteloven § 38/],
    // NHO Arbinn (Prosessveileder innleie): innleie = work under the hirer's direction; under the supplier's own direction it is entreprise
    ['state-hired-in-staffing-agency', /leder selskapet selv arbeidet og har ansvaret for resultatet, er det et oppdrag \(entreprise\), ikke innleie/],
    // Regjeringen (veileder om innleie kap. 2): «midlertidig karakter» repealed; substitute, practice, NAV measures, sport remain
    ['mun-hired-in-staffing-agency', /fordi arbeidet er av \*\*midlertidig karakter\*\*/],
    ['mun-hired-in-staffing-agency', /innleie til \*\*vikariat\*\*, praksisarbeid, deltakere i arbeidsmarkedstiltak/],
    // Arbeidstilsynet (forskrift om innleie fra bemanningsforetak § 3): health personnel, discuss with union reps first, document on request
    ['mun-hired-in-staffing-agency', /sikre forsvarlig drift av helse- og omsorgstjenester/],
    ['mun-hired-in-staffing-agency', /Behovet skal drøftes med de tillitsvalgte før dere bestemmer dere/],
    // Glittertind: agreement with union representatives in a business bound by a collective agreement with a union with innstillingsrett
    ['mun-hired-in-staffing-agency', /fagforening med innstillingsrett/],
    // Glittertind, Brækhus: a permanent post after more than three years of continuous hiring-in
    ['mun-hired-in-staffing-agency', /sammenhengende innleid i mer enn 3 år, har rett til fast ansettelse/],
    // Regjeringen (veileder): discuss hiring-in yearly; NHO Arbinn: Arbeidstilsynet's supervision and overtredelsesgebyr
    ['mun-hired-in-staffing-agency', /overtredelsesgebyr ved klare og grove brudd/],
    // LO-advokatene: no deadline while employed; eight weeks from the end of negotiations, or from leaving
    ['mun-temp-claim-permanent-deadline', /mens hen er midlertidig ansatt, gjelder \*\*ingen søksmålsfrist\*\*/],
    ['mun-temp-claim-permanent-deadline', /fristen \*\*8 uker\*\*/],
    ['mun-temp-claim-permanent-deadline', /fra forhandlingene om kravet er avsluttet, eller fra fratreden/],
    ['mun-temp-claim-permanent-deadline', /Oslo kommune har ment at fristen løper fra forhandlingene/],
    // regjeringen.no (Melding om prøvetidsregler): probation is a point in the standard contract; the separate form is gone
    ['state-probation', /det særskilte skjemaet for prøvetid er utgått/],
    // KRUS (Prøvetid): aspirants are on probation as long as they are in training («jf. arbeidsavtalen»); dismissal if the
    // training is not completed satisfactorily under forskrift om aspiranter § 14 (the regulation governs dismissal, not the probation)
    [
      'state-probation',
      /aspirantene ansatt på prøve så lenge de er i utdanningen, etter arbeidsavtalen; fullfører de ikke utdanningen tilfredsstillende, kan de sies opp etter forskrift om aspiranter/,
    ],
    // Stiegler (Prøvetid – hvilke regler gjelder?): no minimum time into the probation before dismissal
    ['mun-probation-dismissal-grounds', /\*\*Ingen minstetid:\*\* dere trenger ikke vente til et bestemt punkt i prøvetiden/],
  ],
  DAY,
);

// This round's probe questions that now reach the entry holding the fact, in the words the managers used.
describeRoutedQuestions(
  'round eighteen manager questions reach the entry that holds the fact',
  [
    ['Er det lov med ringevikarer uten fast stilling i helsetjenesten?', 'municipal', 'mun-on-call-substitutes'],
    ['Kan vi leie inn en konsulent fra et vikarbyrå til et prosjekt i direktoratet?', 'state', 'state-hired-in-staffing-agency'],
    ['Er det lov å bruke bemanningsbyrå når vi har vikarbehov i etaten?', 'state', 'state-hired-in-staffing-agency'],
    ['hvilke regler gjelder for innleie i staten etter 2023?', 'state', 'state-hired-in-staffing-agency'],
    ['Kan vi leie inn folk fra et IT-konsulentselskap til etaten?', 'state', 'state-hired-in-staffing-agency'],
    ['Kan kommunen leie inn sykepleiere fra vikarbyrå til sykehjemmet?', 'municipal', 'mun-hired-in-staffing-agency'],
    ['Kan vi leie inn fra bemanningsbyrå for å ta en arbeidstopp i kommunen?', 'municipal', 'mun-hired-in-staffing-agency'],
    ['hva ble endret i innleiereglene i 2023?', undefined, 'mun-hired-in-staffing-agency'],
    ['Får en innleid vikar rett til fast jobb hos oss etter en tid?', undefined, 'mun-hired-in-staffing-agency'],
    ['vikaren mener hun skulle vært fast og vil saksøke kommunen, hvilken frist gjelder?', 'municipal', 'mun-temp-claim-permanent-deadline'],
    ['Vikaren ble ikke forlenget og vil saksøke, når går fristen ut?', 'municipal', 'mun-temp-claim-permanent-deadline'],
    ['Aspiranter som går på etatsopplæring – hvor lang er prøvetiden?', 'state', 'state-probation-training-programme'],
    ['Trenger vi eget skjema for prøvetid i staten?', 'state', 'state-probation'],
    ['kortere opphold mellom engasjementene, bryter det treårsregelen?', 'state', 'state-three-year-rule-breaks'],
    ['kan en vikar i staten sies opp før vikariatet er slutt?', 'state', 'state-temp-notice-period'],
    ['prosjektet i etaten ble lagt ned, slutter engasjementet da?', 'state', 'temp-early-termination'],
    ['hvor lang prøvetid kan en engasjert på ett år ha i staten?', 'state', 'state-probation'],
    ['vikariat på 8 måneder i barnehagen, hvor lang prøvetid kan vi ha?', 'municipal', 'mun-probation'],
    ['Kva grunnar kan kommunen bruke for å seie opp ein i prøvetida?', 'municipal', 'mun-probation-dismissal-grounds'],
    ['prøvetid står ikke i kontrakten – har hun prøvetid likevel?', 'municipal', 'mun-probation-oral-agreement'],
    ['Kan den nyansatte fortsette i jobben mens saken om prøvetidsoppsigelsen går i retten?', 'municipal', 'mun-probation-dismissal-stay'],
    ['Rammeavtale med tilkallingsvikarer, hva må vi passe på?', 'municipal', 'mun-on-call-substitutes'],
    ['Har en midlertidig ansatt i staten fortrinnsrett til ny stilling?', 'state', 'state-temp-preferred-right'],
    ['Can we hire temporary staff from an agency?', undefined, 'mun-hired-in-staffing-agency'],
    // A known miss of the round, answered since round nineteen by the entry on aspirants in agency training.
    ['tollaspirant er i prøvetid til utdanningen er ferdig?', 'state', 'state-probation-training-programme'],
  ],
  DAY,
);

describe('round eighteen probation and temporary-employment known misses', () => {
  it.todo(
    'Arbeidstilsynet and temporary hires: no source read on whether Arbeidstilsynet supervises aml § 14-9; only its supervision of the hiring-in rules is in mun-hired-in-staffing-agency',
  );
  it.todo(
    'the state has no entry on the deadline to sue over an unlawful temporary appointment (statsansatteloven and tjenestetvistloven were not read); an unknown-sector question shows state-temp-end-notice on the state side',
  );
  it.todo('statsansatteloven § 15 on extending probation for absence, and on aspirants under the current law: still not read on Lovdata');
});

// Questions of this round the index does not yet route to the entry that holds the answer (fails once one is fixed).
describeKnownMisses(
  'round eighteen known misses are still missed',
  [
    ['Kan vi si opp i prøvetiden allerede etter en måned?', 'municipal', 'mun-probation-dismissal-grounds', 'goes to mun-probation; «si opp» carries little weight'],
    ['Kan vi si opp en vikar i kommunen før vikariatet er over?', undefined, 'mun-temp-notice-period', 'goes to mun-temp-substitute'],
    ['Kan kommunen ansette en person på NAV-tiltak midlertidig?', undefined, 'mun-temporary-measure-participant', 'goes to mun-temp-measure-no-nav-yet'],
    ['Kan ein vikar frå byrå vere i kommunen i fleire år?', undefined, 'mun-hired-in-staffing-agency', 'goes to mun-temp-substitute'],
  ],
  DAY,
);
