/**
 * Round sixteen (r16b-trainee-fa-order): the state trainee programme, funksjonsassistanse i arbeidslivet and
 * ordering candidates from NAV, fact by fact — DFØ/Difi (traineeprogrammet, midlertidig ansettelse), Kunnskapsbanken
 * (NAV Hjelpemiddelsentral: refusjon, ansettelsesforhold, vilkår 2), nav.no (funksjonsassistanse), tiltaksforskriften
 * kapittel 6 (as quoted by Sansetap), SAFO. New entries answer one question each; existing entries got a fact or a
 * phrasing. Sources read 2026-12-01.
 */
import { describe, it } from 'vitest';
import { describeFacts, describeHouseStyle, describeRoutedQuestions } from '../../test/support/entryChecks.js';

const DAY = '2026-12-01';

const NEW = ['nav-function-assistance-rate-cap', 'nav-function-assistance-jobseeker-study', 'state-trainee-education'] as const;

describeHouseStyle('round sixteen trainee, function assistance and NAV order entries keep the house style', NEW, { day: DAY, english: true });

describeFacts(
  'round sixteen trainee, function assistance and NAV order entries say what their sources say',
  [
    // Kunnskapsbanken: Refusjon av utgifter til funksjonsassistent — actual hourly wage with social costs, paid after
    ['nav-function-assistance-rate-cap', /vi har ikke funnet en fast timesats eller et årlig beløpstak/],
    ['nav-function-assistance-rate-cap', /\*\*timelønnen inkludert sosiale kostnader\*\*/],
    // Kunnskapsbanken: 3 typer ansettelsesforhold — no administrative costs; a third party is paid by an hourly price
    ['nav-function-assistance-rate-cap', /\*\*Administrative utgifter\*\* dekkes ikke/],
    ['nav-function-assistance-rate-cap', /refusjon etter en \*\*timepris\*\* for utleie/],
    // Kunnskapsbanken: only hours actually used; travel costs with reiseregning or bilag
    ['nav-function-assistance-rate-cap', /bare refusjon for timer som faktisk er brukt/],
    // Kunnskapsbanken vilkår 2: ordinary paid work; students and people in work practice are not covered; forhåndsvedtak
    ['nav-function-assistance-jobseeker-study', /\*\*Studenter\*\* og personer i \*\*arbeidspraksis\*\* er ikke omfattet/],
    ['nav-function-assistance-jobseeker-study', /kan få et \*\*forhåndsvedtak\*\*/],
    // Kunnskapsbanken vilkår 2 (review 2026-12-02): summer and extra jobs count; no full-time or duration requirement
    ['nav-function-assistance-jobseeker-study', /lønnet sommerjobb eller ekstrajobb hos dere, kan ordningen likevel gjelde/],
    // likestillings- og diskrimineringsloven § 22: accommodation for applicants
    ['nav-function-assistance-jobseeker-study', /likestillings- og diskrimineringsloven § 22/],
    // DFØ: Til deg som ønsker å bli ansatt — higher education from a university or university college
    ['state-trainee-education', /\*\*høyere utdanning fra universitet eller høyskole\*\*/],
    ['state-trainee-education', /kvalifisert til en stilling i staten/],
    // DFØ (inkluderingsdugnaden path): «Stillingene lyses ut kontinuerlig»; Difi 2017–2018: one common deadline
    ['state-trainee-where-advertised', /DFØ: «kontinuerlig»/],
    ['state-trainee-where-advertised', /Tidligere kull \(for eksempel 2017–2018\) hadde en felles frist/],
    // DFØ (Difi): Midlertidig ansettelse — the trainee programme is praksisarbeid, ordinary temporary positions
    ['state-probation', /\*\*Trainee:\*\* en stilling i Traineeprogrammet i staten er en ordinær midlertidig stilling \(praksisarbeid\)/],
    // tiltaksforskriften kapittel 6 (§§ 6-1 formål, 6-2 innhold, 6-3 personkrets); nav.no: yrkesaktiv
    ['nav-function-assistance', /tiltaksforskriften kapittel 6/],
    ['nav-function-assistance', /en \*\*yrkesaktiv\*\* med omfattende fysisk funksjonsnedsettelse/],
    // DFØ (Difi): Midlertidig ansettelse (trainee posts are ordinary temporary posts) + Kunnskapsbanken vilkår 2 (temporary posts qualify)
    ['nav-function-assistance-job-types', /\*\*Traineer i staten:\*\* en stilling i Traineeprogrammet i staten er en ordinær, midlertidig stilling/],
    // DFØ: Dette må du gjøre som arbeidsgiver — «en eller flere ordinære stillinger»
    ['state-trainee-how-to-join', /\*\*bruke en eller flere ordinære, ledige stillinger\*\*/],
  ],
  DAY,
);

// Written before the entries were changed, in other words than their phrasings (probe questions of this round).
describeRoutedQuestions(
  'round sixteen manager questions reach the entry that holds the fact',
  [
    ['Hvor mye betaler NAV per time for en funksjonsassistent?', undefined, 'nav-function-assistance-rate-cap'],
    ['Finnes det et maksbeløp per år for funksjonsassistanse?', 'municipal', 'nav-function-assistance-rate-cap'],
    ['Får vi dekket administrasjonen av funksjonsassistenten?', 'state', 'nav-function-assistance-rate-cap'],
    ['Kan en student med funksjonsnedsettelse få funksjonsassistent i studiene?', undefined, 'nav-function-assistance-jobseeker-study'],
    ['Kan funksjonsassistanse brukes på et jobbintervju?', 'municipal', 'nav-function-assistance-jobseeker-study'],
    ['Må en trainee i staten ha master?', 'state', 'state-trainee-education'],
    ['Holder en bachelorgrad for å bli trainee i staten?', 'state', 'state-trainee-education'],
    ['Hvem kan søke på en stilling i traineeprogrammet i staten?', 'state', 'state-trainee-programme'],
    ['Når er søknadsfristen for å melde inn stillinger til traineeprogrammet?', 'state', 'state-trainee-where-advertised'],
    ['Hvordan blir direktoratet vårt med i traineeordningen?', 'state', 'state-trainee-how-to-join'],
    ['Skal en trainee ha prøvetid?', 'state', 'state-probation'],
    ['Har NAV et eget kontor som hjelper statlige virksomheter med rekruttering?', 'state', 'nav-st-hanshaugen'],
    ['Hva er lovgrunnlaget for funksjonsassistanse?', 'municipal', 'nav-function-assistance'],
    ['Hva kan en funksjonsassistent hjelpe med?', 'municipal', 'nav-function-assistance'],
    ['Får vi dekket reiseutgifter for funksjonsassistenten på tjenestereise?', 'municipal', 'nav-function-assistance-hours'],
    ['Kan en trainee ha funksjonsassistent?', 'state', 'nav-function-assistance-job-types'],
    ['Korleis søkjer vi om funksjonsassistanse for ein tilsett?', 'municipal', 'nav-function-assistance-application-form'],

    // Known misses of the round (it.todo notes), now answered.
    ['Hvordan får vi tak i markedskontakten i NAV?', undefined, 'nav-contact-employer-line'],
    ['Kan vi ansette flere traineer samtidig?', undefined, 'state-trainee-how-to-join'],
    // Once a known miss for another entry; it now reaches an entry that answers it better.
    ['Hvem kan få funksjonsassistent på jobben?', undefined, 'nav-function-assistance-who-qualifies'],
  ],
  DAY,
);

describe('round sixteen trainee, function assistance and NAV order known misses', () => {
  it.todo('«Hva er en inkluderingsbedrift?» is refused (score 0): no public source names an «inkluderingsbedrift» label; IA-virksomhet is in ia-no-ia-company');
  it.todo(
    '«Hva har NAV lov til å fortelle oss om en kandidat de foreslår?» → nav-order-no-personal-data, tentative (0.54); no public source found on what NAV may tell beyond the CV shared with consent',
  );
  it.todo('«Koster det noe å få hjelp fra NAV til å finne kandidater?» → tentative (0.47); only the free arbeidsplassen.no ad is sourced (nav-arbeidsplassen-post-vacancy)');
});
