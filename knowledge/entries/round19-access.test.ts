/**
 * Round nineteen (r19-access): individual accommodation and universal design in recruitment, driven by probe questions
 * written the way managers ask in Teams (state, municipal and unknown askers; short, some with typos, some nynorsk).
 * Topics: accommodation for applicants in the recruitment process, who decides which measure is chosen, whether a
 * large employer must bear more cost, what NAV Hjelpemiddelsentral covers against ordinary equipment the employer buys,
 * an interpreter for a deaf employee at short notice (bildetolk, skjermtolk, the akuttvakt), universal design against
 * individual aids, and ICT: apps, publicly owned limited companies, who in a municipality or agency is responsible, zoom.
 *
 * Sources read 2026-12-02: LDO «Individuell tilrettelegging ved funksjonsnedsettelse» (ldo.no/en/diskriminert/pa-jobb/
 * individuell-tilrettelegging); nav.no «Tolketjenesten – søke om og bestille tolk» (processing time, who pays,
 * priorities) and «Tolking for døve, døvblinde og hørselshemmede» (skjermtolking); Kunnskapsbanken (NAV) «Akutt behov»
 * and «Søknad og bestilling»; dovblindhet.no «Informasjon om Bildetolktjenesten» (text from NAV); nav.no
 * «Datahjelpemidler» (ordinary computer equipment is not covered); Difi (uu.difi.no) «Slik fører vi tilsyn» (the notice
 * goes to the top leader, who is responsible); KS «Universell utforming av IKT-løsninger» (kommunedirektøren has the
 * overall responsibility; the rules apply whatever the organisational form); regjeringen.no «Redaktøransvar»
 * (nettsteder.regjeringen.no); Uu-tilsynet «Ofte stilte spørsmål om tilgjengelighetserklæringen» and «Om
 * tilgjengelegheitserklæring» (apps from 1 February 2024, intranet and extranet); the 2019 høringsnotat on the web
 * directive, chapter 3 (the definition of «offentligrettslig organ»; the passage was read in a copy of the høringsnotat
 * on 9pdf.net, the regjeringen.no chapter is cited); Feide (Sikt) «Underlag for tilgjengelighetserklæring» and Bergen
 * kommune «Tilgjengelighetserklæring – hva må du som leverandør gjøre?» (statements for third-party solutions).
 *
 * New entries: who in the organisation is responsible for universal design of ICT, and an interpreter at short notice.
 * Existing entries got facts from these sources (LDO on who decides, on applicants, on a small budget and on the
 * workplace not having to be universally designed; NAV's support and interpreting when an applicant needs accommodation;
 * publicly owned limited companies; who answers for a supplier's statement; ordinary keyboard and mouse) and phrasings;
 * they keep their lastReviewed. One phrasing was added to mun-hired-in-staffing-agency (round eighteen): the new entries
 * shifted the index statistics so that a tie between two municipal entries for «Can we hire temporary staff from an
 * agency?» broke the other way; the phrasing restores the pairing, it adds no fact.
 */
import { describe, it } from 'vitest';
import { describeFacts, describeHouseStyle, describeRoutedQuestions, describeKnownMisses } from '../../test/support/entryChecks.js';

const DAY = '2026-12-02';

const NEW = ['uu-responsible-top-leader', 'nav-interpreter-short-notice'] as const;

describeHouseStyle('round nineteen access entries keep the house style', NEW, { day: DAY, english: true });

describeFacts(
  'round nineteen access entries say what their sources say',
  [
    // Difi (Slik fører vi tilsyn): the notice is sent to the top leader, who is responsible; responsibilities are documented
    ['uu-responsible-top-leader', /sender varselet om tilsyn til øverste leder, som har ansvaret for at virksomheten følger reglene/],
    ['uu-responsible-top-leader', /dokumentere ansvarsforholdene sine/],
    // KS (Universell utforming av IKT-løsninger): kommunedirektøren and fylkesdirektøren; web editors; any organisational form
    ['uu-responsible-top-leader', /kommunedirektøren og fylkesdirektøren har det overordnede ansvaret/],
    ['uu-responsible-top-leader', /nettredaktørene har et stort ansvar for informasjonsstrukturen/],
    ['uu-responsible-top-leader', /uavhengig av antall ansatte, omsetning og organisasjonsform/],
    // regjeringen.no (Redaktøransvar): DSS the technical solution, an editor per site for content and the statement
    ['uu-responsible-top-leader', /DSS ansvaret for den tekniske løsningen, mens hvert nettsted har en ansvarlig redaktør/],
    // Uu-tilsynet (FAQ): the organisation chooses who creates and edits the statements
    ['uu-responsible-top-leader', /virksomheten velger selv hvem som skal opprette og endre erklæringene/],
    // nav.no (Tolketjenesten – søke om og bestille tolk): longest processing time; the order of priority
    ['nav-interpreter-short-notice', /maksimal behandlingstid på 4 måneder/],
    ['nav-interpreter-short-notice', /akutt fare for liv og helse, viktige hendelser i livet, arbeid og utdanning, og dagliglivets gjøremål/],
    // nav.no (Tolking for døve …): screen interpreting as an alternative, bildetolking or videotolking
    ['nav-interpreter-short-notice', /bildetolking eller videotolking – som alternativ til oppmøtetolk/],
    // dovblindhet.no (text from NAV): bildetolk at work; what must be booked in advance
    ['nav-interpreter-short-notice', /Lengre samtaler, tolking til et annet språk enn norsk og tolking utenfor åpningstiden må forhåndsbestilles/],
    // Kunnskapsbanken (Akutt behov): the akuttvakt is open day and night, for when waiting a working day costs too much
    ['nav-interpreter-short-notice', /døgnåpen, men gjelder når det å vente til neste virkedag får urimelig store konsekvenser/],
    // Kunnskapsbanken (Søknad og bestilling): channels; one booking for recurring meetings
    ['nav-interpreter-short-notice', /per e-post, SMS eller telefon og via bildetolktjenesten/],
    ['nav-interpreter-short-notice', /én bestilling for hele perioden/],
    // LDO (Individuell tilrettelegging): the employer need not implement the measure the employee thinks best
    ['duty-accommodation-employer-chooses', /ikke plikt til å iverksette det tiltaket arbeidstakeren mener er best, men skal vurdere tiltakene hen foreslår/],
    ['duty-accommodation-employer-chooses', /plikt til å medvirke/],
    // LDO: the right applies in the job and during a recruitment process
    ['duty-accommodation-applicants', /både når man har en jobb og underveis i en ansettelsesprosess/],
    // LDO: employer and employee can get advice and financial support from NAV; nav.no: the folketrygd pays interpreting at work
    ['duty-accommodation-applicants', /kan få råd, veiledning og økonomisk stønad fra NAV/],
    ['duty-accommodation-applicants', /folketrygden dekker tegnspråk- og skrivetolk i arbeid/],
    // LDO: an expensive measure and a small budget
    ['duty-accommodation-disproportionate-burden', /Er tiltaket dyrt og virksomheten har et lite budsjett/],
    // LDO: the workplace need not be universally designed, but reasonable individual adaptation, e.g. the ICT system
    ['hiring-uu-vs-accommodation', /ikke er pliktige til at arbeidsplassen skal være universelt utformet/],
    ['hiring-uu-vs-accommodation', /legge om IKT-systemet/],
    // Uu-tilsynet (FAQ): public bodies' statements cover intranet and extranet
    ['hiring-uu-vs-accommodation', /også intranett og ekstranett/],
    // Høringsnotat on the web directive, ch. 3: «offentligrettslig organ» after the procurement directive
    ['uu-statement-who-must', /ikke av industriell eller forretningsmessig art/],
    // KS: the rules apply whatever the organisational form
    ['uu-statement-who-must', /reglene gjelder uavhengig av organisasjonsform/],
    // Feide (Sikt) and Bergen kommune: the public body is responsible for the statement of third-party solutions it uses
    ['uu-statement-who-must', /juridisk ansvarlige for tilgjengelighetserklæring på nettløsninger fra tredjeparter/],
    ['uu-statement-who-must', /Bergen kommune sier det samme om sine tjenester/],
    // nav.no (Datahjelpemidler): ordinary computer equipment is not covered by NAV
    ['nav-computer-aids', /vanlig tastatur og en vanlig mus/],
    // Uu-tilsynet (Om tilgjengelegheitserklæring): apps from 1 February 2024 (already in the entry; the probes rely on it)
    ['hiring-uu-accessibility-statement', /1\. februar 2024 for apper/],
  ],
  DAY,
);

// This round's probe questions (written from the topics before the entries were changed, a few added afterwards), with the
// asker's sector.
describeRoutedQuestions(
  'round nineteen manager questions reach the entry that holds the fact',
  [
    ['Må vi tekste videointervjuet på Teams for en hørselshemmet søker?', 'state', 'hiring-digital-interview'],
    // Applicants in the recruitment process
    ['Må vi tilrettelegge for søkere også, ikke bare ansatte?', 'state', 'duty-accommodation-applicants'],
    ['gjelder tilretteleggingsplikten i rekruteringsprosessen?', undefined, 'duty-accommodation-applicants'],
    ['Har søkjarar rett på tilrettelegging på intervjuet?', 'municipal', 'duty-accommodation-applicants'],
    ['Søker med nedsatt syn skal ta en skriftlig test hos oss, må vi tilpasse den?', 'municipal', 'duty-accommodation-applicants'],
    ['Søker vil ha mer tid på casen, gir det urettferdig fordel?', 'state', 'hiring-test-assistant-accommodation'],
    // The round-eighteen todo: the applicants entry now names who pays
    ['Søker trenger tilrettelegging på intervjuet, hvem betaler?', 'state', 'duty-accommodation-applicants'],
    ['digitalt intervju med døv søker, hvordan?', 'municipal', 'duty-accommodation-applicants'],
    // Who decides
    ['Ansatt og leder er uenige om tilrettelegging, hvem bestemmer?', 'municipal', 'duty-accommodation-employer-chooses'],
    ['Medarbeideren krever et bestemt tiltak, men vi mener et annet holder. Hvem har siste ord?', 'state', 'duty-accommodation-employer-chooses'],
    ['kan arbeidsgiver bestemme tiltaket selv?', undefined, 'duty-accommodation-employer-chooses'],
    ['Kven avgjer kva tiltak vi vel når vi er usamde med den tilsette?', 'municipal', 'duty-accommodation-employer-chooses'],
    ['må vi gjøre akkurat det den ansatte ber om når vi tilrettelegger?', 'state', 'duty-accommodation-employer-chooses'],
    // Disproportionate burden and the employer's size
    ['Må en stor kommune tåle mer kostnad til tilrettelegging enn en liten bedrift?', 'municipal', 'duty-accommodation-disproportionate-burden'],
    ['Etaten har stort budsjett, betyr det at vi må strekke oss lenger på tilrettelegging?', 'state', 'duty-accommodation-disproportionate-burden'],
    ['uforholdsmessig byrde stor arbeidsgiver?', undefined, 'duty-accommodation-disproportionate-burden'],
    ['Kan enheten si nei til tilrettelegging fordi budsjettet vårt er sprekt?', 'municipal', 'duty-accommodation-disproportionate-burden'],
    ['Teller støtte fra NAV med i vurderingen av om tilretteleggingen er for dyr?', 'state', 'duty-accommodation-disproportionate-burden'],
    ['Er direktoratet pliktig å betale dyr tilrettelegging når vi har store ressurser?', 'state', 'duty-accommodation-disproportionate-burden'],
    ['Må ein stor kommune bere meir kostnad med tilrettelegging?', 'municipal', 'duty-accommodation-disproportionate-burden'],
    // NAV Hjelpemiddelsentral against ordinary equipment
    ['Dekker NAV vanlig tastatur og mus til en ansatt?', 'state', 'nav-computer-aids'],
    ['hvem betaler vanlig pc til ansatt som får skjermleser fra nav?', 'state', 'nav-computer-aids'],
    ['Må vi kjøpe hev senk pult selv eller søke hjelpemiddelsentralen?', 'municipal', 'acc-desk-chair-who-pays'],
    ['Kven betaler vanleg kontorutstyr til ein tilsett med funksjonsnedsetjing?', 'municipal', 'acc-desk-chair-who-pays'],
    ['Hva dekker hjelpemiddelsentralen og hva må arbeidsgiver kjøpe?', 'state', 'nav-work-aids'],
    ['Kan hjelpemiddelsentralen gi oss råd selv om vi betaler utstyret?', 'municipal', 'acc-where-to-get-advice'],
    ['Får vi veiledning fra NAV hjelpemiddelsentral om tilrettelegging av arbeidsplassen?', undefined, 'acc-where-to-get-advice'],
    // Interpreter for a deaf or hard-of-hearing employee
    ['Hvordan bestiller vi tolk til døv ansatt på kort varsel?', 'municipal', 'nav-interpreter-short-notice'],
    ['Trenger tolk til møte i morgen for hørselshemmet kollega, hva gjør vi?', 'state', 'nav-interpreter-short-notice'],
    ['Akutt behov for tegnspråktolk, hvordan bestille?', 'state', 'nav-interpreter-short-notice'],
    ['ingen tolk ledig til personalmøtet, hva nå?', 'municipal', 'nav-interpreter-short-notice'],
    ['tolk på kort varsel til døv medarbeidar i kommunen?', 'municipal', 'nav-interpreter-short-notice'],
    ['Kan ansatt bruke bildetolk på jobb?', undefined, 'nav-interpreter-deaf'],
    ['Hvem betaler skrivetolk til personalmøtet?', 'municipal', 'nav-interpreter-deaf'],
    // Universal design against individual aids
    ['Kan vi nøye oss med individuelle hjelpemidler i stedet for å gjøre systemene universelt utformet?', 'state', 'hiring-uu-vs-accommodation'],
    ['Holder det å tilrettelegge for den enkelte, slipper vi da universell utforming?', 'municipal', 'hiring-uu-vs-accommodation'],
    ['Trenger vi universell utforming når ingen ansatte har funksjonsnedsettelse?', 'state', 'hiring-uu-vs-accommodation'],
    ['må arbeidsplassen være universelt utforma eller holder individuell tilrettelegging?', 'municipal', 'hiring-uu-vs-accommodation'],
    // A known miss until round twenty-seven, when the entry's first line named what faces the public
    ['Er universell utforming en plikt for arbeidsplassen eller bare for publikum?', undefined, 'hiring-uu-vs-accommodation'],
    // ICT: apps, publicly owned companies, who is responsible, zoom
    ['Er WCAG 2.2 krav for jobbportalen?', 'municipal', 'uu-wcag-version'],
    ['wcag 2.2 gjelder det oss i staten?', 'state', 'uu-wcag-version'],
    ['Må jobbappen til kommunen ha tilgjengelighetserklæring?', 'municipal', 'hiring-uu-accessibility-statement'],
    ['Fra når måtte apper ha tilgjengelighetserklæring?', undefined, 'hiring-uu-accessibility-statement'],
    ['Gjelder uu-kravene for et statlig aksjeselskap?', 'state', 'uu-statement-who-must'],
    ['Er et statseid AS omfattet av kravet om tilgjengelighetserklæring?', 'state', 'uu-statement-who-must'],
    ['kommunalt AS, må det ha tilgjengelighetserklæring?', 'municipal', 'uu-statement-who-must'],
    ['Gjelder kravene om tilgjengelighetserklæring for Statnett eller andre statsforetak?', 'state', 'uu-statement-who-must'],
    // A round-sixteen known miss, routed since the entry says who answers for a supplier's solution
    ['Må en privat leverandør som driver en tjeneste for kommunen ha tilgjengelighetserklæring?', undefined, 'uu-statement-who-must'],
    ['Hvem i kommunen har ansvaret for universell utforming av nettsidene?', 'municipal', 'uu-responsible-top-leader'],
    ['Hvem har ansvaret for uu i etaten, IT eller ledelsen?', 'state', 'uu-responsible-top-leader'],
    ['hvem er ansvarlig for uu på nettsida vår?', undefined, 'uu-responsible-top-leader'],
    ['Er det rådmannen som har ansvar for tilgjengelighet på kommunens nettsider?', 'municipal', 'uu-responsible-top-leader'],
    ['Hvor mye må det gå an å zoome i jobbportalen?', 'municipal', 'uu-form-zoom-keyboard-contrast'],
    ['Må stillingsportalen fungere med 400 % zoom?', 'state', 'uu-form-zoom-keyboard-contrast'],
    ['Må karrieresida fungere når søkjaren forstørrar teksten?', 'municipal', 'uu-form-zoom-keyboard-contrast'],
    ['må jobbportalen funke når man zoomer inn på mobil?', undefined, 'uu-form-zoom-keyboard-contrast'],
    // A round-nineteen known miss, routed since round twenty-one (r21-ud-advert) changed the index around «jobbportal»
    ['Kven har ansvar for universell utforming av jobbportalen i direktoratet?', 'state', 'uu-responsible-top-leader'],
  ],
  DAY,
);

describe('round nineteen access known misses', () => {
  it.todo(
    'Whether a given state-owned company (AS or statsforetak) is an «offentligrettslig organ» — no source settles a named company; the entry says to ask Uu-tilsynet or the lawyer',
  );
  it.todo('The akuttvakt phone number and the bildetolk opening hours were not written into an entry: the sources read are older news items; nav.no/tolk has the current ones');
});

// Questions of this round the index does not yet route to the entry that holds the answer (fails once one is fixed).
describeKnownMisses(
  'round nineteen known misses are still missed',
  [
    [
      'Kandidat ber om å få intervjuspørsmålene på forhånd pga funksjonsnedsettelse, må vi?',
      'state',
      'duty-accommodation-applicants',
      'goes to hiring-structured-interview; a phrasing on written questions pulled «En kandidat med autisme ber om å få spørsmålene skriftlig» away from hiring-interview-anxiety-autism-adhd',
    ],
    [
      'hvem betaler tilrettelegging for søker på intervju i kommunen?',
      'municipal',
      'duty-accommodation-applicants',
      'goes to mun-interview-target-group: a municipal entry that fits about as well goes before the general one',
    ],
  ],
  DAY,
);
