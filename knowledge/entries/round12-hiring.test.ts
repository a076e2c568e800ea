/**
 * Round twelve (r12-hiring, group C: probation, interview questions and duty, CV gap, temporary and administrative
 * appointments). Two new entries: who decides a complaint that a state employer broke the duty to interview
 * (LDO does not enforce the regulation; Sivilombudet has), and what health information an employer may ask an
 * applicant for (arbeidsmiljøloven § 9-3). Existing entries of the group got phrasings in other words and four
 * facts their sources hold (NAV's decision under § 14 a for letter d, «fravær fra stillingen» for a substitute,
 * work that «skiller seg» from ordinary work, a «reell mulighet» before a dismissal in probation, the length of
 * probation in a wage-subsidy contract). Sources read 2026-12-01.
 */
import { describe, it } from 'vitest';
import { describeFacts, describeHouseStyle, describeRoutedQuestions } from '../../test/support/entryChecks.js';

const DAY = '2026-12-01';

const NEW = ['state-interview-duty-breach-complaint', 'hiring-health-information-applicant'] as const;

describeHouseStyle('round twelve hiring entries keep the house style', NEW, { day: DAY, english: true });

describeFacts(
  'round twelve hiring entries say what their sources say',
  [
    // LDO 14/31: «Forskriften håndheves ikke av ombudet»; Sivilombudsmannen: breach found, appointment stands.
    ['state-interview-duty-breach-complaint', /\*\*ikke håndhever\*\* forskriftens plikt/],
    ['state-interview-duty-breach-complaint', /kom til at virksomheten hadde brutt plikten\. Ansettelsen var gjennomført og ble ikke omgjort/],
    ['state-interview-duty-breach-complaint', /forskrift til tjenestemannsloven § 9.*statsansatteforskriften § 4/s],
    // arbeidsmiljøloven § 9-3 (arbeidsmiljoloven.com: lovtekst, «uttømmende», samtykke); Compendia.
    ['hiring-health-information-applicant', /^Nei, bare det som er \*\*nødvendig for å utføre arbeidsoppgavene\*\*/],
    ['hiring-health-information-applicant', /uttømmende, så unødvendige helseopplysninger er forbudt å hente inn også når søkeren sier ja/],
    ['hiring-health-information-applicant', /referanser, tidligere arbeidsgiver eller felles kjente/],
    // Facts added to existing entries this round.
    ['mun-temp-measure-no-nav-yet', /vedtak fra NAV om bistand etter arbeids- og velferdsforvaltningsloven § 14 a/],
    ['mun-temp-substitute-internal-role', /Det avgjørende er fravær fra stillingen, ikke fra arbeidsplassen/],
    ['mun-temp-work-peak', /\*\*skiller seg fra det som ellers løpende utføres\*\*/],
    ['mun-probation-dismissal-process', /\*\*reell mulighet\*\* til å vise at hen kan gjøre jobben/],
    ['state-measure-hire-contract', /prøvetiden følger de vanlige reglene \(inntil 6 måneder, statsansatteloven § 15\)/],
  ],
  DAY,
);

// Written after the entries, in other words than their phrasings and the dev questions.
describeRoutedQuestions(
  'round twelve manager questions reach the entry that holds the fact',
  [
    ['Søkeren med funksjonsnedsettelse fikk ikke intervju og vil klage – hvem behandler det i staten?', 'state', 'state-interview-duty-breach-complaint'],
    ['Er det lov å be kandidatene om en erklæring fra fastlegen om helsetilstanden?', undefined, 'hiring-health-information-applicant'],
    ['Kan vi gi en leder på sykehjemmet som kom fra en fagstilling hos oss, en ny prøvetid?', 'municipal', 'mun-probation-new-position'],
    ['Hva krever loven av oss før vi avslutter en ansettelse i prøvetiden – møte og skriftlighet?', 'municipal', 'mun-probation-dismissal-process'],
    ['Kan vi be kandidaten om en uttalelse fra lege om helsetilstanden før vi ansetter?', undefined, 'hiring-health-information-applicant'],

    // Known misses of the round (it.todo notes), now answered.
    ['Hva risikerer kommunen når en SFO-assistent på midlertidig kontrakt dekker et fast behov?', undefined, 'mun-temp-invalid-ground'],
    ['En ansatt skal fungere som leder i en annen enhet et halvår – kan vi ansette en vikar i stillingen hennes?', undefined, 'mun-temp-substitute-internal-role'],
    // A known miss of the round, answered since round nineteen's phrasings on warnings and guidance before a dismissal in probation.
    ['Må den nyansatte ha fått en reell sjanse før vi sier henne opp i prøvetiden?', 'municipal', 'mun-probation-follow-up'],
  ],
  DAY,
);

describe('round twelve hiring known misses', () => {
  it.todo(
    '«Vi har en midlertidig ansatt uten gyldig grunnlag etter § 9 – må vi si henne opp?» → state-temp-invalid-ground lacks the state rule on ending it (statsansatteloven not read on this point)',
  );
});
