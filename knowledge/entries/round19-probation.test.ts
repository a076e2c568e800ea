/**
 * Round nineteen (r19-probation): probation (prøvetid) in the state and in municipalities, checked against 90 manager
 * questions written for the round (new probation in a new position, a substitute made permanent after some months,
 * aspirants in long agency training, short temporary hires, extension for absence and part sick leave, dismissal in
 * probation, the state's probation form). Most topics had an entry already; the round added one entry and facts and
 * phrasings to the existing ones.
 *
 * Sources read 2026-12-02 (search corpora): regjeringen.no (Melding om prøvetidsregler; Prop. 94 L (2016–2017) kap. 14),
 * Stortinget (Innst. 60 L (2023–2024): the 2024 probation changes were made in both arbeidsmiljøloven and
 * statsansatteloven § 15), Lovdata's Statens personalhåndbok 2017 (pkt. 2.4.11.1, 2.4.11.2, 2.14.5.1, written under
 * tjenestemannsloven), KRUS (Prøvetid for aspiranter), Politiforum (Oppsigelse i prøvetiden), NTNU Innsida (Prøvetid),
 * Høgskolen i Østfold's lederhåndbok (Oppfølging av ansatt i prøvetid), Virke (Kan arbeidsgiver forlenge prøvetiden?),
 * Compendia (Nye regler om prøvetid fra 1. juli 2024), Krifa, Siffer (Nye regler om prøvetid fra 1. juli) and
 * Advokat Monsen (Oppsigelse i prøvetid). statsansatteloven itself was not found in the corpora: the state's extension
 * rule is given as state employers (NTNU, HiØ) describe § 15, and the entries still say the wording was not read.
 *
 * New: state-probation-training-programme (aspirants and mandatory agency training; the municipal side is
 * probation-longer-than-max, which now points to it). Changed: state-probation-extension (answers «Ja, hvis …» instead
 * of sending the manager to HR; employment.test.ts's fact row follows), state-probation and mun-probation (the worked
 * example: four months served leaves at most two), mun-probation-extension-absence (part sick leave),
 * state-probation-dismissal (training and follow-up first, NTNU), mun-probation-dismissal-grounds («not as good as we
 * hoped» is not enough), state-probation-new-position (NTNU's practice, Innst. 60 L), probation-longer-than-max (aspirants),
 * and phrasings in mun-probation-new-position, mun-probation-dismissal-stay, mun-probation-follow-up and
 * state-probation-employer-duties.
 */
import { describe, it } from 'vitest';
import { describeFacts, describeHouseStyle, describeRoutedQuestions, describeKnownMisses } from '../../test/support/entryChecks.js';

const DAY = '2026-12-02';

const NEW = ['state-probation-training-programme'] as const;

describeHouseStyle('round nineteen probation entries keep the house style', NEW, { day: DAY, english: true });

describeFacts(
  'round nineteen probation entries say what their sources say',
  [
    // KRUS (Prøvetid): aspirants are on probation as long as they are at KRUS, per the contract; dismissed under
    // forskrift om aspiranter § 14 after an overall assessment of suitability, exam results and practical skills
    ['state-probation-training-programme', /aspirantene ansatt på prøve så lenge de er i utdanningen, etter arbeidsavtalen/],
    ['state-probation-training-programme', /forskrift om aspiranter § 14, etter en totalvurdering av skikkethet, eksamensresultater og praktiske ferdigheter/],
    // SPH 2017 pkt. 2.4.11.2: the training period is the probation, not limited to six months; only a set agency
    // training (Fengselsskolen, Tollskolen); ordinary courses fall outside
    ['state-probation-training-programme', /også når den varer lenger enn 6 måneder/],
    ['state-probation-training-programme', /for eksempel Fengselsskolen og Tollskolen\. Vanlige kurs og opplæring falt utenfor/],
    // Politiforum: a court held in 2008 that a customs aspirant's probation lasted until the training ended
    ['state-probation-training-programme', /tollaspirant ble det i 2008 slått fast at prøvetiden varte til opplæringen var avsluttet/],
    // SPH 2017 pkt. 2.14.5.1: a regulation may set how completion is decided (exam, practical tests)
    ['state-probation-training-programme', /eksamen eller praktiske prøver, kunne fastsettes i reglement/],
    // KRUS, on the both-sector entry about too long a probation
    ['probation-longer-than-max', /aspiranter kan være ansatt på prøve så lenge utdanningen varer \(KRUS\)/],
    // SPH 2017 pkt. 2.4.11.2: ordinary courses give no longer probation
    ['state-probation', /Vanlige kurs gir ikke lengre prøvetid \(Statens personalhåndbok 2017\)/],
    // Compendia (both laws) and Innst. 60 L: earlier employment and new probation together at most six months;
    // Siffer's example (aml): four months as a temporary → at most two months' probation
    ['state-probation', /til sammen ikke overstige 6 måneder \(Compendia\)\. Eksempel: har vikaren vært ansatt i fire måneder, er det høyst to måneder prøvetid igjen/],
    ['mun-probation', /Eksempel: har vikaren vært ansatt i fire måneder, kan den nye prøvetiden være høyst to måneder \(Siffer\)/],
    // NTNU Innsida (Prøvetid): absent in probation → the employer may extend by the length of the absence, if told in
    // writing; the orientation is in the standard contract for state employees
    ['state-probation-extension', /^Ja, hvis den ansatte ble orientert skriftlig om det ved ansettelsen/],
    ['state-probation-extension', /forlenge prøvetiden med en periode som tilsvarer lengden av fraværet/],
    ['state-probation-extension', /orientering om prøvetidsreglene står i standard arbeidsavtale for statsansatte \(NTNU\)/],
    // Høgskolen i Østfold (lederhåndbok): written notice of the extension; absence not caused by the employer
    ['state-probation-extension', /skriftlig beskjed om at prøvetiden forlenges \(Høgskolen i Østfold\)/],
    ['state-probation-extension', /\*\*Bare fravær som ikke skyldes arbeidsgiver\*\*/],
    // Prop. 94 L kap. 14: no extension for absence under tjenestemannsloven
    ['state-probation-extension', /gamle tjenestemannsloven var det ikke adgang til å forlenge prøvetiden ved fravær \(Prop\. 94 L kapittel 14\)/],
    // Virke: part sick leave also extends; count the absence in whole days
    ['state-probation-extension', /\*\*delvis sykmelding\*\* regnes fraværet om til hele dager \(Virke, om den tilsvarende regelen i arbeidsmiljøloven\)/],
    ['mun-probation-extension-absence', /Ved \*\*delvis sykmelding\*\* kan prøvetiden også forlenges; regn ut hvor mange hele dager fraværet til sammen utgjør \(Virke\)/],
    // NTNU Innsida: necessary training, follow-up and assessment are a precondition, and must be documented; «rimelige krav»
    ['state-probation-dismissal', /nødvendig opplæring, oppfølging og vurdering av arbeidet, og det må kunne dokumenteres \(NTNU\)/],
    ['state-probation-dismissal', /\*rimelige\* krav til dyktighet og pålitelighet \(NTNU\)/],
    // Advokat Monsen: no ideal performance can be expected, an average level can be required
    ['mun-probation-dismissal-grounds', /kan ikke forvente en idealytelse, men kan kreve at arbeidsytelsen ligger på et gjennomsnittlig nivå/],
    // NTNU Innsida: a new post inside NTNU brings new probation; the appointing council may decide otherwise
    ['state-probation-new-position', /NTNU har for eksempel ny prøvetid som hovedregel ved overgang til en annen stilling internt/],
    // Innst. 60 L (2023–2024): the same changes were made in statsansatteloven § 15
    ['state-probation-new-position', /både arbeidsmiljøloven og statsansatteloven § 15 \(Innst\. 60 L\)/],
  ],
  DAY,
);

// This round's probe questions that reach the entry holding the fact, in the words the managers used.
describeRoutedQuestions(
  'round nineteen manager questions reach the entry that holds the fact',
  [
    ['Skal en seniorrådgiver som blir leder i etaten ha prøvetid igjen?', 'state', 'state-probation-new-position'],
    // a new post for someone already employed
    ['Kan vi ha ny prøvetid når en ansatt blir forfremmet til leder?', 'municipal', 'mun-probation-new-position'],
    ['ansatt i kommunen bytter til annen enhet, ny prøvetid?', 'municipal', 'mun-probation-new-position'],
    ['leder i kommunen fra før får ny jobb som enhetsleder – prøvetid på nytt?', 'municipal', 'mun-probation-new-position'],
    ['Skal det vere ny prøvetid når ein tilsett får ny stilling i kommunen?', 'municipal', 'mun-probation-new-position'],
    ['Saksbehandler i etaten blir seksjonssjef – ny prøvetid?', 'state', 'state-probation-new-position'],
    ['Kan vi ha prøvetid for en intern søker som får lederstilling i staten?', 'state', 'state-probation-new-position'],
    // a substitute made permanent: time served counts
    ['vikar i 4 mnd blir fast i kommunen, hvor lang prøvetid kan vi sette?', 'municipal', 'mun-probation'],
    ['Kan vi ha 6 mnd prøvetid når vikaren som har vært her siden vår blir fast?', 'municipal', 'mun-probation'],
    ['vikaren har vore her i fire månader og blir fast, kor mykje prøvetid er att?', 'municipal', 'mun-probation'],
    ['Engasjementet i etaten blir gjort om til fast stilling etter fire måneder, hvor mye prøvetid kan vi ha?', 'state', 'state-probation'],
    ['Midlertidig ansatt i fire måneder blir fast i etaten, hvor lang prøvetid kan vi ha?', 'state', 'state-probation'],
    // short temporary hires in the state
    ['Hvor lang prøvetid for en vikar som skal være i direktoratet i fire måneder?', 'state', 'state-probation'],
    ['Kor lang prøvetid har ein vikar på seks månader i staten?', 'state', 'state-probation'],
    // aspirants and agency training
    ['Er aspirantene i etaten på prøve i hele den toårige utdanningen?', 'state', 'state-probation-training-programme'],
    ['prøvetid tollaspirant lenger enn 6 mnd?', 'state', 'state-probation-training-programme'],
    ['Kan prøvetida for aspirantar vere lengre enn eit halvt år?', 'state', 'state-probation-training-programme'],
    ['Kan vi ha lengre prøvetid for traineer i et langt opplæringsprogram i direktoratet?', 'state', 'state-probation-training-programme'],
    // extension for absence
    ['Hun har vært sykmeldt i prøvetiden i direktoratet, kan vi forlenge den?', 'state', 'state-probation-extension'],
    ['Kan etaten forlenge prøvetiden med den tiden han var delvis sykmeldt?', 'state', 'state-probation-extension'],
    ['Ho har vore sjukmeld i prøvetida, kan etaten forlengje ho?', 'state', 'state-probation-extension'],
    ['Han har vært 40 % sykmeldt i to måneder i prøvetiden, hvor mye kan kommunen forlenge?', 'municipal', 'mun-probation-extension-absence'],
    ['Hvor mye kan prøvetida forlenges når hun var delvis sjukmeldt?', 'municipal', 'mun-probation-extension-absence'],
    ['Når må vi gi beskjed om at prøvetiden forlenges?', 'municipal', 'mun-probation-extension-absence'],
    // dismissal in probation
    ['Kan vi si opp en nyansatt i barnehagen som bare har vært her tre uker?', 'municipal', 'mun-probation-dismissal-grounds'],
    ['manglende tilpasning prøvetid oppsigelse kommune', 'municipal', 'mun-probation-dismissal-grounds'],
    ['Hun er ikke så god som vi håpet, kan etaten si henne opp i prøvetiden?', 'state', 'state-probation-dismissal'],
    // a known miss of this round that round twenty-seven's phrasings on early dismissal now route
    ['Kan vi si opp en nyansatt i direktoratet etter tre uker?', 'state', 'state-probation-dismissal'],
    ['Må vi ha gitt veiledning før vi kan si opp i prøvetida?', 'municipal', 'mun-probation-follow-up'],
    ['Må vi gi skriftlig advarsel før oppsigelse i prøvetida i kommunen?', 'municipal', 'mun-probation-follow-up'],
    ['Kan ho jobbe vidare medan ho saksøkjer kommunen for oppseiinga i prøvetida?', 'municipal', 'mun-probation-dismissal-stay'],
    ['Hvor lang oppsigelsestid har en som er i prøvetid hos oss i kommunen?', 'municipal', 'mun-probation-notice'],
    ['Hvor lang er oppsigelsesfristen når direktoratet sier opp noen i prøvetiden?', 'state', 'state-probation-notice'],
    // the state's probation form
    ['Må nyansatte i staten fortsatt fylle ut prøvetidsskjema?', 'state', 'state-probation'],
    ['melding om prøvetidsregler statsansatt skjema hvor?', 'state', 'state-probation'],
  ],
  DAY,
);

describe('round nineteen probation known misses', () => {
  it.todo(
    'statsansatteloven § 15 itself (extension for absence, training, new probation) is still not read on Lovdata: the corpora hold neither the act nor the current Statens personalhåndbok chapter on probation; state-probation-extension rests on NTNU and Høgskolen i Østfold, state-probation-training-programme on KRUS and the 2017 handbook',
  );
  it.todo(
    'the right of a state employee dismissed in probation to stay in post during a lawsuit: no source read (statsansatteloven and tjenestetvistloven not found); state-probation-dismissal still sends the manager to HR',
  );
  it.todo('no state source read on a minimum time before a dismissal in probation (Stiegler speaks of arbeidsmiljøloven only), so the state entries say nothing about it');
  it.todo('part sick leave in the state: only Virke on arbeidsmiljøloven says to count the absence in whole days; the state entry says so with that attribution');
});

// Questions of this round the index does not yet route to the entry that holds the answer (fails once one is fixed).
describeKnownMisses(
  'round nineteen known misses are still missed',
  [
    [
      'Hun gjør ikke jobben så bra som vi trodde da vi ansatte henne – nok til oppsigelse i prøvetiden?',
      'municipal',
      'mun-probation-dismissal-grounds',
      'goes to probation-dismissal-accommodation',
    ],
    [
      'Han leverer under forventning i prøvetiden i etaten, kan vi si ham opp?',
      'state',
      'state-probation-dismissal',
      'not sure (0.28): «leverer under forventning» is unknown to the index',
    ],
  ],
  DAY,
);
