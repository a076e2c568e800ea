/**
 * Round twenty-five (r25-employment): appointment, probation and part-time in the state and the municipalities, for what the
 * base lacked. Sources read 2026-12-03: Statens personalhåndbok 2017 on Lovdata (pkt. 2.2.4.1 unntak fra loven, 2.9.2
 * overtallige, 2.14.2.1 kunngjøring), Statens personalhåndbok kap. 2 (regjeringen.no), regjeringen.no on Tilsettingsrådet
 * for overtallige arbeidstakere i staten (ended 1 July 2017), the guidance to the ministries' personnel regulations
 * (statsansatteloven § 7), Lovdata's statsansatteforskriften (table of contents and § 1), Creo on dismissal of state
 * employees (§ 19, other suitable work), Jobbnorge quoting statsansatteloven § 24, DFØ (Difi) on kunngjering,
 * regjeringen.no «Melding om prøvetidsregler», Prop. 94 L (2016–2017) kap. 14, Politiforum on dismissal in probation,
 * KS-advokatene «Lokalt partsarbeid i kommunen – er det kun to parter?», Kommunedirektørforum on the same, Arbeidstilsynet on
 * aml § 14-1 b, Prop. 133 L (2021–2022) kap. 6, KA on § 14-1 b, Arbeidstilsynet's text of § 14-14 a, Innst. 53 L (2022–2023),
 * Idunn (Arbeidsrett 2005) on Rt. 2005 s. 826 about «tilsigelsesavtaler», and Virke on on-call substitutes.
 */
import { describeFacts, describeHouseStyle, describeRoutedQuestions } from '../../test/support/entryChecks.js';

const DAY = '2026-12-03';

describeHouseStyle(
  'round twenty-five employment entries keep the house style',
  [
    'state-redundant-redeploy-vacant-post',
    'state-small-or-short-post-board',
    'state-probation-experienced-hire',
    'mun-union-talks-employer-party',
    'mun-small-post-reduced-capacity',
  ],
  { day: DAY, english: true },
);

describeFacts(
  'round twenty-five employment entries say what their sources say',
  [
    // Statens personalhåndbok 2017 pkt. 2.9.2: being found redundant gives no rights by itself; omplassering, new competence or dismissal
    ['state-redundant-redeploy-vacant-post', /gir ingen rettigheter i seg selv; det kan bety omplassering, ny kompetanse eller at hen kan bli sagt opp/],
    // Creo (statsansatteloven § 19): not fair grounds if other suitable work; qualified; no duty to create a post
    ['state-redundant-redeploy-vacant-post', /annet passende arbeid å tilby og den ansatte er kvalifisert for det \(statsansatteloven § 19/],
    ['state-redundant-redeploy-vacant-post', /ingen plikt til å opprette en ny stilling eller sette sammen oppgaver/],
    // Jobbnorge quoting statsansatteloven § 24: preferred right to other suitable post in the state; best qualified among several
    ['state-redundant-redeploy-vacant-post', /fortrinnsrett til annen passende stilling i staten\*\* \(statsansatteloven § 24\)/],
    // Statens personalhåndbok 2017 pkt. 2.14.2.1: exceptions in the regulation, clearly naming the posts
    ['state-redundant-redeploy-vacant-post', /skal klart gå fram hvilke stillinger som er unntatt/],
    // regjeringen.no: Tilsettingsrådet for overtallige not continued in statsansatteloven; ended 1 July 2017
    ['state-redundant-redeploy-vacant-post', /ble ikke videreført i statsansatteloven og \*\*opphørte 1\. juli 2017\*\*/],
    // Statens personalhåndbok kap. 2: ansettelse is an enkeltvedtak; the ministry sets the boards and the groups they appoint
    ['state-small-or-short-post-board', /\*\*En ansettelse er et enkeltvedtak\*\*/],
    ['state-small-or-short-post-board', /hvilke grupper av ansatte hvert råd ansetter/],
    // Veiledning til personalreglement for departementene: § 7 exempts §§ 3–6 (qualification, advertising, recommendation, appointing body) up to six months
    ['state-small-or-short-post-board', /inntil 6 måneder er unntatt fra §§ 3–6 – altså kvalifikasjonsprinsippet, utlysning, innstilling og ansettelsesorgan/],
    // Statens personalhåndbok 2017 pkt. 2.2.4.1: under tjenestemannsloven lecturers etc. in small fractions were wholly exempt
    ['state-small-or-short-post-board', /forelesere og praksisveiledere i små stillingsbrøker helt unntatt fra loven/],
    // regjeringen.no Melding om prøvetidsregler: probation obligatory; the appointing body may decide not to use it; item in the standard contract
    ['state-probation-experienced-hire', /prøvetid er \*\*obligatorisk\*\* i staten \(statsansatteloven § 15\)/],
    ['state-probation-experienced-hire', /Ansettelsesorganet kan i konkrete tilfeller beslutte at prøvetid ikke skal brukes/],
    ['state-probation-experienced-hire', /eget punkt i standardmalen for arbeidsavtale i staten; det særskilte prøvetidsskjemaet er utgått/],
    // Prop. 94 L kap. 14: the purpose is to assess whether the employee has the necessary competence and adapts
    ['state-probation-experienced-hire', /\*\*nødvendige kompetansen\*\* og tilpasser seg arbeidet/],
    // Politiforum: necessary guidance depends on the kind of work, the post, the employee's education and experience
    ['state-probation-experienced-hire', /arbeidets art, typen stilling og den ansattes utdanning og erfaring/],
    // KS-advokatene: locally only two parties; kommunedirektør has the employer role in day-to-day staff matters
    ['mun-union-talks-employer-party', /bare \*\*to parter\*\*: arbeidstakersiden og arbeidsgiversiden/],
    ['mun-union-talks-employer-party', /der kan kommunestyret ikke overprøve kommunedirektøren/],
    // KS-advokatene quoting Hovedavtalen del B § 2-1
    ['mun-union-talks-employer-party', /Hovedavtalen del B § 2-1\*\* definerer arbeidsgiver som kommunestyret, fylkestinget, styret eller den som er delegert slik myndighet/],
    // KS via Kommunedirektørforum: mixing employees and elected members without kommuneloven § 5-1 is not lawful
    ['mun-union-talks-employer-party', /uten å følge reglene om oppnevning i kommuneloven § 5-1 er ikke lov/],
    // Prop. 133 L kap. 6: no legal limit on part-time hiring; aim is awareness and less unnecessary part-time
    ['mun-small-post-reduced-capacity', /ingen rettslig begrensning i adgangen til å ansette i deltid/],
    // Arbeidstilsynet § 14-1 b (2): document in writing, available to union representatives, discuss
    ['mun-small-post-reduced-capacity', /dokumenteres skriftlig, dokumentasjonen skal være tilgjengelig for de tillitsvalgte/],
    // KA: both the employer's and the employee's circumstances may be taken into account
    ['mun-small-post-reduced-capacity', /forhold både på arbeidsgivers og arbeidstakers side tas med/],
    // Arbeidstilsynet, aml § 14-14 a (the rest of the base cites it so; an unofficial mirror had § 14-1 a): yearly discussion of part-time use
    [
      'mun-small-post-reduced-capacity',
      /drøftes med de tillitsvalgte minst én gang i året, eller når en av partene krever det – sammen med midlertidige ansettelser og innleie \(arbeidsmiljøloven § 14-14 a\)/,
    ],
    // Idunn on Rt. 2005 s. 826: «fast ansatt ekstrahjelp ved behov» treated as an unlawful temporary employment
    ['mun-on-call-substitutes', /Rt\. 2005 s\. 826[\s\S]*ulovlig midlertidig ansettelse/],
    // Virke: a fixed evening a week belongs to the base staffing – a part-time employee, not an on-call substitute
    ['mun-on-call-substitutes', /fast vakt én kveld i uken, bør ansettes som deltidsansatt og ikke som tilkallingsvikar/],
  ],
  DAY,
);

describeRoutedQuestions(
  'manager questions in other words reach the round twenty-five employment entries',
  [
    [
      'Arbeidet til en av våre ansatte faller bort – kan vi sette hen inn i en ledig stilling uten ny utlysning og uten ansettelsesrådet?',
      'state',
      'state-redundant-redeploy-vacant-post',
    ],
    ['Hvem skal ansette i en stilling på noen få timer i uka i etaten – lederen eller ansettelsesrådet?', 'state', 'state-small-or-short-post-board'],
    ['Må vi avtale prøvetid med en erfaren ny direktør i etaten, eller følger den av loven?', 'state', 'state-probation-experienced-hire'],
    ['Hvordan vurderer vi i prøvetiden en erfaren leder vi har hentet inn til etaten?', 'state', 'state-probation-experienced-hire'],
    ['Skal kommunestyret ha en egen plass ved bordet når vi drøfter med fagforeningene?', 'municipal', 'mun-union-talks-employer-party'],
    ['Er kommunedirektøren eller politikerne arbeidsgiver i møtet med de tillitsvalgte?', 'municipal', 'mun-union-talks-employer-party'],
    ['Vi har en ringeliste der folk er fast ansatt som ekstrahjelp ved behov – holder det?', 'municipal', 'mun-on-call-substitutes'],
    ['Heltid er jo hovedregelen – kan kommunen likevel gi en liten deltidsjobb til en som har begrenset arbeidskapasitet?', 'municipal', 'mun-small-post-reduced-capacity'],
  ],
  DAY,
);
