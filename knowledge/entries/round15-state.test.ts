/**
 * Round fifteen (r15-state): the state's hiring rules for inclusion covered from their public sources, fact by fact —
 * statsansatteloven § 3, statsansatteforskriften §§ 4, 4a, 4b (Lovdata; Compendia), Statens personalhåndbok (chapters
 * 2 and 7 on regjeringen.no; the 2017 edition on Lovdata), the trainee programme (DFØ and Difi pages), the inclusion
 * initiative (regjeringen.no 22.06.2021, DFØ-rapport 2021:6, Difi 29.04.2019), Hovedavtalen i staten § 31 (LO Stat)
 * and offentleglova § 25 (text quoted by Norsk Presseforbund; Sivilombudet). Most facts were already held by the
 * state entries of rounds 10–14; new entries answer one question each, a few existing ones got a fact or a phrasing.
 * Sources read 2026-12-01.
 */
import { describe, it } from 'vitest';
import { describeFacts, describeHouseStyle, describeRoutedQuestions, describeKnownMisses } from '../../test/support/entryChecks.js';

const DAY = '2026-12-01';

const NEW = ['state-diversity-weight-choice', 'state-trainee-funding', 'applicant-list-contents', 'state-hovedavtalen-inclusion'] as const;

describeHouseStyle('round fifteen state entries keep the house style', NEW, { day: DAY, english: true });

describeFacts(
  'round fifteen state entries say what their sources say',
  [
    // statsansatteloven § 3 første ledd: «Den best kvalifiserte søkeren skal ansettes …, med mindre det er gjort unntak i lov eller forskrift.»
    ['state-diversity-weight-choice', /^Nei – ikke som et fritt hensyn/],
    ['state-diversity-weight-choice', /med mindre det er gjort unntak i lov eller forskrift \(statsansatteloven § 3 første ledd\)/],
    // statsansatteforskriften §§ 4 and 4a (Compendia: «tilnærmet like godt kvalifisert som den best kvalifiserte søkeren»)
    ['state-diversity-weight-choice', /\*\*tilnærmet like godt kvalifisert\*\*[\s\S]*§§ 4 og 4a/],
    // § 4b: interview duty only (Jobbnorge; DFØ «Positiv særbehandling»)
    ['state-diversity-weight-choice', /plikt til å kalle inn minst én kvalifisert søker til intervju \(§ 4b\)/],
    // Hovedavtalen i staten § 31 nr. 2 (LO Stat): positive action → provisions in the tilpasningsavtale (ldl § 11)
    ['state-diversity-weight-choice', /tilpasningsavtalen i virksomheten ha nærmere bestemmelser om det \(Hovedavtalen i staten § 31\)/],
    // DFØ «Dette må du gjøre som arbeidsgiver»: ordinary posts «under de samme prosedyrene når det kommer til stillingskode og lønn»
    ['state-trainee-funding', /^Nei – vi har ikke funnet at Traineeprogrammet i staten gir virksomheten penger til lønn/],
    ['state-trainee-funding', /\*\*vanlig stillingskode og lønn\*\* \(DFØ\)/],
    // DFØ: digital courses on Læringsplattformen (medarbeiderskap; mentor); DFØ advertises trainee posts
    ['state-trainee-funding', /kurs i medarbeiderskap for traineen og et kurs for mentoren på Læringsplattformen/],
    // offentleglova § 25 andre ledd (Presseforbundet's quote): «snarast etter at søknadsfristen er gått ut … namn, alder,
    // stilling eller yrkestittel og bustad- eller arbeidskommune»; «kor mange søkjarar … og kva kjønn dei har»
    ['applicant-list-contents', /\*\*snarest etter at søknadsfristen er gått ut\*\*/],
    ['applicant-list-contents', /navn, alder, stilling eller yrkestittel og bosteds- eller arbeidskommune/],
    ['applicant-list-contents', /hvor mange som har søkt, og hvilket kjønn de har/],
    // § 25 femte ledd: the advertisement must say information may be made public despite a request
    ['applicant-list-contents', /opplysninger om søkeren kan bli offentlige selv om søkeren har bedt om ikke å stå på listen/],
    // § 25 første ledd: «Unntaket i første ledd gjeld ikkje søkjarlister»; Sivilombudet: the original deadline
    ['applicant-list-contents', /søkerlisten kan ikke unntas som helhet/],
    ['applicant-list-contents', /listen settes opp fra den opprinnelige fristen \(Sivilombudet\)/],
    // LO Stat: Hovedavtalen i staten § 31 nr. 1–4
    ['state-hovedavtalen-inclusion', /aktivt, målrettet og planmessig[\s\S]*arbeidet skal dokumenteres/],
    ['state-hovedavtalen-inclusion', /\*\*tilpasningsavtalen\*\*[\s\S]*hvordan samarbeidet om likestilling, inkludering og mangfold skal foregå/],
    ['state-hovedavtalen-inclusion', /positiv særbehandling, skal tilpasningsavtalen ha \*\*nærmere bestemmelser\*\*/],
    ['state-hovedavtalen-inclusion', /drøftes med de tillitsvalgte minst én gang i året/],
    // Existing entries extended. Regjeringen.no 22.06.2021: departementene «pålagt å lage handlingsplaner» (2020);
    // Difi 29.04.2019: «Både faste og midlertidige stillinger skal telle med i fem prosent-målet.»
    ['inc-inkluderingsdugnaden', /fra april 2019 telte både \*\*faste og midlertidige\*\* nyansettelser med/],
    ['inc-inkluderingsdugnaden', /departementene pålagt å lage \*\*handlingsplaner\*\*/],
    // Statens personalhåndbok kap. 7: «Det skal arbeides systematisk og målrettet med blant annet å ansette flere med
    // nedsatt funksjonsevne, og med innvandrerbakgrunn»
    ['inc-inkluderingsdugnaden', /\*\*systematisk og målrettet\*\* med blant annet å ansette flere med nedsatt funksjonsevne og med innvandrerbakgrunn/],
    // Regjeringen.no 22.06.2021: «prosentandelen ned fra 2,2 % til 2,0 %»; 279 in 2019 (274 in the 2020 release)
    // Shares now from the dated parameters state.inclusion-results.* (round 25); regjeringen.no 22.06.2021
    ['inc-dugnad-results', /\*\*2,2 % i 2019\*\* og \*\*2 % i 2020\*\*/],
    // DFØ-rapport 2021:6: «Et flertall … når ikke målet»; «Statlige ledere ønsker flere tiltak, herunder lønnstilskudd»
    ['inc-dugnad-results', /\*\*flertallet nådde ikke\*\* femprosentmålet/],
    ['inc-dugnad-results', /blant annet \*\*lønnstilskudd\*\*/],
    // statsansatteforskriften § 3a andre ledd: «i samme virksomhet»
    ['state-trainee-permanent', /Unntaket gjelder ikke fast stilling i en \*\*annen\*\* virksomhet/],
  ],
  DAY,
);

// Written after the entries, in other words than their phrasings (probe questions of this round).
describeRoutedQuestions(
  'round fifteen manager questions reach the entry that holds the fact',
  [
    ['Kan vi legge vekt på mangfold når vi velger mellom søkere i staten?', 'state', 'state-diversity-weight-choice'],
    ['Kan vi bruke kjønnskvotering i staten?', 'state', 'state-diversity-weight-choice'],
    ['Kan vi velge en søker med innvandrerbakgrunn framfor en bedre kvalifisert?', 'state', 'state-diversity-weight-choice'],
    ['Får virksomheten tilskudd for å ha en trainee?', 'state', 'state-trainee-funding'],
    ['Hvem betaler lønnen til traineen i staten?', 'state', 'state-trainee-funding'],
    ['Hva står på den offentlige søkerlisten?', 'state', 'applicant-list-contents'],
    ['Må søkerlisten vise kjønn og antall søkere?', 'state', 'applicant-list-contents'],
    ['Skal søkerlisten vise om søkeren har krysset av for funksjonsnedsettelse?', 'state', 'applicant-list-contents'],
    ['Hva er tilpasningsavtalen?', 'state', 'state-hovedavtalen-inclusion'],
    ['Må positiv særbehandling stå i tilpasningsavtalen?', 'state', 'state-hovedavtalen-inclusion'],
    ['Hva sier Hovedavtalen i staten om inkludering og mangfold?', 'state', 'state-hovedavtalen-inclusion'],
    ['Hva skjedde med inkluderingsdugnaden da regjeringen byttet?', 'state', 'inc-inkluderingsdugnaden'],
    ['Var det en egen handlingsplan for departementene i inkluderingsdugnaden?', 'state', 'inc-inkluderingsdugnaden'],
    ['Hva erstattet femprosentmålet?', 'state', 'inc-inkluderingsdugnaden'],
    ['Hvor stor andel av de nyansatte i staten var i målgruppen i 2020?', 'state', 'inc-dugnad-results'],
    ['Hva fant DFØ da de evaluerte inkluderingsdugnaden?', 'state', 'inc-dugnad-results'],
    ['Kan traineen gjøres fast i en annen statlig virksomhet?', 'state', 'state-trainee-permanent'],
    ['Må vi lyse ut en traineestilling offentlig?', 'state', 'state-trainee-where-advertised'],
    ['Hvem avgjør om en søker får stå utenfor søkerlisten?', 'state', 'applicant-list-exemption-request'],
    ['Hvor finner jeg reglene om ansettelsesråd i vår virksomhet?', 'state', 'state-appointing-authority'],
    ['Hvilke unntak finnes fra plikten til å lyse ut i staten?', 'state', 'state-exceptions-overview'],
    ['Hvor mange søkere med funksjonsnedsettelse må vi kalle inn til intervju?', 'state', 'state-interview-obligation'],
    ['Er moderat kvotering en plikt eller en mulighet?', 'state', 'state-moderate-preference'],
    ['Hvordan melder virksomheten seg på traineeprogrammet?', 'state', 'state-trainee-how-to-join'],
  ],
  DAY,
);

describe('round fifteen state known misses', () => {
  it.todo(
    '«Hvem bestemmer at vi bruker moderat fortrinn, lederen eller ansettelsesrådet?» (0.34): no public source read says who decides; the appointing authority decides the appointment (statsansatteloven § 6), the recommendation proposes',
  );
  it.todo('«Hvor mange traineer er ansatt i staten?» → state-trainee-duration (0.71): no current public figure read');
  it.todo(
    'Funding of the trainee programme: no public source read says whether any central money follows the programme now; state-trainee-funding says so and sends the manager to DFØ',
  );
  it.todo(
    'Composition of the ansettelsesråd under statsansatteloven § 6 (employee representatives, chair): the Lovdata text was not read this round; the entries send the manager to the personalreglement',
  );
  it.todo('Hovedavtalen i staten after 2025: § 31 was read in the 2023–2025 text only; the entry asks HR to confirm it is carried on');
});

// Questions of the round the index does not yet route to the entry that holds the answer (once written as it.todo notes); each fails once it is fixed.
describeKnownMisses(
  'round fifteen state known misses are still missed',
  [
    [
      'Hvem har ansvaret for traineeprogrammet?',
      undefined,
      'state-trainee-programme',
      '0.41: a phrasing «Hvem har ansvaret for …» made the index answer the bare off-topic «Hvem har ansvaret?», so it was reworded',
    ],
    [
      'Hvor lenge kan en trainee være ansatt totalt?',
      undefined,
      'state-trainee-duration',
      '0.43: a phrasing there took «Hvor lenge varer traineeprogrammet?» from its expected entry, so none was kept',
    ],
    [
      'Teller midlertidige ansettelser med i måltallet for inkludering?',
      undefined,
      'state-inclusion-reporting',
      'is not answered (0.43): the compound «måltallet» is not read (the same question with «tallene … i årsrapporten» reaches it)',
    ],
    [
      'Gjelder intervjuplikten når vi bruker rekrutteringsbyrå?',
      undefined,
      'state-interview-obligation',
      'is not answered (0.19): «rekrutteringsbyrå» is not read / state-headhunted-candidate',
    ],
  ],
  DAY,
);
