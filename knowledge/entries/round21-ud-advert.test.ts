/**
 * Round twenty-one (r21-ud-advert): universal design of the recruitment process and its digital solutions, and adverts
 * that invite the target group, both sectors. Checked what the base held (WCAG version, the accessibility statement,
 * feedback, supervision, dispensation, PDFs, intranet, interview rooms, tests; inclusive adverts, language, age, gender,
 * health requirements, the state's diversity text) and filled the gaps from public pages read 2026-12-02: Uu-tilsynet
 * (uubloggen «Kor grundig skal eg vere?», the tilsynsrapport for farmasiet.no, WCAG pages 1.3.5, 2.2.1, 3.3.1–3.3.3),
 * uustatus.no (DFØ's HR Rekruttering), Jobbnorge (tilgjengelighet), Feide/Sikt, Midt-Telemark kommune, DFØ («Positiv
 * særbehandling når man søker jobb i staten»), Statens personalhåndbok 2017 on Lovdata (pkt. 2.3.2.1 and 2.3.3.2), HK-dir
 * (norskkrav i arbeidslivet), LDO (Strenge språkkrav; cases 06/556, 06/1325, 06/1617 and 06/1678, 10/508, 2009, 2013),
 * Nettavisen (Budstikka, 2018) and HLF (klagesystemet).
 * Corrected: uu-statement-upkeep said there was no fixed deadline for updating the statement; IKT-forskriften § 4e
 * second paragraph says «oppdateres regelmessig, og minimum årlig» (Uu-tilsynet).
 */
import { describe, it } from 'vitest';
import { describeFacts, describeHouseStyle, describeRoutedQuestions, describeKnownMisses } from '../../test/support/entryChecks.js';

const DAY = '2026-12-02';

const NEW = [
  'uu-application-form-time-errors',
  'uu-recruitment-vendor-solution',
  'ad-norwegian-level-requirement',
  'ad-citizenship-requirement',
  'ad-targeted-ethnic-background',
  'ad-discriminatory-ad-consequences',
] as const;

describeHouseStyle('round twenty-one universal-design and advert entries keep the house style', NEW, { day: DAY, english: true });

describeFacts(
  'round twenty-one universal-design and advert entries say what their sources say',
  [
    // Uu-tilsynet (uubloggen 2036): IKT-forskriften § 4e second paragraph, updated regularly and at least yearly; replace the link
    ['uu-statement-upkeep', /oppdateres regelmessig, og minimum årlig\*\* \(forskrift om universell utforming av IKT-løsninger § 4e andre ledd/],
    ['uu-statement-upkeep', /bytt ut den publiserte lenken med lenken til den nye erklæringen/],
    // Uu-tilsynet (tilsynsrapport farmasiet.no): legal basis ldl § 36 (1) jf. § 18; report covers the tested requirements only
    ['uu-supervision-process', /likestillings- og diskrimineringsloven § 36 første ledd, jf\. § 18/],
    ['uu-supervision-process', /ikke en fullstendig vurdering av hele løsningen/],
    // Uu-tilsynet 2.2.1: turn off, adjust, or warn and extend with a simple action
    ['uu-application-form-time-errors', /slå av tidsbegrensningen, justere den, eller bli varslet før tiden går ut og få forlenge den med en enkel handling/],
    // Uu-tilsynet 3.3.2 and 3.3.1: labels or instructions; identify the field and describe the error in text
    ['uu-application-form-time-errors', /Ledetekster \(krav 3\.3\.2\)/],
    ['uu-application-form-time-errors', /vise hvilket felt som er feil og beskrive feilen med \*\*tekst\*\*/],
    // Uu-tilsynet 3.3.3 and 1.3.5: suggestion when a known correction exists; coded input purpose enables autofill
    ['uu-application-form-time-errors', /Forslag ved feil \(krav 3\.3\.3\)/],
    ['uu-application-form-time-errors', /kodet med formålet, slik at nettleseren kan fylle dem ut automatisk/],
    // Jobbnorge (tilgjengelighet): WCAG 2.0 level AA; Uu-tilsynet: 47 requirements for the public sector
    // Round 22: Jobbnorge's statement is an aim («Vi skal ... Være på nivå AA i henhold til WCAG 2.0»), see round22-nav.test.ts
    ['uu-recruitment-vendor-solution', /Jobbnorges tilgjengelighetserklæring \(udatert\) sier at de \*\*skal\*\* følge forskriften og være på nivå AA etter WCAG 2\.0/],
    ['uu-recruitment-vendor-solution', /47 krav fra WCAG 2\.0 og 2\.1/],
    // Feide (Sikt): public bodies legally responsible for statements on third-party solutions
    ['uu-recruitment-vendor-solution', /juridisk ansvarlige for tilgjengelighetserklæring også for nettløsninger fra tredjeparter/],
    // uustatus.no: DFØ's statement for HR Rekruttering
    ['uu-recruitment-vendor-solution', /DFØ har publisert en egen tilgjengelighetserklæring for rekrutteringsløsningen «HR Rekruttering»/],
    // Midt-Telemark kommune: documents after 1 February 2021, older ones needed in an administrative process; alternative exempts
    ['hiring-uu-pdf-attachments', /publisert etter 1\. februar 2021, og eldre dokumenter som trengs i en administrativ prosess/],
    // DFØ (Positiv særbehandling når man søker jobb i staten): the standard text's content
    ['state-ad-diversity-text', /innkalle minst én kvalifisert søker med funksjonsnedsettelse, hull i CV-en eller innvandrerbakgrunn til intervju/],
    ['state-ad-diversity-text', /avkrysningene gir anonym statistikk til årsrapporten/],
    // Statens personalhåndbok 2017 pkt. 2.3.2.1: diversity statements tied to the tasks
    ['state-ad-diversity-text', /virksomhetene bør ha mangfoldserklæringer, gjerne slik at det går fram at mangfold er en styrke for oppgaveløsningen/],
    ['state-ad-content', /blir innholdet i kunngjøringen en del av arbeidsvilkårene/],
    // HK-dir: Norskprøven levels A1–C1, differentiated requirements, needs analysis, same requirements as native speakers
    ['ad-norwegian-level-requirement', /\*\*A1, A2, B1, B2 og C1\*\*/],
    ['ad-norwegian-level-requirement', /for eksempel A2 skriftlig og B1 muntlig/],
    ['ad-norwegian-level-requirement', /Rutinepregede oppgaver i kjente situasjoner kan klares med et lavere nivå/],
    ['ad-norwegian-level-requirement', /samme toleranse for aksent som for dialekter/],
    // LDO (06/1617, 06/1678): citizenship requirement may be indirect discrimination
    ['ad-citizenship-requirement', /statsborgerskap vil kunne være \*\*indirekte diskriminering\*\* på grunn av etnisitet eller nasjonal opprinnelse/],
    // Nettavisen (Budstikka 2018): LDO adviser, «norsk» not allowed
    ['ad-citizenship-requirement', /ikke er lov å skrive at man ønsker en som er «norsk»/],
    // LDO 10/508: traineeships reserved for non-Western background unlawful
    ['ad-targeted-ethnic-background', /traineestillinger bare for personer med ikke-vestlig bakgrunn, brøt diskrimineringsloven/],
    // Statens personalhåndbok 2017 pkt. 2.3.3.2: nearly equally qualified
    ['ad-targeted-ethnic-background', /tilnærmet like godt kvalifisert som den best kvalifiserte/],
    // LDO cases 06/556, 2009, 06/1325, 06/1617/1678: age, gender, ethnicity; correct and re-advertise
    ['ad-discriminatory-ad-consequences', /«handy mann» og «voksen dame»/],
    ['ad-discriminatory-ad-consequences', /ba om at annonsen ble rettet og stillingen lyst ut på nytt/],
    // Compendia (Overtredelse av diskrimineringsforbudet) and Diskrimineringsnemnda: order to stop or correct, then a coercive fine
    ['ad-discriminatory-ad-consequences', /gi \*\*pålegg\*\* om stansing eller retting/],
    ['ad-discriminatory-ad-consequences', /kan nemnda ilegge \*\*tvangsmulkt\*\*/],
    // (the «anyone may bring a case» row was corrected in r26-legal: LDO says a complaint for someone else needs written authorisation)
    ['ad-discriminatory-ad-consequences', /stoppet arbeidsgiveren ansettelsen og annonserte på nytt/],
    // HLF: the nemnd decides complaints, LDO guides
    ['ad-discriminatory-ad-consequences', /Ombudet gir gratis veiledning \(HLF\)/],
  ],
  DAY,
);

// Probe questions written for this round, in the words managers use in Teams (not the entries' phrasings).
describeRoutedQuestions(
  'round twenty-one manager questions reach the entry that holds the fact',
  [
    // a known miss until round 27 (the state advertisement entries were extended then)
    ['Blir teksten i utlysningen en del av arbeidsavtalen?', 'state', 'state-ad-content'],
    ['Må tilgjengelighetserklæringen for jobbportalen fornyes hvert år?', undefined, 'uu-statement-upkeep'],
    ['Hvor ofte skal tilgjengelighetserklæringen oppdateres?', undefined, 'uu-statement-upkeep'],
    ['Hva skjer hvis vi ikke retter feilene Uu-tilsynet fant på karrieresiden innen fristen?', undefined, 'uu-supervision-process'],
    ['Må feltene i søknadsskjemaet ha ledetekster og tydelige feilmeldinger?', undefined, 'uu-application-form-time-errors'],
    ['Jobbnorge sier de følger WCAG 2.0 AA – er det godt nok for oss som offentlig virksomhet?', undefined, 'uu-recruitment-vendor-solution'],
    ['Må gamle PDF-er på karrieresiden oppfylle kravene?', undefined, 'hiring-uu-pdf-attachments'],
    ['Kan vi kreve et bestemt nivå i norsk, for eksempel B2, i annonsen?', undefined, 'ad-norwegian-level-requirement'],
    ['Kan vi kreve norsk statsborgerskap av dem som søker hos oss i kommunen?', 'municipal', 'ad-citizenship-requirement'],
    ['Kan vi kreve norsk statsborgerskap i stillingsannonsen?', undefined, 'ad-citizenship-requirement'],
    ['Kan vi lyse ut en stilling bare for personer med innvandrerbakgrunn?', undefined, 'ad-targeted-ethnic-background'],
    ['Hva sier Likestillings- og diskrimineringsombudet om stillingsannonser som diskriminerer?', undefined, 'ad-discriminatory-ad-consequences'],
    ['Søknadsportalen logger folk ut etter ti minutter – er det lov?', 'municipal', 'uu-application-form-time-errors'],
    ['Webcruiter sier de følger WCAG 2.0 – holder det?', 'state', 'uu-recruitment-vendor-solution'],
    ['Annonsen vår hadde et alderskrav, hva gjør vi nå?', 'state', 'ad-discriminatory-ad-consequences'],
    ['Hvilket norsknivå kan vi kreve av en assistent?', 'municipal', 'ad-norwegian-level-requirement'],
    ['Må vi oppdatere tilgjengelighetserklæringen for søknadsportalen hvert år?', 'municipal', 'uu-statement-upkeep'],
    ['Hva skal mangfoldserklæringen i annonsen inneholde?', 'state', 'state-ad-diversity-text'],
    ['Må gamle PDF-dokumenter på nettsiden være universelt utformet?', 'state', 'hiring-uu-pdf-attachments'],
  ],
  DAY,
);

describe('round twenty-one universal-design and advert known gaps', () => {
  it.todo('whether someone who did not apply can bring a discriminatory advert before Diskrimineringsnemnda: no current source read (the LDO cases are from before 2018)');
  it.todo('asking for a photo of the applicant in the application: no source read');
  it.todo('«norsk som morsmål» as a requirement: ad-language-requirements covers equal requirements for native speakers, but no source read names the phrase');
  it.todo('Bufdir and KS advice on adverts: not found in the stored pages; mun-inclusive-job-ads and inc-inclusive-job-ads answer without them');
  it.todo('the IKT-forskriften text itself (§ 4e) was read only as quoted by Uu-tilsynet; the stored Lovdata copy is the 2013 version');
});

// Probes of this round the index does not yet route to the entry that holds the answer (fails once one is fixed).
describeKnownMisses(
  'round twenty-one universal-design and advert known misses are still missed',
  [
    // (the «klage … selv om hen ikke søkte» miss now routes; moved to the routed questions in r26-legal.test.ts)
    ['Hvilke data må søknadsskjemaet kode med inndataformål?', undefined, 'uu-application-form-time-errors', 'no answer'],
    // (the «Blir teksten i utlysningen en del av arbeidsavtalen?» miss routes since round 27; moved to the routed questions)
    [
      'Søknadsskjemaet kaster brukeren ut etter en stund uten varsel – er det et uu-problem?',
      undefined,
      'uu-application-form-time-errors',
      'right entry best, but score about 0.23 is below the answer threshold',
    ],
  ],
  DAY,
);
