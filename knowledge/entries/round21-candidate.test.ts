/**
 * Round twenty-one (r21-candidate): the candidate and the interview, both sectors. Listed the facts a manager could ask
 * about (/work/r21/r21-candidate-facts.md: what may and may not be asked under likestillings- og diskrimineringsloven
 * § 30 and arbeidsmiljøloven §§ 9-3, 9-4 and 13-4, the rejected applicant's rights under §§ 31 and 37, the state's
 * definitions and the tick box) and probed the bot; most were already answered. Filled the gaps from public pages read
 * 2026-12-02: LDO («Spørreforbud i ansettelsesprosessen»), Compendia («Medisinske undersøkelser», «Funksjonsevne»),
 * Arbeidstilsynet (aml § 9-4; its statement on §§ 9-1, 9-2 and 9-4 published by Petroleumstilsynet), Statens
 * personalhåndbok 2017 on Lovdata (pkt. 2.3.3.5 and 2.3.3.6), Jobb for alle («Hvordan bevise diskriminering?»),
 * Handikapnytt (11.01.2023, Kontoret for voldsoffererstatning), Difi (the news item of 06.03.2019 on KMD's PM 2019-2),
 * DFØ («Positiv særbehandling når man søker jobb i staten»), Compendia and Finansavisen on the 2020 amendment, Lovdata's
 * amendment list for statsansatteforskriften, and Jobbnorge (the tick follows the post; the immigrant-background order).
 * New (state): tg-tick-statistics-privacy (what the tick is used for afterwards: anonymised statistics, telling the
 * applicants, the legal basis, the data protection officer). A history entry was drafted and dropped: the base already
 * had cv-gap-definition-history, cv-gap-definition-2019-reporting and inc-inkluderingsdugnaden; cv-gap-definition-history
 * now says what applied before 2020, names forskrift nr. 1750 and the tick boxes, and cv-gap-definition-2019-reporting
 * got two phrasings. Extended: hiring-family-planning-question (fertility treatment, the partner's pregnancy, direct
 * discrimination), hiring-medical-examination (no routine check; «liv eller helse»; the discussion with the union
 * representatives), hiring-applicant-information-right (no reasons or suitability; hiring,
 * not internal promotion, per the 2017 handbook; party access), hiring-discrimination-claim-burden (who must show what;
 * doubt benefits the applicant), state-target-group-interviewed-not-hired (a state agency found to have discriminated a
 * ticked applicant) and hiring-interview-forbidden-questions (pregnancy questions are direct discrimination).
 */
import { describeFacts, describeHouseStyle, describeKnownMisses, describeRoutedQuestions } from '../../test/support/entryChecks.js';

const DAY = '2026-12-02';

const NEW = ['tg-tick-statistics-privacy'] as const;

describeHouseStyle('round twenty-one candidate entries keep the house style', NEW, { day: DAY, english: true });

describeFacts(
  'round twenty-one candidate entries say what their sources say',
  [
    // LDO (Spørreforbud): family planning includes infertility treatment; gender-neutral incl. the partner; direct discrimination
    ['hiring-family-planning-question', /\*\*infertilitetsbehandling\*\* \(for eksempel IVF\)/],
    ['hiring-family-planning-question', /spørre om søkerens \*\*ektefelle eller partner\*\* er gravid \(LDO\)/],
    ['hiring-family-planning-question', /regnes som \*\*direkte forskjellsbehandling\*\* \(LDO\)/],
    ['hiring-interview-forbidden-questions', /Slike spørsmål regnes som \*\*direkte forskjellsbehandling\*\* \(LDO\)/],
    // Compendia (Medisinske undersøkelser): strictly necessary; life or health of the worker, others, third persons; concrete danger
    ['hiring-medical-examination', /den ansattes egen, andre ansattes eller tredjepersoners/],
    ['hiring-medical-examination', /fremstå som \*\*konkret, nærliggende og sannsynlig\*\* \(Compendia\)/],
    ['hiring-medical-examination', /begrenset til det som er strengt nødvendig ut fra virksomhetens behov/],
    // Arbeidstilsynet (statement on §§ 9-1, 9-2, 9-4): control measures discussed as early as possible with the representatives
    ['hiring-medical-examination', /så tidlig som mulig, om behov, utforming og gjennomføring \(Arbeidstilsynet\)/],
    // Compendia (Funksjonsevne) and SPH 2017 pkt. 2.3.3.5: no reasons, not suitability; hiring not internal promotion; party access
    ['hiring-applicant-information-right', /kan ikke kreve at dere begrunner valget/],
    ['hiring-applicant-information-right', /ikke de mer subjektive vurderingene av for eksempel \*\*egnethet\*\*/],
    ['hiring-applicant-information-right', /ikke ved interne forfremmelser uten en ansettelsesprosess/],
    ['hiring-applicant-information-right', /innsynsrett i ansettelsessaken etter forvaltningslovforskriften kapittel 5/],
    // SPH 2017 pkt. 2.3.3.6 (bevisføringsrisikoen) and Jobb for alle (preponderance; doubt benefits the complainant)
    ['hiring-discrimination-claim-burden', /\(bevisføringsrisikoen; Statens personalhåndbok 2017, skrevet etter loven før 2018/],
    ['hiring-discrimination-claim-burden', /med \*\*sannsynlighetsovervekt\*\* ikke skjedde/],
    ['hiring-discrimination-claim-burden', /kommer tvilen søkeren til gode \(Jobb for alle\)/],
    // Handikapnytt 11.01.2023: Diskrimineringsnemnda, KFV, ticked applicant not recommended, redress
    ['state-target-group-interviewed-not-hired', /Kontoret for voldsoffererstatning hadde \*\*diskriminert\*\* en nyutdannet søker som hadde krysset av/],
    ['state-target-group-interviewed-not-hired', /måtte betale henne \*\*oppreisning\*\* \(Handikapnytt\)/],
    // Finansavisen (2020), Jobbnorge, Lovdata's amendment list, Compendia: before 2020; forskrift nr. 1750; the tick boxes
    ['cv-gap-definition-history', /innkallingsplikten i forskriften gjaldt bare søkere med funksjonsnedsettelse \(Finansavisen\)/],
    ['cv-gap-definition-history', /pålegg i regjeringens handlingsplan mot rasisme og diskriminering \(Jobbnorge\)/],
    ['cv-gap-definition-history', /Endringen kom ved forskrift 13\. desember 2019 nr\. 1750/],
    ['cv-gap-definition-history', /avkrysning for hull i CV-en i de største rekrutteringsportalene \(Compendia\)/],
    // DFØ (Positiv særbehandling): the ticks give anonymised statistics for the annual report
    ['tg-tick-statistics-privacy', /grunnlaget for \*\*anonymisert statistikk\*\* som statlige virksomheter rapporterer i årsrapporten \(DFØ\)/],
    // Difi 06.03.2019 (KMD PM 2019-2): tell applicants; personopplysningsloven §§ 8 and 9; consult the DPO; not binding
    ['tg-tick-statistics-privacy', /kan brukes til \*\*statistikkformål\*\*/],
    ['tg-tick-statistics-privacy', /personopplysningsloven §§ 8 og 9/],
    ['tg-tick-statistics-privacy', /skal rådføres før behandlingen tar til \(personopplysningsloven § 9 andre ledd\)/],
    ['tg-tick-statistics-privacy', /Ombudets vurdering er ikke bindende/],
    // Jobbnorge: the tick follows the post, not the CV
    ['tg-tick-statistics-privacy', /\*\*Avkrysningen følger stillingen\*\*, ikke CV-en/],
  ],
  DAY,
);

// Probe questions written for this round, in the words managers use in Teams.
describeRoutedQuestions(
  'round twenty-one manager questions reach the entry that holds the fact',
  [
    ['Kan vi spørre kandidaten om hun går gjennom fertilitetsbehandling?', undefined, 'hiring-family-planning-question'],
    ['Kan vi spørre en mannlig søker om samboeren hans er gravid?', undefined, 'hiring-family-planning-question'],
    ['Kan vi spørre kandidaten om hun og partneren planlegger adopsjon?', undefined, 'hiring-family-planning-question'],
    ['Er det direkte diskriminering å spørre en søker om graviditet i intervjuet?', undefined, 'hiring-interview-forbidden-questions'],
    ['Kan vi kreve legeundersøkelse av alle nyansatte i kommunen?', undefined, 'hiring-medical-examination'],
    ['Hva betyr stilling med særlig risiko i arbeidsmiljøloven § 9-4?', undefined, 'hiring-medical-examination'],
    ['Må rustesting drøftes med de tillitsvalgte først?', undefined, 'hiring-medical-examination'],
    ['En ansatt fikk ikke en intern forfremmelse og mener seg diskriminert – kan hun kreve opplysninger om den som fikk den?', undefined, 'hiring-applicant-information-right'],
    ['Kan søkeren kreve å få vite hvorfor vi mente den ansatte var mer egnet?', undefined, 'hiring-applicant-information-right'],
    ['Gjelder § 31 i diskrimineringsloven også når en ansatt ikke fikk opprykk internt?', undefined, 'hiring-applicant-information-right'],
    ['Hvis det er tvil etter bevisene, hvem kommer tvilen til gode i en diskrimineringssak?', undefined, 'hiring-discrimination-claim-burden'],
    ['Har Diskrimineringsnemnda felt en statlig virksomhet for å diskriminere en søker med funksjonsnedsettelse?', 'state', 'state-target-group-interviewed-not-hired'],
    ['Stillingen ble lyst ut i desember 2019 – gjelder intervjuplikten for hull i CV-en?', 'state', 'cv-gap-definition-history'],
    ['Telte Difi en nyansatt med funksjonsnedsettelse som ikke hadde krysset av i 2019?', 'state', 'cv-gap-definition-2019-reporting'],
    ['Hva brukes avkrysningen for funksjonsnedsettelse til etter ansettelsen?', 'state', 'tg-tick-statistics-privacy'],
    ['Må søkerne få vite at avkrysningen brukes i statistikk i årsrapporten?', 'state', 'tg-tick-statistics-privacy'],
    ['Må vi rådføre oss med personvernombudet før vi registrerer målgruppen?', 'state', 'tg-tick-statistics-privacy'],
    ['Hvilket rettslig grunnlag har vi for å registrere at en nyansatt har funksjonsnedsettelse?', 'state', 'tg-tick-statistics-privacy'],
    ['Får departementet vite hvem som krysset av for hull i CV-en?', 'state', 'tg-tick-statistics-privacy'],
    // moved from the known misses in round 29 (r29-municipal): now reaches the entry, whose «Ingen begrunnelse» bullet answers it
    ['Må vi forklare søkeren hvorfor vi mente den andre var mer egnet?', undefined, 'hiring-applicant-information-right'],
  ],
  DAY,
);

describeKnownMisses(
  'round twenty-one manager questions not yet routed to the entry that holds the fact',
  [
    [
      'statlig etat dømt i nemnda for å forbigå jobbsøker med funksjonsnedsettelse som krysset av',
      'state',
      'state-target-group-interviewed-not-hired',
      'not answered: «dømt», «forbigå» and «etat» do not meet the entry’s words',
    ],
    ['Kan vi spørre om søkeren har risiko for å bli syk senere?', undefined, 'hiring-health-information-definition', 'goes to hiring-applicant-on-sick-leave («syk»)'],
    [
      'Hva regnet Difi som hull i CV-en før forskriftsendringen?',
      'state',
      'cv-gap-definition-2019-reporting',
      'not answered: «forskriftsendringen» and «regnet» do not meet the entry’s words',
    ],
    [
      'Gjaldt intervjuplikten bare funksjonsnedsettelse før 2020?',
      'state',
      'cv-gap-definition-history',
      'goes to state-interview-obligation («intervjuplikten», «funksjonsnedsettelse»)',
    ],
  ],
  DAY,
);
