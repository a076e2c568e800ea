/**
 * Round sixteen (r16-nav-wage): NAV's wage subsidies, fact by fact, from nav.no's employer pages (midlertidig and varig
 * lønnstilskudd, the digital refund notice), nav.no's copy of tiltaksforskriften (§ 1-3), the Lovdata regulation on the
 * four-year wage subsidy for young people as cited before, and NAV's own public code (navikt/tiltaksgjennomforing-api:
 * which needs assessment — innsatsgruppe — each measure requires; navikt/veilarbportefolje: the measure names, where
 * «tilpasset jobbstøtte» appears). Two new entries; facts and phrasings added to existing wage-subsidy entries.
 * Sources read 2026-12-01.
 */
import { describe, it } from 'vitest';
import { describeFacts, describeHouseStyle, describeRoutedQuestions, describeKnownMisses } from '../../test/support/entryChecks.js';

const DAY = '2026-12-01';

const NEW = ['nav-wage-subsidy-innsatsgruppe', 'nav-tilpasset-jobbstotte'] as const;

describeHouseStyle('round sixteen wage-subsidy entries keep the house style', NEW, { day: DAY, english: true });

describeFacts(
  'round sixteen wage-subsidy entries say what their sources say',
  [
    // navikt/tiltaksgjennomforing-api Innsatsgruppe.java: midlertidig LTS for every group but standard innsats
    ['nav-wage-subsidy-innsatsgruppe', /\*\*ikke standard innsats\*\*/],
    // … fireårig: spesielt tilpasset, gradert varig, varig tilpasset; varig LTS: varig or gradert varig tilpasset only
    ['nav-wage-subsidy-innsatsgruppe', /Fireårig lønnstilskudd for unge:\*\* spesielt tilpasset, gradert varig tilpasset eller varig tilpasset innsats/],
    ['nav-wage-subsidy-innsatsgruppe', /bare \*\*varig tilpasset\*\* eller \*\*gradert varig tilpasset\*\* innsats/],
    // nav.no: Midlertidig lønnstilskudd («har fått en vurdering fra Nav om behov for hjelp til å komme i jobb»)
    ['nav-wage-subsidy-innsatsgruppe', /vurdering fra NAV om behov for hjelp til å komme i jobb/],
    // navikt/veilarbportefolje Tiltakskodeverk.java: «Tilpasset jobbstøtte» only as a measure name; no nav.no page or regulation found
    // Review 2026-12-02: the first line no longer says «Nei» – a measure NAV names in its code cannot be denied
    ['nav-tilpasset-jobbstotte', /^Det kommer an på hva NAV legger i det i deres sak/],
    ['nav-tilpasset-jobbstotte', /Bare i NAVs kildekode/],
    // navikt/tiltaksgjennomforing-api Tiltakstype.java (read 2026-12-02): the measures in NAV's agreement system for employers
    ['nav-tilpasset-jobbstotte', /ikke blant tiltakstypene i NAVs avtalesystem for arbeidsgivere/],
    // tiltaksforskriften § 1-3 fourth paragraph (nav.no rettskildene): participants must have turned 16
    ['nav-wage-subsidy-who', /må ha fylt \*\*16 år\*\* \(tiltaksforskriften § 1-3\)/],
    // nav.no: Lønnstilskudd får ny digital refusjonsløsning fra februar (deadline two months after the period)
    ['nav-wage-subsidy-refund-frequency', /senest 2 måneder etter at tilskuddsperioden er over/],
    // kommune.nav.no (privatperson): «Lønnstilskuddet skal kompensere for lavere produktivitet»
    ['nav-wage-subsidy-real-job', /kompensere for lavere produktivitet/],
    // aml § 14-9 sjette ledd / statsansatteloven § 17: a lawful temporary post ends; no rule found obliging a permanent post
    ['mun-wage-subsidy-ending', /Kommunen har ingen plikt til å ansette fast/],
    ['state-wage-subsidy-ending', /Dere har ingen plikt til å ansette fast/],
    // Lovdata FOR-2026-02-04-163 and NAV's agreement code: start 1 Aug 2026; two years in a temporary post
    ['mun-four-year-wage-subsidy-hiring', /gjelder fra 1\. august 2026/],
    ['state-four-year-wage-subsidy-hiring', /gjelder fra 1\. august 2026/],
    ['state-four-year-wage-subsidy-hiring', /tilskuddet varer da inntil 2 år/],
    // navikt/tiltak-refusjon-api Tiltakstype.kt: four-year subsidy not paid automatically, capped at 5 G like varig; midlertidig not capped
    ['nav-four-year-wage-subsidy', /kommer pengene ikke automatisk/],
    ['nav-four-year-wage-subsidy', /kan refusjonen ikke bli høyere enn 5 G per år/],
    ['nav-wage-subsidy-refund-claim', /Det samme gjelder varig og fireårig lønnstilskudd/],
    ['nav-wage-subsidy-basis', /for midlertidig lønnstilskudd har NAVs refusjonsløsning ikke et slikt årlig tak/],
  ],
  DAY,
);

// Written before the entries were changed, in other words than their phrasings (probe questions of this round).
describeRoutedQuestions(
  'round sixteen manager questions reach the entry that holds the fact',
  [
    ['Hvilken innsatsgruppe må kandidaten ha for å få lønnstilskudd?', 'municipal', 'nav-wage-subsidy-innsatsgruppe'],
    ['Hva er tilpasset jobbstøtte fra NAV?', 'state', 'nav-tilpasset-jobbstotte'],
    ['Kan vi få lønnstilskudd for en som er under 18?', 'state', 'nav-wage-subsidy-who'],
    ['Kan vi få lønnstilskudd for en som har vært lenge ute av arbeidslivet?', 'municipal', 'nav-wage-subsidy-who'],
    ['Hvor lang frist har vi på å sende refusjonen for lønnstilskudd?', 'state', 'nav-wage-subsidy-refund-claim'],
    ['Hvilken Altinn-rettighet må lederen ha for å godkjenne lønnstilskuddsavtalen?', 'state', 'nav-measure-agreement-altinn'],
    ['Må vi ansette fast etter at lønnstilskuddet er slutt?', 'municipal', 'mun-wage-subsidy-ending'],
    ['Hvorfor gir NAV lønnstilskudd i det hele tatt?', 'municipal', 'nav-wage-subsidy-real-job'],
    ['Kan direktoratet vårt få lønnstilskudd?', 'state', 'nav-wage-subsidy-public-employer'],
    ['Er det noe tak på varig lønnstilskudd i kroner?', 'municipal', 'nav-lasting-wage-subsidy'],
    ['Hvor lenge varer fireårig lønnstilskudd i en midlertidig stilling?', 'state', 'nav-four-year-wage-subsidy'],
    ['Fra når gjelder det fireårige lønnstilskuddet?', 'municipal', 'mun-four-year-wage-subsidy-hiring'],
    ['Hvem i NAV kontakter vi for å bruke unntaket i 3a?', 'state', 'state-wage-subsidy-exemption-nav-contact'],
    ['Må vi melde en med lønnstilskudd inn i SPK?', 'state', 'nav-wage-subsidy-pension-aga'],
    ['Kan vi få en fast kontaktperson i NAV når vi ansetter med lønnstilskudd?', 'state', 'nav-follow-up-agreement'],
    ['Hvilket grunnlag har kommunen for å ansette midlertidig med lønnstilskudd?', 'municipal', 'mun-temporary-measure-participant'],
    ['Må vi gi skriftlig varsel når den midlertidige ansettelsen med lønnstilskudd slutter?', 'municipal', 'mun-wage-subsidy-ending'],
    ['Hva er maks lengde på midlertidig lønnstilskudd?', 'state', 'nav-wage-subsidy-extension'],
    ['Kan vi ansette en som er 50 prosent ufør med varig lønnstilskudd?', 'municipal', 'nav-lasting-wage-subsidy'],
    ['Hvor mye dekker det nye lønnstilskuddet for unge?', 'state', 'nav-four-year-wage-subsidy'],
    ['Er det noe tak på hvor mye vi kan få i det fireårige tilskuddet for unge?', 'municipal', 'nav-four-year-wage-subsidy'],
    ['Må vi sende refusjonskrav for det fireårige lønnstilskuddet selv?', 'state', 'nav-wage-subsidy-refund-claim'],
    ['Hvem skal følge opp den ansatte med varig lønnstilskudd?', 'state', 'nav-lasting-wage-subsidy'],
    ['Kan kommunen ansette midlertidig i to år med lønnstilskudd?', 'municipal', 'mun-state-exceptions'],
    ['Trenger vi å vite diagnosen for å få lønnstilskudd?', 'state', 'nav-wage-subsidy-who'],

    // Known misses of the round (it.todo notes), now answered.
    ['Hvilken rolle i Altinn trenger lønningskontoret for å sende refusjonskravet?', undefined, 'nav-wage-subsidy-refund-claim'],
    // routed since nynorsk forms are read as bokmål (2026-12-03)
    ['Kor mykje dekkjer varig lønstilskot?', undefined, 'nav-lasting-wage-subsidy'],
  ],
  DAY,
);

describe('round sixteen wage-subsidy known misses', () => {
  it.todo('«Hun med lønnstilskudd vil gå opp fra 50 til 80 prosent stilling …» goes to nav-wage-subsidy-part-time-refund (0.56) → nav-wage-subsidy-agreement-change');
  it.todo(
    '«Kan midlertidig lønnstilskudd bli til varig?» goes to nav-temporary-vs-lasting-wage-subsidy (0.85), which does not say how; removing its phrasing «kan midlertidig lønnstilskudd bli varig» made «Hva skiller varig fra midlertidig?» tentative, so it stayed',
  );
  it.todo('tilpasset jobbstøtte: no nav.no page or regulation text found, only a measure name in NAV code – what it is and from when is left to NAV');
  it.todo(
    'the four-year wage subsidy: no nav.no page found today either; the Lovdata regulation (FOR-2026-02-04-163) was not readable here, facts rest on the earlier round and NAV code',
  );
  it.todo('a participant must end the measure when offered suitable work (tiltaksforskriften § 1-3) – not added; how it applies to an employee on wage subsidy was not found');
});

// Questions of the round the index does not yet route to the entry that holds the answer (once written as it.todo notes); each fails once it is fixed.
describeKnownMisses(
  'round sixteen nav-wage known misses are still missed',
  [
    [
      'En ansatt har vært sykmeldt i et helt år og kan miste jobben, finnes det tilskudd?',
      undefined,
      'nav-wage-subsidy-who',
      'is refused as off-topic sick leave (scope.ts); the fact is in nav-wage-subsidy-who',
    ],
    ['Når synker lønnstilskuddet?', undefined, 'nav-wage-subsidy-step-down', '0.33: «synker» is not read as «trappes ned»'],
    [
      'Går tilskuddet ned etter ett år for en med nedsatt arbeidsevne?',
      undefined,
      'nav-wage-subsidy-step-down',
      'goes to nav-wage-subsidy-extension (0.78), not nav-wage-subsidy-step-down',
    ],
    ['Vi har en arbeidssøker som sliter med å få jobb, kan vi få lønnstilskudd for henne?', undefined, 'nav-wage-subsidy-who', 'score 0.45'],
    ['Er det vi eller NAV som bestemmer om kandidaten får lønnstilskudd?', undefined, 'nav-wage-subsidy-who', 'goes to nav-wage-subsidy-period-decided (0.70)'],
    ['Kan personen med lønnstilskudd jobbe deltid hos oss?', undefined, 'nav-wage-subsidy-part-time-refund', 'goes to nav-wage-subsidy-two-employers (0.67)'],
    ['Hun skal jobbe 60 prosent, hvordan regnes tilskuddet da?', undefined, 'nav-wage-subsidy-basis', 'tentative (0.55)'],
    ['Må avtalen med NAV være signert før personen starter hos oss?', undefined, 'nav-wage-subsidy-no-backdating', 'goes to nav-measures-employment-overview (0.62)'],
    ['Hvem lager avtalen om lønnstilskudd, vi eller NAV?', undefined, 'nav-wage-subsidy-who-applies', 'goes to nav-wage-subsidy-basis (0.56)'],
    ['Kan den som har lønnstilskudd være midlertidig ansatt?', 'state', 'state-wage-subsidy-no-advertisement', 'goes to state-wage-subsidy-ending (0.76)'],
    ['Kan vi gjøre stillingen fast uten å lyse den ut når lønnstilskuddet er ferdig?', 'state', 'state-wage-subsidy-ending', 'tentative (0.55)'],
    ['Kan vi ansette kandidaten fra NAV før lønnstilskuddet er vedtatt?', undefined, 'state-nav-candidate-before-subsidy', 'tentative (0.46)'],
    ['Er det et maksbeløp på midlertidig lønnstilskudd?', undefined, 'nav-wage-subsidy-basis', "(0.46) (no yearly cap for midlertidig in NAV's refund code)"],
    ['Kven i kommunen kan tilsetje ein person med lønstilskot?', undefined, 'mun-appointing-authority', 'goes to mun-pay-target-group-hire (0.70)'],
    ['Kan vi få lønnstilskudd for en 17-åring som har droppa ut av skolen?', undefined, 'nav-wage-subsidy-who', 'score 0.29'],
  ],
  DAY,
);
