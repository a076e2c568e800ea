/**
 * Round twenty-six, the lead's corrections after merging the helpers' branches (sources read 2026-12-03):
 * - Legeforeningen «Utlysning av stillinger»: arbeidsmiljøloven § 14-1 does not distinguish a permanent post from a
 *   substitute post, nor by how long the substitute post lasts; so an administrative appointment of two months is still
 *   a vacancy the staff are told about.
 * - The interview duty for applicants with a disability applies to applicants who have a job (DFØ; the entry's sources):
 *   its answer now says so in its first line, in words that fit both «does it also apply …» and «does it only apply …».
 */
import { describeFacts, describeRoutedQuestions } from '../../test/support/entryChecks.js';

describeFacts(
  'round twenty-six lead corrections say what their sources say',
  [
    // Legeforeningen: «Det skilles ikke her på om det er fast stilling eller vikariat, og det skilles heller ikke på varigheten»
    ['state-administrative-appointment', /loven skiller ikke mellom fast stilling og vikariat, og heller ikke på hvor lenge vikariatet varer \(Legeforeningen\)/],
    // DFØ «Positiv særbehandling»: no condition of being out of work for applicants with a disability
    ['state-interview-duty-disability-employed', /^Ja – plikten gjelder også søkere som har jobb, ikke bare dem som står uten arbeid\./],
  ],
  '2026-12-03',
);

describeRoutedQuestions(
  'the general entry of a topic many entries share is judged, not cut before judging',
  [
    // Seventeen entries hold «funksjonsassistanse»; the general one is long, so the library ranks it low (RERANK_DEPTH).
    ['Hva er funksjonsassistanse?', undefined, 'nav-function-assistance'],
    ['Hva er funksjonsassistanse og hvem kan få det?', 'municipal', 'nav-function-assistance'],
  ],
  '2026-12-03',
);
