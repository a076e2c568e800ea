/**
 * Round twenty-eight (r28-municipal): hiring and employment in municipalities – temporary trainee posts for people with
 * disabilities, choosing the second-best applicant, the ministry's letter to KS, targeted advertisements, a substitute
 * who applies to an internal advertisement for permanent staff, a split appointment committee, the yearly discussion of
 * temporary hiring, probation, the Inn i jobb start-up report and whom to call in NAV. Every angle already had an entry
 * that answers it, so this round added no entries and extended six:
 * - hiring-internal-ad-permanent-only: what the municipality does with a substitute's application (aml §§ 14-2, 14-3);
 * - mun-trainee-scheme-legal-basis: KS's «inntil to år» for a municipal trainee scheme, as KS's reading of the letter;
 * - mun-welfare-grounds: the ministry's letter is about restricting the applicant pool, not about the second-best applicant;
 * - mun-probation-extension-absence: a worked example for partial sick leave;
 * - mun-appointment-committee-split and mun-target-group-advert-how: phrasings only (English and nynorsk); the latter is an
 *   older entry that opens with the steps, not Ja/Nei, so it is not in the house-style list.
 * Parameter added: municipal.trainee.ks-max-months (KS, not law).
 * Sources read 2026-12-03 (stored copies): the ministry's letter to KS of 3 November 2023 (seed 000, ref. 17/267);
 * KS «Gjennomslag for arbeidsinkludering i kommunal sektor» and «KS ber om like vilkår for arbeidsinkludering som i
 * staten»; Arbeidstilsynet and arbeidsmiljoloven.com, aml § 14-9 (letters a–e; the general letter f is gone) and § 14-2;
 * arbeidsmiljoloven.com § 14-3; Tvisteløsningsnemnda «Fortrinnsrett» (only permanent part-timers); Engelsrud, Styring og
 * vern kap. 3.2 (Somb. 1999 s. 170, Vardø kommune); Virke «Kan arbeidsgiver forlenge prøvetiden?» (partial sick leave:
 * count the days); Compendia «Forlengelse av prøvetid» (no extension for courses in the employer's charge).
 * Not confirmed and left out: that a fortrinnsrett under § 14-2 overrides the limits of an internal advertisement (the
 * entry tells the manager to check it instead).
 */
import { describeFacts, describeHouseStyle, describeRoutedQuestions } from '../../test/support/entryChecks.js';

const DAY = '2026-12-03';

const EXTENDED = [
  'hiring-internal-ad-permanent-only',
  'mun-trainee-scheme-legal-basis',
  'mun-welfare-grounds',
  'mun-probation-extension-absence',
  'mun-appointment-committee-split',
] as const;

describeHouseStyle('round twenty-eight extended municipal entries keep the house style', EXTENDED, { day: DAY, english: true });

describeFacts(
  'round twenty-eight municipal extensions say what their sources say',
  [
    // Engelsrud kap. 3.2 on Somb. 1999 s. 170: a limit to permanent staff must be stated; telling the substitute only in the committee was an error
    ['hiring-internal-ad-permanent-only', /er hun utenfor søkerkretsen – men si fra til henne med en gang, ikke først når saken er i tilsettingsutvalget/],
    // Tvisteløsningsnemnda «Fortrinnsrett»: the employee must be permanently employed part-time; temporary employment gives no such right
    ['hiring-internal-ad-permanent-only', /fortrinnsretten for deltidsansatte gjelder bare \*\*fast\*\* ansatte \(arbeidsmiljøloven § 14-3; Tvisteløsningsnemnda\)/],
    // aml § 14-2 andre ledd: the right for temporary employees does not apply to a substitute (vikariat, § 14-9 (2) b)
    ['hiring-internal-ad-permanent-only', /gjelder ikke vikariat \(§ 14-2 andre ledd\)/],
    // KS «Gjennomslag for arbeidsinkludering i kommunal sektor»: temporary hiring in a trainee scheme for up to two years
    ['mun-trainee-scheme-legal-basis', /midlertidig ansettelse i traineeordning i inntil 24 måneder \(to år\)\*\* for samme gruppe/],
    // the letter of 3 November 2023 (seed 000) names no trainee scheme and gives no new legal basis
    ['mun-trainee-scheme-legal-basis', /brevet selv nevner ikke traineeordninger og gir ingen ny hjemmel i § 14-9/],
    // seed 000: the letter is about restricting the applicant pool, with the qualification principle among the target group
    ['mun-welfare-grounds', /\*\*Departementets brev til KS \(3\. november 2023\)\*\* gjelder å \*\*begrense søkerkretsen\*\*/],
    ['mun-welfare-grounds', /Brevet sier ikke noe om å velge den nest beste blant alle søkerne/],
    // Virke: partial sick leave extends probation by the days the absence adds up to
    ['mun-probation-extension-absence', /halvt sykmeldt i to måneder svarer til om lag én måneds fravær/],
  ],
  DAY,
);

describeRoutedQuestions(
  'municipal managers reach the round twenty-eight answers in their own words',
  [
    ['Vi lyste ut internt bare for fast ansatte, men en vikar søkte likevel. Kan vi se bort fra søknaden hennes?', 'municipal', 'hiring-internal-ad-permanent-only'],
    ['Kan vi avvise søknaden fra en midlertidig ansatt når utlysningen var intern for faste?', 'municipal', 'hiring-internal-ad-permanent-only'],
    ['Hvor lenge kan en kommunal trainee med funksjonsnedsettelse være midlertidig ansatt?', 'municipal', 'mun-trainee-scheme-legal-basis'],
    ['Kan kommunen ta inn folk med nedsatt funksjonsevne midlertidig i et opplæringsløp slik staten gjør, og hvor lenge?', 'municipal', 'mun-trainee-scheme-legal-basis'],
    ['Kan vi velge nest best kvalifiserte søker fordi hun har funksjonsnedsettelse eller hull i CV?', 'municipal', 'mun-welfare-grounds'],
    ['Kan kommunen ansette en som har vært rusfri en stund av velferdshensyn selv om en annen er bedre kvalifisert?', 'municipal', 'mun-welfare-grounds'],
    ['Kan kommunen gi forrang til en søker som har vært rusavhengig, men som nå er rusfri og nesten like god?', 'municipal', 'mun-welfare-grounds'],
    ['Hvor mye kan prøvetiden forlenges etter 50 prosent sykemelding i to måneder?', 'municipal', 'mun-probation-extension-absence'],
    ['I tilsettingsutvalget er de to andre uenige med lederen. Kan lederen ringe sin kandidat og tilby jobben?', 'municipal', 'mun-appointment-committee-split'],
    ['Can the chair of the appointment committee offer the job to her own candidate when the others disagree?', 'municipal', 'mun-appointment-committee-split'],
    ['Must a municipality have a formal decision before advertising a post only for people with disabilities?', 'municipal', 'mun-target-group-advert-how'],
    ['Hva sa departementets brev til KS om unntak fra kvalifikasjonsprinsippet for personer med funksjonsnedsettelse?', 'municipal', 'mun-ministry-letter-2023'],
    ['Kommunen har ikke drøftet bruk av midlertidige ansettelser med tillitsvalgte på flere år. Kan Arbeidstilsynet reagere?', 'municipal', 'mun-temp-union-discussion'],
    ['Finnes det en rapport fra oppstarten av Inn i jobb som vi kan vise politikerne, og hvem skrev den?', 'municipal', 'mun-inn-i-jobb-startup-report'],
    ['Hvem i NAV skal kommunen snakke med når vi vil rekruttere folk fra NAV?', 'municipal', 'nav-contact-employer-line'],
  ],
  DAY,
);
