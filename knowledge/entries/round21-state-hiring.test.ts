/**
 * Round twenty-one (r21-state-hiring): the state's hiring rules in practice. Probed the base on about sixty facts of
 * the topic (duty to advertise and its exceptions, ad content, qualification principle, moderate preference, applicant
 * lists, innstilling and the appointment board, interview duties, preferential rights, cancelling, appeals) and filled
 * the gaps from public pages read 2026-12-02: Jobbnorge (statsansatteloven § 24 quoted), Prop. 94 L (2016–2017) kap. 11
 * and 16, Statens personalhåndbok kap. 2 (regjeringen.no) and the 2017 edition on Lovdata (pkt. 2.4.5.1, 2.14.2.1,
 * 2.14.2.2, 2.14.4.4), Lovdata PM-2013-7 «Kunngjering av stillingar i staten», and regjeringen.no's Personalreglement
 * for departementene and Reglement for personalforvaltningen i departementene.
 * New: the preferential right of dismissed state employees (§ 24) as an entry of its own (it was only inside the entry
 * on temporary employees), salary and position code in a state ad, the ministries' recommendation council, the board's
 * quorum and written round, and what an error in an appointment leads to (SPH 2017 pkt. 2.4.6). Extended:
 * state-appointing-authority says who fills the highest posts (a separate entry on agency heads took a real question it
 * should not have – the qa-eval count of wrong answers rose by one – so it was folded in); phrasings for cancelling a
 * process after the application deadline (state-stop-hiring-process) and for telling applicants who were not
 * interviewed (state-notify-applicants-outcome); the Inn i jobb entry got one phrasing so that «Hva er Inn i jobb?» no
 * longer ties with the list of municipalities.
 */
import { describe, it } from 'vitest';
import { describeFacts, describeHouseStyle, describeKnownMisses, describeRoutedQuestions } from '../../test/support/entryChecks.js';

const DAY = '2026-12-02';

const NEW = [
  'state-preferred-right-dismissed',
  'state-ad-salary-code',
  // state-ministry-recommendation-council: rewritten in round 22, house style checked in round22-state.test.ts
  'state-board-meeting-quorum',
  // state-appointment-error-consequences: rewritten in round 22, house style checked in round22-state.test.ts
] as const;

describeHouseStyle('round twenty-one state-hiring entries keep the house style', NEW, { day: DAY });

describeFacts(
  'round twenty-one state-hiring entries say what their sources say',
  [
    // Jobbnorge (statsansatteloven § 24 quoted): who, how long, the answer deadline, several with the right, exceptions
    ['state-preferred-right-dismissed', /\*\*fortrinnsrett til annen passende stilling i staten\*\* \(statsansatteloven § 24\)/],
    ['state-preferred-right-dismissed', /minst 12 måneder \(ett år\) de siste 2 år/],
    ['state-preferred-right-dismissed', /inntil 2 år etter at oppsigelsesfristen gikk ut/],
    ['state-preferred-right-dismissed', /senest 14 dager etter at tilbudet ble mottatt/],
    ['state-preferred-right-dismissed', /den best kvalifiserte av dem skal ansettes/],
    ['state-preferred-right-dismissed', /beskikkes av Kongen i statsråd/],
    ['state-preferred-right-dismissed', /skal få vite om fortrinnsretten i underretningen om oppsigelsen/],
    // Prop. 94 L kap. 16: external preferential right is an exception to the qualification principle
    ['state-preferred-right-dismissed', /går foran kvalifikasjonsprinsippet/],
    // Lovdata PM-2013-7 and SPH 2017 pkt. 2.14.2.2: salary alternative stated precisely; several posts by title and code
    ['state-ad-salary-code', /\*\*lønnsalternativ\*\* som kan brukes i stillingen/],
    ['state-ad-salary-code', /hver stilling skal identifiseres med stillingsbetegnelse og kode/],
    ['state-ad-salary-code', /lokale lønnspolitikk/],
    ['state-ad-salary-code', /\*\*Tillitsvalgte\*\* skal ha informasjon om lønnsalternativet/],
    ['state-ad-salary-code', /anbefalte i 2013 å bruke hele lønnsspennet/],
    // SPH 2017 pkt. 2.4.5.1 and SPH kap. 2 pkt. 2.2: highest posts by the King in Council; the ministry decides first
    ['state-appointing-authority', /de høyeste stillingene i staten besettes av Kongen i statsråd/],
    ['state-appointing-authority', /vedtar det overordnede departementet hvilke stillinger som skal besettes av Kongen eller departementet/],
    // Personalreglement for departementene §§ 1–3 and Reglement for personalforvaltningen i departementene §§ 2–3
    ['state-ministry-recommendation-council', /ledes innstillingsrådet av \*\*departementsråden\*\*/],
    ['state-ministry-recommendation-council', /minst ett innstillingsråd/],
    ['state-ministry-recommendation-council', /statsråden, eller den statsråden gir fullmakt, bestemmer/],
    ['state-ministry-recommendation-council', /skal også lyses ut internt/],
    // SPH 2017 pkt. 2.14.4.4: duty to take part, quorum, meeting or written round, a non-recommended applicant
    ['state-board-meeting-quorum', /\*\*tjenesteplikt\*\*/],
    ['state-board-meeting-quorum', /\*\*minst halvparten\*\* av medlemmene deltar og skriver under/],
    ['state-board-meeting-quorum', /sendes på rundgang blant medlemmene, med lederen sist/],
    ['state-board-meeting-quorum', /går saken til Kongen i statsråd/],
    // SPH 2014 pkt. 2.2.1: only the position codes and titles agreed in the main collective agreement; working titles internally
    ['state-ad-salary-code', /en arbeidstittel kan brukes internt i virksomheten/],
    // SPH 2017 pkt. 2.4.6.4 and 2.4.6.2: an invalid appointment does not touch the appointee; compensation; no formal deadline
    ['state-appointment-error-consequences', /\*\*ingen betydning for den som ble ansatt\*\*/],
    ['state-appointment-error-consequences', /kan søkeren som ble forbigått, bli tilkjent erstatning for tapet sitt/],
    ['state-appointment-error-consequences', /det løper ingen formell søksmålsfrist, men søksmål bør reises innen rimelig tid/],
    ['state-appointment-error-consequences', /Ombudet kan ikke omgjøre vedtaket selv, men myndighetene følger normalt uttalelsene/],
  ],
  DAY,
);

// Probe questions written for this round, in the words managers use in Teams.
describeRoutedQuestions(
  'round twenty-one manager questions reach the entry that holds the fact',
  [
    ['Hvem har fortrinnsrett til stillinger i staten?', 'state', 'state-preferred-right-dismissed'],
    ['Hvor lenge varer fortrinnsretten for en oppsagt statsansatt?', 'state', 'state-preferred-right-dismissed'],
    ['Fortrinnsrett etter § 24 – hvor lenge etter oppsigelsen gjelder den?', 'state', 'state-preferred-right-dismissed'],
    ['Går en med fortrinnsrett foran den best kvalifiserte søkeren?', 'state', 'state-preferred-right-dismissed'],
    ['Må stillingskoden stå i utlysningsteksten i staten?', 'state', 'state-ad-salary-code'],
    ['Må vi oppgi lønnsspenn og stillingskode i utlysningen i staten?', 'state', 'state-ad-salary-code'],
    ['Hvordan skriver vi lønn i en statlig annonse med flere stillinger?', 'state', 'state-ad-salary-code'],
    ['Hvem ansetter etatsdirektøren i staten?', 'state', 'state-appointing-authority'],
    ['Hvem ansetter toppledere i statlige virksomheter?', 'state', 'state-appointing-authority'],
    ['Hvem leder innstillingsrådet i et departement?', 'state', 'state-ministry-recommendation-council'],
    ['Kan ansettelsesrådet vedta ansettelse når bare halvparten av medlemmene er til stede?', 'state', 'state-board-meeting-quorum'],
    ['Kan saken i ansettelsesrådet behandles på rundgang uten møte?', 'state', 'state-board-meeting-quorum'],
    ['Kan vi avlyse en ansettelsesprosess etter at søknadsfristen har gått ut?', 'state', 'state-stop-hiring-process'],
    ['Vi vil avlyse rekrutteringen etter at søknadsfristen gikk ut, er det lov?', 'state', 'state-stop-hiring-process'],
    ['Hva skjer hvis vi har brutt kvalifikasjonsprinsippet – kan ansettelsen bli ugyldig?', 'state', 'state-appointment-error-consequences'],
    ['Kan den som ble forbigått få erstatning fra staten?', 'state', 'state-appointment-error-consequences'],
    ['Hvor lang tid har en forbigått søker på å saksøke staten?', 'state', 'state-appointment-error-consequences'],
    ['Kan vi bruke egne arbeidstitler i stedet for stillingskode i annonsen i staten?', 'state', 'state-ad-salary-code'],
  ],
  DAY,
);

describe('round twenty-one state-hiring known gaps', () => {
  it.todo(
    'reversal (omgjøring) of an appointment: SPH 2017 pkt. 2.4.6.1 says appointments are exempt from the rules on reasons, appeal and reversal; Innst. O. nr. 4 (1994–95) says fvl § 35 applies except reversal to a party\u2019s detriment under § 35 third paragraph — state-appointment-complaint follows SPH; a lawyer should settle the wording',
  );
  it.todo(
    'statsansatteforskriften § 2 (groups wholly exempt from the act): only the 2017 handbook\u2019s list under the old tjenestemannsloven regulation was found; today\u2019s text was not read',
  );
  it.todo('«godt skikket»: no source read uses the term for today\u2019s state rules; no entry speaks of it');
});

// Probes of this round the index does not yet route to the entry that holds the answer (fails once one is fixed).
describeKnownMisses(
  'round twenty-one state-hiring known misses are still missed',
  [
    ['Kan et ansettelsesvedtak i staten omgjøres etter at tilbudet er akseptert?', 'state', 'state-appointment-complaint', 'no answer; the sources on reversal differ (see todo)'],
    ['Må vi si fra til søkerne som ikke kom på intervju?', 'state', 'state-notify-applicants-outcome', 'goes to state-interview-obligation: «intervju» outweighs «si fra»'],
    [
      'Hvor mange dager har en fortrinnsberettiget på å takke ja til stillingen i staten?',
      'state',
      'state-preferred-right-dismissed',
      "no answer: «fortrinnsberettiget» and «takke ja» miss the entry's words",
    ],
    [
      'Hvem utnevner embetsmenn i staten?',
      'state',
      'state-appointing-authority',
      'no answer: «utnevne» and «embetsmann» are in no phrasing (a separate entry on them was folded in, see the header)',
    ],
  ],
  DAY,
);
