/**
 * Round twenty-five (r25-nav-practice): the practicalities of NAV measures for an employer, both sectors. Sources read
 * 2026-12-03: nav.no «Arbeidstrening» (for arbeidsgivere and for privatpersoner), arbeidsgiver.nav.no «Arbeidstrening»
 * (veiviser), tiltaksforskriften § 1-3 as published in nav.no's rettskildene (and NAV's utfyllende regler to § 1-3),
 * Statsforvalteren i Vestland «Forsikring av deltakarar i kvalifiseringsprogram» (the Directorate's letter of
 * 9.6.2023, folketrygdloven § 13-11 første ledd), nav.no «Registrer deg som arbeidssøker», nav.no «Aktivitetsplan» and
 * «Din aktivitetsplan» (nynorsk), Dagsavisen 7.5.2021 (NAV's director on who assesses suitability), nav.no
 * «Mentortilskudd» (for arbeidsgivere) and «Mentor» (for personer), and nav.no
 * «Midlertidig lønnstilskudd» / «Varig lønnstilskudd» for the extended wage-subsidy entries. No new parameters.
 */
import { describeFacts, describeHouseStyle, describeRoutedQuestions } from '../../test/support/entryChecks.js';

const DAY = '2026-12-03';

describeHouseStyle(
  'round twenty-five NAV-practicalities entries keep the house style',
  ['nav-work-trial-duration-decided', 'nav-kvp-practice-injury-insurance', 'nav-jobseeker-applied-at-nav-request', 'nav-mentor-before-approval'],
  { day: DAY, english: true },
);

// Extended this round (their openings and older phrasings are kept, so only the facts and routes are checked here):
// nav-wage-subsidy-period-decided, nav-wage-subsidy-employment-ends, nav-work-trial-start-approval, nav-work-trial-insurance.

describeFacts(
  'round twenty-five NAV-practicalities entries say what their sources say',
  [
    // nav.no Arbeidstrening (privatpersoner): duration adapted to the participant's needs and labour-market prospects
    ['nav-work-trial-duration-decided', /det er NAV som avgjør det i samråd med deltakeren – ikke arbeidsplassen alene/],
    // tiltaksforskriften § 1-3: choice, design and duration in consultation with the participant; adapted to the labour market
    ['nav-work-trial-duration-decided', /valg, utforming og varighet av et tiltak skal skje i samråd med deltakeren/],
    // nav.no Arbeidstrening (arbeidsgivere): the agreement states the expected duration; starts when NAV has approved it
    ['nav-work-trial-duration-decided', /\*\*forventet varighet\*\*/],
    // tiltaksforskriften § 1-3: end on an offer of suitable work; may be taken out when conditions no longer met
    ['nav-work-trial-duration-decided', /tilbud om passende arbeid, skal tiltaket som hovedregel avsluttes/],
    // Statsforvalteren i Vestland (Directorate 2023): KVP participants covered under folketrygdloven § 13-11 første ledd
    ['nav-kvp-practice-injury-insurance', /\*\*yrkesskadedekket\*\* etter folketrygdloven § 13-11 første ledd/],
    // same: a KVP participant doing work at an employer is covered by the employer's occupational injury insurance
    ['nav-kvp-practice-injury-insurance', /utfører arbeid hos en arbeidsgiver, være omfattet av denne forsikringen, i tillegg til det folketrygden dekker/],
    // same: a social measure without work gives no duty under yrkesskadeforsikringsloven; the municipality considers collective cover
    ['nav-kvp-practice-injury-insurance', /ikke forsikringsplikt etter yrkesskadeforsikringsloven\. Da må kommunen vurdere/],
    // same: NAV's collective liability and accident insurance for participants in labour-market measures
    ['nav-kvp-practice-injury-insurance', /\*\*kollektiv ansvars- og ulykkesforsikring\*\* for deltakere i arbeidsmarkedstiltak/],
    // same: persons required to work under sosialtjenesteloven § 20 or § 20 a are covered during that work
    ['nav-kvp-practice-injury-insurance', /sosialtjenesteloven § 20 eller § 20 a, er også yrkesskadedekket/],
    // nav.no Registrer deg som arbeidssøker: must be active, apply for vacancies, keep the CV updated
    ['nav-jobseeker-applied-at-nav-request', /må være aktiv, søke på ledige stillinger og holde CV-en oppdatert/],
    // nav.no Aktivitetsplan / Din aktivitetsplan: positions to apply for; activities «Avtalt med NAV»
    ['nav-jobseeker-applied-at-nav-request', /legge inn stillinger hen vil søke på.*avtalt med NAV/],
    // Dagsavisen 2021, NAV's director: not the adviser's task to assess suitability for a specific vacancy; the employer's
    ['nav-jobseeker-applied-at-nav-request', /ikke er veilederens oppgave å vurdere om en person er egnet for en konkret utlyst stilling – det er arbeidsgiverens oppgave/],
    // nav.no Mentortilskudd (arbeidsgivere): candidate, NAV and employer approve before the measure begins; mentor decided
    ['nav-mentor-before-approval', /godkjent av kandidaten, NAV og dere \*\*før\*\* mentorperioden begynner/],
    // nav.no Mentor (personer): the employer applies before the planned purchase; NAV pays afterwards on the employer's claim
    ['nav-mentor-before-approval', /arbeidsgiveren må søke før det planlagte kjøpet blir gjennomført/],
    // nav.no Mentortilskudd (arbeidsgivere): the mentor's ordinary hourly wage and employer's contribution for the agreed hours
    ['nav-mentor-before-approval', /mentorens ordinære timelønn, med arbeidsgiveravgift, for de timene som er \*\*avtalt for mentoroppgaven\*\*/],
    // nav.no Mentortilskudd (arbeidsgivere): the candidate must be attached to a NAV office
    ['nav-mentor-before-approval', /kandidaten må være tilknyttet et NAV-kontor/],
    // tiltaksforskriften § 1-3: a participant who no longer meets the conditions may be taken out of the measure
    ['nav-wage-subsidy-period-decided', /ikke lenger fyller vilkårene for tiltaket, kan tas ut av det \(tiltaksforskriften § 1-3\)/],
    ['nav-wage-subsidy-period-decided', /tilskuddet gir ikke et eget grunnlag for å si opp/],
    // nav.no Midlertidig lønnstilskudd: the agreement is between employer, participant and NAV, approved before start
    ['nav-wage-subsidy-employment-ends', /lønnstilskuddet binder ikke den ansatte til dere/],
    ['nav-wage-subsidy-employment-ends', /Skal en ny arbeidsgiver ha tilskudd, må NAV vurdere det på nytt/],
    // NAV's utfyllende regler to § 1-3: measures are allotted after an individual assessment of the need for help
    ['nav-work-trial-start-approval', /NAV tildeler tiltak etter en individuell vurdering av behovet for bistand/],
    // Statsforvalteren i Vestland (Directorate 2023): NAV's collective insurance covers participants in labour-market measures
    ['nav-work-trial-start-approval', /NAVs kollektive ansvars- og ulykkesforsikring gjelder deltakere i arbeidsmarkedstiltak/],
    ['nav-work-trial-insurance', /yrkesskadedekket etter folketrygdloven § 13-11 første ledd/],
  ],
  DAY,
);

describeRoutedQuestions(
  'round twenty-five manager questions reach the NAV-practicalities entries',
  [
    ['Er det arbeidsplassen eller NAV-veilederen som fastsetter lengden på arbeidstreningen?', undefined, 'nav-work-trial-duration-decided'],
    ['Hvem avgjør om en arbeidstrening skal vare et halvt år eller et helt år?', 'municipal', 'nav-work-trial-duration-decided'],
    ['Hvilken forsikring har en KVP-deltaker som er i arbeidspraksis på sykehjemmet vårt?', 'municipal', 'nav-kvp-practice-injury-insurance'],
    ['Dekker yrkesskadeforsikringen vår en person fra kvalifiseringsprogrammet som jobber hos oss?', 'state', 'nav-kvp-practice-injury-insurance'],
    ['Søkere skriver i søknaden at NAV har bedt dem søke – betyr det at NAV har vurdert dem?', 'state', 'nav-jobseeker-applied-at-nav-request'],
    ['Søkeren søkte bare fordi aktivitetsplanen hos NAV krevde det – hvordan vurderer vi søknaden?', undefined, 'nav-jobseeker-applied-at-nav-request'],
    ['Får arbeidsgiveren refundert mentortimer som ble brukt før tilskuddet var innvilget?', 'state', 'nav-mentor-before-approval'],
    ['Kan NAV korte ned lønnstilskuddet hvis den ansatte blir bedre i jobben?', 'state', 'nav-wage-subsidy-period-decided'],
    ['En ansatt med lønnstilskudd skal begynne i en annen virksomhet – følger tilskuddet med?', 'state', 'nav-wage-subsidy-employment-ends'],
    ['Hvorfor kan ikke deltakeren bare begynne på arbeidstrening mens vi venter på NAV?', undefined, 'nav-work-trial-start-approval'],
  ],
  DAY,
);
