/**
 * Round eighteen (r18-state-process): the state hiring process from vacancy to appointment, asked the way managers
 * ask it in Teams — advertising and intranet-only postings, the applicant list when the deadline is extended or a
 * searcher withdraws, requirements against preferences, no qualified applicants, scoring sheets, the interview duty,
 * administrative appointment, who sits on and chairs the appointments board, the trainee programme (part-time,
 * rotation, mentor) and the wage-subsidy exemption (NAV grants the subsidy, the employer judges the candidate).
 * 83 probe questions (state, municipal and unknown askers) were written from public pages read 2026-12-02:
 * Statens personalhåndbok (regjeringen.no and the 2017 edition on Lovdata), Prop. 94 L (2016–2017), DFØ/Difi on the
 * trainee programme and the personalreglement, Sivilombudet (Ansettelser fra A til Å and statements on applicant
 * lists, scoring sheets and extended deadlines), Norsk Presseforbund and Juristforbundet.
 * Two new entries (the board's members and chair; scoring sheets); one fact and about twenty phrasings on existing
 * entries, which keep their lastReviewed.
 */
import { describe, it } from 'vitest';
import { describeFacts, describeHouseStyle, describeRoutedQuestions, describeKnownMisses } from '../../test/support/entryChecks.js';

const DAY = '2026-12-02';

const NEW = ['state-appointment-board-members', 'hiring-scoring-sheet'] as const;

describeHouseStyle('round eighteen state-process entries keep the house style', NEW, { day: DAY, english: true });

describeFacts(
  'round eighteen state-process entries say what their sources say',
  [
    // Statens personalhåndbok kap. 2 pkt. 2.2 (regjeringen.no): the ministry decides the number of boards and their groups
    ['state-appointment-board-members', /\*\*Departementet\*\* bestemmer hvor mange ansettelsesråd virksomheten har/],
    // DFØ, Ofte stilte spørsmål om personalreglement: negotiated with the forhandlingsberettigede organisasjoner
    ['state-appointment-board-members', /forhandles mellom virksomheten og de forhandlingsberettigede organisasjonene/],
    // Statens personalhåndbok 2017 pkt. 2.14.4.2 (under tjenestemannsloven): equal numbers, chair appointed by the administration, deputies
    ['state-appointment-board-members', /like mange representanter for de ansatte som for administrasjonen, og administrasjonen oppnevnte lederen/],
    ['state-appointment-board-members', /Alle medlemmene skulle ha vararepresentanter/],
    // Statens personalhåndbok 2017 pkt. 2.14.3.2: the nearest superior sat on the innstillingsråd
    ['state-appointment-board-members', /nærmeste leder var medlem/],
    // Prop. 94 L (2016–2017) kap. 11.2.1: the appointing body is not bound by the order of the recommendation
    ['state-appointment-board-members', /ikke bundet av rekkefølgen i innstillingen/],
    // Sivilombudet, Utvelgelse av intervjukandidater og bruk av poenggiving: a suitable tool when based on a job analysis and the ad
    ['hiring-scoring-sheet', /godt egnet virkemiddel for å følge kvalifikasjonsprinsippet/],
    ['hiring-scoring-sheet', /\*\*stillingsanalyse, utlysningsteksten\*\*/],
    // … provided the principle was followed already when choosing whom to interview
    ['hiring-scoring-sheet', /allerede når dere velger hvem som kalles inn til intervju/],
    // Sivilombudet (poenggiving): the sheet builds on the job analysis and the ad; not «no points for anything the ad omits»
    ['hiring-scoring-sheet', /bygg poengene på kravene og ønskene i utlysningen/],
    // Sivilombudet, Innsyn i søkerlisten til stillingen som 2. visesentralsjef i Norges Bank
    ['hiring-applicant-withdraws', /kan en søker ikke lenger trekke søknaden med virkning for søkerlisten – bare i særlige tilfeller/],
  ],
  DAY,
);

// This round's probe questions (written from the public pages before the entries were changed), with the asker's sector.
describeRoutedQuestions(
  'round eighteen state-process questions reach the entry that holds the fact',
  [
    ['Hvem sitter i ansettelsesrådet?', 'state', 'state-appointment-board-members'],
    ['Hvem er leder av ansettelsesrådet?', 'state', 'state-appointment-board-members'],
    ['Kven sit i tilsetjingsrådet?', 'state', 'state-appointment-board-members'],
    ['Kan vi bruke et poengskjema for å rangere søkerne?', 'state', 'hiring-scoring-sheet'],
    ['Kan vi bruke poeng og skåringsskjema når vi velger mellom søkere i kommunen?', 'municipal', 'hiring-scoring-sheet'],
    ['Må vi lyse ut en ledig stilling offentlig hos oss i etaten, eller holder det med intranett?', 'state', 'state-internal-advertisement'],
    ['Ingen av søkerne fyller kravene, kan vi ansette den beste likevel?', 'state', 'hiring-requirements-vs-preferences'],
    ['NAV har en kandidat til oss med lønnstilskudd, må vi lyse ut?', 'state', 'state-wage-subsidy-no-advertisement'],
    ['Hva gjør NAV når vi ansetter med lønnstilskudd uten utlysning?', 'state', 'state-wage-subsidy-no-advertisement'],
    ['Kven vurderer om kandidaten frå NAV er god nok når vi ikkje lyser ut?', undefined, 'state-wage-subsidy-qualification'],
    ['Kan en søker trekke seg fra søkerlisten etter at den er offentlig?', 'municipal', 'applicant-list-exemption-request'],
    ['Hvordan dokumenterer vi hvorfor vi valgte den vi ansatte?', 'municipal', 'mun-hiring-documentation'],
    ['Kan vi stille krav i intervjuet som ikke sto i annonsen?', undefined, 'hiring-criteria-not-in-ad'],
    ['Søkeren har utdanning fra utlandet, teller den?', undefined, 'hiring-foreign-education'],
    ['Kan traineestillingen være deltid?', 'state', 'state-trainee-position'],
    ['Skal traineen rotere mellom avdelingene?', 'state', 'state-trainee-position'],
    ['Må traineen jobbe fulltid?', undefined, 'state-trainee-position'],
    ['Må søkerlisten vise hvor mange søkere og kjønn?', undefined, 'applicant-list-contents'],
    ['Hvor mye svakere kan søkeren med funksjonsnedsettelse være og likevel få jobben?', 'state', 'state-moderate-preference'],
    ['Kan lederen ansette en vikar i tre måneder uten ansettelsesrådet?', 'state', 'state-administrative-appointment'],
    ['Hvor mange søkere med funksjonsnedsettelse må vi ha på intervju?', 'state', 'state-interview-obligation'],
    ['Kor lenge må søknadsfristen vere i kommunen?', 'municipal', 'mun-application-deadline'],
    ['Kan vi velje bort ein søkjar fordi ho er overkvalifisert?', 'municipal', 'hiring-overqualified'],

    // Known misses of the round (it.todo notes), now answered.
    ['Må vi lyse ut stillingen når lønnstilskuddet slutter og vi vil ha personen fast?', undefined, 'state-wage-subsidy-ending-dismissal'],
  ],
  DAY,
);

describe('round eighteen state-process known misses', () => {
  it.todo(
    '«Kan vi avlyse ansettelsen og lyse ut på nytt?» (municipal) — no municipal entry on stopping a hiring process; state-stop-hiring-process cites SPH only; no municipal source read',
  );
  it.todo(
    "«Hvor lenge etter fristen har vi på å lage søkerlisten?» (no sector) → state-extend-application-deadline; the Justice ministry guide's «2–3 dager» was not added (no parameter)",
  );
  it.todo(
    'konstitusjon: departementskonstitusjon of embetsmenn for up to one year (Prop. 122 L (2019–2020) kap. 9) was not added — no parameter; state-administrative-appointment names konstitusjon under § 7',
  );
});

// Questions of this round the index does not yet route to the entry that holds the answer (fails once one is fixed).
describeKnownMisses(
  'round eighteen known misses are still missed',
  [
    [
      'Må ein kalle inn søkjarar med hol i CV-en til intervju i staten?',
      undefined,
      'state-interview-obligation',
      'goes to state-interview-duty-why, whose nynorsk phrasing is the same question with «kvifor»',
    ],
    ['Kan vi legge vekt på ønsket kompetanse som ikke er et krav?', 'municipal', 'hiring-requirements-vs-preferences', 'not answered'],
    ['Hvem skal være med i innstillingsrådet?', undefined, 'state-appointment-board-members', 'goes to state-recommendation-innstilling'],
  ],
  DAY,
);
