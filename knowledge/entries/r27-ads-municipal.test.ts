/**
 * Round twenty-seven (r27-ads-municipal): inclusive job advertisements and municipal hiring, where the base answered
 * weakly. Sources read 2026-12-03: DFØ «Positiv særbehandling når man søker jobb i staten», «Ny tekst for å omtale
 * inkludering og mangfold i statlige stillingsannonser» and «Hvordan skrive stillingsannonser som inkluderer?»; Difi's
 * page of the same name (no standard template) and «Utlysningstekst» (the requirements bind the process); Statens
 * personalhåndbok 2017 pkt. 2.3.2.1 (what a diversity statement holds); KS-advokatene «Mulighetene for unntak fra
 * kvalifikasjonsprinsippet» (scope and type of earmarked posts discussed with union representatives; statutory and
 * agreed rights not set aside); Arbeidstilsynet's text of arbeidsmiljøloven § 14-14 a (yearly discussion of part-time,
 * temporary hiring and hired labour); seed 000 (the ministry's letter to KS, 3 Nov 2023).
 * New: the municipal invitation sentence (no KS template found; the state's standard text describes state rules).
 * Extended: requirements that keep applicants with a CV gap, who must be involved before earmarking, a long absence
 * whose cause is resolved, the yearly part-time discussion's section, a municipal trainee post's length, and phrasings
 * for an organisation's complaint about an advert (diskrimineringsombudsloven § 9 could still not be read).
 */
import { describeFacts, describeHouseStyle, describeKnownMisses, describeRoutedQuestions } from '../../test/support/entryChecks.js';

const DAY = '2026-12-03';

describeHouseStyle('round twenty-seven advertisement entries keep the house style', ['mun-ad-invitation-text'], { day: DAY, english: true });

describeFacts(
  'round twenty-seven advertisement and municipal entries say what their sources say',
  [
    // DFØ (positiv særbehandling): the state's text explains the interview duty for at least one qualified applicant per group
    ['mun-ad-invitation-text', /minst én kvalifisert søker med funksjonsnedsettelse, hull i CV-en eller innvandrerbakgrunn skal kalles inn til intervju/],
    // statsansatteforskriften §§ 4 og 4a bind the state only
    ['mun-ad-invitation-text', /Reglene står i statsansatteforskriften og gjelder ikke kommunen/],
    // SPH 2017 pkt. 2.3.2.1: tie the statement to the tasks, a concrete invitation, accommodation
    ['mun-ad-invitation-text', /ulik bakgrunn og livserfaring er en styrke i tjenesten \(Statens personalhåndbok 2017, pkt\. 2\.3\.2\.1\)/],
    ['mun-ad-invitation-text', /\*\*Si at dere tilrettelegger\*\*/],
    // Difi (2020): there is no standard template for an inclusive advert
    ['mun-ad-invitation-text', /Difi skrev at det ikke finnes én standardmal/],
    // ldl § 30: no questions about disability
    ['mun-ad-invitation-text', /likestillings- og diskrimineringsloven § 30/],
    ['mun-inclusive-job-ads', /\*\*Ingen ferdig mal:\*\* vi har ikke funnet en modelltekst fra KS/],
    // Difi «Utlysningstekst»; ldl §§ 8–9 (indirect discrimination); Sivilombudet on «eller tilsvarende»
    ['ad-writing-inclusive-tips', /«eller tilsvarende erfaring»/],
    [
      'ad-writing-inclusive-tips',
      /\*\*«fersk»\*\*, \*\*«nylig»\*\* eller \*\*«sammenhengende»\*\* erfaring[\s\S]*indirekte diskriminering \(likestillings- og diskrimineringsloven §§ 8 og 9\)/,
    ],
    ['ad-writing-inclusive-tips', /kravene binder vurderingen av søkerne senere \(Difi\)/],
    // KS-advokatene: both scope and type of posts discussed with the union representatives; rights not set aside
    ['mun-earmarked-positions-number', /\*\*både omfanget og typen stillinger\*\* som øremerkes, drøftes med \*\*de tillitsvalgte\*\*/],
    ['mun-earmarked-positions-number', /^Nei, det finnes \*\*ingen fast grense\*\*/],
    // KS (jus og ansettelser): welfare grounds only when nearly as well qualified; ldl § 30: do not ask about health
    ['mun-welfare-grounds', /det er kvalifikasjonene nå som teller/],
    ['mun-welfare-grounds', /skal ikke spørre om helse eller funksjonsnedsettelse \(likestillings- og diskrimineringsloven § 30\)/],
    ['mun-welfare-grounds', /kan det bare vippe valget når søkeren er tilnærmet like godt kvalifisert/],
    // Arbeidstilsynet § 14-14 a: at least once a year, or when a party demands it
    [
      'mun-small-post-reduced-capacity',
      /minst én gang i året, eller når en av partene krever det – sammen med midlertidige ansettelser og innleie \(arbeidsmiljøloven § 14-14 a\)/,
    ],
    // DFØ/statsansatteforskriften (parameter state.trainee.max-months): the state's trainee period, which does not bind the municipality
    ['mun-trainee-scheme-legal-basis', /Statens traineeperiode er inntil 24 måneder \(to år\) \(statsansatteforskriften\), men den regelen gjelder ikke kommunen/],
    ['mun-trainee-scheme-legal-basis', /lengden må følge av grunnlaget for den midlertidige ansettelsen i arbeidsmiljøloven § 14-9/],
  ],
  DAY,
);

describeRoutedQuestions(
  'managers reach the round twenty-seven advertisement and municipal answers in their own words',
  [
    ['Hva er KS sin mal for setningen om mangfold i stillingsannonsen?', 'municipal', 'mun-ad-invitation-text'],
    ['Hvordan oppfordrer kommunen folk med funksjonsnedsettelse til å søke i selve annonseteksten?', 'municipal', 'mun-ad-invitation-text'],
    ['Finnes det en mal for mangfoldserklæring som kommuner kan bruke i utlysninger?', 'municipal', 'mun-inclusive-job-ads'],
    ['Hvilken tekst bør kommunen ha i annonsen for å invitere folk med funksjonsnedsettelse til å søke?', 'municipal', 'mun-inclusive-job-ads'],
    ['Finnes det en ferdig tekst om mangfold vi kan bruke i statlige utlysninger?', 'state', 'state-ad-diversity-text'],
    ['Hvilke krav i annonsen gjør at folk med hull i CV-en ikke søker?', undefined, 'ad-writing-inclusive-tips'],
    ['Bør vi skrive eller tilsvarende i kravene så flere med opphold i CV-en søker?', 'state', 'ad-writing-inclusive-tips'],
    ['Hvordan unngår vi at kravene i stillingsannonsen stenger ute folk som har vært borte fra jobb en stund?', undefined, 'ad-writing-inclusive-tips'],
    ['Hvem må involveres når kommunen vil øremerke stillinger?', 'municipal', 'mun-earmarked-positions-number'],
    ['Må vi drøfte med de tillitsvalgte før vi forbeholder noen stillinger for målgruppen?', 'municipal', 'mun-earmarked-positions-number'],
    ['Hva må kommunen ha gjort før vi lyser ut en stilling bare for personer med nedsatt funksjonsevne?', 'municipal', 'mun-target-group-only-advert'],
    ['Kan vi droppe kravet om helsefagutdanning når stillingen er øremerket?', 'municipal', 'mun-target-group-competence-requirements'],
    ['Hva sa departementet i brevet til KS om kvalifikasjonsprinsippet?', 'municipal', 'mun-ministry-letter-2023'],
    ['En søker har vært ute av arbeid i mange år men årsaken er løst, kan vi ta hensyn til det?', 'municipal', 'mun-welfare-grounds'],
    ['Kan vi velge den nest beste søkeren fordi hun har en funksjonsnedsettelse?', 'municipal', 'mun-welfare-grounds'],
    ['En vikar søker en stilling som er lyst ut internt bare for fast ansatte, må vi vurdere henne?', 'municipal', 'hiring-internal-ad-permanent-only'],
    ['Hindrer heltidsregelen at vi tilbyr en 40 prosent stilling til en med redusert arbeidsevne?', 'municipal', 'mun-small-post-reduced-capacity'],
    ['Kan vi ansette en med nedsatt arbeidsevne i 40 prosent når heltid skal være hovedregelen?', 'municipal', 'mun-small-post-reduced-capacity'],
    ['Hva må vi dokumentere før vi bestemmer at en stilling skal være deltid?', 'municipal', 'mun-parttime-documentation'],
    ['Lederen i tilsettingsutvalget er uenig med flertallet, kan hun ringe sin egen kandidat og tilby jobben?', 'municipal', 'mun-appointment-committee-split'],
    ['Finnes det en maksimal lengde på en kommunal traineekontrakt for folk med nedsatt funksjonsevne?', 'municipal', 'mun-trainee-scheme-legal-basis'],
    ['Kan kommunen ha et midlertidig traineeprogram for personer med funksjonsnedsettelse som staten?', 'municipal', 'mun-trainee-programme'],
    ['Kan en interesseorganisasjon klage til Diskrimineringsnemnda på annonsen vår selv om ingen søker har klaget?', undefined, 'ad-discriminatory-ad-consequences'],
    ['En interesseorganisasjon mener annonsen vår diskriminerer på alder, kan de klage til Diskrimineringsnemnda?', undefined, 'ad-discriminatory-ad-consequences'],
  ],
  DAY,
);

describeKnownMisses(
  'round twenty-seven questions the index does not yet route',
  [
    [
      'Kan vi bruke DFØ sin tekst om positiv særbehandling i kommunens utlysning?',
      'municipal',
      'mun-ad-invitation-text',
      'ranks first in search, but «DFØ» reads as the state and the state entry is shown',
    ],
    ['Can an organisation complain about our job ad without an applicant?', undefined, 'ad-discriminatory-ad-consequences', 'goes to nav-anonymous-ad («job ad»)'],
    [
      'Kandidaten har vært hjemme i flere år, men er frisk nå – teller det mot henne i kommunen?',
      'municipal',
      'mun-welfare-grounds',
      'goes to tg-cv-gap-causes, below the threshold',
    ],
    [
      'Hvor lang kan traineeperioden være i en kommunal traineeordning for målgruppen?',
      'municipal',
      'mun-trainee-scheme-legal-basis',
      'goes to mun-trainee-programme («traineeordning … målgruppen»)',
    ],
  ],
  DAY,
);
