/**
 * Round twenty-eight (r28-nav-wage-subsidy): NAV's midlertidig and varig lønnstilskudd and the mentor grant as managers ask
 * about them. Most angles were already answered (refund claim, follow-up after the subsidy, mentor pay); this round added two
 * entries – the ordinary rate for a young person without reduced work capacity, and «the subsidy has run N months – does it
 * stop now?» – and extended seven: a higher position percentage, part-time minimum, NAV ending early, pay on a par with
 * colleagues, the idea behind varig lønnstilskudd, naming the mentor, and what helps a new hire with no NAV contact.
 * Sources read 2026-12-03 (stored copies): nav.no «Midlertidig lønnstilskudd» for employers (rates, step-down, «vanlig hel-
 * eller deltidsstilling med ordinær lønn», «beregnes på grunnlag av stillingsprosent», «så lenge Nav mener den ansatte trenger
 * det», «løpende dialog»), nav.no «Midlertidig lønnstilskudd» for private persons (the agreement «avklarer varighet,
 * ansettelsesforhold og oppfølgingsbehov»), nav.no «Varig lønnstilskudd» for employers (ordinary pay, review every half-year),
 * nav.no «Mentortilskudd» for employers (updated 7 June 2023: «Når avtalen inngås, må det være avklart hvem som skal være
 * mentor»; the mentor's ordinary hourly pay for the agreed hours), tiltaksforskriften § 1-3 (nav.no's copy) and NAV's agreement
 * system (navikt/tiltaksgjennomforing-api: the mentor's name, tasks, hours and pay are required fields; «endre om mentor»
 * after the agreement is concluded). Not confirmed and therefore left out: a minimum position percentage (nav.no names none –
 * the entry says so) and whether the employer can appeal NAV ending the subsidy (the entry says to ask NAV).
 */
import { describeFacts, describeHouseStyle, describeKnownMisses, describeRoutedQuestions } from '../../test/support/entryChecks.js';

const DAY = '2026-12-03';

describeHouseStyle('round twenty-eight wage-subsidy entries keep the house style', ['nav-wage-subsidy-young-ordinary-rate', 'nav-wage-subsidy-month-count-stop'], {
  day: DAY,
  english: true,
});

describeFacts(
  'round twenty-eight wage-subsidy entries say what their sources say',
  [
    // nav.no employer page: 40 % for up to six months, then 30 %; 60 % for up to a year, then 50 %; one year, two with reduced capacity
    ['nav-wage-subsidy-young-ordinary-rate', /den \*\*ordinære satsen\*\* – 40 % av lønnskostnaden de første 6 måneder, deretter 30 %, i høyst 12 måneder/],
    ['nav-wage-subsidy-young-ordinary-rate', /der er satsen 60 % de første 12 måneder \(ett år\), deretter 50 %, og perioden kan vare i inntil 24 måneder/],
    ['nav-wage-subsidy-young-ordinary-rate', /Den høyere satsen krever at NAV har vurdert at arbeidsevnen er nedsatt – å være ung gir den ikke/],
    // forskrift 4 Feb 2026 nr. 163 and NAV's agreement system: under 30 at the start, only offices in the trial
    ['nav-wage-subsidy-young-ordinary-rate', /egen forsøksordning for unge under 30 år/],
    // nav.no (person page): the agreement sets the period; employer page: the rate steps down, max one/two years, ongoing dialogue
    ['nav-wage-subsidy-month-count-stop', /Nei, ikke ved en bestemt månedsgrense: midlertidig lønnstilskudd varer til \*\*sluttdatoen i avtalen\*\*/],
    ['nav-wage-subsidy-month-count-stop', /er at \*\*satsen trappes ned\*\* – ikke at tilskuddet stopper/],
    ['nav-wage-subsidy-month-count-stop', /avklarer varighet, ansettelsesforhold og oppfølging/],
    // nav.no varig lønnstilskudd: reviewed at least every half-year with the employer
    ['nav-wage-subsidy-month-count-stop', /minst hvert halvår/],
    // extended: nav.no «beregnes på grunnlag av stillingsprosent»; the agreement is changed and approved again (nav.no, new agreement solution)
    ['nav-wage-subsidy-agreement-change', /det lages ikke en egen avtale – den avtalen dere har med NAV, endres og godkjennes på nytt/],
    ['nav-wage-subsidy-agreement-change', /det er kronebeløpet som øker, fordi det regnes av lønnen for den nye stillingsprosenten/],
    // extended: nav.no «vanlig hel- eller deltidsstilling med ordinær lønn»; no minimum named
    ['nav-wage-subsidy-part-time-refund', /\*\*Ingen minste stillingsprosent på nav.no:\*\*/],
    // extended: tiltaksforskriften § 1-3 and nav.no («så lenge Nav mener den ansatte trenger det»); appeal not confirmed, so hedged
    ['nav-wage-subsidy-period-decided', /Dere kan gi NAV deres syn på hvor mye tilrettelegging og opplæring som fortsatt trengs/],
    ['nav-wage-subsidy-period-decided', /spør NAV om den kan klages på/],
    // extended: nav.no (person page) «ordinære lønns- og arbeidsvilkår», «kompensere for lavere produktivitet»; varig page «ordinær lønn»
    ['nav-wage-subsidy-lower-productivity', /\*\*Ikke lavere lønn enn kollegaene:\*\* dere betaler ordinær lønn etter tariffavtalen/],
    ['nav-lasting-wage-subsidy', /Tilskuddet kompenserer for lavere produktivitet, mens personen får ordinær lønn som kollegaene/],
    // extended: nav.no Mentortilskudd «Når avtalen inngås, må det være avklart hvem som skal være mentor»; agreement system required fields
    ['nav-mentor-agreement', /\*\*Mentoren ikke valgt ennå:\*\* da kan avtalen ikke inngås/],
    ['nav-mentor-agreement', /Bytter dere mentor senere, må avtalen endres/],
    // extended: nav.no inkluderingstilskudd / tilretteleggingsgaranti: for persons NAV follows up
    ['nav-mentor-ordinary-employee', /Det samme gjelder inkluderingstilskudd og en tilretteleggings- og oppfølgingsavtale: de forutsetter at NAV følger opp personen/],
  ],
  DAY,
);

describeRoutedQuestions(
  'managers reach the round twenty-eight wage-subsidy answers in their own words',
  [
    ['Hvor stor prosent av lønna dekker NAV for en ungdom uten helseproblemer på lønnstilskudd?', 'municipal', 'nav-wage-subsidy-young-ordinary-rate'],
    ['Ungdommen vi har ansatt med lønnstilskudd er frisk – hvor lenge kan tilskuddet vare?', 'municipal', 'nav-wage-subsidy-young-ordinary-rate'],
    ['Trappes lønnstilskuddet ned for en ungdom som ikke har nedsatt arbeidsevne?', undefined, 'nav-wage-subsidy-young-ordinary-rate'],
    ['Er lønnstilskuddet over når det har gått et år?', 'municipal', 'nav-wage-subsidy-month-count-stop'],
    ['Lønnstilskuddet har holdt på i ti måneder – må vi regne med at det tar slutt nå?', 'state', 'nav-wage-subsidy-month-count-stop'],
    ['Midlertidig lønnstilskudd – blir det borte når vi passerer seks måneder?', 'municipal', 'nav-wage-subsidy-month-count-stop'],
    ['Vi vil øke stillingen til en på lønnstilskudd fra 60 til 100 prosent. Hva skjer med tilskuddet?', undefined, 'nav-wage-subsidy-agreement-change'],
    ['Vi øker stillingen til den ansatte med lønnstilskudd – må NAV godkjenne avtalen på nytt?', 'municipal', 'nav-wage-subsidy-agreement-change'],
    ['Finnes det en nedre grense for stillingsprosent ved lønnstilskudd?', 'state', 'nav-wage-subsidy-part-time-refund'],
    ['Må stillingen være 100 prosent for at vi skal få lønnstilskudd?', undefined, 'nav-wage-subsidy-part-time-refund'],
    ['NAV vil avslutte lønnstilskuddet tidligere enn avtalt fordi hun mestrer jobben – kan de det?', undefined, 'nav-wage-subsidy-period-decided'],
    // the municipal pay entry (HTA: paid like others in the same position) holds the same fact for the sector
    ['Kan vi gi lavere timelønn til en med lønnstilskudd enn til de andre assistentene?', 'municipal', 'mun-pay-target-group-hire'],
    ['Kan vi betale en med varig lønnstilskudd mindre enn kollegaene?', undefined, 'nav-wage-subsidy-lower-productivity'],
    ['Hvorfor finnes varig lønnstilskudd?', 'state', 'nav-lasting-wage-subsidy'],
    ['Vi har ikke funnet noen mentor ennå – kan mentoravtalen opprettes likevel?', 'municipal', 'nav-mentor-agreement'],
    ['Må vi ha bestemt mentor før vi søker om mentortilskudd?', 'state', 'nav-mentor-agreement'],
    ['Gir NAV mentortilskudd for en vanlig nyansatt som aldri har vært i kontakt med NAV?', 'state', 'nav-mentor-ordinary-employee'],
    ['Dekker NAV bare mentortimene eller hele lønnen til kollegaen som er mentor?', 'state', 'nav-mentor-hours-pay'],
    ['Kommer lønnstilskuddet automatisk hver måned, eller må vi søke om refusjon?', undefined, 'nav-wage-subsidy-refund-claim'],
    ['Lønnstilskuddet er ferdig og han er fast ansatt – kan vi fortsatt få hjelp fra NAV?', undefined, 'nav-follow-up-after-wage-subsidy-hire'],
  ],
  DAY,
);

describeKnownMisses(
  'round twenty-eight wage-subsidy questions the index does not yet route',
  [
    [
      'Får vi mer i lønnstilskudd for en 19-åring enn for en voksen?',
      'state',
      'nav-wage-subsidy-young-ordinary-rate',
      'the age in digits and «voksen» are the only anchors; no entry scores over the threshold',
    ],
    [
      'NAV sier at lønnstilskuddet skal avsluttes fordi han nå gjør jobben like bra som andre. Hva kan vi gjøre?',
      'municipal',
      'nav-wage-subsidy-period-decided',
      '«avsluttes … hva kan vi gjøre» matches nav-wage-subsidy-not-working («kan vi avslutte … hva gjør vi nå»), just ahead',
    ],
    [
      'Kan NAV kutte lønnstilskuddet når den ansatte har blitt like effektiv som kollegene?',
      'state',
      'nav-wage-subsidy-period-decided',
      '«effektiv som kollegene» pulls to nav-wage-subsidy-lower-productivity (productivity compared with colleagues)',
    ],
    [
      'Kan vi lønne den nye med varig lønnstilskudd under tariff?',
      'municipal',
      'nav-wage-subsidy-lower-productivity',
      '«varig lønnstilskudd» weighs more than «under tariff»; the lasting-subsidy entries lead',
    ],
  ],
  DAY,
);
