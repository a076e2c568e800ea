/**
 * Round twenty-four (r24-health-screening): health checks an employer may or must do when hiring in health and care
 * services, schools and kindergartens, both sectors. Sources read 2026-12-03: FHI's Tuberkuloseveilederen (kap. 4) and
 * flow chart for the tuberculosis examination before work with patients and children; Bømlo kommune quoting
 * tuberkuloseforskriften § 3-2; Lovdata's text of the MRSA regulation (forskrift 5. juli 1996 nr. 700 §§ 1–3);
 * Kompetansesenter i smittevern Helse Nord's self-declaration routine (MRSA not for home care, schools, kindergartens);
 * Helse Møre og Romsdal's MRSA/TB routine; FHI's 2026 MRSA report; Helsedirektoratet on vaccination status in hiring
 * and on helsepersonelloven § 28; Arbeidstilsynet on forskrift om utførelse av arbeid § 6-12 and aml § 9-4; the
 * government's guide to confidentiality in public administration (forvaltningsloven § 13).
 * An entry on the employer's duty to offer current staff vaccines (forskrift om utførelse av arbeid § 6-12) was written
 * and removed at the merge: it is occupational health for current staff, not hiring, and it answered an out-of-scope
 * question about free flu vaccines for staff.
 */
import { describeFacts, describeHouseStyle, describeRoutedQuestions } from '../../test/support/entryChecks.js';

const DAY = '2026-12-03';

const IDS = [
  'health-tb-examination-before-start',
  'health-tb-result-what-employer-sees',
  'health-mrsa-nursing-home-new-staff',
  'health-mrsa-home-care-not-required',
  'health-vaccination-status-question',
];

describeHouseStyle('round twenty-four health-screening entries keep the house style', IDS, { day: DAY, english: true });

describeFacts(
  'round twenty-four health-screening entries say what their sources say',
  [
    // FHI Tuberkuloseveilederen kap. 4 and flow chart: at least three months in the last three years in a high-incidence country
    ['health-tb-examination-before-start', /de siste 3 år har oppholdt seg minst 3 måneder i et land med høy forekomst av tuberkulose/],
    // FHI flow chart: the employer sees to it that the chest X-ray shows no infectious TB before contact with patients or children
    ['health-tb-examination-before-start', /lungerøntgen \*\*ikke viser smittsom lungetuberkulose før\*\* personen får kontakt med pasienter eller barn/],
    // FHI flow chart: health care, teaching posts in primary school, other child-care posts, au pair
    ['health-tb-examination-before-start', /lærerstillinger i grunnskolen og andre stillinger knyttet til barneomsorg/],
    // FHI flow chart: free of charge; X-ray not older than six months at hiring
    ['health-tb-examination-before-start', /uten egenandel/],
    ['health-tb-examination-before-start', /ikke være eldre enn 6 måneder ved tiltredelse/],
    // Bømlo kommune quoting § 3-2: employer, place of study or host family must see to a negative result before start
    ['health-tb-examination-before-start', /arbeidsgiver, lærested eller vertsfamilie/],
    // FHI flow chart: the IGRA answer need not be shown to the employer nor be ready at start
    ['health-tb-result-what-employer-sees', /IGRA\) behøver ikke forelegges arbeidsgiveren, og behøver ikke være klart ved tiltredelse/],
    // Helsedirektoratet on hpl § 28: no regulation given, so health personnel may not give information under it
    ['health-tb-result-what-employer-sees', /slik forskrift er ikke gitt/],
    // Regjeringen's confidentiality guide: everyone working for an administrative body
    ['health-tb-result-what-employer-sees', /taushetsplikt om noens personlige forhold \(forvaltningsloven § 13\)/],
    // Lovdata, MRSA regulation § 2: hospitals and nursing homes; § 3: the institution's management sees to examinations
    ['health-mrsa-nursing-home-new-staff', /tiltre eller gjeninntre i stilling på sykehus eller \*\*sykehjem\*\* \(§ 2\)/],
    ['health-mrsa-nursing-home-new-staff', /Institusjonens ledelse skal påse/],
    // Sokndal kommune's criteria, the last twelve months
    ['health-mrsa-nursing-home-new-staff', /de siste 12 måneder \(ett år\) har fått påvist MRSA/],
    // Helse Møre og Romsdal: no patient work before the test result is there
    ['health-mrsa-nursing-home-new-staff', /ikke begynne i pasientrettet arbeid før prøvesvaret foreligger/],
    // FHI 2026 report: shorter period, no general work ban
    ['health-mrsa-nursing-home-new-staff', /ikke generelt arbeidsforbud ved påvist MRSA/],
    // Kompetansesenter i smittevern Helse Nord: MRSA part not for schools, kindergartens or home care
    ['health-mrsa-home-care-not-required', /ikke skoler, barnehager eller hjemmetjeneste/],
    ['health-mrsa-home-care-not-required', /også utenfor helseinstitusjon/],
    // Helsedirektoratet: may ask at hiring if necessary for responsible health care in the post
    ['health-vaccination-status-question', /nødvendig for at helsepersonellet skal kunne yte forsvarlig helsehjelp i den aktuelle stillingen/],
    // Arbeidstilsynet (Aftenposten): only with a special good reason in the tasks
    ['health-vaccination-status-question', /særskilt god grunn i arbeidsoppgavene/],
    // The extended general entry names the TB examination as an example of a regulation requiring an examination
    ['hiring-medical-examination', /tuberkuloseundersøkelse før arbeid med pasienter eller barn/],
  ],
  DAY,
);

describeRoutedQuestions(
  'manager questions about health checks when hiring reach the health-screening entries',
  [
    ['Den nye assistenten i barnehagen har bodd i Somalia – må hun tuberkulosesjekkes før første arbeidsdag?', 'municipal', 'health-tb-examination-before-start'],
    ['Hvem har ansvaret for at en nyansatt sykepleier er undersøkt for tuberkulose?', 'state', 'health-tb-examination-before-start'],
    ['Får vi som leder vite om den nyansatte har latent tuberkulose?', 'municipal', 'health-tb-result-what-employer-sees'],
    ['Hvor lenge før oppstart må MRSA-svaret foreligge for en sommervikar på sykehjemmet?', 'municipal', 'health-mrsa-nursing-home-new-staff'],
    ['Skal hjemmesykepleien ha MRSA-egenerklæring fra nyansatte?', 'municipal', 'health-mrsa-home-care-not-required'],
    ['Kan vi stille krav om at nye ansatte på sykehjemmet er vaksinert, og spørre om det?', 'municipal', 'health-vaccination-status-question'],
    ['Kan vi spørre søkere om de har tatt koronavaksine?', 'state', 'health-vaccination-status-question'],
  ],
  DAY,
);
