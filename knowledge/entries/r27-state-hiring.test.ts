/**
 * Round twenty-seven (r27-state-hiring): advertisement and the qualification principle in the state, and the appointment
 * bodies. Two new entries (exemptions from advertisement in the personalreglement, including none at all; secondary
 * posts such as professor II at a state university or college) and extensions of the entries managers reach for these
 * questions. Sources read 2026-12-03: Statens personalhåndbok 2017 on Lovdata (pkt. 2.14.2.1 unntak fra offentlig
 * kunngjøring, 2.14.2.2 kunngjøringens innhold, 2.14.2.3 fornyet kunngjøring, 2.14.2.4 behandling av søknader,
 * 2.14.3.4 innstillingen), Statens personalhåndbok kap. 2 on regjeringen.no (pkt. 2.1 and 2.2), DFØ «Personalreglement»,
 * Reglement for personalforvaltningen i departementene (§ 3), UiO's rules for appointments to professor and associate
 * professor posts (§§ 1 and 3), Khrono on the requirement to advertise secondary posts (the ministry and HK-dir),
 * universitets- og høyskoleforskriften (FOR-2024-06-28-1392) § 3-1, Prop. 126 L (2022–2023) kap. 11, and Sivilombudet
 * on references taken on an applicant the employer did not find formally qualified (a state university college).
 */
import { describeFacts, describeHouseStyle, describeKnownMisses, describeRoutedQuestions } from '../../test/support/entryChecks.js';

const DAY = '2026-12-03';

describeHouseStyle('round twenty-seven state hiring entries keep the house style', ['state-regulation-exempt-from-advertisement', 'state-university-secondary-post-advertise'], {
  day: DAY,
  english: true,
});

describeFacts(
  'round twenty-seven state hiring entries say what their sources say',
  [
    // SPH 2017 pkt. 2.14.2.1: clearly which posts or categories; not all or most; leader posts normally public
    ['state-regulation-exempt-from-advertisement', /klart gå fram hvilke stillinger eller stillingskategorier som er unntatt/],
    ['state-regulation-exempt-from-advertisement', /å unnta samtlige eller de aller fleste stillinger er ikke tillatt, fordi det ville omgå kvalifikasjonsprinsippet/],
    ['state-regulation-exempt-from-advertisement', /\*\*Lederstillinger\*\* må normalt alltid lyses ut offentlig/],
    // SPH 2017 pkt. 2.14.2.1: the reglement must also say whether exempted posts are advertised internally or not at all
    ['state-regulation-exempt-from-advertisement', /må det også si om de da skal \*\*lyses ut internt\*\*, eller om utlysning kan \*\*sløyfes helt\*\*/],
    // SPH 2017 pkt. 2.14.2.1: rules on discussion with the employees' representatives before an exemption
    ['state-regulation-exempt-from-advertisement', /regler om drøfting med de tillitsvalgte før det besluttes unntak/],
    // DFØ «Personalreglement»: agreed between the management and the organisations; the ministry's template and guide
    ['state-regulation-exempt-from-advertisement', /avtales mellom ledelsen og organisasjonene med forhandlingsrett, og departementet har laget en mal og en veiledning \(DFØ\)/],
    // universitets- og høyskoleforskriften § 3-1 d: ekstraerverv under universitets- og høyskoleloven § 7-7
    ['state-university-secondary-post-advertise', /\*\*ekstraerverv\*\* \(universitets- og høyskoleloven § 7-7, som universitets- og høyskoleforskriften § 3-1 viser til\)/],
    // Khrono (the ministry, HK-dir): special grounds; a high threshold; only the board, not faculty boards or committees
    ['state-university-secondary-post-advertise', /når særlige grunner taler for det, men etter forarbeidene skal terskelen være høy, og bare \*\*styret\*\* kan gjøre det/],
    ['state-university-secondary-post-advertise', /ikke fakultetsstyrer eller ansettelsesutvalg \(Kunnskapsdepartementet, gjengitt av Khrono\)/],
    // UiO § 3 and § 1: advertised publicly via NAV and on its own pages; the same rules for secondary posts
    ['state-university-secondary-post-advertise', /lyses ut offentlig via NAV og på universitetets nettsider, og at reglene er de samme for ordinære stillinger og bistillinger/],
    // Extensions. SPH 2017 pkt. 2.14.2.1 in the public-advertisement and internal-advertisement entries
    ['state-public-advertisement', /enten slik at de bare lyses ut internt, eller slik at utlysning sløyfes helt\. Reglementet må si hvilket av de to som gjelder/],
    ['state-internal-advertisement', /Reglementet \*\*må\*\* også si om en unntatt stilling skal lyses ut internt, eller om utlysning kan sløyfes helt/],
    // Reglement for personalforvaltningen i departementene § 3 (2); UiO § 3 (NAV and own pages cover both duties)
    ['duty-internal-vacancy-info', /Reglement for personalforvaltningen i departementene § 3 at stillinger som lyses ut offentlig, også skal lyses ut internt/],
    ['duty-internal-vacancy-info', /dekker både statsansattelovens krav om offentlig utlysning og arbeidsmiljølovens krav om informasjon til de ansatte/],
    // SPH 2017 pkt. 2.14.3.4: normally three, in the order they should be considered, when several are qualified
    ['state-recommendation-how-many', /innstillingen \*\*normalt\*\* skal inneholde tre søkere i den rekkefølgen de bør komme i betraktning, når det er flere kvalifiserte søkere/],
    ['state-recommendation-how-many', /tjenestemannsloven § 4 nr\. 4/],
    // SPH 2017 pkt. 2.14.2.4: new information from the interview written down (forvaltningsloven § 11 d)
    ['hiring-screening-interview-suitability', /nye opplysninger av betydning som kommer fram i intervjuet, skal så vidt mulig skrives ned \(forvaltningsloven § 11 d/],
    // SPH 2017 pkt. 2.14.2.2 c: requirements and wishes for education and practice, and any special requirements
    [
      'state-who-sets-qualification-requirements',
      /hvilke krav og hvilke ønsker som gjelder for utdanning og praksis, og eventuelle særlige krav \(Statens personalhåndbok 2017 pkt\. 2\.14\.2\.2\)/,
    ],
    ['state-who-sets-qualification-requirements', /saklig formål, være nødvendig og ikke være uforholdsmessig inngripende \(likestillings- og diskrimineringsloven § 9\)/],
    // statsansatteloven § 13 (as enacted 2025, see round 24): part-timers, not redundant employees
    ['state-redundant-redeploy-vacant-post', /statsansatteloven § 13 gjelder deltidsansattes fortrinnsrett til utvidet stilling, ikke overtallige/],
    // Sivilombudet (state university college): references mainly confirm what came out in the interview
    ['hiring-reference-what-to-ask', /sjekk først at søkerne fyller de formelle kravene i utlysningen, for eksempel utdanningskravet, så intervju/],
    ['hiring-reference-what-to-ask', /bekrefte eller avkrefte det som kom fram i intervjuet \(Sivilombudet\)/],
  ],
  DAY,
);

describeRoutedQuestions(
  'round twenty-seven state hiring questions reach their entries',
  [
    ['Hva må bestemmelsen om unntak fra kunngjøring i personalreglementet inneholde?', 'state', 'state-regulation-exempt-from-advertisement'],
    ['Kan personalreglementet si at noen stillinger ikke skal lyses ut i det hele tatt?', 'state', 'state-regulation-exempt-from-advertisement'],
    ['Kan reglementet vårt unnta alle saksbehandlerstillinger fra offentlig kunngjøring?', 'state', 'state-regulation-exempt-from-advertisement'],
    ['Kan vi skrive i reglementet at enkelte stillingsgrupper aldri skal kunngjøres?', 'state', 'state-regulation-exempt-from-advertisement'],
    ['Må vi lyse ut en professor II-stilling på høyskolen?', 'state', 'state-university-secondary-post-advertise'],
    ['Kan universitetet ansette en forsker i bistilling uten kunngjøring?', 'state', 'state-university-secondary-post-advertise'],
    ['Kan fakultetet selv ansette i en førsteamanuensis II uten å lyse ut?', 'state', 'state-university-secondary-post-advertise'],
    ['Må alle ledige stillinger i en statlig etat kunngjøres offentlig?', 'state', 'state-public-advertisement'],
    ['Er det plikt til å lyse ut stillinger eksternt i staten?', 'state', 'state-public-advertisement'],
    ['Kan vi nøye oss med å lyse ut stillingen internt i etaten?', 'state', 'state-internal-advertisement'],
    ['Når holder det med en intern utlysning i et direktorat?', 'state', 'state-internal-advertisement'],
    ['Hvilken regel sier at ansatte skal få vite om ledige stillinger i departementet?', 'state', 'duty-internal-vacancy-info'],
    ['Må vi i tillegg informere de ansatte når stillingen allerede er lyst ut eksternt?', 'state', 'duty-internal-vacancy-info'],
    ['Skal innstillingen ha minst tre kandidater?', 'state', 'state-recommendation-how-many'],
    ['Hvor mange navn skal stå på innstillingen til tilsettingsrådet?', 'state', 'state-recommendation-how-many'],
    ['Vi tok en kort første samtale og mener en søker ikke passer personlig – hvordan dokumenterer vi det?', 'state', 'hiring-screening-interview-suitability'],
    ['Kan vi velge bort en søker etter et kort innledende intervju fordi hun ikke virket egnet?', 'state', 'hiring-screening-interview-suitability'],
    ['Ingen søkere har mastergrad som vi krevde – må vi lyse ut på nytt?', 'state', 'state-no-qualified-applicants'],
    ['Alle søkerne mangler mastergraden – kan vi ansette en med bachelor uten ny utlysning?', 'state', 'state-no-qualified-applicants'],
    ['Hva sier personalhåndboka om å skille mellom krav og ønsker i kvalifikasjonskravene?', 'state', 'state-who-sets-qualification-requirements'],
    ['Hvordan unngår vi at kvalifikasjonskravene i en statlig annonse ekskluderer søkere?', 'state', 'state-who-sets-qualification-requirements'],
    ['En overtallig ansatt kan få en ledig stilling med nesten like oppgaver – må den lyses ut?', 'state', 'state-redundant-redeploy-vacant-post'],
    ['Kan vi gi en ansatt i omstilling en ledig stilling uten at ansettelsesrådet behandler saken?', 'state', 'state-redundant-redeploy-vacant-post'],
    ['Må en liten stilling på 20 prosent behandles i ansettelsesrådet?', 'state', 'state-small-or-short-post-board'],
    ['Trenger vi innstilling for en liten deltidsstilling i staten?', 'state', 'state-small-or-short-post-board'],
    ['Må vi lyse ut en fast stilling på 20 prosent i etaten?', 'state', 'state-small-part-time-post-advertise'],
    ['Gjelder utlysningsplikten for en liten deltidsstilling hos oss?', 'state', 'state-small-part-time-post-advertise'],
    ['Kan vi ringe referansene før vi har sjekket at søkeren har utdanningen vi krever?', 'state', 'hiring-reference-what-to-ask'],
    ['Skal vi sjekke utdanningskravet eller ta referanser først i en statlig ansettelse?', 'state', 'hiring-reference-what-to-ask'],
    ['Kan vi sortere bort korte søknader med stavefeil når mange av søkerne har utenlandske navn?', 'state', 'hiring-screening-names-spelling'],
    ['Er det indirekte diskriminering å sile bort korte søknader med skrivefeil?', 'state', 'hiring-screening-names-spelling'],
    ['Søkeren har tidligere klaget oss inn for diskriminering – kan vi la være å kalle henne inn nå?', 'state', 'state-applicant-earlier-complaint-retaliation'],
    ['En søker som klaget til ombudet på oss i fjor, søker igjen – hva må vi passe på?', 'state', 'state-applicant-earlier-complaint-retaliation'],
    ['Er et krav om nylig ledererfaring i annonsen lovlig?', 'state', 'ad-recent-unbroken-experience'],
    ['Kan vi kreve fersk ledererfaring i en statlig lederstilling?', 'state', 'ad-recent-unbroken-experience'],
  ],
  DAY,
);

describeKnownMisses(
  'round twenty-seven state hiring questions the index does not yet route',
  [
    [
      'Stillingen legges ut på arbeidsplassen.nav.no – skal den også lyses ut internt hos oss?',
      'state',
      'duty-internal-vacancy-info',
      '«arbeidsplassen.nav.no» pulls it to vacancy-report-to-nav',
    ],
    [
      'Kan vi ansette den beste selv om hun mangler utdanningskravet i annonsen?',
      'state',
      'state-no-qualified-applicants',
      'goes to hiring-equivalent-experience (both sectors), which gives the same rule: re-advertise',
    ],
    [
      'Hvem fastsetter utdanningskravene i annonsen når direktoratet skal ansette?',
      'state',
      'state-who-sets-qualification-requirements',
      'scores below the answer threshold; hiring-equivalent-experience ranks first',
    ],
  ],
  DAY,
);
