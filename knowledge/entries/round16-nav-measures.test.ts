/**
 * Round sixteen (r16-nav-measures): NAV measures at the workplace other than wage subsidy, fact by fact — varig
 * tilrettelagt arbeid (VTA-O/VTA-S), arbeidstrening, AFT, mentor, inkluderingstilskudd, funksjonsassistanse,
 * tiltaksforskriften's chapters, Inn i jobb (KS) and ordering candidates from NAV. Sources: nav.no (arbeidsgiver and
 * person pages, the AFT evaluation page, the copy of tiltaksforskriften and NAV's rundskriv), Lovdata, Stortinget
 * (Innst. 409 S (2018–2019)), statsbudsjettet.no, KS, DFØ, the AFT arrangers iArbeid and Montar, Muligheter for alle
 * and Dagsavisen. New entries answer one question each; existing entries got a phrasing. Sources read 2026-12-01.
 */
import { describe, it } from 'vitest';
import { describeFacts, describeHouseStyle, describeRoutedQuestions } from '../../test/support/entryChecks.js';

const DAY = '2026-12-01';

const NEW = ['nav-vta-places-limited', 'nav-aft-what', 'nav-tiltaksforskriften-chapters', 'state-inn-i-jobb-municipal-only'] as const;

describeHouseStyle('round sixteen NAV measures entries keep the house style', NEW, { day: DAY, english: true });

describeFacts(
  'round sixteen NAV measures entries say what their sources say',
  [
    // Stortinget, Innst. 409 S (2018–2019): the Storting sets the number of VTA places, NAV distributes them, local offices allocate
    ['nav-vta-places-limited', /\*\*Stortinget\*\* fastsetter det samlede antallet VTA-plasser gjennom budsjettvedtaket/],
    ['nav-vta-places-limited', /NAV\*\* fordeler plassene på fylkene/],
    ['nav-vta-places-limited', /\*\*lokale NAV-kontorene\*\* som tildeler plass/],
    // Muligheter for alle: new places are set by each year's budget; it varies across the country
    ['nav-vta-places-limited', /reguleres hvert år av bevilgningene/],
    // iArbeid (NAV's requirement text): only pre-approved arrangers; four phases; extra year towards formal competence
    ['nav-aft-what', /\*\*forhåndsgodkjent tiltaksarrangør\*\*/],
    ['nav-aft-what', /tilrettelagt arbeidstrening og oppfølging i ordinært arbeidsliv/],
    ['nav-aft-what', /\*\*formell kompetanse\*\*, kan få forlenget med ytterligere 12 måneder/],
    ['nav-aft-what', /inntil 12 måneder \(ett år\), med mulighet for forlengelse i ytterligere 12 måneder/],
    // nav.no, AFT evaluation page: launched autumn 2016, merging KIA and APS; the largest measure in kroner
    ['nav-aft-what', /høsten 2016 og erstattet tiltakene kvalifisering i arbeidsmarkedsbedrift \(KIA\) og arbeidspraksis i skjermet virksomhet \(APS\)/],
    // nav.no: Inkluderingstilskudd — arbeidsforberedende trening is on the list of measures
    ['nav-aft-what', /inkluderingstilskudd kan gis for deltakere på AFT/],
    // NAV's rundskriv to tiltaksforskriften (2016 table of contents; last changed 1.7.2025, chapter 7 rewritten)
    ['nav-tiltaksforskriften-chapters', /\*\*3\*\* arbeidstrening/],
    ['nav-tiltaksforskriften-chapters', /\*\*11\*\* inkluderingstilskudd/],
    // navikt/tiltaksgjennomforing HvaSierRegelverket.tsx (review 2026-12-02): NAV links sommerjobb to tiltaksforskriften kapittel 8
    ['nav-tiltaksforskriften-chapters', /\*\*Kapittel 8\*\* tilskudd til sommerjobb/],
    ['nav-tiltaksforskriften-chapters', /\*\*14\*\* varig tilrettelagt arbeid/],
    ['nav-tiltaksforskriften-chapters', /kapittel 7 om opplæring ble omarbeidet i 2025/],
    // tiltaksforskriften § 1-3: at least 16 years; the measure ends on an offer of suitable work
    ['nav-tiltaksforskriften-chapters', /må ha fylt 16 år/],
    // KS: Inn i jobb is between KS, NAV and the negotiating federations in the municipal sector (signed 16.2.2024)
    ['state-inn-i-jobb-municipal-only', /KS, NAV og forhandlingssammenslutningene i kommunal sektor/],
    // DFØ: trainee posts are temporary, advertised for the target group only, may become permanent without a new advertisement
    ['state-inn-i-jobb-municipal-only', /uten ny utlysning/],
    // Existing entries that got phrasings this round still state their facts:
    // arbeidsgiver.nav.no: Arbeidstrening skal aldri dekke grunnbemanningen
    ['nav-work-trial-limits', /\*\*aldri dekke grunnbemanningen\*\*/],
    // nav.no: Mentortilskudd dekker mentorens ordinære timelønn, lønn og arbeidsgiveravgift
    ['nav-mentor-grant', /vanlige timelønn med arbeidsgiveravgift/],
    // nav.no: Inkluderingstilskudd — the refund claim documents who, what, amount, when and that it is paid
    ['nav-inclusion-grant-payout', /\*\*hvem\*\* tilskuddet gjelder, \*\*hva\*\* dere har betalt for/],
    // KS høringssvar 2025: the proposal replaces today's grant to the employer with lasting follow-up
    ['mun-vta-o-grant', /\*\*erstatte dagens tilskudd til arbeidsgiver\*\*/],
    // arbeidsmiljøloven § 15-7: a VTA-O participant is an employee; dismissal requires saklig grunn
    ['nav-vta-o-ending', /oppsigelse krever saklig grunn/],
    // Muligheter for alle: VTA-O usually gets little follow-up from an external job specialist
    ['nav-vta-o-tasks-hours', /\*\*lite oppfølging fra en ekstern jobbspesialist\*\*/],
    // nav.no, rundskriv to tiltaksforskriften § 1-3: measures may test whether someone is a genuine job seeker, or before a disability application
    ['nav-work-trial-who', /prøves før en søknad om uføretrygd behandles/],
    // Stortinget, Innst. 409 S (2018–2019): the local NAV office allocates VTA places
    ['nav-vta-o-apply', /Dere har ikke krav på en plass: det er det lokale NAV-kontoret som tildeler plass/],
    // nav.no: Varig tilrettelagt arbeid i ordinær virksomhet — digital from 13 May 2025
    ['nav-vta-o-apply', /Fra 13\. mai 2025 sendes søknad og avtale ikke lenger i posten/],
  ],
  DAY,
);

// Written before the entries were changed, in other words than their phrasings (probe questions of this round).
describeRoutedQuestions(
  'round sixteen manager questions reach the entry that holds the fact',
  [
    ['Kva krav stiller NAV til den som skal få varig tilrettelagt arbeid?', 'municipal', 'nav-vta-other-measures-first'],
    ['Hvorfor er det så vanskelig å få VTA-plass, hvem bestemmer antall plasser?', 'state', 'nav-vta-places-limited'],
    ['Hvem fordeler VTA-plassene mellom fylkene?', 'municipal', 'nav-vta-places-limited'],
    ['Er det ventetid på VTA-plass?', 'state', 'nav-vta-places-limited'],
    ['Kan vi ha en VTA-O-plass på sykehjemmet vårt?', 'municipal', 'mun-vta-o-own-services'],
    ['Hva skjer med VTA-O-tilskuddet hvis de nye reglene blir vedtatt?', 'municipal', 'mun-vta-o-grant'],
    ['Kan en deltaker i VTA-O sies opp?', 'municipal', 'nav-vta-o-ending'],
    ['Kan vi bruke arbeidstrening for å dekke bemanningen i sommerferien?', 'municipal', 'nav-work-trial-limits'],
    ['Arbeidstreningen gikk bra, kan kommunen ansette uten utlysning?', 'municipal', 'mun-work-trial-to-hire'],
    ['Kan vi avbryte arbeidstreninga før avtalt slutt?', 'municipal', 'nav-work-trial-end-early'],
    ['Hva er en mentor i NAV-sammenheng?', 'state', 'nav-mentor-grant'],
    ['Hva kan inkluderingstilskudd brukes til?', 'municipal', 'nav-inclusion-grant'],
    ['Hva må refusjonskravet for inkluderingstilskudd inneholde?', 'municipal', 'nav-inclusion-grant-payout'],
    ['Hvor lenge varer AFT?', 'municipal', 'nav-aft-what'],
    ['Kan en AFT-deltaker ha arbeidstrening hos oss i en ordinær virksomhet?', 'state', 'nav-aft-what'],
    ['Kan kommunen ansette en som går på AFT?', 'municipal', 'nav-aft-hire'],
    ['Kan AFT forlenges hvis deltakeren tar fagbrev?', 'state', 'nav-aft-what'],
    ['Hva kaller NAV AFT-tiltaket som kom i 2016, og hva erstattet det?', 'state', 'nav-aft-what'],
    ['Hvilke kapitler har tiltaksforskriften?', 'state', 'nav-tiltaksforskriften-chapters'],
    ['Hvilket nummer ringer vi for å nå NAV som arbeidsgiver?', 'state', 'nav-contact-employer-line'],
    ['Gjelder Inn i jobb-avtalen for statlige virksomheter?', 'state', 'state-inn-i-jobb-municipal-only'],
    ['Passer VTA-O for en som trenger mye oppfølging i jobben?', 'municipal', 'nav-vta-o-tasks-hours'],
    ['Kan NAV bruke arbeidstrening for å prøve ut arbeidsevnen før en søknad om uføretrygd?', 'state', 'nav-work-trial-who'],
    ['Har vi krav på en VTA-O-plass hvis vi har en kandidat?', 'municipal', 'nav-vta-o-apply'],
    ['Kan en deltaker på AFT få lønn fra oss mens hen er i praksis?', 'state', 'nav-aft-hire'],
  ],
  DAY,
);

describe('round sixteen NAV measures known gaps', () => {
  it.todo(
    "VTA intake 2025–2026: NAV's own systems (navikt, code copied 2026-09-01) name VTA-O «tidligere» and a new measure «tilpasset jobbstøtte» under a new regulation; not confirmed on nav.no, regjeringen.no or Lovdata, so the entries still say the 2025 hearing is unconfirmed and to ask NAV",
  );
  it.todo('AFT participation share (NAV requirement: at least 50 %, not below 30 %, per ASVL/iArbeid) conflicts with nav.no («minst 30 timer per uke»): left out');
  it.todo('«Hva er HELT MED?» is refused by the scope check (score 0); no source on HELT MED read this round');
  it.todo('tiltaksforskriften chapters 8 and 15–16 (2016 rundskriv: bedriftsintern opplæring, overgangsregler, tiltak under utfasing): current status not confirmed, left out');
});
