/**
 * Round twenty-three (r23-vta): varig tilrettelagt arbeid (VTA) and VTA in ordinary businesses (VTA-O), fact by fact. The base
 * already held who qualifies (§ 14-3, graded uføretrygd, AAP pending), the monthly grant and how it is paid, applying and the
 * digital agreement, duration, ending, tasks and hours, places being limited, sick pay, the state's advertising exception, the
 * sheltered VTA and the 2025 hearing (KS's answer, status unconfirmed). Gaps found by probing (35 questions), filled from
 * sources read 2026-12-03: nav.no (VTA-O for employers; VTA nynorsk; Jobbe ved sida av uføretrygd; varig lønnstilskudd),
 * tiltaksforskriften §§ 1-3 and 14-1 to 14-4 (nav.no's copy and Ny Vekst og Kompetanse's), spk.no and KLP (membership),
 * Langseth Advokatfirma (yrkesskadeforsikring), Arbeidslivsjuss (aml. § 14-9 (2) d), Prop. 4 L (2021–2022) kap. 7 and NAV's
 * public code (navikt/tiltaksgjennomforing-api @ae0bdbc9, 20 Aug 2026: the VTA-O agreement fields, the follow-up interval,
 * the age-67 end date, the 31 August 2026 start-date cut-off; navikt/mulighetsrommet: a fixed rate per place in sheltered VTA).
 * New: nav-vta-o-follow-up, nav-vta-o-age-limits, nav-vta-o-insurance, mun-vta-o-pension, state-vta-o-pension,
 * nav-vta-o-pay-disability-benefit, mun-vta-o-fixed-or-temporary, nav-vta-o-new-agreements-2026, nav-vta-o-to-ordinary-job.
 * Extended: mun-vta-o-status (the cut-off), state-vta-o (the grant), nav-vta-o-ordinary-business (who pays what),
 * nav-vta-o-tasks-hours (the agreement's fields), phrasings for nav-vta-o-employer-money and nav-vta-o-apply.
 */
import { describe, it } from 'vitest';
import { describeFacts, describeHouseStyle, describeKnownMisses, describeRoutedQuestions } from '../../test/support/entryChecks.js';

const DAY = '2026-12-03';

const NEW = [
  'nav-vta-o-follow-up',
  'nav-vta-o-age-limits',
  'nav-vta-o-insurance',
  'mun-vta-o-pension',
  'state-vta-o-pension',
  'nav-vta-o-pay-disability-benefit',
  'mun-vta-o-fixed-or-temporary',
  'nav-vta-o-new-agreements-2026',
  'nav-vta-o-to-ordinary-job',
] as const;

describeHouseStyle('round twenty-three VTA entries keep the house style', NEW, { day: DAY });

describeFacts(
  'round twenty-three VTA entries say what their sources say',
  [
    // navikt/tiltaksgjennomforing-api Oppfolging.java: OPPFOLGINGSINTERVALL_6_MND; frist = end of the month after the warning
    ['nav-vta-o-follow-up', /tidligst 6 måneder/],
    ['nav-vta-o-follow-up', /frist ut måneden etter varselet/],
    // tiltaksforskriften § 14-4: not time-limited, NAV shall regularly assess other measures, education or ordinary work
    ['nav-vta-o-follow-up', /jevnlig vurdere overgang til andre tiltak, utdanning eller ordinært arbeid/],
    // tiltaksforskriften § 1-3 (nav.no's copy): participants must be 16
    ['nav-vta-o-age-limits', /fylt 16 år/],
    // VtaoStartOgSluttdatoStrategy.java: DELTAKER_67_AAR when the end date is after the participant turns 67
    ['nav-vta-o-age-limits', /sluttdato etter at deltakeren fyller 67 år/],
    // nav.no (VTA nynorsk): the participant is an employee with an employment contract; Langseth: the employer must insure
    // its employees against occupational injury, whatever the position size
    ['nav-vta-o-insurance', /arbeidstaker\*\* hos dere med arbeidskontrakt/],
    ['nav-vta-o-insurance', /plikt til å ha \*\*yrkesskadeforsikring\*\* for sine arbeidstakere – uansett stillingsprosent/],
    // spk.no (Hvem er medlem?): occupational injury and group life apply whatever the position size with an SPK insurance agreement
    ['nav-vta-o-insurance', /gjelder yrkesskadedekningen uansett stillingsstørrelse/],
    // Langseth: «For å være yrkesskadedekket må man utføre lønnet arbeid»
    ['nav-vta-o-insurance', /må utføre lønnet arbeid for å være yrkesskadedekket/],
    // KLP (Nye regler for innmelding): KS and KS Bedrift – no lower limit (from 21.06.2013)
    ['mun-vta-o-pension', /ingen nedre grense\*\* for innmelding i KLP/],
    // spk.no: membership from 20 % of a full position; yrkesskade and gruppeliv regardless of position size
    ['state-vta-o-pension', /minst \*\*20\s?(%|prosent) av full stilling/],
    ['state-vta-o-pension', /yrkesskade- og gruppelivsdekning\*\* gjelder uansett stillingsstørrelse/],
    // nav.no (Jobbe ved sida av uføretrygd): 1 G for those granted VTA; otherwise 0,4 G; graded has an individual limit
    ['nav-vta-o-pay-disability-benefit', /inntektsgrensen for uføretrygd \*\*1 G\*\*/],
    ['nav-vta-o-pay-disability-benefit', /den vanlige grensen er 0,4 G/],
    // VtaoStrategy.java: the agreement's fields include månedslønn and stillingsprosent
    ['nav-vta-o-pay-disability-benefit', /felt for månedslønn og stillingsprosent/],
    // Stillingstype.java (FAST, MIDLERTIDIG); aml. § 14-9 (2) d (Arbeidslivsjuss)
    ['mun-vta-o-fixed-or-temporary', /stillingstype – fast eller midlertidig/],
    ['mun-vta-o-fixed-or-temporary', /§ 14-9 andre ledd bokstav d tillater midlertidig ansettelse av deltakere i arbeidsmarkedstiltak/],
    // VtaoStartOgSluttdatoStrategy.java: SISTE_MULIGE_STARTDATO 2026-08-31 (June 2026), veileder toggle (August 2026)
    ['nav-vta-o-new-agreements-2026', /ikke kan ha startdato etter 31\. august 2026/],
    ['nav-vta-o-new-agreements-2026', /lar NAV-veiledere opprette avtaler med senere startdato/],
    ['mun-vta-o-status', /ny VTA-O-avtale ikke kan starte etter 31\. august 2026/],
    // tiltaksforskriften § 1-3: end the measure on an offer of suitable work; nav.no (varig lønnstilskudd): graded or full uføretrygd
    ['nav-vta-o-to-ordinary-job', /avslutte tiltaket\*\* når hen får tilbud om høvelig arbeid/],
    ['nav-vta-o-to-ordinary-job', /ansatt med gradert eller full uføretrygd/],
    ['nav-vta-o-to-ordinary-job', /minst én gang i løpet av 6 måneder/],
    // nav.no (VTA-O for employers): the monthly grant; the employee gets uføretrygd
    ['state-vta-o', /månedlig tilskudd\*\* fra NAV \(7\s321 kr/],
    // navikt/mulighetsrommet AvtalteSatser.kt: VARIG_TILRETTELAGT_ARBEID_SKJERMET has a fixed rate per month-place
    ['nav-vta-o-ordinary-business', /fast sats per plass per måned/],
    // VtaoStrategy.java: stillingprosent, arbeidsoppgaver, manedslonn
    ['nav-vta-o-tasks-hours', /felt for stillingsprosent, arbeidsoppgaver og månedslønn/],
  ],
  DAY,
);

// Probe questions written for this round, in the words managers use in Teams (not the entries' phrasings).
describeRoutedQuestions(
  'round twenty-three manager questions reach the entry that holds the fact',
  [
    ['Vi i kommunen vil ta inn en ung mann med uføretrygd i VTA-O på kjøkkenet på sykehjemmet. Hva får vi betalt fra NAV i måneden?', 'municipal', 'nav-vta-o-employer-money'],
    ['Må vi betale lønn til en VTA-O-deltaker på toppen av uføretrygden?', 'municipal', 'nav-vta-o-employer-money'],
    ['Er den ansatte i VTA-O dekket av yrkesskadeforsikringen vår?', 'municipal', 'nav-vta-o-insurance'],
    ['Skal VTA-O-deltakeren meldes inn i KLP som andre ansatte?', 'municipal', 'mun-vta-o-pension'],
    ['Blir en VTA-O-deltaker i staten medlem av Statens pensjonskasse?', 'state', 'state-vta-o-pension'],
    ['Hvor ofte følger NAV opp en VTA-O-avtale?', 'municipal', 'nav-vta-o-follow-up'],
    ['Deltakeren vår i VTA-O fungerer så bra at vi vil gi henne en vanlig stilling. Kan vi få lønnstilskudd?', 'municipal', 'nav-vta-o-to-ordinary-job'],
    ['Deltakeren i VTA-O får tilbud om en vanlig jobb et annet sted. Må tiltaket da avsluttes?', 'municipal', 'nav-vta-o-to-ordinary-job'],
    ['Kan en VTA-O-avtale vare til deltakeren er 70 år?', 'municipal', 'nav-vta-o-age-limits'],
    ['Hvor gammel må man være for å delta i VTA?', 'municipal', 'nav-vta-o-age-limits'],
    ['Kan vi ansette en VTA-O-deltaker midlertidig, eller må det være fast?', 'municipal', 'mun-vta-o-fixed-or-temporary'],
    ['Kan vi opprette en ny VTA-O-avtale med oppstart i januar 2027?', 'municipal', 'nav-vta-o-new-agreements-2026'],
    ['Får deltakeren i VTA-O mindre uføretrygd hvis vi betaler lønn?', 'municipal', 'nav-vta-o-pay-disability-benefit'],
    ['Hva er forskjellen på VTA i en vekstbedrift og VTA-O hos oss i kommunen?', 'municipal', 'nav-vta-o-ordinary-business'],
    ['Hva betaler NAV til en vekstbedrift for en VTA-plass?', 'municipal', 'nav-vta-o-ordinary-business'],
    ['Kan en statlig etat ha en VTA-O-plass, og hva får vi i tilskudd?', 'state', 'state-vta-o'],
    ['Om vi gir VTA-O-deltakaren løn, kor mykje kan ho tene før uføretrygda går ned?', 'municipal', 'nav-vta-o-pay-disability-benefit'],
    ['Må vi tegne egen forsikring for en som er i varig tilrettelagt arbeid hos oss?', 'municipal', 'nav-vta-o-insurance'],
    ['NAV-systemet avviser startdatoen på VTA-O-avtalen vår – hva betyr det?', 'municipal', 'nav-vta-o-new-agreements-2026'],
    ['Den uføre medarbeideren i VTA-O blir 67 neste år. Hva skjer da?', 'municipal', 'nav-vta-o-age-limits'],
    ['Hvor ofte kommer NAV-veilederen på besøk når vi har en VTA-O-ansatt?', 'municipal', 'nav-vta-o-follow-up'],
    ['Skal den VTA-O-ansatte ha pensjonstrekk i lønna?', 'municipal', 'mun-vta-o-pension'],
  ],
  DAY,
);

describeKnownMisses(
  'round twenty-three VTA questions not yet routed',
  [
    [
      'Har vi krav på en VTA-O-plass hvis vi har en passende jobb?',
      'municipal',
      'nav-vta-o-apply',
      'goes to nav-vta-o-tasks-hours («jobb», «plass»); a phrasing on places-limited took round sixteen’s routed question, so it was withdrawn',
    ],
    ['Er forslaget om forsterket oppfølging i VTA-O vedtatt?', 'municipal', 'mun-vta-o-status', 'goes to mun-vta-o-grant, which also says the status is unconfirmed'],
  ],
  DAY,
);

describe('round twenty-three VTA known gaps', () => {
  it.todo('whether the 2025 proposal (forsterket oppfølging in VTA-O) has been adopted, and from when: no regulation or press release read says so');
  it.todo('why NAV’s agreement system stopped new VTA-O start dates after 31 August 2026: the code gives no reason');
  it.todo('whether a VTA-O employer must pay wages, and how much: no rule read; KS (2025) wants wages to be the main rule');
  it.todo('whether the monthly VTA-O grant continues during long sick leave: no source read says so');
  it.todo('the 2026 rate NAV pays a tiltaksarrangør per sheltered VTA place: NAV’s code read gives only 2025, so no amount is written');
});
