/**
 * Round twelve (r12-accommodation): accommodation, universal design, NAV's functional assistance and the
 * disability target group — the managers' real questions of group A. New: an assistant at a practical work
 * test (LDO 12/640). Extended: the interview entry (Difi:
 * ten minutes, same for all, no need to map every need), the duty for all employees whatever their hours or
 * contract (Difi), the employee's part in making a need known (LDO 14/270), older videos not covered by the
 * audio-description rule (Uu-tilsynet), and phrasings for a guide for a blind employee (funksjonsassistanse) and
 * an applicant who ticked the box but needs no accommodation. Sources read 2026-12-01.
 */
import { describe, it } from 'vitest';
import { describeFacts, describeHouseStyle, describeRoutedQuestions } from '../../test/support/entryChecks.js';

const DAY = '2026-12-01';

const NEW = ['hiring-test-assistant-accommodation'] as const;

describeHouseStyle('round twelve accommodation entries keep the house style', NEW, { day: DAY, english: true });

describeFacts(
  'round twelve accommodation entries say what their sources say',
  [
    // LDO 12/640
    ['hiring-test-assistant-accommodation', /\*\*like muligheter\*\*/],
    ['hiring-test-assistant-accommodation', /redusere de \*\*faglige kravene\*\* eller å stille søkeren \*\*bedre\*\*/],
    ['hiring-test-assistant-accommodation', /lammelser i skulder og arm/],
    // nav.no: Funksjonsassistanse i arbeidslivet (the fact was there; phrasings added)
    ['nav-function-assistance', /tjenestereiser og ledsaging for blinde og svaksynte/],
    // statsansatteforskriften § 4 (the fact was there; phrasings added)
    ['tg-disability-definition', /En funksjonsnedsettelse som ikke krever tilrettelegging, er ikke omfattet/],
    // Difi: Tilrettelegging (traineeprogrammet)
    ['hiring-raise-accommodation-interview', /ti minutter i siste del/],
    ['hiring-raise-accommodation-interview', /felles praksis for alle intervjuene/],
    ['hiring-raise-accommodation-interview', /ikke meningen å avdekke samtlige behov/],
    ['duty-individual-accommodation', /uavhengig av alder, stillingsgrad og om stillingen er fast eller midlertidig/],
    // LDO 14/270
    ['duty-accommodation-not-requested', /må formidle behovet og gå i dialog om egnede løsninger/],
    // Uu-tilsynet 1.2.5
    ['uu-video-captions', /ikke tilbakevirkende kraft.*publisert før 1\. februar 2024, er ikke omfattet/s],
  ],
  DAY,
);

// Written after the entries, in other words than their phrasings and the dev questions.
describeRoutedQuestions(
  'round twelve manager questions reach the entry that holds the fact',
  [
    ['Kandidaten kan ikke bruke hånden og vil ha hjelp av en annen person under praktisk prøve hos oss – må vi tillate det?', undefined, 'hiring-test-assistant-accommodation'],
    ['Kan funksjonsassistenten følge en svaksynt kollega på tjenestereise?', undefined, 'nav-function-assistance'],
    ['Søkeren oppgir funksjonsnedsettelse, men sier at hun ikke trenger tilrettelegging i stillingen – teller hun for intervjuplikten?', 'state', 'tg-disability-definition'],
    ['Hvor mye av intervjuet bør vi bruke på kandidatens behov for tilrettelegging?', undefined, 'hiring-raise-accommodation-interview'],
    ['Har vikarer og deltidsansatte også rett til tilrettelegging?', undefined, 'duty-individual-accommodation'],
    ['Må filmer som lå ute på karrieresiden før 2024 synstolkes?', undefined, 'uu-video-captions'],
    // Once a known miss for another entry; it now reaches an entry that answers it better.
    ['hev-senk-pult og spesialstol pga ryggen – NAV eller vi?', undefined, 'acc-desk-chair-who-pays'],
  ],
  DAY,
);

// Still unanswered after this round.
describe('round twelve accommodation known misses', () => {
  it.todo(
    '«… skriver at søknadsskjemaet ikke funker …» → uu-feedback-response (no longer refused as IT since the scope reads «skriver» as a printer only as «skriveren» or «en/ny/min skriver»; 0.39, not answered)',
  );
  it.todo(
    "nav-function-assistance-guide-blind and tg-ticked-no-accommodation-need (own entries for a guide for a blind employee and an applicant who ticked the box but needs no accommodation) were written and dropped: each new entry moved other rounds' routed questions that sit near 0.45 or near a tie over the line; the phrasings went to nav-function-assistance and tg-disability-definition",
  );
});
