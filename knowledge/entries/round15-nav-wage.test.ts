/**
 * Round fifteen (r15-nav-wage): NAV's wage subsidies from their public sources, fact by fact — nav.no's employer
 * pages on midlertidig and varig lønnstilskudd and mentortilskudd, NAV's notice on the digital agreement, NAV's
 * employer guide on varig lønnstilskudd, DFØ on wage subsidies in the state, KS on Inn i jobb (the 2024
 * agreement page and «bli med på nettverk») and Proba's analysis of Inn i jobb (2022–2023). Most manager
 * questions on the topic already reached an entry holding the fact; this round adds three entries and a fact
 * or a phrasing to a few others. Sources read 2026-12-01.
 */
import { describe, it } from 'vitest';
import { describeFacts, describeHouseStyle, describeRoutedQuestions, describeKnownMisses } from '../../test/support/entryChecks.js';

const DAY = '2026-12-01';

const NEW = ['nav-wage-subsidy-no-backdating', 'nav-wage-subsidy-public-employer', 'mun-inn-i-jobb-results'] as const;

describeHouseStyle('round fifteen wage-subsidy entries keep the house style', NEW, { day: DAY, english: true });

describeFacts(
  'round fifteen wage-subsidy entries say what their sources say',
  [
    // nav.no: Varig lønnstilskudd and Mentortilskudd («må godkjenne avtalen før tiltaket begynner»); Midlertidig lønnstilskudd
    ['nav-wage-subsidy-no-backdating', /^Nei, som hovedregel ikke/],
    ['nav-wage-subsidy-no-backdating', /\*\*godkjenne avtalen før tiltaket begynner\*\*/],
    ['nav-wage-subsidy-no-backdating', /har vi ikke funnet beskrevet – det avgjør NAV/],
    // NAV veiviser for arbeidsgivere: «Vi kan gi varig lønnstilskudd både til private og offentlige virksomheter»
    ['nav-wage-subsidy-public-employer', /\*\*private og offentlige virksomheter\*\*/],
    // statsansatteforskriften § 3a (from 1 July 2022); DFØ: Legg til rette for auka bruk av lønstilskot
    ['nav-wage-subsidy-public-employer', /fra 1\. juli 2022 .*statsansatteforskriften § 3a/],
    // arbeidsmiljøloven § 14-9 andre ledd bokstav d
    ['nav-wage-subsidy-public-employer', /§ 14-9 andre ledd bokstav d/],
    // KS: Samarbeidet om Inn i jobb fortsetter («Alle kommunene har lykkes …»)
    ['mun-inn-i-jobb-results', /har \*\*alle de fjorten kommunene\*\* lykkes/],
    // KS: Inn i jobb – bli med på nettverk (Lyngdal: ti startet i august 2020, fire i gang med fagbrev)
    ['mun-inn-i-jobb-results', /fire av dem var senere i gang med fagbrev/],
    // Proba: Analyse av Inn i jobb-satsingen (arbeidstrening bedre strukturert; ulik praksis mellom NAV-kontorene)
    ['mun-inn-i-jobb-results', /\*\*bedre strukturert\*\*/],
    ['mun-inn-i-jobb-results', /Ulik praksis mellom NAV-kontorene/],
    // KS: Inn i jobb – bli med på nettverk («ungdommer som i dag verken er i utdanning eller arbeid»)
    ['mun-inn-i-jobb', /\*\*unge som verken er i utdanning eller arbeid\*\*/],
    // nav.no: Varig lønnstilskudd («Det er Nav som vurderer om arbeidssøkerne har varig nedsatt arbeidsevne»)
    ['nav-reduced-work-capacity', /\*\*NAV som vurderer\*\* om en person har nedsatt arbeidsevne/],
    // nav.no: Ny løsning for å inngå avtale om lønnstilskudd (lenke, Min side – arbeidsgiver, Altinn); midlertidig page («Opprett en avtale her»)
    ['nav-wage-subsidy-apply', /\*\*Hvor:\*\* avtalen er digital/],
    ['nav-wage-subsidy-apply', /Min side – arbeidsgiver, og tilgangen styres i Altinn/],
    // nav.no: Varig lønnstilskudd (grunnlaget er lønn, feriepenger, arbeidsgiveravgift og pensjon, etter stillingsprosent)
    ['nav-wage-subsidy-agreement-change', /Det gjelder både midlertidig og varig lønnstilskudd/],
  ],
  DAY,
);

// Written after the entries, in other words than their phrasings (probe questions of this round).
describeRoutedQuestions(
  'round fifteen manager questions reach the entry that holds the fact',
  [
    ['Hvor på nett oppretter vi en lønnstilskuddsavtale?', undefined, 'nav-wage-subsidy-apply'],
    ['Kan lønnstilskuddet gis med tilbakevirkende kraft fra første arbeidsdag?', undefined, 'nav-wage-subsidy-no-backdating'],
    ['Personen har allerede begynt hos oss, kan lønnstilskuddet gjelde fra første dag?', undefined, 'nav-wage-subsidy-no-backdating'],
    ['Kan en statlig virksomhet få lønnstilskudd fra NAV?', 'state', 'nav-wage-subsidy-public-employer'],
    ['Får kommuner lønnstilskudd på samme måte som private bedrifter?', 'municipal', 'nav-wage-subsidy-public-employer'],
    ['Hvilke resultater har Inn i jobb gitt?', 'municipal', 'mun-inn-i-jobb-results'],
    ['Hvem er målgruppen for Inn i jobb?', 'municipal', 'mun-inn-i-jobb'],
    ['Hvem står bak Inn i jobb?', 'municipal', 'mun-inn-i-jobb'],
    ['Hva får vi hvis kandidaten har nedsatt arbeidsevne – høyere lønnstilskudd?', undefined, 'nav-reduced-work-capacity'],
    ['Hvem er lønnstilskudd ment for?', undefined, 'nav-wage-subsidy-who'],
    ['Hvor oppretter vi avtalen om lønnstilskudd?', undefined, 'nav-wage-subsidy-apply'],
    ['Hvem hos oss kan sende inn refusjonen for lønnstilskudd?', undefined, 'nav-wage-subsidy-refund-claim'],
    ['Må kommunen si opp den ansatte når lønnstilskuddet slutter?', 'municipal', 'mun-wage-subsidy-ending-dismissal'],
    ['Blir en på lønnstilskudd fast etter tre år i kommunen?', 'municipal', 'mun-measure-participant-not-permanent'],
    ['Får vi mer i varig lønnstilskudd når lønna øker?', undefined, 'nav-wage-subsidy-agreement-change'],
    ['Hvor stor andel av lønna dekker NAV med midlertidig lønnstilskudd?', undefined, 'nav-wage-subsidy-rates'],
    ['Hvor mange måneder kan en få midlertidig lønnstilskudd?', undefined, 'nav-wage-subsidy-duration'],
    ['Hva skjer med lønnstilskuddet når den ansatte blir sykmeldt?', undefined, 'nav-wage-subsidy-employee-sick'],
    ['Kan vi gå fra midlertidig til varig lønnstilskudd?', undefined, 'nav-wage-subsidy-to-lasting'],
    ['Hvor ofte vurderer NAV det varige lønnstilskuddet på nytt?', undefined, 'nav-lasting-wage-subsidy-duration'],
    ['Kan nærmeste leder være mentor?', undefined, 'nav-mentor-who'],
    ['Kan vi få mentor i tillegg til lønnstilskudd?', undefined, 'nav-wage-subsidy-combine'],
    ['Hvor mye dekker NAV hvert år i det fireårige lønnstilskuddet?', undefined, 'nav-four-year-wage-subsidy'],
    ['Lønnstilskuddet går ut om to måneder, kan vi ansette fast uten utlysning?', 'state', 'state-wage-subsidy-ending'],

    // Known misses of the round (it.todo notes), now answered.
    ['Hva er Inn i jobb?', 'municipal', 'mun-inn-i-jobb'],
    ['Hvem bestemmer om kandidaten har nedsatt arbeidsevne?', undefined, 'nav-reduced-work-capacity'],
    // round 29: routes since nav-wage-subsidy-refund-problems has a «glemt å sende inn refusjonen» phrasing
    ['Vi glemte å sende refusjonskravet i tide, hva nå?', undefined, 'nav-wage-subsidy-refund-problems'],
  ],
  DAY,
);

describe('round fifteen wage-subsidy known misses', () => {
  it.todo('«Hva er innsatsgruppe og betyr det noe for lønnstilskuddet?» (0.43): no public source read that ties the rate to the innsatsgruppe');
  it.todo(
    "four-year wage subsidy for young people: no nav.no page found (only the Lovdata regulation of 4 Feb 2026 and NAV's agreement code) – the entry says to confirm with NAV",
  );
  it.todo('tiltaksforskriften kap. 9/10 and the mentor chapter: the regulation text itself could not be read here; facts rest on nav.no pages');
  it.todo('varig lønnstilskudd for an employee at risk after twelve months of sick leave («unntaksvis», an old NAV page): not added, no current nav.no source');
});

// Questions of the round the index does not yet route to the entry that holds the answer (once written as it.todo notes); each fails once it is fixed.
describeKnownMisses(
  'round fifteen nav-wage known misses are still missed',
  [
    ['Hvordan kan kommunen vår bli med i Inn i jobb?', undefined, 'mun-inn-i-jobb-network-offer', 'goes to mun-inn-i-jobb-municipalities (0.77)'],
    ['Kan vi leie inn en ekstern mentor og få tilskudd?', undefined, 'nav-mentor-who', '0.43, below the answer line'],
    [
      'Når blir tilskuddet redusert fra 40 til 30 prosent?',
      undefined,
      'nav-wage-subsidy-step-down',
      'tentative (0.52) on nav-wage-subsidy-rates; numbers in the question are not read',
    ],
    [
      'Kan vi som arbeidsgiver velge hvilken sats vi får?',
      undefined,
      'nav-wage-subsidy-rates',
      'goes to duty-accommodation-employer-chooses (0.65). A phrasing on choosing the rate lowered the lead of nav-lasting-wage-subsidy-current-employee in topics.test.ts, so none was added',
    ],
    [
      'Kan vi få lønnstilskudd tilbake i tid?',
      undefined,
      'nav-wage-subsidy-no-backdating',
      'tentative (0.51) on nav-wage-subsidy-who; «tilbake i tid» not read as «tilbakevirkende»',
    ],
  ],
  DAY,
);
