/**
 * Round twenty-six (r26-municipal): what municipal managers (sykehjem, barnehage, hjemmetjeneste, teknisk drift, kulturhus)
 * ask, where the base lacked it. Sources read 2026-12-03: Arbeidstilsynet on hjemmekontorforskriften § 1 and on heimekontor,
 * Visma and Grette on the ministry's reading of «kortvarig eller sporadisk» (2022), regjeringen.no's consultation on the
 * regulation (2021), Compendia on probation and home office, LO-advokatene on dismissal in probation (higher demands in posts
 * with high qualification requirements), Advokat Monsen, Stiegler and Arbeidslivsjuss on probation, KS-advokatene on the
 * agreed understanding of the qualification principle (earmarked posts discussed with union representatives), Prop. 81 L
 * (2016–2017) kap. 14 on ldl § 9, and Virke on extending probation after partial sick leave.
 */
import { describeFacts, describeHouseStyle, describeRoutedQuestions } from '../../test/support/entryChecks.js';

const DAY = '2026-12-03';

describeHouseStyle('round twenty-six municipal entries keep the house style', ['duty-home-office-short-period', 'mun-probation-experienced-hire'], {
  day: DAY,
  english: true,
});

describeFacts(
  'round twenty-six municipal entries say what their sources say',
  [
    // Arbeidstilsynet, hjemmekontorforskriften § 1: not short-term or sporadic work, unless the employee only works at home
    ['duty-home-office-short-period', /\*\*ikke kortvarig eller sporadisk arbeid\*\* – med mindre arbeidstakeren bare jobber hjemme/],
    // Visma/Grette (ministry, 2022): up to two weeks e.g. after a broken foot is short; a full month or more normally not
    ['duty-home-office-short-period', /opptil 2 uker, for eksempel som tilrettelegging etter en brukket fot, også er unntatt/],
    ['duty-home-office-short-period', /Fullt hjemmearbeid i 1 måned eller mer er normalt \*\*ikke\*\* kortvarig/],
    // Visma (ministry): less than one day a week on average is normally sporadic even if regular
    ['duty-home-office-short-period', /Mindre enn 1 dag i uken i snitt er normalt sporadisk/],
    // Arbeidstilsynet heimekontor, § 2: separate written agreement with scope, hours, availability, duration, equipment
    ['duty-home-office-short-period', /\*\*skriftlig avtale om hjemmearbeidet\*\*: blant annet omfang, arbeidstid/],
    // Compendia: working from home is not absence, so it does not extend probation (aml § 15-6 (4))
    ['duty-home-office-short-period', /hjemmekontor er ikke fravær fra arbeidet, så uker med hjemmekontor gir ikke grunnlag for å forlenge prøvetiden/],
    // LO-advokatene: average normal level; posts with high qualification requirements – faster adaptation expected
    ['mun-probation-experienced-hire', /i stillinger med høye kvalifikasjonskrav forventes raskere tilpasning til arbeidet enn ellers/],
    ['mun-probation-experienced-hire', /ikke kan forvente en idealytelse, men en ytelse på et \*\*gjennomsnittlig nivå\*\*/],
    // Stiegler: probation must be agreed in writing; guidance and feedback giving a real chance to correct
    ['mun-probation-experienced-hire', /avtalt \*\*skriftlig\*\* i arbeidsavtalen, også for en erfaren søker, og kan være høyst 6 måneder/],
    ['mun-probation-experienced-hire', /veiledning og tilbakemeldinger som gir en reell mulighet til å rette seg/],
    // KS-advokatene (extended entry): scope and type discussed with union reps; statutory and agreed rights not set aside
    [
      'mun-target-group-advert-how',
      /både omfang og type stillinger som øremerkes, skal drøftes med de tillitsvalgte, og rettigheter ansatte har etter lov eller tariffavtale må ikke fravikes/,
    ],
    // Prop. 81 L kap. 14 (extended entry): direct differential treatment by gender only when decisive for the work (ldl § 9)
    [
      'hiring-men-preference-children-jobs',
      /bare tillatt når kjønnet har \*\*avgjørende betydning for utøvelsen av arbeidet\*\* \(likestillings- og diskrimineringsloven § 9 andre ledd/,
    ],
    // Virke (checked again): partial sick leave also extends probation; count the days the absence adds up to
    ['mun-probation-extension-absence', /Ved \*\*delvis sykmelding\*\* kan prøvetiden også forlenges; regn ut hvor mange hele dager fraværet til sammen utgjør/],
  ],
  DAY,
);

describeRoutedQuestions(
  'municipal managers reach the round twenty-six answers in their own words',
  [
    ['Den nyansatte skal jobbe hjemme i to uker etter en operasjon – trenger vi skriftlig avtale om hjemmekontor?', 'municipal', 'duty-home-office-short-period'],
    ['Tilrettelegging: kan en ansatt med brukket bein ha hjemmekontor i to uker uten egen avtale?', 'municipal', 'duty-home-office-short-period'],
    ['Gjelder forskriften om hjemmearbeid når en nytilsatt er hjemme et par uker?', undefined, 'duty-home-office-short-period'],
    ['Vi har ansatt en erfaren sykepleier – kan vi forvente mer av henne i prøvetiden?', 'municipal', 'mun-probation-experienced-hire'],
    ['Kan vi stille høyere krav i prøvetiden til en som er ansatt på grunn av lang erfaring?', 'municipal', 'mun-probation-experienced-hire'],
    ['Vi vil lyse ut renholdsstillinger bare for folk med funksjonsnedsettelse – hva må være på plass først?', 'municipal', 'mun-target-group-advert-how'],
    ['Kan vi skrive i annonsen at vi ønsker en mann i barnehagen?', 'municipal', 'hiring-men-preference-children-jobs'],
    ['Kan vi ansette den søkeren som har størst behov for jobben?', 'municipal', 'mun-welfare-grounds'],
    ['Kan sosiale hensyn avgjøre hvem kommunen ansetter?', 'municipal', 'mun-welfare-grounds'],
    ['Vi vil ha en rammeavtale med tilkallingsvakter på kulturhuset – hvordan skal kontraktene se ut?', 'municipal', 'mun-on-call-substitutes'],
    ['Kan vi ha ny prøvetid når en assistent i barnehagen blir pedagogisk leder?', 'municipal', 'mun-probation-new-position'],
    ['Vi har ikke drøftet midlertidige ansettelser med tillitsvalgte på flere år – hvem håndhever det?', 'municipal', 'mun-temp-union-discussion'],
    ['Lederen av tilsettingsutvalget er uenig med flertallet – kan hun gi tilbud alene?', 'municipal', 'mun-appointment-committee-split'],
    ['Den oppsagte i prøvetiden saksøker oss – kan hun fortsette i jobben?', 'municipal', 'mun-probation-dismissal-stay'],
    ['Kan vi si opp en nyansatt i teknisk drift etter tre uker?', 'municipal', 'mun-probation-dismissal-grounds'],
    ['Hvor mye kan prøvetiden forlenges når den ansatte var halvt sykmeldt?', 'municipal', 'mun-probation-extension-absence'],
    ['Må det stå i annonsen for barnehageassistent at politiattest kreves?', 'municipal', 'mun-police-certificate-kindergarten'],
    ['Vi tenker å lyse ut en 40 prosent stilling i hjemmetjenesten – må vi snakke med tillitsvalgte først?', 'municipal', 'mun-parttime-documentation'],
    ['Kan vi fjerne kravet om fagbrev når vi øremerker stillinger i hjemmetjenesten?', 'municipal', 'mun-target-group-competence-requirements'],
    ['Vi har to like kandidater, kan vi ta den yngre fordi flere snart pensjonerer seg?', 'municipal', 'hiring-age-balance-younger'],
    ['Kan den nest beste søkeren få jobben fordi hun har nedsatt funksjonsevne?', 'municipal', 'mun-welfare-grounds'],
    ['Kan vi forvente mer av en nyansatt med 20 års erfaring i prøvetiden?', 'municipal', 'mun-probation-experienced-hire'],
    ['En nyansatt i barnehagen vil ha hjemmekontor i to uker – trenger vi avtale?', 'municipal', 'duty-home-office-short-period'],
    ['Kan vi skrive «mannlig søker ønskes» i annonsen til SFO?', 'municipal', 'hiring-men-preference-children-jobs'],
    // Known misses of earlier rounds (hiring-law, round eighteen, round nineteen) that this round's phrasings now route.
    ['Kan vi ta hensyn til at en søker har en vanskelig situasjon hjemme, når hen er nesten like godt kvalifisert?', 'municipal', 'mun-welfare-grounds'],
    ['Korleis lyser kommunen ut ei stilling berre for søkjarar med nedsett funksjonsevne?', 'municipal', 'mun-target-group-advert-how'],
    ['Kor mykje må stå i kontrakten til ein tilkallingsvikar i kommunen?', 'municipal', 'mun-on-call-substitutes'],
  ],
  DAY,
);
