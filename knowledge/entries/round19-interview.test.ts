/**
 * Round nineteen (r19-interview): the state's duty to interview applicants from the target group and running the
 * selection. Sources read 2026-12-02: DFØ «Positiv særbehandling når man søker jobb i staten» (updated 16.02.2023);
 * LDO 14/1077 (HOD, applicant with a disability interviewed, not recommended), LDO 14/31 (the ombud does not enforce the
 * interview rule), LDO 12/2115 (landgruppe 1 and 2 at the call to interview: lawful positive treatment), LDO 13/6;
 * Statens personalhåndbok 2017 on Lovdata pkt. 1.6.3 and 2.3.2.3 (the instruction PM-2010-08, landgruppe 2);
 * Jobbnorge «Særskilte regler for søkere med utenlandsk opprinnelse»; Compendia «Søker med hull i CV-en skal innkalles
 * til intervju» (moderate preference); Sivilombudet «Ansettelse av rådgiver ved Regional komité for medisinsk og
 * helsefaglig forskningsetikk X» (speed interview) and «Ansettelser fra A til Å» (10.06.2024).
 * New: what the agency did wrong when a target-group applicant was interviewed but not hired, whether the immigrant
 * background rule discriminates against Nordic/EU applicants, and short screening interviews on personal suitability.
 * The unqualified applicant, the tick in an earlier application, skipping an applicant interviewed last year and equal
 * chances at the interview were already answered (state-interview-obligation, tg-tick-visibility,
 * state-hiring-without-interview / mun-hiring-without-interview, hiring-structured-interview); they got phrasings.
 * Statsansatteforskriften itself was not found on Lovdata through the search tools this session, so the § 4b claim in
 * state-interview-immigrant-background was neither confirmed nor changed.
 */
import { describe, it } from 'vitest';
import { describeFacts, describeHouseStyle, describeRoutedQuestions, describeKnownMisses } from '../../test/support/entryChecks.js';

const DAY = '2026-12-02';

const NEW = ['state-target-group-interviewed-not-hired', 'state-immigrant-interview-rule-discrimination', 'hiring-screening-interview-suitability'] as const;

describeHouseStyle('round nineteen interview entries keep the house style', NEW, { day: DAY, english: true });

describeFacts(
  'round nineteen interview entries say what their sources say',
  [
    // DFØ (Positiv særbehandling …): qualified applicants in each group, at least one called in to interview
    ['state-target-group-interviewed-not-hired', /Plikten i statsansatteforskriften §§ 4 og 4a er å \*\*kalle inn\*\* minst én kvalifisert søker/],
    // Compendia: moderate quota – hired if about as well qualified as the best qualified applicant
    ['state-target-group-interviewed-not-hired', /\*\*tilnærmet like godt kvalifisert\*\* som den beste/],
    // LDO 14/1077: called in because he met the minimum requirements; not better qualified; the employer is nearest to judge
    ['state-target-group-interviewed-not-hired', /han var ikke bedre kvalifisert enn de innstilte, og arbeidsgiver er nærmest til å vurdere/],
    // LDO 14/31: «Forskriften håndheves ikke av ombudet»
    ['state-target-group-interviewed-not-hired', /Forskriften håndheves ikke av ombudet \(LDO 14\/31\)/],
    // LDO 12/2115: the ministry did not breach the Discrimination Act; differential treatment of landgruppe 1, lawful positive treatment
    ['state-immigrant-interview-rule-discrimination', /departementet \*\*ikke\*\* brøt diskrimineringsloven/],
    ['state-immigrant-interview-rule-discrimination', /lovlig \*\*positiv særbehandling\*\*/],
    // LDO 12/2115: does not stop landgruppe 1 applicants being called in or the best qualified getting the job; temporary
    [
      'state-immigrant-interview-rule-discrimination',
      /hindrer ikke at søkere fra landgruppe 1 blir kalt inn, eller at den \*\*best kvalifiserte\*\* får jobben\. Ordningen er midlertidig/,
    ],
    // Statens personalhåndbok 2017 pkt. 1.6.3: landgruppe 2 = Europa utenom EU/EFTA, Asia, Afrika, Sør- og Mellom-Amerika
    ['state-immigrant-interview-rule-discrimination', /Europa utenom EU\/EFTA, Asia, Afrika, Sør- og Mellom-Amerika/],
    // Statens personalhåndbok 2017 pkt. 2.3.2.3: the government ordered all state agencies (PM-2010-08); the applicant must be qualified
    ['state-immigrant-interview-rule-discrimination', /pålegg fra regjeringen til alle statlige etater \(PM-2010-08\), forutsatt at søkeren er kvalifisert/],
    // DFØ: immigrated themselves or born in Norway to two immigrant parents; Jobbnorge: regions outside EU/EFTA
    ['state-immigrant-interview-rule-discrimination', /selv har innvandret eller er norskfødte med to foreldre som har innvandret/],
    ['state-immigrant-interview-rule-discrimination', /Jobbnorges hjelpeside lister fortsatt opp områder utenfor EU\/EFTA/],
    // LDO 13/6: the ombud does not enforce the scheme; not calling in such an applicant was no breach of the act
    ['state-immigrant-interview-rule-discrimination', /ikke håndhever selve innkallingsordningen/],
    // Sivilombudet (REK X): speed interview → not personally suitable → excluded; fvl § 17 not met
    ['hiring-screening-interview-suitability', /ut fra et såkalt speedintervju anså en søker som ikke personlig egnet/],
    ['hiring-screening-interview-suitability', /utredningsplikten i forvaltningsloven § 17 var ikke oppfylt/],
    // Sivilombudet (REK X): references to confirm or refute, especially when far better qualified; interview minutes; comparison
    ['hiring-screening-interview-suitability', /\*\*referanser\*\* som kan bekrefte eller avkrefte de personlige egenskapene/],
    ['hiring-screening-interview-suitability', /langt bedre faglig kvalifisert/],
    ['hiring-screening-interview-suitability', /skriv referat fra intervjuene og en sammenlignende vurdering/],
    // Sivilombudet (Ansettelser fra A til Å): the main rules for state, municipal and county hiring
    ['hiring-screening-interview-suitability', /staten, kommuner og fylkeskommuner/],
  ],
  DAY,
);

// Probe questions written for this round, in managers' words, that reach the entry holding the answer.
describeRoutedQuestions(
  'round nineteen manager questions reach the entry that holds the fact',
  [
    // a known miss until round 27 («kjemien» and «vrake» are in no phrasing; an unknown word now weighs less)
    ['Kan vi vrake en søker etter et kort innledende intervju fordi kjemien ikke stemte?', undefined, 'hiring-screening-interview-suitability'],
    ['søker m/ hull i cv oppfyller ikke kravene – trenger vi innkalle henne?', 'state', 'state-interview-obligation'],
    ['Har vi plikt å intervjue en ukvalifisert søker som har krysset av for funksjonsnedsettelse?', 'state', 'state-interview-obligation'],
    ['Må vi intervjue en med nedsatt funksjonsevne som mangler utdanningskravet?', 'state', 'state-interview-obligation'],
    ['hun har krysset av for hull i CV, men har ikke utdanningen vi krever – intervju?', 'state', 'state-interview-obligation'],
    ['krysset av for hull i CV i fjor, gjelder det for den nye søknaden hans?', 'state', 'tg-tick-visibility'],
    ['Gjelder avkryssingen fra en tidligere søknad også for denne stillingen?', 'state', 'tg-tick-visibility'],
    ['kandidaten m funksjonsnedsettelse ble ikke innstilt og har gått til ombudet', 'state', 'state-target-group-interviewed-not-hired'],
    ['Må direktoratet ansette søkeren fra målgruppen etter intervjuet?', 'state', 'state-target-group-interviewed-not-hired'],
    ['vi intervjua ho med funksjonsnedsetting men ho vart ikkje innstilt, er det feil?', 'state', 'state-target-group-interviewed-not-hired'],
    ['søker m hull i CV var på intervju, ble ikke innstilt – mener han er diskriminert. Hva nå?', 'state', 'state-target-group-interviewed-not-hired'],
    ['Brøt etaten reglene når søkeren med funksjonsnedsettelse ikke ble innstilt etter intervjuet?', 'state', 'state-target-group-interviewed-not-hired'],
    ['søker fra Norge/Sverige sier det er urettferdig at innvandrere fra land utenfor EU får intervju', 'state', 'state-immigrant-interview-rule-discrimination'],
    ['Diskriminerer vi nordiske søkere når vi må kalle inn en med innvandrerbakgrunn?', 'state', 'state-immigrant-interview-rule-discrimination'],
    ['Er det diskriminering av EU-borgere at staten prioriterer ikke-vestlige søkere til intervju?', undefined, 'state-immigrant-interview-rule-discrimination'],
    ['er det diskriminering av svensker at vi kaller inn søkere fra Afrika og Asia?', 'state', 'state-immigrant-interview-rule-discrimination'],
    ['Ein søkjar frå Noreg seier regelen om innvandrarbakgrunn er diskriminerande', 'state', 'state-immigrant-interview-rule-discrimination'],
    ['Teller en søker fra Polen som innvandrerbakgrunn når vi skal kalle inn?', 'state', 'state-interview-immigrant-background'],
    ['vi hadde han på intervju i fjor til tilsvarende stilling, må vi ta ham inn igjen?', 'state', 'state-hiring-without-interview'],
    ['Kan vi hoppe over intervju med en søker vi hadde inne i fjor?', 'municipal', 'mun-hiring-without-interview'],
    ['Kan vi ha 10 min speedintervju for å sile søkerne i kommunen?', 'municipal', 'hiring-screening-interview-suitability'],
    ['speed-intervju for å finne ut hvem som er personlig uegnet, er det lov i staten?', 'state', 'hiring-screening-interview-suitability'],
    ['korte intervjuer for å luke ut folk som ikke passer inn – greit?', undefined, 'hiring-screening-interview-suitability'],
    ['Kan me nytte korte intervju for å sile ut søkjarar?', undefined, 'hiring-screening-interview-suitability'],
    ['Kan vi sile ut søkere med korte telefonintervjuer på fem minutter?', undefined, 'hiring-screening-interview-suitability'],
    ['Kan direktoratet sortere bort søkere etter et kjapt speedintervju?', 'state', 'hiring-screening-interview-suitability'],
    ['Hurtigintervju for å sile søkerne til sykehjemmet – hva må vi passe på?', 'municipal', 'hiring-screening-interview-suitability'],
    ['Korleis gir vi søkjarar med minoritetsbakgrunn like sjansar på intervju?', undefined, 'hiring-structured-interview'],
    ['Hvordan gir vi søkere med funksjonsnedsettelse og minoritetsbakgrunn lik sjanse i intervjuet?', undefined, 'hiring-structured-interview'],
  ],
  DAY,
);

describe('round nineteen interview known misses', () => {
  it.todo(
    'statsansatteforskriften was not reached on Lovdata this round; whether § 4b («Søker med innvandrerbakgrunn») exists, as state-interview-immigrant-background says, is unchecked – Statens personalhåndbok 2017 pkt. 2.3.2.3 gives the rule as a government instruction (PM-2010-08)',
  );
  it.todo('no KS source read on short screening interviews or on re-interviewing an applicant in a municipality');
});

// Probe questions the index does not yet route to the entry that holds the answer (fails once one is fixed).
describeKnownMisses(
  'round nineteen interview known misses are still missed',
  [
    ['Søkeren krysset av forrige gang han søkte hos oss, men ikke nå – må vi kalle han inn?', 'state', 'tg-tick-visibility', 'tentative; no entry above the threshold'],
    [
      'hun var på intervju via inkluderingsdugnaden men var ikke best, har vi brutt noe?',
      'state',
      'state-target-group-interviewed-not-hired',
      'tentative; «inkluderingsdugnaden» pulls elsewhere',
    ],
    ['Har søkeren med funksjonsnedsettelse krav på jobben når hen var på intervju?', 'state', 'state-target-group-interviewed-not-hired', 'goes to state-interview-obligation'],
    ['Han var på intervju hos kommunen for et år siden, trenger vi intervjue ham igjen?', 'municipal', 'mun-hiring-without-interview', 'goes to mun-interview-target-group'],
    [
      'Må vi kalle inn igjen en som var på intervju i kommunen til samme type stilling for kort tid siden?',
      'municipal',
      'mun-hiring-without-interview',
      'goes to state-interview-duty-temporary-internal',
    ],
    ['Kan etaten droppe å intervjue en søker vi har intervjuet før?', 'state', 'state-hiring-without-interview', 'goes to state-interview-obligation'],
    // (the «vrake … fordi kjemien ikke stemte» miss routes since unknown words weigh less, round 27; moved to the routed questions)
    ['Klage til LDO fra søker med hull i CV som ikke fikk jobben i etaten', 'state', 'state-target-group-interviewed-not-hired', 'goes to state-interview-duty-breach-complaint'],
    [
      'Vi kalte inn søkeren med hull i CV-en, men ansatte en annen. Nå klager hun – hva sier vi?',
      'state',
      'state-target-group-interviewed-not-hired',
      'goes to state-hiring-documentation',
    ],
    [
      'Søkjaren med hol i CV-en fekk ikkje jobben og har klaga til ombodet',
      'state',
      'state-target-group-interviewed-not-hired',
      'goes to hiring-sivilombudet-appointment-complaint; «klage» phrasings were kept out of the entry so it does not take the general complaint questions',
    ],
    [
      'Plikter vi å velge kandidaten fra målgruppen når hun har vært på intervju?',
      'state',
      'state-target-group-interviewed-not-hired',
      'goes to state-target-group-later-interview-rounds',
    ],
    [
      'like muligheter i intervju for søkere med innvandrerbakgrunn og funksjonsnedsettelse',
      undefined,
      'hiring-structured-interview',
      'goes to the immigrant-background entries; a phrasing naming innvandrerbakgrunn on hiring-structured-interview made one more evaluation answer wrong, so it was dropped',
    ],
    ['Hvordan unngår vi at intervjuet blir urettferdig for søkere med annen kulturbakgrunn?', undefined, 'hiring-structured-interview', 'tentative'],
    ['Skal alle kandidatene få samme spørsmål, også den som trenger tilrettelegging?', undefined, 'hiring-structured-interview', 'goes to duty-accommodation-applicants'],
  ],
  DAY,
);
