/**
 * Round twenty-three (r23-state-appointment): the state appointment process after the advertisement, fact by fact. The base
 * already held the innstilling (who writes it, what it holds, how many, the order), the ansettelsesråd (members, quorum,
 * disagreement, a candidate who is not recommended, confidentiality), the qualification principle and its assessment, the
 * moderate preference, the offer, stopping a process, reusing a list, the applicant's access (utvidet søkerliste, facts
 * about oneself) and the passed-over applicant's options. Gaps found by probing, filled from sources read 2026-12-03:
 * DFØ («Innstilling»: equal numbers, the employer picks the chair, at least two employee members of a board, how the
 * employees' members are chosen), LDO and Prop. 81 L (2016–2017) kap. 19 (gjengjeldelse), Statens personalhåndbok 2017
 * pkt. 2.3.3.6 (bevisbyrde), jusinfo («Erstatning ved ugyldighet»), Juridika (Frøybas, HR-2019-2396-A) and Prop. 80 L
 * (2016–2017) kap. 10 (no fault needed in working life), Stortinget Innst. 478 L (2024–2025) (the new forvaltningslov).
 * New: state-applicant-earlier-complaint-retaliation. Extended: state-appointment-board-members and
 * state-union-role-in-hiring (DFØ's composition), state-appointment-error-consequences (damages with or without fault; the
 * 1967 act hedge); phrasings for state-job-offer, state-stop-hiring-process, state-reuse-applicant-list,
 * state-recommendation-who-writes, state-qualification-assessment, state-board-wants-non-recommended,
 * state-appointment-complaint and hiring-discrimination-claim-burden.
 */
import { describe, it } from 'vitest';
import { describeFacts, describeHouseStyle, describeKnownMisses, describeRoutedQuestions } from '../../test/support/entryChecks.js';

const DAY = '2026-12-03';

const NEW = ['state-applicant-earlier-complaint-retaliation'] as const;

describeHouseStyle('round twenty-three state appointment entries keep the house style', NEW, { day: DAY, english: true });

describeFacts(
  'round twenty-three state appointment entries say what their sources say',
  [
    // LDO (Gjengjeldelse): retaliation against someone who has complained, or said a complaint may come, is forbidden (§ 14)
    ['state-applicant-earlier-complaint-retaliation', /forbudt å gjøre \*\*gjengjeld\*\* mot noen som har klaget/],
    ['state-applicant-earlier-complaint-retaliation', /sagt at en klage kan komme \(likestillings- og diskrimineringsloven § 14\)/],
    // LDO: any negative treatment; a causal link is required; not protected when grossly negligent
    ['state-applicant-earlier-complaint-retaliation', /enhver form for negativ behandling/],
    ['state-applicant-earlier-complaint-retaliation', /årsakssammenheng mellom klagen og behandlingen/],
    ['state-applicant-earlier-complaint-retaliation', /opptrådt \*\*grovt uaktsomt\*\*/],
    // Prop. 81 L (2016–2017) kap. 19: the ban does not require the complaint to be well-founded; witnesses and helpers too
    ['state-applicant-earlier-complaint-retaliation', /forutsetter ikke at det var hold i klagen/],
    ['state-applicant-earlier-complaint-retaliation', /\*\*Også vitner\*\* og personer som hjelper til/],
    // SPH 2017 pkt. 2.3.3.6: shared burden of proof
    ['state-applicant-earlier-complaint-retaliation', /må dere sannsynliggjøre at det ikke var slik/],
    // statsansatteloven § 3: the best qualified is appointed
    ['state-applicant-earlier-complaint-retaliation', /\*\*best kvalifiserte\*\* ansettes \(statsansatteloven § 3\)/],
    // DFØ (Innstilling): equal numbers from each side, the employer chooses the chair
    ['state-appointment-board-members', /etter DFØ skal et ansettelsesråd ha like mange representanter for arbeidsgiversiden som for arbeidstakersiden/],
    ['state-appointment-board-members', /\*\*arbeidsgiveren velger lederen\*\*/],
    // DFØ: a board (styre) handling appointments has at least two employee representatives
    ['state-appointment-board-members', /\*\*styre\*\*, skal minst to av medlemmene representere arbeidstakerne/],
    // DFØ: usually elected by the local unions; may be union representatives or other employees
    ['state-appointment-board-members', /velges vanligvis av de lokale arbeidstakerorganisasjonene\. De kan være tillitsvalgte, men kan også være andre ansatte/],
    ['state-union-role-in-hiring', /arbeidsgiveren velger lederen\. Arbeidstakernes representanter velges vanligvis av de lokale organisasjonene/],
    // jusinfo (Erstatning ved ugyldighet): liability normally requires fault; an invalid decision alone is not enough
    ['state-appointment-error-consequences', /krever erstatning fra forvaltningen normalt \*\*skyld\*\*/],
    ['state-appointment-error-consequences', /Et ugyldig vedtak er ikke alene nok/],
    // Juridika (Frøybas, HR-2019-2396-A): no strict liability for the state without «særlige hensyn»
    ['state-appointment-error-consequences', /ikke har objektivt ansvar for uhjemlet myndighetsutøvelse uten «særlige hensyn» \(HR-2019-2396-A/],
    // Prop. 80 L (2016–2017) kap. 10: discrimination in working life – damages and redress without fault
    ['state-appointment-error-consequences', /i arbeidsforhold \*\*uten hensyn til skyld\*\*/],
    // Stortinget Innst. 478 L (2024–2025): a new forvaltningslov passed; commencement not confirmed
    ['state-appointment-error-consequences', /lov 20\. juni 2025 nr\. 81\) er vedtatt, men vi har ikke funnet når den trer i kraft/],
  ],
  DAY,
);

// Probe questions written for this round, in the words managers use in Teams (not the entries' phrasings).
describeRoutedQuestions(
  'round twenty-three manager questions reach the entry that holds the fact',
  [
    ['Søkeren som ikke fikk jobben vil se innstillingen. Har hun rett til det?', 'state', 'applicant-extended-list'],
    ['Får søkerne se vurderingene referansene ga om dem?', 'state', 'applicant-extended-list'],
    ['Må det være like mange fra de ansatte som fra ledelsen i tilsetjingsrådet?', 'state', 'state-appointment-board-members'],
    ['Hvem oppnevner lederen av ansettelsesrådet i en statlig etat?', 'state', 'state-appointment-board-members'],
    ['Må representantene i ansettelsesrådet være tillitsvalgte, eller kan andre ansatte sitte der?', 'state', 'state-union-role-in-hiring'],
    ['Rådet stemte 2 mot 2 om kandidatene. Hvem bestemmer?', 'state', 'state-board-disagreement'],
    ['Hvem avgjør når ansettelsesrådet vil ha en annen kandidat enn den lederen innstilte?', 'state', 'state-board-wants-non-recommended'],
    ['Hva må stå i innstillingen om søkerne vi ikke innstilte?', 'state', 'state-recommendation-who-writes'],
    ['Når er tilsettinga bindande for oss?', 'state', 'state-job-offer'],
    ['Budsjettet er kuttet etter intervjuene – kan vi avslutte rekrutteringen uten å ansette?', 'state', 'state-stop-hiring-process'],
    ['Må staten ha utvist skyld for å betale erstatning til en søker som ble forbigått?', 'state', 'state-appointment-error-consequences'],
    ['En søker mener hun ble valgt bort på grunn av funksjonsnedsettelsen. Hvem må bevise hva?', 'state', 'hiring-discrimination-claim-burden'],
    ['Kan vi la være å innstille en søker fordi han klaget på forrige ansettelse til Sivilombudet?', 'state', 'state-applicant-earlier-complaint-retaliation'],
    ['Er det gjengjeldelse å ikke kalle inn en søker som tidligere har klaget på diskriminering?', 'state', 'state-applicant-earlier-complaint-retaliation'],
    // Moved from the known misses in round twenty-eight (r28-state-hiring added a phrasing about last year's complaint).
    ['Søkeren klaget oss inn for Diskrimineringsnemnda i fjor og søker nå igjen. Kan vi ta hensyn til det?', 'state', 'state-applicant-earlier-complaint-retaliation'],
  ],
  DAY,
);

describe('round twenty-three state appointment known gaps', () => {
  it.todo(
    "whom the employees' members of an ansettelsesråd represent (all employees or their union): the DFØ page's answer to that question was cut off in the copy read; no entry says it",
  );
  it.todo("a separate retaliation ban for a complaint to Sivilombudet that is not about discrimination: no source read names one; the entry says to ask the agency's lawyer");
  it.todo(
    "how a kollegialt organ (ansettelsesråd) decides whether one of its members is inhabil (forvaltningsloven § 8): no source on the 1967 act's § 8 was read; duty-impartiality-friend covers the member's own § 6 assessment",
  );
  it.todo('the statsansatteloven § 6 text on the composition of ansettelsesråd: not read on Lovdata this round; DFØ is the source');
});

// Probes of this round the index does not yet route to the entry that holds the answer (fails once one is fixed).
describeKnownMisses(
  'round twenty-three state appointment known misses are still missed',
  [
    ['Hvordan sammenligner vi søkerne når to er omtrent like gode på papiret?', 'state', 'state-qualification-assessment', 'goes to hiring-personal-suitability («på papiret»)'],
    ['Må vi ringe referanser før vi innstiller i staten?', 'state', 'state-hiring-documentation', 'goes to state-recommendation-how-many («innstiller»)'],
    [
      'Vi trenger to saksbehandlere til – kan vi ta nummer to og tre fra innstillingen i vår?',
      'state',
      'state-reuse-applicant-list',
      'goes to state-recommendation-how-many («nummer to og tre», «innstillingen»)',
    ],
    [
      'Kan staten ansette en søker som ikke oppfylte et krav i utlysningen fordi hun var best i intervjuet?',
      'state',
      'hiring-criteria-not-in-ad',
      'goes to state-hiring-without-interview («intervjuet»)',
    ],
  ],
  DAY,
);
