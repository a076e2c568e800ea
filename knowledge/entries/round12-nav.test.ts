/**
 * Round twelve (r12-nav): the NAV group's real dev questions. Two new entries — no new probation in the same
 * job when a wage-subsidy hire becomes permanent in a municipality (aml § 15-6 from 1 July 2024), and a state
 * agency's vacancy notice to NAV must be the full advertisement or a link to it (SPH 2.3.1.5) — and facts
 * sharpened in existing entries: a VTA-O participant must belong to a NAV office, refund after each
 * tilskuddsperiode, lasting wage subsidy not only for new hires, NAV's recruitment services beyond the ad.
 * Sources read 2026-12-01.
 */
import { describe, it } from 'vitest';
import { describeFacts, describeHouseStyle, describeRoutedQuestions } from '../../test/support/entryChecks.js';

const DAY = '2026-12-01';

const NEW = ['mun-wage-subsidy-permanent-probation', 'state-vacancy-report-nav-complete'] as const;

describeHouseStyle('round twelve NAV entries keep the house style', NEW, { day: DAY, english: true });

describeFacts(
  'round twelve NAV entries say what their sources say',
  [
    // aml § 15-6 as amended from 1 July 2024 (advokat.no, compendia.no)
    ['mun-wage-subsidy-permanent-probation', /^Nei, ikke når hen fortsetter i samme eller en vesentlig lik stilling/],
    ['mun-wage-subsidy-permanent-probation', /tidligere ansettelsestid og ny prøvetid til sammen ikke overstiger 6 måneder/],
    ['mun-wage-subsidy-permanent-probation', /vesentlig andre arbeidsoppgaver/],
    ['mun-wage-subsidy-permanent-probation', /statsansatteloven § 15 – der må HR svare/],
    // Statens personalhåndbok pkt. 2.3.1.5 (Lovdata)
    ['state-vacancy-report-nav-complete', /fullstendige stillingsutlysninger/],
    ['state-vacancy-report-nav-complete', /e-post med lenke til den fullstendige annonsen/],
    ['state-vacancy-report-nav-complete', /bare lyses ut internt, faller utenfor meldeplikten/],
    // nav.no «Varig tilrettelagt arbeid i ordinær virksomhet» (for arbeidsgivere)
    ['nav-vta-o-apply', /Deltakeren må være tilknyttet et NAV-kontor/],
    ['nav-vta-o-tasks-hours', /kvalifisering og tilrettelagte arbeidsoppgaver/],
    // nav.no «Midlertidig lønnstilskudd»: refund when each tilskuddsperiode is over
    ['nav-wage-subsidy-refund-frequency', /Når tilskuddsperioden er over, søker dere om refusjon/],
    ['nav-lasting-wage-subsidy-current-employee', /ikke bare ved nyansettelser/],
    ['nav-wage-subsidy-ending-reduced-capacity', /varig og vesentlig nedsatt arbeidsevne/],
    // Meld. St. 33 (2015–2016) kap. 4; nav.no on closing CV access (2021)
    ['nav-what-nav-helps', /CV-database, \*\*arbeidsgivertelefonen\*\* og personlig bistand fra \*\*NAV-kontoret\*\*/],
    ['nav-what-nav-helps', /ble stengt i 2021/],
  ],
  DAY,
);

// Written after the entries, in other words than their phrasings and the dev questions.
describeRoutedQuestions(
  'round twelve manager questions reach the entry that holds the fact',
  [
    [
      'Personen går fra tiltaksansettelse med lønnstilskudd til fast stilling med uendrede oppgaver – kan kommunen kreve en ny prøveperiode?',
      'municipal',
      'mun-wage-subsidy-permanent-probation',
    ],
    ['Må teksten vi sender NAV være hele annonsen, eller holder en kort melding når vi er en statlig virksomhet?', 'state', 'state-vacancy-report-nav-complete'],
    ['Holder det å sende NAV lenken til annonsen på nettsidene våre når departementet har en ledig stilling?', 'state', 'state-vacancy-report-nav-complete'],
    ['Må personen vi vil ha i VTA-O være registrert ved et NAV-kontor før avtalen inngås?', undefined, 'nav-vta-o-apply'],
    ['Hvilken bistand gir NAV ut over å publisere stillingsannonsen?', undefined, 'nav-what-nav-helps'],
    ['Kan NAV gi lønnstilskudd for å beholde en ansatt vi allerede har, ikke bare ved nyansettelser?', undefined, 'nav-lasting-wage-subsidy-current-employee'],
    ['Hvilke støtteordninger finnes når midlertidig lønnstilskudd er brukt opp og arbeidsevnen er varig nedsatt?', undefined, 'nav-wage-subsidy-ending-reduced-capacity'],
  ],
  DAY,
);

// Still unanswered after this round: the entry holds the fact, but the question scores under 0.55 (the search's
// reading of the words, listed in the round's report), or no public source states it.
describe('round twelve known misses', () => {
  it.todo('VTA in the state exempt from advertising → state-vta-o (0.51, mun-state-exceptions close behind)');
  it.todo('wage subsidy ends after two years, no post, must we dismiss (state) → state-wage-subsidy-ending-dismissal (ranks fifth: «si ham opp» is not read as «si opp»)');
  it.todo('extend the contract on the measure ground on our own → mun-temp-measure-ended (0.53)');
  it.todo('cap on lasting wage subsidy for a high salary → nav-lasting-wage-subsidy (0.51)');
  it.todo('occupational therapist assessing the workplace of a work-trial participant → nav-inclusion-grant-workplace-assessment (0.50)');
  it.todo('wage subsidy when the post goes from 60 to 80 % → nav-wage-subsidy-agreement-change (0.28: «gå opp fra … til …» not read as a change of stillingsprosent)');
  it.todo('is the wage subsidy paid automatically every month → nav-wage-subsidy-refund-claim (0.42, misspelt «lønnstilskudet»)');
  it.todo('inclusion grant for a short course → nav-inclusion-grant (0.41)');
  it.todo('a permanent contact person in NAV after the subsidy → nav-follow-up-agreement (0.34)');
});
