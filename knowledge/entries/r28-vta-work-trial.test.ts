/**
 * Round twenty-eight (r28-vta-work-trial): varig tilrettelagt arbeid (VTA, VTA-O) and arbeidstrening as municipal and state
 * managers ask about them. Every angle of the brief already had an entry (AAP and pending uføretrygd, the target group,
 * asking for a particular person, NAV deciding and places being limited, the fadder and NAV's follow-up, the grant, the
 * state agency, starting before the agreement, insurance, lavterskel activity, no duty to hire, who may get a work trial,
 * the participant's status and income), so this round added no entry. It extended nine: the work-trial insurance answer
 * now says what the municipality and the state agency each do (no rule found that makes the municipality insure a
 * participant; the state is a self-insurer), names folketrygdloven § 13-11 and points to the lavterskel answer; the VTA-O
 * NAV-office answer now says the employer appoints a fadder; seven got phrasings that managers' wordings missed.
 *
 * Sources read 2026-12-03: Statsforvalteren i Vestland's summary of the directorate's letter of 9 June 2023 (KVP
 * participants covered by ftrl. § 13-11 first paragraph; NAV's collective liability and accident insurance where the
 * yrkesskadeforsikringslov imposes no duty; social measures without work), Statens personalhåndbok 2017 on Lovdata pkt. 4.2
 * and 4.3.1 (the state is a self-insurer, exempt from the duty in yrkesskadeforsikringsloven § 3), DFØ «Staten som
 * selvassurandør», the table of contents of NAV's circular R13-00 to ftrl. chapter 13 (copy on pvv.org: «§ 13-11 Deltakere
 * i arbeidsmarkeds- og arbeidsrettede tiltak e.l.»), Arbeidstilsynet on forskrift om aml. og ikke-arbeidstakere § 5, NAKU
 * «VTA-O» (node 8940: NAV creates and follows up; the employer appoints a fadder; little follow-up from NAV in practice,
 * Oxford Research 2021), Muligheter for alle «Ordinært arbeid», NAKU's consultation answer on VTA-O (2025) and nav.no's
 * copy of tiltaksforskriften.
 *
 * Not confirmed, so not stated: the wording of ftrl. § 13-11 and whether it covers a work-trial participant (the answer
 * says to ask NAV); whether the 2025 proposal on reinforced follow-up in VTA-O has been adopted (no regulation found; the
 * entries keep saying so).
 */
import { describeFacts, describeHouseStyle, describeRoutedQuestions } from '../../test/support/entryChecks.js';

const DAY = '2026-12-03';

// No new entry this round; the extended entries that cite a source read today keep the house style (earlier short
// keyword phrasings allowed).
const EXTENDED = ['nav-work-trial-insurance', 'nav-low-threshold-activity-insurance', 'nav-vta-places-limited', 'nav-vta-o-tasks-hours', 'state-vta-o'];
describeHouseStyle('round twenty-eight extended VTA and work-trial entries keep the house style', EXTENDED, {
  day: DAY,
  english: true,
  extended: new Set(EXTENDED),
});

describeFacts(
  'round twenty-eight VTA and work-trial extensions say what their sources say',
  [
    // Statsforvalteren i Vestland (directorate's letter 9.6.2023): NAV's collective insurance where the law imposes no duty
    ['nav-work-trial-insurance', /der yrkesskadeforsikringsloven ikke pålegger forsikringsplikt, har NAV .* tegnet en \*\*kollektiv ansvars- og ulykkesforsikring\*\*/],
    // Same letter: the employer's duty is for its own employees (arbeidstakarane)
    ['nav-work-trial-insurance', /\*\*Arbeidsgiverens plikt\*\* til yrkesskadeforsikring gjelder egne \*\*arbeidstakere\*\*/],
    // No rule found that makes the municipality insure a work-trial participant: stated as not found, not as a rule
    ['nav-work-trial-insurance', /vi har ikke funnet en regel som pålegger kommunen å tegne en egen forsikring/],
    // Statens personalhåndbok 2017 pkt. 4.3.1 (Lovdata) and DFØ: the state is a self-insurer, exempt under yskl. § 3
    ['nav-work-trial-insurance', /statlige virksomheter er selvassurandører og unntatt fra plikten til å tegne yrkesskadeforsikring \(yrkesskadeforsikringsloven § 3/],
    // NAV circular R13-00, table of contents: § 13-11 «Deltakere i arbeidsmarkeds- og arbeidsrettede tiltak e.l.»
    ['nav-work-trial-insurance', /folketrygdloven § 13-11 handler om yrkesskadedekning for deltakere i arbeidsmarkeds- og arbeidsrettede tiltak/],
    // The wording of § 13-11 could not be read: the answer says so and sends the manager to NAV
    ['nav-work-trial-insurance', /har vi ikke kunnet lese ordlyden for – spør NAV/],
    // Vestland letter: a social measure without work carries no duty under the yrkesskadeforsikringslov; the municipality assesses
    ['nav-work-trial-insurance', /lavterskeltilbud på et dagsenter, er det ingen forsikringsplikt etter yrkesskadeforsikringsloven, og kommunen må vurdere/],
    // Arbeidstilsynet, forskrift om aml. og ikke-arbeidstakere § 5: chapters 1–13 (incl. 5, registering injuries) apply
    ['nav-work-trial-insurance', /arbeidsmiljøloven kapittel 5 gjelder også for tiltaksdeltakere/],
    // NAKU (VTA-O): NAV creates and follows up; the employer appoints a fadder; little NAV follow-up in practice (Oxford Research 2021)
    ['nav-vta-o-office-payment', /NAV er ansvarlig for å opprette og følge opp tiltaket, men arbeidsgiveren skal i tillegg oppnevne en \*\*fadder\*\*/],
    ['nav-vta-o-office-payment', /får lite oppfølging fra NAV \(Oxford Research 2021, gjengitt av NAKU\)/],
  ],
  DAY,
);

describeRoutedQuestions(
  'managers reach the VTA and work-trial answers in their own words (round twenty-eight)',
  [
    // 1. AAP and uføretrygd not yet granted; who is in the target group
    ['Kan en person som mottar AAP få en VTA-O-plass i kommunen?', 'municipal', 'nav-vta-o-aap-pending'],
    ['Må kandidaten ha innvilget uføretrygd før hen kan få varig tilrettelagt arbeid hos oss?', 'state', 'nav-vta-o-aap-pending'],
    ['Holder det at uføretrygd er forventet for å få VTA-O?', 'municipal', 'nav-vta-o-aap-pending'],
    ['Er det et krav at uførevedtaket er fattet før VTA-O kan starte hos oss?', 'state', 'nav-vta-o-aap-pending'],
    ['Can a person on work assessment allowance get a VTA-O place before disability benefit is granted?', undefined, 'nav-vta-o-aap-pending'],
    // 2. A particular person in the canteen; who decides; no guaranteed place
    ['Vi vil ha en bestemt person med uføretrygd i VTA-O i kantina vår – hvordan går vi fram?', 'municipal', 'nav-vta-o-apply'],
    ['Hvordan får vi en bestemt uføretrygdet inn i VTA-O i kantina på rådhuset?', 'municipal', 'nav-vta-o-apply'],
    ['Er vi garantert plass i VTA-O hvis vi har en kandidat?', 'state', 'nav-vta-places-limited'],
    ['Hvem avgjør om personen får VTA-O?', undefined, 'nav-vta-places-limited'],
    ['Hvem bestemmer om vi får en VTA-O-plass?', 'municipal', 'nav-vta-places-limited'],
    // 3. The employer's own follow-up (fadder) and NAV's part
    ['Må vi ha en egen arbeidsleder eller mentor for den som er i VTA-O, eller gjør NAV alt?', 'municipal', 'nav-vta-o-tasks-hours'],
    ['Trenger vi en egen mentor for VTA-O-deltakeren?', 'municipal', 'nav-vta-o-tasks-hours'],
    ['Gjør NAV all oppfølgingen i VTA-O, eller må vi ha en kontaktperson selv?', 'state', 'nav-vta-o-office-payment'],
    // 4. State agency
    ['Kan vi som direktorat ha en VTA-O-plass?', 'state', 'state-vta-o'],
    ['Kan en statlig etat ta imot en på VTA-O, og hva får vi?', 'state', 'state-vta-o'],
    // 5. Starting a work trial before the agreement
    ['Kan praksisplassen starte før NAV har signert?', 'municipal', 'nav-work-trial-start-approval'],
    ['Hun er klar til å starte på arbeidstrening i morgen, men NAV har ikke godkjent – kan hun begynne?', 'municipal', 'nav-work-trial-start-approval'],
    ['Kan vi la kandidaten starte på arbeidstrening mens vi venter på avtalen fra NAV?', 'state', 'nav-work-trial-start-approval'],
    // 6. Insurance for a work-trial participant, by sector, and the lavterskel activity
    ['Er kommunen pliktig å ha egen yrkesskadeforsikring for tiltaksdeltakere på arbeidstrening?', 'municipal', 'nav-work-trial-insurance'],
    ['Vi er en statlig virksomhet – må vi forsikre en på arbeidstrening?', 'state', 'nav-work-trial-insurance'],
    ['Hvem dekker en yrkesskade for en arbeidstreningsdeltaker i en statlig etat?', 'state', 'nav-work-trial-insurance'],
    ['Do we need our own insurance for someone on a NAV work trial?', undefined, 'nav-work-trial-insurance'],
    ['Kva forsikring gjeld for ein deltakar på arbeidstrening i kommunen?', 'municipal', 'nav-work-trial-insurance'],
    ['Trenger vi forsikring for brukere i et aktivitetstilbud på dagsenter?', 'municipal', 'nav-low-threshold-activity-insurance'],
    ['Hvem har forsikringsansvaret for en bruker på dagsenteret som ikke har reelle arbeidsoppgaver?', 'municipal', 'nav-low-threshold-activity-insurance'],
    // 7. No duty to hire after months of work trial; the options
    ['Har vi noen plikt til å vurdere ansettelse etter et halvt år med arbeidstrening?', 'municipal', 'nav-work-trial-no-duty-to-hire'],
    ['Forventer NAV at vi ansetter deltakeren etter arbeidstreningen?', 'state', 'nav-work-trial-no-duty-to-hire'],
    ['Hvilke muligheter har vi etter arbeidstrening?', undefined, 'nav-work-trial-no-duty-to-hire'],
    // 8. Who may get a work trial
    ['Er arbeidstrening bare for de som har vært syke?', 'state', 'nav-work-trial-who'],
    ['Hvem er målgruppen for arbeidstrening?', undefined, 'nav-work-trial-who'],
    ['Hvem kan NAV tilby arbeidstrening – må man ha vært sykmeldt?', 'municipal', 'nav-work-trial-who'],
    // 9. Status and income of the participant
    ['Er en arbeidstreningsdeltaker ansatt i kommunen?', 'municipal', 'nav-work-trial-not-employee'],
    ['Er den som er på arbeidstrening ansatt hos oss i etaten?', 'state', 'nav-work-trial-not-employee'],
    ['Hva lever deltakeren på arbeidstrening av når vi ikke betaler lønn?', 'municipal', 'nav-work-trial-benefits'],
    // routed since «og har …» after a statement is no second ask (2026-12-03)
    ['Kandidaten får arbeidsavklaringspenger og har søkt uføretrygd – kan vi ta henne inn på VTA-O i kommunen?', 'municipal', 'nav-vta-o-aap-pending'],
  ],
  DAY,
);
