/**
 * Round twenty-five (r25-target-uu): the words for disability in a job ad, a target-group tick that does not carry over
 * to a new application (tg-tick-visibility extended), the five percent goal in numbers, colour as the only marker in an application form, and
 * accommodation needs that conflict. Sources read 2026-12-03: Bufdir «Hva er funksjonsnedsettelse?» and «Antall personer
 * med nedsatt funksjonsevne» (St.meld. nr. 40 (2002–2003)), the white paper on regjeringen.no, Store norske leksikon
 * «Funksjonshemning», Unge funksjonshemmede «Hva er en funksjonsnedsettelse?»; Jobbnorge «Særskilte regler for søkere med
 * funksjons-/yrkeshemming» and a Jobbnorge user guide (Zammad) on updating a sent application, DFØ «Dette skal du rapportere» and «Positiv
 * særbehandling når man søker jobb i staten»; Aftenbladet (Mæland on about 20 000 state hires a year), regjeringen.no on
 * the 2019 and 2020 results, Jobbforalle «Staten sliter med inkluderingen», Altinget on written question 2007 (2023–2024),
 * Difi «Dette skal du rapportere» (2019); Uu-tilsynet on 1.4.1, «Bruk av farger», 3.3.1 and 3.3.3; LDO statements 17/586,
 * 16/1256 and 11/306; Dagsavisen 12.02.2025 on the IA agreement's signatories, Difi «IA-avtalen» and Wikipedia «Inkluderende arbeidsliv»
 * on its parties (ia-agreement extended). The shares reported for 2018–2020 are
 * parameters (state.inclusion-results.*).
 */
import { describeFacts, describeHouseStyle, describeRoutedQuestions } from '../../test/support/entryChecks.js';

const DAY = '2026-12-03';

describeHouseStyle(
  'round twenty-five target-group and universal-design entries keep the house style',
  ['tg-terms-disability-in-job-ads', 'inc-five-percent-in-numbers', 'uu-colour-only-errors', 'acc-conflicting-needs'],
  { day: DAY, english: true },
);

describeFacts(
  'round twenty-five target-group and universal-design entries say what their sources say',
  [
    // Bufdir «Hva er funksjonsnedsettelse?»: loss of, damage to or deviation in a body part or function
    ['tg-terms-disability-in-job-ads', /tap av, skade på eller avvik i en kroppsdel eller i en av kroppens psykologiske, fysiologiske eller biologiske funksjoner/],
    // Bufdir: relational understanding – a mismatch between a person's prerequisites and the surroundings' design or demands
    ['tg-terms-disability-in-job-ads', /misforhold mellom en persons forutsetninger og omgivelsenes utforming eller krav til funksjon/],
    // St.meld. nr. 40 (2002–2003) kap. 1: «Funksjonshemning oppstår i gapet mellom den enkeltes forutsetninger og de krav samfunnet stiller»
    ['tg-terms-disability-in-job-ads', /gapet mellom den enkeltes forutsetninger og de krav samfunnet stiller/],
    // Store norske leksikon: «nedsatt funksjonsevne» is often used instead of saying a person is «funksjonshemmet»
    ['tg-terms-disability-in-job-ads', /«nedsatt funksjonsevne» i dag ofte brukes i stedet for å si at et menneske er funksjonshemmet/],
    // Unge funksjonshemmede: a person's own preference for words should be respected
    ['tg-terms-disability-in-job-ads', /preferanse for hvilket ord som skal brukes om dem selv, bør den respekteres/],
    // tg-tick-visibility, extended: DFØ «Dette skal du rapportere» – the CV gap is judged at the time of application
    ['tg-tick-visibility', /hull i CV-en vurderes ut fra situasjonen \*\*på søknadstidspunktet\*\*/],
    // Jobbnorge help: update before the deadline; after it the employer must open for it; the employer gets the last version
    ['tg-tick-visibility', /oppdatere en sendt søknad før fristen; når fristen er ute, må arbeidsgiveren åpne for det, og dere får bare den siste versjonen/],
    // Aftenbladet: Mæland – about 20 000 new state hires a year, five percent about 1 000, including internal moves
    ['inc-five-percent-in-numbers', /om lag 20 000 blir nyansatt i staten i løpet av et år/],
    ['inc-five-percent-in-numbers', /omtrent 1 000 nyansatte, inkludert dem som skifter jobb internt i staten/],
    // Jobbforalle (table): 274 of 12 691 reported hires in 2019; regjeringen.no: 2,2 % in 2019
    ['inc-five-percent-in-numbers', /274 personer i målgruppen av 12 691 rapporterte ansettelser/],
    // regjeringen.no (2019 figures): units with fewer than five hires did not report, for privacy
    ['inc-five-percent-in-numbers', /færre enn fem ansettelser rapporterte ikke, av personvernhensyn/],
    // regjeringen.no 22.06.2021: 333 in 2020, 279 in 2019; the share fell because there were more hires in total
    ['inc-five-percent-in-numbers', /\*\*2020:\*\* 333 personer/],
    ['inc-five-percent-in-numbers', /279 personer for 2019/],
    // Altinget: written question 2007 (2023–2024), answered 16 May 2024, asked for 2018–2023
    ['inc-five-percent-in-numbers', /skriftlig spørsmål nr\. 2007 \(2023–2024\), besvart 16\. mai 2024/],
    // Uu-tilsynet 1.4.1: colour not the only visual means; «Feil er markert med rødt» as the example
    ['uu-colour-only-errors', /formidle informasjon, angi en handling, be om respons eller skille ut et element/],
    ['uu-colour-only-errors', /«Feil er markert med rødt»/],
    // Uu-tilsynet «Bruk av farger»: supplement with text, icon or similar; code or text for screen readers
    ['uu-colour-only-errors', /tekst, ikon eller lignende for seende brukere, og med kode eller tekst for skjermleserbrukere/],
    // Uu-tilsynet 3.3.1: an empty required field is an input error; identify the element and describe the error in text
    ['uu-colour-only-errors', /også et tomt obligatorisk felt/],
    // Uu-tilsynet 3.3.3: e.g. a valid e-mail format
    ['uu-colour-only-errors', /gyldig format for e-post/],
    // ia-agreement, extended: Dagsavisen 12.02.2025 – signed by Brenna and LO, NHO, Unio, KS, Akademikerne, Virke, Spekter and YS
    ['ia-agreement', /Tonje Brenna og representanter for \*\*LO, NHO, Unio, KS, Akademikerne, Virke, Spekter og YS\*\*/],
    // Wikipedia (Inkluderende arbeidsliv): employer organisations NHO, KS, Spekter, Virke; employee organisations LO, Unio, YS, Akademikerne
    ['ia-agreement', /Arbeidsgiversiden er NHO, Virke, Spekter og KS \(kommunesektoren\), arbeidstakersiden LO, YS, Unio og Akademikerne/],
    // Difi «IA-avtalen»: KMD is a party and represents the employers in the state tariff area (2019–2022)
    ['ia-agreement', /ved Kommunal- og moderniseringsdepartementet, som representerte arbeidsgiverne i det statlige tariffområdet/],
    // ia-agreement-employer-role, extended: Akademikerne (2014–2018 text) – more attention to employment of people with disabilities
    ['ia-agreement-employer-role', /økt oppmerksomhet rundt sysselsetting av personer med nedsatt funksjonsevne/],
    // Fagforbundet 09.11.2022: the authorities and the parties will discuss how together they can do more for work inclusion
    ['ia-agreement-employer-role', /drøfte hvordan de sammen kan bidra mer på arbeidsinkluderingsfeltet/],
    // LDO 17/586: too long before the employer investigated the need for the service dog; proposed relocating the allergic employee
    ['acc-conflicting-needs', /tok uforholdsmessig lang tid før arbeidsgiveren undersøkte om servicehunden var nødvendig/],
    // LDO 16/1256: evening shifts only – disadvantages for colleagues with similar needs and for residents; disproportionate burden
    ['acc-conflicting-needs', /betydelige ulemper for kolleger som hadde behov for lignende tilrettelegging og for beboerne/],
    // LDO 11/306: noise and perfume; the employer had tried a series of measures; the tribunal upheld the conclusion
    ['acc-conflicting-needs', /hadde forsøkt en rekke tiltak, og ombudet mente tilretteleggingsplikten var oppfylt/],
  ],
  DAY,
);

describeRoutedQuestions(
  'round twenty-five manager questions reach the new entries',
  [
    ['Står det funksjonshemmet eller person med nedsatt funksjonsevne best i en utlysningstekst?', undefined, 'tg-terms-disability-in-job-ads'],
    ['Hvor mange personer i året ville fem prosent av nyansettelsene i staten vært?', 'state', 'inc-five-percent-in-numbers'],
    ['Jobbportalen bruker bare rød farge for å vise feltene søkeren har fylt ut feil – er det et brudd?', undefined, 'uu-colour-only-errors'],
    ['En kollega tåler ikke parfyme og støy på kontoret – hvor langt må vi gå?', undefined, 'acc-conflicting-needs'],
  ],
  DAY,
);
