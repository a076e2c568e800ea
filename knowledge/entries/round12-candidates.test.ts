/**
 * Round twelve, wave two (r12-candidates, group F: work trials in practice, CV gap, interview questions and duty,
 * ordering through NAV, administrative appointment). One new entry — the state's duty to interview the target
 * group also for temporary posts and internal advertisements (statsansatteforskriften §§ 4 and 4a tie it to the
 * qualified applicants, and DFØ states it without an exception for either) — and phrasings in other words on the entries the group's questions
 * scored under 0.55 on: the workplace words managers add (sykehjemmet, barnehagen, direktorat, bydel), durations
 * (fire eller fem måneder, seks måneder, de siste årene) and the way they ask (forlenge eller gjøre fast, la
 * oppdraget ligge, ligger annonsen ute med en gang). Sources read 2026-12-01.
 */
import { describe, it } from 'vitest';
import { describeFacts, describeHouseStyle, describeRoutedQuestions, describeKnownMisses } from '../../test/support/entryChecks.js';

const DAY = '2026-12-01';

const NEW = ['state-interview-duty-temporary-internal'] as const;

describeHouseStyle('round twelve candidate entries keep the house style', NEW, { day: DAY, english: true });

describeFacts(
  'round twelve candidate entries say what their sources say',
  [
    // statsansatteforskriften §§ 4 and 4a (Lovdata's table of contents, 2026): at least one qualified applicant who
    // declares … is called to interview. Jobbnorge's quotation («§ 6 … før innstillingen avgis») is not the text in
    // force, so the entry no longer quotes it.
    ['state-interview-duty-temporary-internal', /^Ja, når dere har \*\*kvalifiserte søkere\*\*/],
    ['state-interview-duty-temporary-internal', /minst én kvalifisert søker fra hver gruppe kalles inn til intervju \(statsansatteforskriften §§ 4 og 4a\)/],
    // DFØ «Positiv særbehandling når man søker jobb i staten»: minst én søker i hver gruppe, no exception stated.
    ['state-interview-duty-temporary-internal', /DFØ beskriver den \*\*uten unntak\*\* for midlertidige stillinger eller interne utlysninger/],
    // No source on internal advertisements as such: the entry says who to ask.
    ['state-interview-duty-temporary-internal', /be HR bekrefte hva personalreglementet sier – spør DFØ/],
    // statsansatteloven § 7 (administrative appointment without advertisement); Jobbnorge: the tick follows one post.
    ['state-interview-duty-temporary-internal', /administrativt etter statsansatteloven § 7, er det ingen søkerliste/],
    ['state-interview-duty-temporary-internal', /følger bare stillingen søkeren søkte på, ikke CV-en/],
  ],
  DAY,
);

// Written after the entries, in other words than their phrasings and the dev questions.
describeRoutedQuestions(
  'round twelve candidate questions reach the entry that holds the fact',
  [
    ['Må en kvalifisert søker med hull i CV-en kalles inn når stillingen er et vikariat på ett år?', 'state', 'state-interview-duty-temporary-internal'],
    ['Gjelder det å kalle inn minst én fra målgruppen når vi bare lyser ut stillingen internt?', 'state', 'state-interview-duty-temporary-internal'],
    ['Kan vi bruke en deltaker på arbeidstrening i stedet for en vikar når noen er syke på avdelingen?', 'municipal', 'nav-work-trial-limits'],
    ['Et direktorat vil ta imot en arbeidstreningsdeltaker – må plassen kunngjøres?', 'state', 'state-work-trial-no-advertisement'],
    ['Kan vi ansette noen i fire måneder i departementet uten å følge kvalifikasjonsprinsippet?', 'state', 'state-administrative-appointment'],
    ['Søkeren har passet en syk far hjemme de siste årene – regnes det som hull i CV-en?', 'state', 'tg-cv-gap-causes'],

    // Known misses of the round (it.todo notes), now answered.
    ['Skal barnehagen gi lønn til en kandidat som er der på arbeidstrening?', undefined, 'nav-work-trial-benefits'],
    ['Kan vi spørre hva søkeren gjorde i perioden uten jobb?', undefined, 'hiring-candidate-need-not-disclose'],
  ],
  DAY,
);

// Still unanswered after this round: the entry holds the fact, but the question scores under 0.55 (the search's
// reading of the words, listed in the round's report).
describe('round twelve candidate known misses', () => {
  it.todo('«Skal vi invitere en søker med nedsatt funksjonsevne til intervju …?» needed a phrasing with «invitere»: the search does not read «invitere» as «kalle inn»');
});

// Questions of the round the index does not yet route to the entry that holds the answer (once written as it.todo notes); each fails once it is fixed.
describeKnownMisses(
  'round twelve candidates known misses are still missed',
  [
    [
      'Kan den som har arbeidstrening på sykehjemmet stå på vaktlista som en vanlig ansatt?',
      undefined,
      'nav-work-trial-limits',
      '0.41: «vaktlista» is not read as bemanning/turnus',
    ],
  ],
  DAY,
);
