/**
 * Round sixteen (r16b-candidate): the candidate — target-group definitions in the state and the municipality,
 * what the employer may ask and what the applicant need not disclose, references, police certificates and
 * background checks, accommodation at the interview, the interview duty, documentation, feedback and privacy
 * in recruitment, fact by fact. New entries answer one question each (the applicant's limited duty to inform,
 * HR-2021-605-A; the privacy notice to applicants); existing entries got phrasings. Sources read 2026-12-01.
 */
import { describe, it } from 'vitest';
import { describeFacts, describeHouseStyle, describeRoutedQuestions, describeKnownMisses } from '../../test/support/entryChecks.js';

const DAY = '2026-12-01';

const NEW = ['hiring-applicant-withheld-information', 'privacy-applicant-privacy-notice'] as const;

describeHouseStyle('round sixteen candidate entries keep the house style', NEW, { day: DAY, english: true });

describeFacts(
  'round sixteen candidate entries say what their sources say',
  [
    // Wikborg Rein (HR-2021-605-A): no statutory duty to inform; the duty concerns matters of direct significance for suitability
    ['hiring-applicant-withheld-information', /\*\*ingen lovfestet plikt\*\*/],
    // ldl § 30 / aml § 9-3 forbid health and pregnancy questions, not every question about a CV gap (round 16 review); never ask the cause
    ['hiring-applicant-withheld-information', /Loven forbyr ikke å spørre hva søkeren har gjort i perioden, men spør aldri om årsaken/],
    ['hiring-applicant-withheld-information', /\*\*direkte betydning for egnetheten\*\*/],
    ['hiring-applicant-withheld-information', /faglige kvalifikasjoner og relevant arbeidserfaring/],
    // Wikborg Rein: the purpose of an inclusive working life is an important factor in how far the duty goes
    ['hiring-applicant-withheld-information', /\*\*Et inkluderende arbeidsliv\*\*/],
    // Juridika / Brex: the applicant may not give a positively false answer to a direct question
    ['hiring-applicant-withheld-information', /\*\*ikke gi uriktige svar på direkte, lovlige spørsmål\*\*/],
    // Wikborg Rein: knowingly false information on central matters is disloyal; case law gave grounds for dismissal
    ['hiring-applicant-withheld-information', /med viten og vilje gir uriktige opplysninger/],
    // HR Norge: the hiring body is the controller, also with an external recruiter; GDPR art. 13 (1): information at the
    // time the data are obtained (review 2026-12-02: «før» corrected to «senest når»)
    ['privacy-applicant-privacy-notice', /\*\*behandlingsansvarlig\*\*/],
    ['privacy-applicant-privacy-notice', /informasjon \*\*senest når\*\* opplysningene samles inn \(personvernforordningen artikkel 13\)/],
    ['privacy-applicant-privacy-notice', /\*\*Rekrutteringsbyrå\*\* er som regel databehandler/],
    // Datatilsynet (bakgrunnsundersøkelser): a credit check rests on legitimate interest, not consent
    ['privacy-applicant-privacy-notice', /berettiget interesse etter en interesseavveining, ikke på samtykke/],
    // Leder.no: legal basis GDPR art. 6 (1) (b); contact details, application, CV, diplomas, certificates and references are necessary
    ['privacy-applicant-privacy-notice', /artikkel 6 nr\. 1 bokstav b/],
    ['privacy-applicant-privacy-notice', /kontaktinformasjon, søknad, CV, vitnemål, kursbevis og referanser/],
    // FINN: stored as long as needed, then deleted unless a statutory duty to keep them
    ['privacy-applicant-privacy-notice', /slettes etterpå med mindre dere har plikt til å bevare dem/],
    // Virke (aml § 9-3: «i forbindelse med utlysningen eller på annen måte»); Webjuristene (ldl § 30 covers references)
    ['duty-interview-health-questions', /\*\*hele ansettelsesprosessen\*\* – også i utlysningen, i skjemaer og i samtaler med referanser/],
  ],
  DAY,
);

// Written before the entries were changed, in other words than their phrasings (probe questions of this round).
describeRoutedQuestions(
  'round sixteen manager questions reach the entry that holds the fact',
  [
    ['Hvor langt må hullet i CV-en være for at søkeren er i målgruppen?', 'state', 'tg-cv-gap-definition'],
    ['Må søkeren legge fram legeerklæring for å være med i målgruppen?', 'state', 'tg-self-declaration'],
    ['Vi tror ikke søkeren egentlig har hull i CVen, kan vi sjekke det?', 'state', 'tg-wrong-tick'],
    ['Hva skjer om en ansatt ikke fortalte om sykdommen sin i intervjuet og vi finner det ut senere?', 'state', 'hiring-applicant-withheld-information'],
    ['Kan vi notere diagnosen søkeren fortalte om i intervjuet?', 'municipal', 'duty-privacy-health-data'],
    ['Må vi informere søkerne om hvordan vi behandler personopplysningene deres?', 'state', 'privacy-applicant-privacy-notice'],
    ['Hvem er ansvarlig for personvernet når vi bruker et rekrutteringsbyrå?', 'state', 'privacy-applicant-privacy-notice'],
    ['Hvilke opplysninger om søkerne har vi lov til å behandle?', 'municipal', 'privacy-applicant-privacy-notice'],
    ['Søkeren har sosial angst, hvordan kan intervjuet legges opp?', 'state', 'hiring-interview-anxiety-autism-adhd'],
    ['Kan vi spørre om søkeren får trygd fra NAV?', 'state', 'hiring-applicant-disability-pension'],
    ['Hvor lang tid må hullet i CV-en være i kommunen?', 'municipal', 'mun-cv-gap-definition'],
    ['Søkeren løy om utdanningen sin, hva kan vi gjøre?', 'municipal', 'hiring-applicant-withheld-information'],
    ['Må søkeren opplyse om at hun har en funksjonsnedsettelse?', 'state', 'hiring-applicant-withheld-information'],
    ['Kan vi kreve at søkeren går til legeundersøkelse før hun begynner?', 'municipal', 'hiring-medical-examination'],

    // Known misses of the round (it.todo notes), now answered.
    ['Kan vi be søkeren forklare hullet i CV-en?', 'state', 'hiring-candidate-need-not-disclose'],
    ['Hva gjør vi med politiattesten når vi har sett den?', undefined, 'hiring-police-certificate'],
  ],
  DAY,
);

describe('round sixteen candidate known misses', () => {
  it.todo(
    '«Kan vi gi jobben til en mann framfor en gravid søker fordi hun snart skal ut i permisjon?» is refused as leave (scope.ts: «permisjon», «søker» singular is no domain word)',
  );
  it.todo(
    '«Regnes arbeidspraksis gjennom NAV som arbeid når vi vurderer hull i CV?» — no public source found on whether time on a NAV measure counts as work or as absence; ask DFØ',
  );
  it.todo(
    'Not written, no public source read this round: rus testing of applicants (is it a medical examination under aml § 9-4?), asking about smoking, a photo in the application, ticking the target-group box after the deadline',
  );
  it.todo('«Kan tillitsvalgte lese søknadene?» (kommune) → none (0.43); not written this round');
});

// Questions of the round the index does not yet route to the entry that holds the answer (once written as it.todo notes); each fails once it is fixed.
describeKnownMisses(
  'round sixteen candidate known misses are still missed',
  [
    ['Kan en med kronisk sykdom som ikke synes krysse av for nedsatt funksjonsevne?', 'state', 'tg-invisible-disability', 'goes to tg-count-without-tick, 0.72'],
    [
      'Kan vi ha spørsmål om helse i søknadsskjemaet?',
      'municipal',
      'duty-interview-health-questions',
      '0.36; the fact is in the answer, but a «søknadsskjema» phrasing takes «Hvordan velger vi ut kandidater til intervju blant mange søknader?» from hiring-shortlist-document',
    ],
    ['Har en søker som ble vraket rett på tilbakemelding?', undefined, 'hiring-feedback-rejected-applicant', '0.38; «vraket»'],
    ['Må en jobbsøker fortelle at hen ble sagt opp fra forrige jobb?', undefined, 'hiring-applicant-withheld-information', 'score 0.42 / 0.38'],
    ['Kan kandidaten la være å nevne ting som ikke taler til hennes fordel?', undefined, 'hiring-applicant-withheld-information', 'score 0.42 / 0.38'],
    ['Kan en statlig etat kreve politiattest av alle nyansatte?', undefined, 'hiring-police-certificate', '(0.46), which holds both facts; phrasings did not lift them'],
  ],
  DAY,
);
