/**
 * Round nineteen (r19-innijobb): KS's Inn i jobb programme, targeted advertisements and municipal trainee schemes.
 * Sources read 2026-12-02: KS (Samarbeidet om Inn i jobb fortsetter med ny kraft; Intensjonsavtale for Inn i jobb er
 * undertegnet; KS ber om like vilkår for arbeidsinkludering som i staten; the op-eds «Kommunesektoren vil ha folk i
 * jobb og jakter på løsninger», DN 9 June 2022, and «Inkluderer til arbeidsliv og samfunnsliv», Dagsavisen 22 March
 * 2019), Proba (Inn i jobb – FoU-rapport om inkludering av unge i kommunal sektor, report 2021-3, and its foreword as
 * mirrored on vdocuments.pub), Oslo kommune (Fakta om Traineeordningen for mennesker med funksjonsnedsettelser;
 * Rekrutteringsordningen), Fafo-notat 2016:16 and Lørenskog kommune (Traineeordning for personer med nedsatt
 * funksjonsevne). New entries: KS's line when politicians want more young people through Inn i jobb where there is no
 * need for staff, the 2021 start-up analysis, the legal basis for a temporary municipal trainee scheme, and the Oslo
 * and Lørenskog trainee schemes. Existing entries got a sentence and the KS op-ed as source
 * (mun-earmarked-positions-number: not all new assistant posts; mun-target-group-competence-requirements: the same
 * requirements as an ordinary advertisement) and phrasings (those two and mun-ministry-letter-2023).
 */
import { describe, it } from 'vitest';
import { describeFacts, describeHouseStyle, describeRoutedQuestions, describeKnownMisses } from '../../test/support/entryChecks.js';

const DAY = '2026-12-02';

const NEW = ['mun-inn-i-jobb-real-need', 'mun-inn-i-jobb-startup-report', 'mun-trainee-scheme-legal-basis', 'mun-local-trainee-schemes'] as const;

describeHouseStyle('round nineteen Inn i jobb and trainee-scheme entries keep the house style', NEW, { day: DAY, english: true });

describeFacts(
  'round nineteen Inn i jobb and trainee-scheme entries say what their sources say',
  [
    // KS (Samarbeidet om Inn i jobb fortsetter med ny kraft): Gangsø at the signing on 16 Feb 2024
    ['mun-inn-i-jobb-real-need', /arbeidsinkludering må bygge på arbeidsgivers \*\*behov for arbeidskraft\*\*/],
    ['mun-inn-i-jobb-real-need', /16\. februar 2024/],
    // KS (Intensjonsavtale for Inn i jobb er undertegnet): recruit and qualify vulnerable young people into permanent municipal jobs
    ['mun-inn-i-jobb-real-need', /rekruttere og kvalifisere utsatte unge inn i \*\*faste kommunale jobber\*\*/],
    // Proba report 2021-3, foreword: reduce youth exclusion and give the municipalities access to labour they need
    ['mun-inn-i-jobb-real-need', /tilgang på tiltrengt arbeidskraft/],
    // KS op-eds 2019 (inclusion seen with the needs and tasks) and 2022 (task sharing, jobs without statutory competence requirements)
    ['mun-inn-i-jobb-real-need', /sammenheng med behovene og oppgavene som skal løses/],
    ['mun-inn-i-jobb-real-need', /flere jobber uten lovpålagte kompetansekrav/],
    // Proba (report page) and its foreword: Proba with AFI at OsloMet, for KS, a start-up analysis; dated 21.1.2021
    ['mun-inn-i-jobb-startup-report', /\*\*Proba samfunnsanalyse og Arbeidsforskningsinstituttet \(AFI\) ved OsloMet\*\* på oppdrag fra KS/],
    // Proba: the main recommendation
    ['mun-inn-i-jobb-startup-report', /\*\*forpliktende og fleksible samarbeid med de lokale NAV-kontorene\*\*/],
    ['mun-inn-i-jobb-startup-report', /egne mål og egen kompetanse om arbeidsinkludering/],
    ['mun-inn-i-jobb-startup-report', /få ordninger gir gode resultater for alle/],
    // Proba foreword: interviews in Agder, Innlandet and Nordland
    ['mun-inn-i-jobb-startup-report', /Agder, Innlandet og Nordland/],
    // KS (Samarbeidet … ny kraft): the collaboration and the Proba/OsloMet report showed the qualification principle is a significant obstacle
    ['mun-inn-i-jobb-startup-report', /\*\*kvalifikasjonsprinsippet\*\* er et vesentlig hinder/],
    // KS (KS ber om like vilkår …, after the consultation meeting of November 2022): the state's three exceptions; cannot be agreed since the principle has the rank of law and a legal basis is needed
    ['mun-trainee-scheme-legal-basis', /traineeordning med midlertidig ansettelse i inntil to år/],
    ['mun-trainee-scheme-legal-basis', /kvalifikasjonsprinsippet har lovs rang og det trengs en hjemmel for midlertidig ansettelse/],
    // Oslo kommune (Fakta om Traineeordningen): ordinary posts with usual terms; temporary and permanent posts used
    ['mun-trainee-scheme-legal-basis', /ordinære faste og midlertidige stillinger med vanlige vilkår/],
    // Fafo-notat 2016:16: employed in ordinary posts on ordinary terms
    ['mun-local-trainee-schemes', /\*\*ordinære stillinger på vanlige vilkår\*\*/],
    // Oslo kommune (Fakta om Traineeordningen): substitutes, temporary and permanent posts; target group; mentor and monthly gatherings
    ['mun-local-trainee-schemes', /Både vikariater, midlertidige og faste stillinger ble brukt/],
    ['mun-local-trainee-schemes', /varige funksjonsnedsettelser av fysisk eller psykisk karakter/],
    ['mun-local-trainee-schemes', /mentor og månedlige samlinger/],
    // Lørenskog kommune: decided autumn 2014; lasting disability and higher education
    ['mun-local-trainee-schemes', /kommunestyret vedtok ordningen høsten 2014/],
    ['mun-local-trainee-schemes', /\*\*varig\*\* nedsatt funksjonsevne og \*\*høyere utdanning\*\*/],
    // KS op-ed (DN 9 June 2022): earmark some posts; the number reasonable against all vacancies; the same requirements; a nurse needs nursing education
    ['mun-earmarked-positions-number', /KS skriver om å øremerke \*\*noen\*\* stillinger/],
    ['mun-target-group-competence-requirements', /kvalifikasjonskravene skal være de samme som i en ordinær utlysning/],
  ],
  DAY,
);

// Probe questions of this round (written for it) that reach the entry holding the fact.
describeRoutedQuestions(
  'round nineteen Inn i jobb manager questions reach the entry that holds the fact',
  [
    ['politikerne vil ha flere unge fra inn i jobb i enheten vår, men vi har ikke behov for flere ansatte', 'municipal', 'mun-inn-i-jobb-real-need'],
    ['inn i jobb uten reelt behov for arbeidskraft, går det an?', 'municipal', 'mun-inn-i-jobb-real-need'],
    ['Politikarane vil ha fleire unge inn gjennom Inn i jobb, men eininga treng ikkje fleire', 'municipal', 'mun-inn-i-jobb-real-need'],
    ['skal vi lage ekstra plasser til ungdom i inn i jobb selv om vi ikke har stillinger?', 'municipal', 'mun-inn-i-jobb-real-need'],
    ['Kan formannskapet pålegge oss å ta inn ungdom via Inn i jobb når vi ikke trenger folk?', 'municipal', 'mun-inn-i-jobb-real-need'],
    ['hvem laget oppstartsanalysen for inn i jobb?', 'municipal', 'mun-inn-i-jobb-startup-report'],
    ['Hva var hovedanbefalingen i rapporten fra starten av Inn i jobb?', 'municipal', 'mun-inn-i-jobb-startup-report'],
    ['proba afi rapport inn i jobb 2021 anbefaling', undefined, 'mun-inn-i-jobb-startup-report'],
    ['Kven skreiv rapporten frå oppstarten av Inn i jobb?', 'municipal', 'mun-inn-i-jobb-startup-report'],
    ['Kan kommunen lage et midlertidig traineeprogram for folk med funksjonsnedsettelse som i staten?', 'municipal', 'mun-trainee-scheme-legal-basis'],
    ['hvilken hjemmel har vi for midlertidig ansettelse av traineer i kommunen?', 'municipal', 'mun-trainee-scheme-legal-basis'],
    ['kan vi bruke 14-9 bokstav c eller d til traineer med nedsatt funksjonsevne?', 'municipal', 'mun-trainee-scheme-legal-basis'],
    ['Kan kommunen tilsetje folk med funksjonsnedsetting mellombels i eit traineeløp?', 'municipal', 'mun-trainee-scheme-legal-basis'],
    ['toårig traineestilling for målgruppen i kommunen – lov?', 'municipal', 'mun-trainee-scheme-legal-basis'],
    ['Hvordan var traineordningen i Oslo kommune for funksjonshemmede?', 'municipal', 'mun-local-trainee-schemes'],
    ['fikk traineene i oslo kommune spesielle vilkår eller vanlige stillinger?', 'municipal', 'mun-local-trainee-schemes'],
    ['Lørenskog kommune trainee nedsatt funksjonsevne hvem kan søke', 'municipal', 'mun-local-trainee-schemes'],
    ['finnes det andre kommuner med traineeordning for personer med funksjonsnedsettelse?', 'municipal', 'mun-local-trainee-schemes'],
    ['kan alle nye stillinger i barnehagen øremerkes hull i cv?', 'municipal', 'mun-earmarked-positions-number'],
    ['Kan vi øremerke alle nye assistentstillinger i hjemmetjenesten for målgruppen?', 'municipal', 'mun-earmarked-positions-number'],
    ['Kan en øremerket stilling droppe kravet om helsefagutdanning?', 'municipal', 'mun-target-group-competence-requirements'],
    ['øremerket stilling uten krav om autorisasjon, går det?', 'municipal', 'mun-target-group-competence-requirements'],
    ['Hva sa departementet til KS om unntak fra kvalifikasjonsprinsippet for folk med funksjonsnedsettelse?', 'municipal', 'mun-ministry-letter-2023'],
    ['departementets brev om hull i cv og kvalifikasjonsprinsippet i kommunene', 'municipal', 'mun-ministry-letter-2023'],
    ['hvilken dato har brevet fra departementet til KS?', 'municipal', 'mun-ministry-letter-2023'],
    ['Kva skreiv departementet til KS om unntak frå kvalifikasjonsprinsippet?', undefined, 'mun-ministry-letter-2023'],
  ],
  DAY,
);

describe('round nineteen Inn i jobb known gaps', () => {
  it.todo(
    'the Proba report 2021-3 itself (its chapters on barriers) was not read beyond its report page and foreword: what hinders young people on work training from ordinary posts is given only as KS summarises it (the qualification principle)',
  );
  it.todo(
    'no public source read settles whether a municipal trainee scheme can rest on aml § 14-9 letter c or d; KS «Gjennomslag for arbeidsinkludering i kommunal sektor» (cited by mun-trainee-programme) was not found in the corpus to re-read',
  );
  it.todo('Lørenskog kommune: whether its trainees are hired on temporary or permanent contracts, and on what terms, is not on the page read');
});

// Questions of this round the index does not yet route to the entry that holds the answer (fails once one is fixed).
describeKnownMisses(
  'round nineteen Inn i jobb known misses are still missed',
  [
    ['følgeevaluering inn i jobb hvem gjorde den', 'municipal', 'mun-inn-i-jobb-startup-report', 'no answer (0.28); no source read calls either Proba analysis a følgeevaluering'],
    [
      'når kom brevet fra departementet om unntak fra kvalifikasjonsprinsippet?',
      'municipal',
      'mun-ministry-letter-2023',
      'goes to state-administrative-appointment, tentative 0.50, for a municipal asker; answered once «til KS» is in the question',
    ],
  ],
  DAY,
);
