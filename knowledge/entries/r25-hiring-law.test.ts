/**
 * Round twenty-five (r25-hiring-law): the law of a fair hiring process, both sectors. Sources read 2026-12-03:
 * LDO on gjengjeldelse (two pages), Juristen «Kvalifikasjonsprinsippet i offentlig sektor», Ot.prp. nr. 67 (2004–2005)
 * kap. 7, Prop. 81 L (2016–2017) kap. 12 (forbud mot diskriminering), kap. 14 (lovlig forskjellsbehandling) and kap. 17
 * (positiv særbehandling), LDO cases 14/1028 (fersk studenterfaring), 14/1013 (omsorg), 09/2308 (språk) and 14/1950
 * (utlysning forbeholdt gutter), LDO «Etnisitet» (veiledningstjenesten), regjeringen.no on the old diskrimineringsloven,
 * Dysleksi Norge «Rettigheter voksne», regjeringen.no/DFØ «Forsøk med anonyme søknader i staten», Fjordabladet (NPK/NRK)
 * «Staten droppar anonym jobbsøking», VG on Oslo kommune's trial, Lovdata «Forskrift om særbehandling av menn»
 * (FOR-1998-07-17-622), Utdanningsnytt «Når er det lov å særbehandle menn i barnehagen?», Compendia «Større mulighet for å
 * særbehandle menn?», Sivilombudet on the fengselsførstebetjent and økoetterforsker appointments, Kommunal Rapport
 * «Personlig egnethet – en vanskelig vurdering» (read; the repeat-applicant topic is already held by
 * state-hiring-without-interview and mun-hiring-without-interview, so no entry was added for it), the government's guide on taushetsplikt (kap. 4 and 5) and Statens
 * personalhåndbok 2017 pkt. 2.4.1.1 on Lovdata. No amounts or durations, so no parameters.
 */
import { describeFacts, describeHouseStyle, describeRoutedQuestions } from '../../test/support/entryChecks.js';

const DAY = '2026-12-03';

describeHouseStyle(
  'round twenty-five hiring-law entries keep the house style',
  ['mun-applicant-earlier-complaint-retaliation', 'ad-recent-unbroken-experience', 'hiring-screening-names-spelling', 'hiring-men-preference-children-jobs'],
  { day: DAY, english: true },
);

describeFacts(
  'round twenty-five hiring-law entries say what their sources say',
  [
    // likestillings- og diskrimineringsloven § 14; LDO Gjengjeldelse: complaint made or said it may come
    ['mun-applicant-earlier-complaint-retaliation', /har sagt at en klage kan komme \(likestillings- og diskrimineringsloven § 14\)/],
    // Juristen: the qualification principle is unwritten in the municipal sector; Ot.prp. nr. 67: best qualified after an overall assessment
    ['mun-applicant-earlier-complaint-retaliation', /\*\*ulovfestede kvalifikasjonsprinsippet\*\*/],
    // LDO Gjengjeldelse: any negative treatment; causal link required
    ['mun-applicant-earlier-complaint-retaliation', /enhver form for negativ behandling, vurdert konkret\. Det må være \*\*årsakssammenheng\*\*/],
    // LDO: not protected when grossly negligent – knew the complaint was false or frivolous
    ['mun-applicant-earlier-complaint-retaliation', /\*\*grovt uaktsomt\*\* – måtte hun forstå at klagen var falsk eller useriøs/],
    // LDO: witnesses and those assisting are protected too
    ['mun-applicant-earlier-complaint-retaliation', /Også vitner\*\* og personer som har hjulpet til/],
    // Prop. 81 L kap. 12: the grounds include disability, pregnancy, parental leave, care duties and age
    ['ad-recent-unbroken-experience', /funksjonsnedsettelse, graviditet, permisjon ved fødsel eller adopsjon, omsorgsoppgaver og alder/],
    // Prop. 81 L kap. 14: saklig formål, nødvendig, ikke uforholdsmessig inngripende
    ['ad-recent-unbroken-experience', /\*\*saklig formål\*\*, det er \*\*nødvendig\*\* for å nå formålet, og det er \*\*ikke uforholdsmessig inngripende\*\*/],
    // LDO 14/1028: equating recent student experience with knowledge gave reason to believe age was weighed
    ['ad-recent-unbroken-experience', /likhetstegn mellom fersk studenterfaring og god kjennskap til utdanningssystemet.*sak 14\/1028/],
    // LDO 14/1013: care responsibility; objectively justified but necessity not shown
    ['ad-recent-unbroken-experience', /ikke sannsynliggjort at det var \*\*nødvendig\*\*.*sak 14\/1013/],
    // LDO Etnisitet: in employment only when the characteristic is decisive for the work
    ['hiring-screening-names-spelling', /\*\*avgjørende betydning for utøvelsen av arbeidet\*\* \(LDO\)/],
    // LDO 09/2308: weighing Norwegian skills was differential treatment; the tribunal majority found it lawful
    ['hiring-screening-names-spelling', /flertallet i nemnda fant den lovlig fordi den hadde et saklig formål, var nødvendig og ikke uforholdsmessig inngripende/],
    // Dysleksi Norge: not being hired because of dyslexia can be discrimination
    ['hiring-screening-names-spelling', /Å ikke bli ansatt på grunn av dysleksi kan være diskriminering \(Dysleksi Norge\)/],
    // VG: Oslo kommune's trial in one agency and one district; more minority applicants invited
    ['hiring-screening-names-spelling', /Oslo kommune prøvde det i én etat og én bydel/],
    // regjeringen.no/DFØ and NPK: the state trial (Aug 2019–Dec 2020) did not give the hoped-for results
    ['hiring-screening-names-spelling', /evaluert av DFØ\) ga ikke de resultatene departementet hadde håpet på: en høy andel med innvandrerbakgrunn ble kalt inn uansett/],
    // Forskrift om særbehandling av menn §§ 2 and 4: teaching or care of children; like or nearly as well qualified
    ['hiring-men-preference-children-jobs', /\*\*i hovedsak er undervisning av eller omsorg for barn\*\*/],
    ['hiring-men-preference-children-jobs', /\*\*like godt eller tilnærmet like godt kvalifisert\*\* \(moderat kvotering\)/],
    ['hiring-men-preference-children-jobs', /barnehager, skolefritidsordninger, grunnskolen og barnevernsinstitusjoner/],
    // Forskriften § 4: the share of men in the department where the work is done
    ['hiring-men-preference-children-jobs', /andelen menn i avdelingen der arbeidet skal gjøres/],
    // LDO 14/1950: an advert reserved for boys was unlawful
    ['hiring-men-preference-children-jobs', /\*\*forbeholdt gutter\*\* var ulovlig.*LDO sak 14\/1950/],
    // Utdanningsnytt: not an unskilled man before qualified women
    ['hiring-men-preference-children-jobs', /kan ikke ansette en ufaglært mann i en stilling som krever utdanning/],
    // Compendia / Prop. 81 L kap. 17: § 11 a general, discretionary rule also for men since 2018
    ['hiring-men-preference-children-jobs', /§ 11 gir siden 2018 en generell adgang til \*\*positiv særbehandling\*\*, også av menn/],
  ],
  DAY,
);

describeRoutedQuestions(
  'manager questions about the law of a fair hiring process reach the entries',
  [
    ['Hun fikk medhold mot kommunen i nemnda sist, og nå søker hun igjen – hvordan unngår vi gjengjeldelse?', 'municipal', 'mun-applicant-earlier-complaint-retaliation'],
    ['Kan utvalget ta hensyn til at søkeren klaget forrige ansettelse inn for Diskrimineringsnemnda?', 'municipal', 'mun-applicant-earlier-complaint-retaliation'],
    ['Er det diskriminerende å be om erfaring fra de to siste årene i en utlysning?', undefined, 'ad-recent-unbroken-experience'],
    ['Kan vi kreve at søkerne har jobbet sammenhengende uten opphold de siste årene?', undefined, 'ad-recent-unbroken-experience'],
    ['Kan vi forkaste søknader som er fulle av stavefeil før vi velger hvem som skal på intervju?', undefined, 'hiring-screening-names-spelling'],
    ['Kan et direktorat sile bort søkere med utenlandske navn for å spare tid?', 'state', 'hiring-screening-names-spelling'],
    ['Vi har bare kvinner i barnehagen – kan vi gi en mannlig søker fortrinn?', 'municipal', 'hiring-men-preference-children-jobs'],
    ['Kan SFO foretrekke en mannlig assistent når alle de ansatte er kvinner?', 'municipal', 'hiring-men-preference-children-jobs'],
  ],
  DAY,
);
