/**
 * Round fourteen (r14-state-inclusion): the state's inclusion rules covered from their public pages, fact by fact —
 * the trainee programme (DFØ), the interview duty and moderate preference (statsansatteforskriften §§ 4, 4a, 4b),
 * reporting in the annual report (DFØ, Difi) and who is in the target group. The open doubt on §§ 4 and 4a is
 * settled here: the text in force (as amended 13.12.2019) has no «før innstillingen avgis» — that was § 6 of the 2017
 * regulation, which Jobbnorge still quotes — so the entries no longer quote it. Sources read 2026-12-01.
 */
import { describe, it } from 'vitest';
import { describeFacts, describeHouseStyle, describeRoutedQuestions, describeKnownMisses } from '../../test/support/entryChecks.js';

const DAY = '2026-12-01';

const NEW = ['tg-benefit-not-target-group', 'tg-cv-gap-parental-leave-abroad', 'state-inclusion-report-numbers-from-ticks', 'state-trainee-after-period'] as const;

describeHouseStyle('round fourteen state inclusion entries keep the house style', NEW, { day: DAY, english: true });
// A why-question: the answer opens with the reason.
describeHouseStyle('round fourteen interview-duty reason entry keeps the house style', ['state-interview-duty-why'], {
  day: DAY,
  english: true,
  opens: /^Fordi mange i målgruppen ikke ble kalt inn/,
});

describeFacts(
  'round fourteen state inclusion entries say what their sources say',
  [
    // DFØ «Dette skal du rapportere»: a disability «som vil kreve tilrettelegging på arbeidsplassen eller i
    // arbeidsforholdet»; a CV gap from illness, substance abuse, prison or active job seeking — no benefit named.
    ['tg-benefit-not-target-group', /^Nei – det er søkerens egen opplysning som avgjør, ikke en ytelse fra NAV/],
    ['tg-benefit-not-target-group', /vil kreve \*\*tilrettelegging\*\* på arbeidsplassen eller i arbeidsforholdet/],
    ['tg-benefit-not-target-group', /minst 2 år av de siste 5 år/],
    // Jobbnorge (§ 4a): «Slik avkryssing er valgfri.»
    ['tg-benefit-not-target-group', /avkrysningen er frivillig/],
    // DFØ «Dette skal du rapportere»: the four causes, and «En person som på søknadstidspunktet har en fast stilling
    // eller midlertidig ansettelse av varighet på mer enn ett år, regnes ikke med.»
    ['tg-cv-gap-parental-leave-abroad', /^Nei, ikke i seg selv/],
    ['tg-cv-gap-parental-leave-abroad', /\*\*sykdom \(også psykisk sykdom\), rus eller soning\*\*[\s\S]*\*\*aktivt arbeidssøkende\*\*/],
    ['tg-cv-gap-parental-leave-abroad', /\*\*Foreldrepermisjon og tid hjemme med barn\*\* er ikke blant grunnene/],
    ['tg-cv-gap-parental-leave-abroad', /\*\*fast stilling\*\*, eller en midlertidig ansettelse som varer mer enn 1 år/],
    ['tg-cv-gap-parental-leave-abroad', /definisjonen skiller ikke mellom Norge og utlandet/],
    // DFØ «Positiv særbehandling når man søker jobb i staten»: «Avkrysningene i jobbsøkerportalen danner grunnlag for
    // anonymisert statistikk som alle statlige virksomheter rapporterer i sine årsrapporter.»
    ['state-inclusion-report-numbers-from-ticks', /^Ja – avkrysningene er grunnlaget/],
    ['state-inclusion-report-numbers-from-ticks', /\*\*anonymisert statistikk\*\* som statlige virksomheter rapporterer i årsrapporten/],
    // DFØ «Dette skal du rapportere»; Difi 26.11.2019: «antall nyansettelser totalt og andelen nyansatte med nedsatt
    // funksjonsevne og hull i CV-en» and «tiltak … og vurdere om de har vært vellykkede».
    ['state-inclusion-report-numbers-from-ticks', /\*\*antall nyansatte totalt\*\* i året og \*\*andelen\*\*/],
    ['state-inclusion-report-numbers-from-ticks', /\*\*Tiltakene\*\* skal også beskrives/],
    // DFØ «Dette må du gjøre som arbeidsgiver»: «Stillingene i programmet er midlertidige, men virksomheten kan gjøre
    // disse om til faste stillinger etter endt program»; DFØ «Relevant regelverk»: § 5 (2) two years plus one, § 3a (2)
    // «i samme virksomhet og som er kvalifisert for stillingen».
    ['state-trainee-after-period', /^Det kommer an på hva dere velger før perioden går ut/],
    ['state-trainee-after-period', /inntil 24 måneder \(to år\) kan forlenges med inntil 12 måneder \(ett år\)/],
    ['state-trainee-after-period', /\*\*gjennomført\*\* programmet[\s\S]*\*\*kvalifisert\*\*[\s\S]*\*\*samme virksomhet\*\* uten å lyse ut \(§ 3a andre ledd\)/],
    // statsansatteloven § 9 første ledd bokstav c (praksisarbeid) and § 17 fjerde ledd (written notice).
    ['state-trainee-after-period', /treårsregelen gir ikke fast stilling[\s\S]*praksisarbeid/],
    ['state-trainee-after-period', /skriftlig varsel om fratreden[\s\S]*statsansatteloven § 17 fjerde ledd/],
    // Difi 26.11.2019: «2018 var første året statlige virksomheter skulle rapportere i kapittel 4 i årsrapporten om
    // hvordan de jobber for å rekruttere flere ansatte med nedsatt funksjonsevne eller hull i CV-en»; the reports were
    // «av varierende kvalitet og vanskelig å sammenlikne». DFØ's annual report: chapter 4 «Styring og kontroll».
    ['state-inclusion-report-where-in-annual-report', /^Det kommer an på tildelingsbrevet/],
    ['state-inclusion-report-where-in-annual-report', /\*\*kapittel 4\*\* i årsrapporten – den delen som handler om \*\*styring og kontroll i virksomheten\*\*/],
    ['state-inclusion-report-where-in-annual-report', /likestillings- og diskrimineringsloven § 26 a/],
    // NTB 13.12.2019 (Østlendingen): adopted in the Council of State; «Mange av dem opplever at til tross for at de er
    // kvalifisert for jobben, så blir de ikke innkalt til intervju. Nå gir vi lederne våre verktøy …»; Compendia: the
    // rules apply to posts advertised from 1 January 2020, and the big portals got the tick at the same time.
    ['state-interview-duty-why', /i statsråd i desember 2019/],
    ['state-interview-duty-why', /lederne nå fikk \*\*verktøy\*\*/],
    ['state-interview-duty-why', /stillinger som er lyst ut fra \*\*1\. januar 2020\*\*/],
    ['state-interview-duty-why', /krysse av for hull i CV-en i de største rekrutteringsportalene/],
    // Lovdata, statsansatteforskriften § 1: «Forskriften gjelder embetsmenn der det er uttrykkelig sagt»; §§ 4, 4a and 4b
    // and DFØ's page describe the interview duty with no exception for management posts.
    ['state-interview-duty-leader-posts', /^Ja – statsansatteforskriften §§ 4, 4a og 4b gjør ikke unntak for lederstillinger/],
    ['state-interview-duty-leader-posts', /forskriften gjelder embetsmenn bare der det er uttrykkelig sagt \(§ 1\)/],
    // DFØ «Dette skal du rapportere»: «Søker som oppgir å ha en funksjonsnedsettelse …»; DFØ «Positiv særbehandling»:
    // «Vi oppfordrer søkere til å krysse av i jobbportalen»; DFØ trainee page: the applicant must declare by ticking.
    ['state-target-group-stated-in-letter', /knytter plikten til søkere som \*\*oppgir\*\*[\s\S]*ikke til selve avkrysningsboksen/],
    ['state-target-group-stated-in-letter', /DFØ oppfordrer søkerne til å krysse av/],
    ['state-target-group-stated-in-letter', /\*\*Traineestillinger er annerledes:\*\* der må søkeren erklære/],
    // Existing entries corrected. Lovdata (statsansatteforskriften, amended 13.12.2019 and 22.06.2022; table of
    // contents: § 4, § 4a, § 4b «Søker med innvandrerbakgrunn»); Grade's help page quotes § 4 in force: «The employer
    // shall summon at least one qualified applicant who states that he or she has a disability for an interview» —
    // no «before the recommendation»; DFØ describes the duty the same way.
    ['state-interview-obligation', /teksten som gjelder nå, har ikke med «før innstillingen avgis», som sto i den eldre § 6 fra 2017/],
    ['state-interview-obligation', /^(?![\s\S]*Intervjuet skal skje før innstillingen gis)/],
    // DFØ «Positiv særbehandling»: «søkere som selv har innvandret eller som er norskfødt og der begge foreldrene har
    // innvandret»; Lovdata: the duty is § 4b.
    ['state-interview-immigrant-background', /\*\*selv har innvandret\*\*, eller er \*\*norskfødt med to foreldre som har innvandret\*\*/],
    ['state-interview-immigrant-background', /i dag står den i \*\*statsansatteforskriften § 4b\*\*/],
    // statsansatteforskriften §§ 4 (2) and 4a (2); DFØ: moderate preference — the entry already held the fact.
    ['state-moderate-preference', /søkeren må ligge svært nær den beste – det holder ikke bare å fylle minstekravene/],
  ],
  DAY,
);

// Written after the entries, in other words than their phrasings.
describeRoutedQuestions(
  'round fourteen state inclusion questions reach the entry that holds the fact',
  [
    ['er en som er på arbeidsavklaringspenger i målgruppen', 'state', 'tg-benefit-not-target-group'],
    ['teller foreldrepermisjon som hull i cv', 'state', 'tg-cv-gap-parental-leave-abroad'],
    ['teller tid i utlandet som hull i cv', 'state', 'tg-cv-gap-parental-leave-abroad'],
    ['hvor får vi tallene på hvor mange som krysset av', 'state', 'state-inclusion-report-numbers-from-ticks'],
    ['rapporterer vi antall eller prosent i årsrapporten', 'state', 'state-inclusion-report-numbers-from-ticks'],
    ['hva skjer når traineeperioden er over', 'state', 'state-trainee-after-period'],
    ['kan vi ansette en med funksjonsnedsettelse selv om en annen er litt bedre kvalifisert', 'state', 'state-moderate-preference'],
    ['kan vi ansette en med hull i cv selv om en annen søker er litt bedre', 'state', 'state-moderate-preference'],
    ['kan hvem som helst søke på traineestillingen vår', 'state', 'state-trainee-reserved-target-group'],
    ['må vi kalle inn noen med funksjonsnedsettelse til intervju i direktoratet', 'state', 'state-interview-obligation'],
    ['må vi kalle inn søkere med innvandrerbakgrunn til intervju', 'state', 'state-interview-immigrant-background'],
    ['gjelder intervjuplikten i kommunen', 'municipal', 'mun-interview-target-group'],
    ['kan vi forlenge traineestillingen med ett år', 'state', 'state-trainee-duration'],
    ['kan vi gi traineen fast jobb uten å lyse ut stillingen', 'state', 'state-trainee-permanent'],
    ['teller midlertidige ansettelser med i fem prosent målet', 'state', 'state-inclusion-wage-subsidy-count'],
    ['regnes en som har fast jobb nå som hull i cv', 'state', 'tg-cv-gap-employed-now'],
    ['hvilket kapittel i årsrapporten skal inkluderingsarbeidet stå i', 'state', 'state-inclusion-report-where-in-annual-report'],
    ['hvorfor ble det innført intervjuplikt for hull i cv', 'state', 'state-interview-duty-why'],
    ['når kom regelen om hull i cv og intervju', 'state', 'state-interview-duty-why'],
    ['gjelder intervjuplikten også for lederstillinger i staten', 'state', 'state-interview-duty-leader-posts'],
    ['søkeren skriver om funksjonsnedsettelsen i søknadsbrevet men krysset ikke av må vi kalle hen inn', 'state', 'state-target-group-stated-in-letter'],
    ['En søker har skrevet i søknaden at hun har vært syk i flere år, men krysset ikke av. Må hun på intervju?', 'state', 'state-target-group-stated-in-letter'],
    // moved from the known misses in round 29 (r29-target-sickpay): a phrasing on the dugnad and the municipalities routes it
    ['gjaldt inkluderingsdugnaden også kommunene', undefined, 'mun-inclusion-hiring-goal'],
  ],
  DAY,
);

describe('round fourteen state inclusion known misses', () => {
  it.todo('«må intervjuet skje før innstillingen» reaches state-interview-obligation at 0.49, under the threshold');
  it.todo('whether the interview duty (§§ 4, 4a, 4b) applies in helseforetak and statsforetak: no source read that says so');
  it.todo('a trainee and prøvetid: no DFØ page read that says whether a trainee has a probation period');
  it.todo('the interview duty when a recruitment agency runs the process: no source read');
  it.todo('«må vi informere om statistikkformål i traineeannonsen» finds nothing (state-trainee-ad-text holds it, with a near-identical phrasing)');
  it.todo(
    '«må vi kalle inn søkeren som har krysset av selv om vi mener hen ikke er kvalifisert» now goes to state-target-group-stated-in-letter (which also says only qualified applicants count) rather than state-interview-obligation',
  );
  it.todo('«hvor mange fra målgruppen ble ansatt i staten i fjor»: no source with figures after the inclusion drive');
});

// Questions of the round the index does not yet route to the entry that holds the answer (once written as it.todo notes); each fails once it is fixed.
describeKnownMisses(
  'round fourteen state-inclusion known misses are still missed',
  [
    [
      'Søkeren har full uføretrygd – betyr det at vi må kalle henne inn som søker med funksjonsnedsettelse?',
      undefined,
      'tg-benefit-not-target-group',
      'goes to duty-applicant-part-time-disability, not tg-benefit-not-target-group',
    ],
    [
      'Må traineen slutte når kontrakten i traineeprogrammet går ut?',
      undefined,
      'state-trainee-after-period',
      'goes to temp-sick-when-contract-ends, not state-trainee-after-period',
    ],
    ['hvor mye dårligere kvalifisert kan søkeren med hull i cv være', undefined, 'state-moderate-preference', 'reaches state-moderate-preference at 0.47, under the threshold'],
    [
      'hva skjer hvis vi glemmer å kalle inn søkeren med funksjonsnedsettelse',
      undefined,
      'state-interview-duty-breach-complaint',
      'finds nothing (state-interview-duty-breach-complaint holds it)',
    ],
  ],
  DAY,
);
