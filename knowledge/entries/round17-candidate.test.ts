/**
 * Round seventeen (r17-candidate): the candidate in the hiring process, driven by manager questions found in public
 * sources — ask-a-lawyer columns (Advokaten hjelper deg, NITO via ingstemme.no, Wikborg Rein, Codex), union pages
 * (Fagforbundet, Juristforbundet), DFØ, Jobbnorge, Compendia, HLF, Blindeforbundet, LDO and Sivilombudet, read
 * 2026-12-02. One new entry (the applicant raises a disability or health problem themselves); the rest are new
 * phrasings and a few cited facts in the existing interview, health, reference, target-group and privacy entries.
 */
import { describe, it } from 'vitest';
import { describeFacts, describeHouseStyle, describeRoutedQuestions } from '../../test/support/entryChecks.js';

const DAY = '2026-12-02';

const NEW = ['hiring-applicant-raises-disability'] as const;

describeHouseStyle('round seventeen candidate entries keep the house style', NEW, { day: DAY, english: true });

describeFacts(
  'round seventeen candidate entries say what their sources say',
  [
    // Wikborg Rein (Hva kan arbeidsgiver spørre om under jobbintervjuet?): nothing stops the applicant telling on their own initiative
    ['hiring-applicant-raises-disability', /ikke at søkeren forteller det på eget initiativ/],
    // Compendia (Forbud mot diskriminering – funksjonsevne): the ban covers hiring
    ['hiring-applicant-raises-disability', /diskriminering på grunn av funksjonsnedsettelse er forbudt også ved ansettelse/],
    // HLF (diskrimineringsveileder): the employer may know whether the tasks can be done and what accommodation is needed;
    // weight on the disability needs a legitimate reason, necessity and proportionality
    ['hiring-applicant-raises-disability', /det har arbeidsgiveren krav på å vite/],
    ['hiring-applicant-raises-disability', /krever en saklig grunn, at det er nødvendig, og at det ikke blir uforholdsmessig/],
    // Blindeforbundet: direct differential treatment only when strictly necessary for the job;
    // ldl § 9 andre ledd (Prop. 81 L kap. 14): only when the trait is of decisive importance for the work
    ['hiring-applicant-raises-disability', /strengt nødvendig for å klare jobben/],
    ['hiring-applicant-raises-disability', /\*\*avgjørende betydning\*\* for å utføre arbeidet \(likestillings- og diskrimineringsloven § 9 andre ledd\)/],
    // LDO sak 16/78: after the employer's detailed documentation the ombud found no discrimination (appealed to the tribunal)
    ['hiring-applicant-raises-disability', /sak hos ombudet \(16\/78\) endte ombudet med at søkeren ikke var diskriminert/],
    // Advokaten hjelper deg (Hva kan man spørre om i et jobbintervju?): general attitude to absence is a grey zone
    ['duty-interview-health-questions', /\*\*Gråsone:\*\* å spørre om søkerens generelle holdning til å melde fravær/],
    // Fagforbundet (Spørsmål om sykefravær i ansettelsesintervjuer): earlier sick leave is an indirect health question
    ['duty-interview-health-questions', /tidligere sykefravær – også indirekte/],
    // Wikborg Rein (Rustesting av arbeidstakere): drug tests are control measures and medical examinations; discuss with union reps
    ['hiring-medical-examination', /regnes både som kontrolltiltak \(arbeidsmiljøloven § 9-1\) og som medisinsk undersøkelse etter § 9-4/],
    ['hiring-medical-examination', /drøftes med de tillitsvalgte først \(§ 9-2\)/],
    // Sivilombudet (Tilsetting – krav til saksbehandlingen ved vurdering av personlig egnethet): the duty to investigate
    ['hiring-reference-what-to-ask', /så godt opplyst som mulig før vedtaket \(forvaltningsloven § 17\)/],
  ],
  DAY,
);

// This round's probe questions, written from the public sources before the entries were changed.
describeRoutedQuestions(
  'round seventeen manager questions reach the entry that holds the fact',
  [
    ['Søkeren kom selv inn på at hun har angst – kan vi legge vekt på det?', 'municipal', 'hiring-applicant-raises-disability'],
    ['kan jeg spørre søkeren hvorfor hun har vært borte fra jobb i tre år?', 'state', 'hiring-candidate-need-not-disclose'],
    ['hva kan jeg si på intervjuet når søkeren har flere år uten jobb', 'municipal', 'hiring-candidate-need-not-disclose'],
    ['kan vi spørre om holdning til å gå på jobb med forkjølelse i intervju', 'state', 'duty-interview-health-questions'],
    ['Søkeren sa ja til å svare på helsespørsmål – blir det lovlig da når hun samtykker?', 'municipal', 'hiring-health-information-applicant'],
    ['hvilke spørsmål er ulovlige i jobbintervju i kommunen?', 'municipal', 'hiring-interview-forbidden-questions'],
    ['Kan vi be om legeattest før vi ansetter en assistent i barnehagen?', 'municipal', 'hiring-health-information-applicant'],
    ['hva er det egentlig som regnes som helseopplysninger når vi rekrutterer?', 'state', 'hiring-health-information-definition'],
    ['Hun har et friår med reising bak seg, er det hull i CV?', 'state', 'tg-cv-gap-causes'],
    ['Søker har diabetes men trenger ingen tilrettelegging. Er han i målgruppen?', 'state', 'tg-disability-definition'],
    ['Må vi tilpasse intervjuet for en søker som er blind?', 'state', 'duty-accommodation-applicants'],
    ['Søkeren har ingen referanser fra de siste årene fordi hun har vært syk, hva gjør vi', 'state', 'hiring-no-references-cv-gap'],
    ['Kan vi be om utskrift fra strafferegisteret fra en søker som har sonet?', 'municipal', 'hiring-criminal-record-cv-gap'],
    ['må vi spørje alle søkjarane om dei same tinga på intervjuet?', 'state', 'hiring-structured-interview'],
    ['hvorfor krysser ikke folk av for hull i cv', 'state', 'tg-why-few-tick'],
    ['Må vi sjekke referanser før vi ansetter i staten?', 'state', 'hiring-reference-what-to-ask'],
    ['kan vi be søkerne ta rustest før ansettelse?', 'municipal', 'hiring-medical-examination'],
    ['Må vi intervjue søkere med innvandrerbakgrunn i direktoratet?', 'state', 'state-interview-immigrant-background'],
    ['Har søkeren rett til å få slettet søknaden sin?', 'state', 'privacy-applicant-rights'],
    ['Søker har vært på AAP i tre år, er hun i målgruppen?', 'state', 'tg-benefit-not-target-group'],
    ['Må vi kalle inn søkere i målgruppen når vi ansetter i en vikariat på 3 mnd?', 'state', 'state-interview-duty-temporary-internal'],
    ['er det lov å spørre om sivilstatus på intervju?', 'state', 'hiring-interview-partner-orientation'],
    ['Kan vi spørre søkeren om hun har vært sykmeldt mye de siste årene?', 'state', 'hiring-previous-sick-leave'],
    ['Hvordan intervjuer vi en søker med ADHD så hen får vist seg fra sin beste side?', 'municipal', 'hiring-interview-anxiety-autism-adhd'],
    ['kan vi la være å kalle inn en søker i målgruppen fordi vi allerede har mange gode kandidater?', 'state', 'state-interview-obligation'],
    ['vi har fem kvalifiserte søkere med hull i CV, hvor mange må vi intervjue?', 'state', 'state-interview-obligation'],
    ['Hvor mye bedre kan den beste søkeren være før vi ikke kan velge søkeren fra målgruppen?', 'state', 'state-moderate-preference'],
    ['Må barnehagen kalle inn søkere med nedsatt funksjonsevne til intervju?', 'municipal', 'mun-interview-target-group'],
    ['søkeren løy om sykdom på intervjuet, kan vi si henne opp nå?', 'municipal', 'hiring-applicant-withheld-information'],

    // Known misses of the round (it.todo notes), now answered.
    ['vi fant ut at søkeren har en sykdom via facebook, kan vi bruke det?', undefined, 'hiring-google-applicants'],
    // Once refused as sick leave of current staff; it asks about an applicant.
    ['Må en søker fortelle at hun er sykmeldt nå?', undefined, 'hiring-applicant-on-sick-leave'],
  ],
  DAY,
);

describe('round seventeen candidate probes still missed', () => {
  it.todo('«er det lov å spørre om søkeren røyker?» — no entry on smoking; no source read');
  it.todo('«Kan vi spørre søkeren om hen har førerkort?» — no entry on licence questions (a requirements topic)');
});
