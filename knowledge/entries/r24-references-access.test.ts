/**
 * Round twenty-four (r24-references-access): what applicants, colleagues and the press may see in a public hiring case,
 * and reference statements, both sectors. Sources read 2026-12-03: Utdanningsforbundet «Søkers rett til innsyn» and
 * OsloMet «Innsyn i ansettelsessaker» (forvaltningslovforskriften kapittel 5: facts about oneself also from reference
 * checks, § 16; no right to assessments from current or former employers or from the appointing body; applications with
 * attachments of those recommended or appointed, § 17; health information withheld); Juristen (forskriften § 14: fvl § 18
 * does not apply in hiring cases); Sivilombudet «Eget tiltak – innsyn, kontradiksjon og utredning i ansettelsessaker»
 * (facts a referee gave to explain subjective assessments cannot be withheld) and «Partsinnsyn i ansattes karakterer»
 * (§ 17 andre ledd does not cover attachments; only fvl § 19); Personvernnemnda PVN-2024-22 (personopplysningsloven § 16
 * første ledd bokstav e); DFØ «Innsyn i ansettelsessaker» (who is recommended, the order, dissent and votes, § 19);
 * Justis- og beredskapsdepartementet on offentleglova § 25 (the final appointment decision and employment contract are
 * public, drafts may be withheld); Sivilombudet on merinnsyn (offentleglova § 11); Sivilombudet «Tilsetting av
 * politibetjent …» quoting FAD's letter of 1 December 2009 (a higher-pay application for an equivalent post is not an
 * appointment case); Ot.prp. nr. 56 (1999–2000) kap. 7 (no applicant list when a post is filled without applications);
 * Statens personalhåndbok 2017 pkt. 2.3.3.5. Each row names its source.
 */
import { describeFacts, describeHouseStyle, describeRoutedQuestions } from '../../test/support/entryChecks.js';

const DAY = '2026-12-03';

describeHouseStyle(
  'round twenty-four access and reference entries keep the house style',
  [
    'hiring-access-reference-statements',
    'hiring-access-appointee-application',
    'hiring-access-recommendation-ranking',
    'hiring-public-access-hiring-documents',
    'state-pay-upgrade-not-appointment',
  ],
  { day: DAY, english: true },
);

describeFacts(
  'round twenty-four access and reference entries say what their sources say',
  [
    // Juristen: forvaltningslovforskriften § 14 – fvl § 18 does not apply in hiring cases
    ['hiring-access-reference-statements', /Forvaltningsloven § 18 gjelder ikke i ansettelsessaker \(forskriften § 14\)/],
    // OsloMet: facts about oneself that came up in the interview or in reference checks (§ 16)
    ['hiring-access-reference-statements', /også når de kom fram ved innhenting av referanser \(forskriften § 16\)/],
    // Utdanningsforbundet: no right to assessments from current or former employer or client
    ['hiring-access-reference-statements', /vurderinger fra sin nåværende eller tidligere arbeidsgiver eller oppdragsgiver/],
    // Sivilombudet, eget tiltak: facts given to explain the referee's subjective assessments cannot be withheld
    ['hiring-access-reference-statements', /faktiske opplysninger som referansen ga for å forklare sine subjektive vurderinger/],
    // PVN-2024-22: the exception for text prepared for internal case preparation
    ['hiring-access-reference-statements', /§ 16 første ledd bokstav e/],
    // OsloMet: applications with attachments of those recommended or appointed (§ 17)
    ['hiring-access-appointee-application', /\*\*søknaden med vedlegg\*\* fra den eller de som er innstilt eller ansatt/],
    // Sivilombudet, karakterer: the exception for information without significance does not cover attachments
    ['hiring-access-appointee-application', /unntaket for opplysninger uten betydning gjelder ikke vedlegg til søknaden/],
    ['hiring-access-appointee-application', /vilkårene i forvaltningsloven § 19 være oppfylt/],
    // OsloMet: health information about another person is withheld
    ['hiring-access-appointee-application', /\*\*helseforhold\*\*/],
    // DFØ: who is recommended and the order (§ 19), dissent and votes (§ 19 andre ledd)
    ['hiring-access-recommendation-ranking', /\*\*hvem som er innstilt\*\* og \*\*i hvilken rekkefølge\*\*/],
    ['hiring-access-recommendation-ranking', /\*\*dissens\*\* og hvor mange stemmer hver av de innstilte fikk/],
    // Utdanningsforbundet: no right to the comparison of the candidates
    ['hiring-access-recommendation-ranking', /også sammenligningen av kandidatene/],
    // Justis- og beredskapsdepartementet: offentleglova § 25 (1); the final decision and contract are public
    ['hiring-public-access-hiring-documents', /\*\*dokumenter i saker om tilsetting eller forfremmelse\*\* kan unntas/],
    ['hiring-public-access-hiring-documents', /Vedtaket om ansettelse og den endelige arbeidsavtalen\*\* er ikke omfattet av unntaket/],
    // Sivilombudet: merinnsyn under offentleglova § 11
    ['hiring-public-access-hiring-documents', /offentleglova § 11/],
    // Sivilombudet quoting FAD 1 December 2009: a higher-pay application is not an appointment case
    ['state-pay-upgrade-not-appointment', /søknad om høyere avlønning og skal ikke behandles som en tilsettingssak/],
    ['state-pay-upgrade-not-appointment', /også i samme stillingskode eller avdeling/],
    // Ot.prp. nr. 56 (1999–2000): no applicant list when the post is filled without applications
    ['state-pay-upgrade-not-appointment', /heller ingen søkerliste å sette opp/],
    // Statens personalhåndbok 2017 pkt. 2.3.3.5: ldl § 31 at appointments, not internal promotions without a process
    ['state-pay-upgrade-not-appointment', /ikke ved interne forfremmelser uten en ansettelsesprosess/],
    // Sivilombudet, eget tiltak (extension of the existing entry)
    ['applicant-extended-list', /kom fram i en referansesamtale, kan hen likevel se \(forskriften § 16\)/],
  ],
  DAY,
);

describeRoutedQuestions(
  'manager questions about access and references reach the new entries',
  [
    ['Kandidaten vi valgte bort, ber om å få lese hva hennes gamle leder fortalte oss på telefon. Må vi utlevere det?', 'municipal', 'hiring-access-reference-statements'],
    ['Må vi vise søkeren hva referansene sa om samarbeidsevnene hans?', 'state', 'hiring-access-reference-statements'],
    ['Den forbigåtte vil ha kopi av vitnemålet og CV-en til den nyansatte. Kan vi nekte?', 'municipal', 'hiring-access-appointee-application'],
    ['Kan en søker få se karakterutskriften til den vi innstilte som nummer én?', 'state', 'hiring-access-appointee-application'],
    ['Hvilket nummer har jeg på innstillingen, spør en søker – og var ansettelsesrådet uenig?', 'state', 'hiring-access-recommendation-ranking'],
    ['Har søkerne rett til å vite hvem som står som nummer to på innstillingen?', 'municipal', 'hiring-access-recommendation-ranking'],
    ['Lokalavisen krever å få innstillingen til rådmannsstillingen. Er den offentlig?', 'municipal', 'hiring-public-access-hiring-documents'],
    ['Er arbeidsavtalen til den nye kommunalsjefen offentlig?', 'municipal', 'hiring-public-access-hiring-documents'],
    ['Er det en ansettelsessak når en seniorkonsulent søker høyere lønnsplassering i samme stilling?', 'state', 'state-pay-upgrade-not-appointment'],
    ['Kan en ansatt i samme stillingskode søke en utlyst stilling i egen avdeling?', 'state', 'state-pay-upgrade-not-appointment'],
  ],
  DAY,
);
