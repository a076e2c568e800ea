/**
 * Round twenty-seven (r27-nav-grants): NAV's grants as managers in the state and municipalities ask about them – the
 * inclusion grant, functional assistance, the mentor grant and travel support for employees with a lasting disability.
 * Most angles were already answered; this round added two entries and extended six. Sources read 2026-12-03 (stored copies
 * of the pages): NAV Arbeidsgiver «Inkluderingstilskudd» (the veiviser: «opp til en maksimal sats», the list of measures),
 * nav.no «Inkluderingstilskot» (nynorsk: «makssats fastsett av departementet»), nav.no's employer page updated 26 May 2023
 * (that year's rate) and an older nav.no page with a lower amount, nav.no «Funksjonsassistanse i arbeidslivet»,
 * Kunnskapsbanken «Vilkår 2 – krav om ordinært lønnet arbeid» and «Hvordan søke om funksjonsassistent», DFØ
 * «Traineeprogrammet i staten – dette må du gjøre som arbeidsgiver» and Difi «Til deg som er blitt ansatt som trainee»
 * (last changed 7 February 2020). The 2026 inclusion-grant cap is not on nav.no: the parameter keeps the value of NAV's
 * agreement system (Sats.java, August 2026) and is unchanged.
 */
import { describeFacts, describeHouseStyle, describeKnownMisses, describeRoutedQuestions } from '../../test/support/entryChecks.js';

const DAY = '2026-12-03';

describeHouseStyle('round twenty-seven NAV grant entries keep the house style', ['nav-inclusion-grant-cap-outdated', 'nav-function-assistance-apply-when'], {
  day: DAY,
  english: true,
});

describeFacts(
  'round twenty-seven NAV grant entries say what their sources say',
  [
    // nav.inclusion-grant.cap, 2026 value from NAV's agreement system (Sats.java); unchanged this round
    ['nav-inclusion-grant-cap-outdated', /For i år er taket 160 400 kr per deltaker eller arbeidstaker/],
    // nav.no «Inkluderingstilskot» (nynorsk): twelve months from the day the first expense is paid
    ['nav-inclusion-grant-cap-outdated', /over 12 måneder \(ett år\) regnet fra dagen den første utgiften blir betalt/],
    // nav.no employer page updated 26 May 2023 gave that year's amount; an older nav.no page a lower one
    ['nav-inclusion-grant-cap-outdated', /oppdatert i mai 2023 oppga satsen for det året, og en enda eldre nav.no-side et lavere beløp/],
    // NAV Arbeidsgiver veiviser: «opp til en maksimal sats»; nynorsk page: «fastsett av departementet»
    ['nav-inclusion-grant-cap-outdated', /«opp til en maksimal sats»/],
    ['nav-inclusion-grant-cap-outdated', /«fastsett av departementet»/],
    // nav.no: the application must reach NAV before the planned purchase; paid afterwards on the refund claim
    ['nav-inclusion-grant-cap-outdated', /sende søknaden til NAV før det planlagte innkjøpet, og NAV betaler etterskuddsvis/],
    // extended: the main entry points to the yearly change
    ['nav-inclusion-grant', /Taket justeres hvert år, så lavere beløp på eldre nettsider er utdaterte/],
    // extended: NAV Arbeidsgiver's list of measures does not name opplæring; the person page says «arbeidsmarkedstiltak»
    ['nav-inclusion-grant-training-participant', /lister opp tiltakene tilskuddet gis for .* uten å nevne opplæring/],
    // Kunnskapsbanken «Vilkår 2»: ordinary paid work; no full-time or duration requirement; students and work practice excluded
    ['nav-function-assistance-apply-when', /Funksjonsassistanse gis til den som er i \*\*ordinært lønnet arbeid\*\*/],
    ['nav-function-assistance-apply-when', /vikariat, sommerjobb, ekstrajobb og redusert stilling kan gi funksjonsassistanse/],
    ['nav-function-assistance-apply-when', /Studenter og personer i arbeidspraksis er ikke omfattet/],
    // Kunnskapsbanken «Vilkår 2»: a job seeker who meets the conditions may get a forhåndsvedtak
    ['nav-function-assistance-apply-when', /en jobbsøker som fyller vilkårene, kan få et forhåndsvedtak/],
    // nav.no: possible accommodation and aids must be clarified before the need for an assistant is assessed
    ['nav-function-assistance-apply-when', /mulig tilrettelegging og aktuelle hjelpemidler må være \*\*klarlagt\*\* før NAV vurderer/],
    // Kunnskapsbanken «Hvordan søke»: always contact the centre in the county where the person lives before applying
    ['nav-function-assistance-apply-when', /kontakt alltid NAV Hjelpemiddelsentral i fylket der den ansatte bor før dere søker/],
    // Kunnskapsbanken «Hvordan søke»: the employer sends the application together with the employee
    ['nav-function-assistance-apply-when', /det er arbeidsgiveren sammen med den ansatte som søker/],
    // DFØ (current): recommends a mentor, says nothing of a written agreement; Difi (2020): a written trainee–mentor agreement
    ['state-trainee-follow-up-mentor', /DFØ anbefaler det fortsatt/],
    ['state-trainee-follow-up-mentor', /står på Difis traineesider \(sist endret februar 2020\)/],
    ['state-trainee-follow-up-mentor', /DFØs nåværende side for arbeidsgivere nevner ikke en slik avtale/],
    // nav.no «Mentortilskudd»: the mentor's pay for the hours agreed for the mentor task, not the whole salary
    ['nav-mentor-hours-pay', /\*\*Ikke hele lønnen:\*\* tilskuddet dekker bare timene mentoren er frikjøpt til mentoroppgaven/],
  ],
  DAY,
);

describeRoutedQuestions(
  'managers reach the round twenty-seven NAV grant answers in their own words',
  [
    ['Hvor mye er inkluderingstilskuddet i år? Jeg så et beløp på nettet som virker gammelt', undefined, 'nav-inclusion-grant-cap-outdated'],
    ['Hva er øvre grense for inkluderingstilskudd per person nå?', 'state', 'nav-inclusion-grant-cap-outdated'],
    ['Er beløpet for inkluderingstilskudd på gamle nettsider utdatert?', 'state', 'nav-inclusion-grant-cap-outdated'],
    ['NAV-siden sier noe annet om maksbeløpet for inkluderingstilskudd enn kollegaen min – hva gjelder?', 'municipal', 'nav-inclusion-grant-cap-outdated'],
    ['Hva slags utgifter til tilrettelegging kan NAV dekke gjennom inkluderingstilskuddet?', 'municipal', 'nav-inclusion-grant'],
    ['Kan inkluderingstilskudd brukes til arbeidstøy og vernesko?', 'state', 'nav-inclusion-grant'],
    ['Vi har allerede kjøpt inn hev-senk-pult til den nye, kan vi søke inkluderingstilskudd nå?', 'municipal', 'nav-inclusion-grant-apply'],
    ['Er det den ansatte selv som må søke om inkluderingstilskuddet?', 'state', 'nav-inclusion-grant-apply'],
    ['Alle nyansatte får PC og mobil hos oss – kan NAV dekke det for en med tilrettelegging?', 'municipal', 'nav-inclusion-grant-not-covered'],
    ['En deltaker på opplæring i ordinær utdanning fra NAV tar fagbrev hos oss – kan vi få inkluderingstilskudd?', 'municipal', 'nav-inclusion-grant-training-participant'],
    ['Gjelder inkluderingstilskudd for en NAV-deltaker som tar fagbrev i kommunen?', 'municipal', 'nav-inclusion-grant-training-participant'],
    ['Har en medarbeider krav på funksjonsassistent fra NAV?', 'state', 'nav-function-assistance-right-refusal'],
    ['Er funksjonsassistent noe den ansatte har rett til?', 'municipal', 'nav-function-assistance-right-refusal'],
    ['Hvor lenge varer et vedtak om funksjonsassistent?', 'state', 'nav-function-assistance-changes'],
    ['Kan vi søke funksjonsassistent før den nye har begynt i jobben?', 'state', 'nav-function-assistance-apply-when'],
    ['Må arbeidsforholdet være i gang før vi søker funksjonsassistent?', 'municipal', 'nav-function-assistance-apply-when'],
    ['Gjelder det noen frist for når vi søker funksjonsassistent til en som begynner neste måned?', 'municipal', 'nav-function-assistance-apply-when'],
    [
      'Den ansatte trenger hjelp til å ta av seg jakka og spise lunsj – dekker funksjonsassistanse det eller BPA fra kommunen?',
      'municipal',
      'nav-function-assistance-personal-care',
    ],
    ['Trenger NAV lønnsslipp når vi krever refusjon for funksjonsassistent?', 'state', 'nav-function-assistance-hours'],
    ['En ansatt kan ikke ta buss på grunn av en varig funksjonsnedsettelse – hva kan NAV hjelpe med for reisen til jobb?', 'state', 'nav-work-travel'],
    ['Kan en ansatt med varig funksjonsnedsettelse få støtte til bil for å komme seg på jobb?', 'municipal', 'nav-car-grant-work'],
    ['Hva skjer med bilstønaden hvis den ansatte mister jobben?', 'state', 'nav-car-grant-job-ends'],
    ['Dekker mentortilskuddet hele lønnen til mentoren?', 'municipal', 'nav-mentor-hours-pay'],
    ['Får vi hele lønna til mentoren dekket av NAV eller bare timene?', 'state', 'nav-mentor-hours-pay'],
    ['Kan vi få mentortilskudd for en nyansatt som ikke følges opp av NAV?', 'municipal', 'nav-mentor-ordinary-employee'],
    ['Mentortilskudd for en nyansatt uten NAV-veileder – går det?', 'state', 'nav-mentor-ordinary-employee'],
    ['Skal traineen og mentoren ha en skriftlig mentoravtale?', 'state', 'state-trainee-follow-up-mentor'],
    ['Hvem skal følge opp traineen vår i tillegg til nærmeste leder?', 'state', 'state-trainee-follow-up-mentor'],
    ['Må mentor og mentee skrive under en egen kontrakt når NAV betaler mentortilskudd?', 'municipal', 'nav-mentor-written-agreement'],
    ['Hvem setter opp mentoravtalen, og når må vi si hvem som er mentor?', 'municipal', 'nav-mentor-agreement'],
  ],
  DAY,
);

describeKnownMisses(
  'round twenty-seven NAV grant questions the index does not yet route',
  [
    [
      'Stemmer det at inkluderingstilskuddet er på 118 400 kroner?',
      'municipal',
      'nav-inclusion-grant-cap-outdated',
      'the amount is the only anchor and no phrasing holds figures; the entry leads but scores under the threshold',
    ],
    [
      'Kan vi søke om funksjonsassistent før personen er ansatt hos oss?',
      'municipal',
      'nav-function-assistance-apply-when',
      '«søke om funksjonsassistent … ansatt hos oss» matches nav-function-assistance-employer («hvem ansetter … hvordan søker vi»)',
    ],
    [
      'Vi har ansatt en rullestolbruker som starter om en måned – kan vi søke om assistent nå?',
      'state',
      'nav-function-assistance-apply-when',
      '«assistent» without «funksjons-» and «rullestolbruker» lead to the general functional-assistance entry',
    ],
  ],
  DAY,
);
