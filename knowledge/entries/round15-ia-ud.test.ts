/**
 * Round fifteen (r15-ia-ud): the IA agreement 2025–2028 and universal design in recruitment, fact by fact —
 * regjeringen.no (IA newsletters 3/2019 and 1/2022; «Nytt og målrettet arbeid for lavere sykefravær», 2025), KS's
 * press release on the new agreement, Uu-tilsynet (the web directive from 1 February 2023), Juridika on the web
 * directive, and the ministry's consultation paper on the directive (ldl §§ 17 and 18). Most facts on the topic
 * were already covered by ia-agreement.json, hiring-accessibility.json and round11-accessibility.json; this round
 * adds two entries and extends three. Sources read 2026-12-01.
 */
import { describe, it } from 'vitest';
import { describeFacts, describeHouseStyle, describeRoutedQuestions, describeKnownMisses } from '../../test/support/entryChecks.js';

const DAY = '2026-12-01';

const NEW = ['ia-arbeidsmiljosatsingen', 'uu-web-directive'] as const;

describeHouseStyle('round fifteen IA and universal-design entries keep the house style', NEW, { day: DAY, english: true });

describeFacts(
  'round fifteen IA and universal-design entries say what their sources say',
  [
    // regjeringen.no, IA-nyhetsbrev 1/2022: the four agencies and the portal's tools
    ['ia-arbeidsmiljosatsingen', /Statens arbeidsmiljøinstitutt \(STAMI\), Arbeidstilsynet, NAV og Petroleumstilsynet/],
    ['ia-arbeidsmiljosatsingen', /\*\*Arbeidsmiljøportalen\*\* samler/],
    ['ia-arbeidsmiljosatsingen', /\*\*En bra dag på jobb\*\* og \*\*Arbeidsmiljøhjelpen\*\*/],
    // regjeringen.no, IA-nyhetsbrev 3/2019: «Arbeidsmiljøsatsingen er et hovedvirkemiddel»
    ['ia-arbeidsmiljosatsingen', /hovedvirkemiddel i IA-avtalen/],
    // KS (NTB): «partene er enige om å videreføre de gode virkemidlene i IA-avtalen»
    ['ia-arbeidsmiljosatsingen', /videreføre de gode virkemidlene/],
    // Uu-tilsynet 01.02.2023: webdirektivet gjelder offentleg sektor frå 1. februar 2023, med tilgjengelegheitserklæring
    ['uu-web-directive', /\*\*offentlig sektor\*\*, og i Norge har det gjeldt siden \*\*1\. februar 2023\*\*/],
    // Juridika: EØS-komiteen 5.2.2021, Stortinget mai 2021; intranett/ekstranett, erklæring, tilbakemelding, synstolking, WCAG 2.1
    ['uu-web-directive', /EØS-avtalen i februar 2021, og Stortinget endret lovene i mai 2021/],
    ['uu-web-directive', /\*\*Intranett og ekstranett\*\*/],
    ['uu-web-directive', /\*\*tilbakemeldingsfunksjon\*\*/],
    // Uu-tilsynet (uubloggen 04.01.2023): tolv nye tekniske krav med WCAG 2.1; IKT-forskrifta frå 2013
    ['uu-web-directive', /tolv nye tekniske krav/],
    // regjeringen.no, IA-nyhetsbrev 1/2022: the seven programmes
    ['ia-bransjeprogram', /\*\*sykehus, sykehjem, barnehager\*\*, leverandørindustrien olje og gass, næringsmiddelindustrien, rutebuss og persontrafikk, og bygg og anlegg/],
    // regjeringen.no 2025: «En tredjedel av fraværet skyldes helt eller delvis forhold på arbeidsplassen»
    ['ia-bransjeprogram', /en tredjedel av fraværet helt eller delvis skyldes forhold på arbeidsplassen/],
    // Høringsnotat (webdirektivet) kap. 2–3: ldl § 17 – offentlige og private virksomheter rettet mot allmennheten; § 18 for IKT
    ['hiring-uu-vs-accommodation', /offentlige og private virksomheter som er rettet mot allmennheten, for virksomhetens alminnelige funksjoner/],
  ],
  DAY,
);

// Written after the entries, in other words than their phrasings (probe questions of this round).
describeRoutedQuestions(
  'round fifteen manager questions reach the entry that holds the fact',
  [
    ['Er IA-avtalen en lov vi må følge?', undefined, 'ia-agreement-employer-role'],
    ['Hvem er partene i IA-avtalen?', undefined, 'ia-agreement'],
    ['Hva er målet med IA-avtalen 2025–2028?', undefined, 'ia-agreement'],
    ['Garanterer IA-avtalen at sykelønna ikke blir endret?', undefined, 'ia-agreement-sick-pay'],
    ['Kan vi fortsatt bli IA-bedrift?', undefined, 'ia-no-ia-company'],
    ['Hvilke bransjer har bransjeprogram i IA-avtalen?', 'municipal', 'ia-bransjeprogram'],
    ['Er sykehus og bygg og anlegg med i bransjeprogrammene?', 'municipal', 'ia-bransjeprogram'],
    ['Hva er arbeidsmiljøsatsingen i IA-avtalen?', undefined, 'ia-arbeidsmiljosatsingen'],
    ['Hva er tilskudd til ekspertbistand?', undefined, 'nav-expert-assistance'],
    ['Hva kan NAV arbeidslivssenter hjelpe oss med?', undefined, 'nav-arbeidslivssenter'],
    ['Må vi rapportere sykefraværet til NAV etter IA-avtalen?', undefined, 'ia-reporting-duty'],
    ['Er femprosentmålet en del av IA-avtalen?', 'state', 'ia-not-inclusion-goal'],
    ['Hva er forskjellen på universell utforming og individuell tilrettelegging?', undefined, 'hiring-uu-vs-accommodation'],
    ['Hva sier likestillings- og diskrimineringsloven § 17 om universell utforming?', undefined, 'hiring-uu-vs-accommodation'],
    ['Må nettsidene våre følge WCAG 2.1?', undefined, 'uu-wcag-version'],
    ['Hva er webdirektivet, og når begynte det å gjelde i Norge?', undefined, 'uu-web-directive'],
    ['Hvor raskt må vi svare på en tilbakemelding om universell utforming?', undefined, 'uu-feedback-response'],
    ['Kan Uu-tilsynet gi bøter?', undefined, 'uu-supervision-process'],
    ['Vi bruker Webcruiter – er det vårt ansvar at den er universelt utformet?', undefined, 'hiring-uu-ict-requirements'],
    ['Jobbnorge er leverandøren vår, hvem har ansvaret for universell utforming?', undefined, 'hiring-uu-ict-requirements'],
    ['Må PDF-vedlegg til stillingsannonsen være tilgjengelige?', undefined, 'hiring-uu-pdf-attachments'],
    ['Krever TEK17 at kontorbygg er universelt utformet?', undefined, 'hiring-uu-staff-buildings'],
    ['Må private bedrifter ha tilgjengelighetserklæring?', undefined, 'hiring-uu-accessibility-statement'],
  ],
  DAY,
);

describe('round fifteen IA and universal-design known misses', () => {
  it.todo(
    '«Kan vi gi de ansatte utvidet egenmelding uten IA-avtale?» scores 0 (egenmelding read as off-topic); folketrygdloven § 8-24 and the duty to discuss it with the union representatives (Compendia) not written',
  );
  it.todo(
    '«Hvem representerer staten som arbeidsgiver i IA-avtalen?» (0.45): DFØ names Kommunal- og distriktsdepartementet (2022), Norsk Lektorlag Digitaliserings- og forvaltningsdepartementet (2024) – not written, check with DFØ',
  );
  it.todo(
    'exemptions in the ICT regulation (documents published before the directive, third-party content, archives): no Norwegian source read that lists them; «Gjelder kravene … gamle dokumenter» → uu-wcag-version (0.45)',
  );
  it.todo("the 2025–2028 agreement text itself (regjeringen.no) was not in the stored pages: goals and NAV arbeidslivssenter's current role are cited from secondary sources");
});

// Questions of the round the index does not yet route to the entry that holds the answer (once written as it.todo notes); each fails once it is fixed.
describeKnownMisses(
  'round fifteen ia-ud known misses are still missed',
  [
    ['Hvordan jobber vi med IA i en barnehage med høyt sykefravær?', undefined, 'ia-bransjeprogram', 'scores 0 (off-topic sick leave)'],
    ['Må kommunen signere IA-avtalen lokalt?', undefined, 'ia-agreement-employer-role', '0.45, «signere» not matched to «skrive under» even with a new phrasing'],
    ['Hvor mye av sykefraværet skyldes forhold på jobben?', undefined, 'ia-bransjeprogram', 'scores 0 (off-topic sick leave) holds the regjeringen.no fact'],
  ],
  DAY,
);
