/**
 * Round twenty-seven (r27-accommodation-uu): accommodation, universal design of the recruitment process, health
 * questions and the inclusion reporting, where the base answered weakly. Sources read 2026-12-03: Arbeidsrettsadvokaten,
 * Compendia, arbeidsmiljoloven.com and a NITO lawyer (Ingstemme) on health questions to applicants (aml § 9-3), LDO's
 * definition of funksjonsnedsettelse, DFØ's reporting definition (as the base quotes it), Prop. 81 L (2016–2017)
 * kap. 22 on universal design, Uu-tilsynet on apps and the accessibility statement, and a NITO lawyer on drug tests (aml § 9-4).
 */
import { describeFacts, describeHouseStyle, describeRoutedQuestions } from '../../test/support/entryChecks.js';

const DAY = '2026-12-03';

describeHouseStyle('round twenty-seven accommodation and UU entries keep the house style', ['hiring-health-medicines-question'], {
  day: DAY,
  english: true,
});

describeFacts(
  'round twenty-seven accommodation and UU entries say what their sources say',
  [
    // arbeidsmiljøloven § 9-3: only health information necessary for the tasks
    ['hiring-health-medicines-question', /^Nei, ikke som et generelt spørsmål til alle/],
    ['hiring-health-medicines-question', /\*\*nødvendige for å utføre arbeidsoppgavene\*\*/],
    // Arbeidsrettsadvokaten: questions on use of medicines are health information; no general questions on future risk
    ['hiring-health-medicines-question', /spørsmål om bruk av medisiner er helseopplysninger \(Arbeidsrettsadvokaten\)/],
    ['hiring-health-medicines-question', /generelle spørsmål om risiko for sykdom eller helseproblemer senere er ikke tillatt/],
    // arbeidsmiljoloven.com: § 9-3 is exhaustive, consent does not widen it
    ['hiring-health-medicines-question', /§ 9-3 er uttømmende, så et helsespørsmål som ikke er nødvendig, blir ikke lovlig fordi søkeren sier ja/],
    // Ingstemme (NITO lawyer): formal health requirements in law or regulation, e.g. pilots and divers
    ['hiring-health-medicines-question', /for eksempel piloter og dykkere/],
    // ldl § 30: no gathering of information on disability unless decisive for the work
    ['hiring-health-medicines-question', /avgjørende betydning for arbeidet \(likestillings- og diskrimineringsloven § 30\)/],
    // DFØ's reporting definition (extended entry): states a disability that will require accommodation at work
    ['tg-disability-kinds', /\*\*oppgir\*\* å ha en funksjonsnedsettelse som vil kreve tilrettelegging på arbeidsplassen eller i arbeidsforholdet/],
    // LDO: no requirement of duration or severity, only excludes transient and trivial conditions
    ['tg-disability-kinds', /ikke krav til varighet eller alvorlighet, men avgrenser mot forbigående og bagatellmessige forhold \(LDO\)/],
    ['tg-disability-kinds', /velregulert diabetes eller migrene kan derfor ha rett til tilrettelegging når behovet oppstår \(§ 22\), selv om hen ikke teller i rapporteringen/],
    // Prop. 81 L kap. 22: usable by all as far as possible, without need for adaptation or special design
    ['hiring-uu-vs-accommodation', /^Nei – individuelle hjelpemidler og tiltak for én person kan ikke erstatte universell utforming/],
    ['hiring-uu-vs-accommodation', /\*\*uten behov for tilpasning\*\* eller en spesiell utforming \(Prop\. 81 L \(2016–2017\) kap\. 22\)/],
    ['hiring-uu-vs-accommodation', /Trinnfri adkomst og teleslynge/],
    // Ingstemme (NITO lawyer): § 9-4 — by law (veitrafikkloven, luftfartsloven, jernbaneloven) or posts of special risk
    ['hiring-medical-examination', /vei, luftfart, jernbane, sjøfart, helsevesenet og offshore som eksempler på stillinger med særlig risiko/],
    ['hiring-medical-examination', /veitrafikkloven, luftfartsloven og jernbaneloven \(Ingstemme\)/],
    // Uu-tilsynet, apps: apps that need an internet connection after download are covered; same WCAG requirements
    ['hiring-uu-accessibility-statement', /apper som trenger internettforbindelse for å brukes etter at de er lastet ned/],
    ['hiring-uu-accessibility-statement', /1\. februar 2024 for apper/],
  ],
  DAY,
);

describeRoutedQuestions(
  'managers reach the round twenty-seven accommodation and UU answers in their own words',
  [
    ['Er det greit å spørre søkerne om hvilke medisiner de går på når de skal kjøre truck på lageret?', 'state', 'hiring-health-medicines-question'],
    ['Kan vi spørre kandidater til sjåførjobben om medisinbruk?', 'municipal', 'hiring-health-medicines-question'],
    ['Teller en ansatt med velregulert diabetes som funksjonsnedsettelse i rapporteringen?', 'state', 'tg-disability-kinds'],
    ['En nyansatt har migrene men trenger ingen tilrettelegging – skal hun telles i inkluderingstallene?', 'state', 'tg-disability-kinds'],
    ['Skal en nyansatt med godt regulert epilepsi som ikke trenger tilrettelegging, telles i målgruppen?', 'state', 'tg-disability-kinds'],
    ['Hvor mange ansettelser utgjør 5 prosent-målet i staten?', 'state', 'inc-five-percent-in-numbers'],
    ['Hvor mange personer i året var målet for nyansatte fra målgruppen i staten?', 'state', 'inc-five-percent-in-numbers'],
    ['Kan vi bare gi hjelpemidler til den enkelte i stedet for teleslynge og trinnfri adkomst?', 'municipal', 'hiring-uu-vs-accommodation'],
    ['Er det nok å hjelpe søkeren på telefon når portalen ikke fungerer med skjermleser?', 'state', 'hiring-uu-vs-accommodation'],
    ['Kan kommunen kreve narkotikatest av nye bussjåfører?', 'municipal', 'hiring-medical-examination'],
    ['Vi ansetter sjåfører – kan vi ha rustesting som krav i utlysningen?', 'state', 'hiring-medical-examination'],
    ['Ny medarbeider med Aspergers syndrom – hva kan vi gjøre på arbeidsplassen?', 'municipal', 'acc-autism-at-work'],
    ['Hva slags tilrettelegging passer for en kollega med Asperger?', 'municipal', 'acc-autism-at-work'],
    ['Kandidaten ba om å starte to måneder senere og trappe opp gradvis – kan vi rangere henne lavere?', 'state', 'acc-applicant-delayed-start'],
    ['Trekker det ned i innstillingen at søkeren trenger utsatt start og redusert stilling i begynnelsen?', 'state', 'acc-applicant-delayed-start'],
    ['Trenger sommerjobbappen vår en tilgjengelighetserklæring?', 'municipal', 'hiring-uu-accessibility-statement'],
    ['Må appen ungdommene bruker for å søke feriejobb, ha erklæring om universell utforming?', 'municipal', 'hiring-uu-accessibility-statement'],
  ],
  DAY,
);
