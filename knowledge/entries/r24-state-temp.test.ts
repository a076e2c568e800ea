/**
 * Round twenty-four (r24-state-temp): a legal review of the state entries on temporary employment, the exceptions from
 * advertisement, probation and the trainee programme (state-temporary.json, state-exceptions.json, state-probation.json,
 * state-trainee.json; 33 entries). Sources read 2026-12-03 (stored public copies; Lovdata's own text of statsansatteloven
 * § 9, § 15 and of statsansatteforskriften §§ 3a and 9 could NOT be retrieved here, only the regulation's table of contents):
 *
 * - Lovdata, Forskrift til lov om statens ansatte mv. (FOR-2017-06-21-838 – not 06-28), table of contents and amendment
 *   list: «§ 2. Unntak fra statsansatteloven», «§ 3. Delvis unntak fra statsansatteloven», «§ 3a. Unntak fra offentlig
 *   utlysning», «§ 4. Søker med funksjonsnedsettelse», «§ 4a. Søker med fravær fra arbeid, utdanning eller opplæring»,
 *   «§ 4b. Søker med innvandrerbakgrunn», «§ 5. Praksisarbeid», «§ 9. Beregning av ansettelsestid og sammenhengende
 *   ansettelsestid»; «Endret ved forskrifter 13 des 2019 nr. 1750 (i kraft 1 jan 2020), 22 juni 2022 nr. 1113 (i kraft
 *   1 juli 2022)». So both the wage-subsidy exemption and the trainee conversion are § 3a, not § 3.
 * - DFØ, «Relevant regelverk for traineeprogrammet», quoting the regulation: «§ 5 (2) Deltaker i et traineeprogram for
 *   personer med funksjonsnedsettelse eller fravær fra arbeid, utdanning eller opplæring kan ansettes midlertidig i inntil
 *   to år, med adgang til ett års forlengelse» and «§ 3a (2) Ansettes en person som har gjennomført traineeprogram etter
 *   § 5 andre ledd i samme virksomhet og som er kvalifisert for stillingen, kan det gjøres unntak fra kravet om offentlig
 *   utlysning i statsansatteloven § 4» (the 2020 wording; seed 002 ch. 3.3 gives the post-2022 list a) trainee, b) wage
 *   subsidy).
 * - DFØ 22.06.2022 and regjeringen.no «Gjer det enklare å bruke lønstilskot i statlege verksemder»: the wage-subsidy
 *   exemption (temporary, up to two years) from 1 July 2022; «Verksemdene må sjølv vurdere kvalifikasjonane …, men NAV må
 *   vurdere om personar fyller krava for å få lønstilskot. Ta kontakt med det lokale NAV-kontoret».
 * - DFØ (Difi) «Midlertidig ansettelse» (grounds a–d, trainee under c), Compendia «Vil ha færre midlertidig ansatte i
 *   staten», regjeringen.no «Melding om prøvetidsregler», NTNU Innsida «Prøvetid» and «Midlertidig ansettelse»,
 *   Forskerforbundet «Midlertidig ansettelse», Creo «Ansettelser i staten», Difi/DFØ trainee pages, DFØ «Positiv
 *   særbehandling når man søker jobb i staten», regjeringen.no «Veiledning til personalreglement for departementene».
 *
 * THE THREE-YEAR RULE (statsansatteloven § 9 third paragraph). Lovdata's wording was not retrievable in this environment,
 * so no Lovdata sentence is quoted here; what the sources that paraphrase it say, word for word:
 * - NTNU (a state employer's HR page, 22.05.18): «Er du midlertidig ansatt etter statsansatteloven § 9 (1) a), b) eller e)
 *   i oversikten over, skal du anses som fast ansatt ved mer enn 3 års sammenhengende ansettelse i virksomheten (denne
 *   bestemmelsen gjelder ikke for praksisarbeid, eller utdannings- eller åremålsstillinger. Det er den siste stillingen
 *   vedkommende innehar som er avgjørende … statsansatteloven § 9 (3).» and «gjelder i de tilfeller hvor arbeidsavtalen er
 *   inngått etter ny lov om statens ansatte trådte i kraft 1. juli 2017, eller forlengelser som er inngått etter dette».
 * - Oslo Economics 2023 (seed 002, ch. 3.3): «midlertidig ansatte etter første ledd bokstav a, b eller e, som har vært
 *   sammenhengende ansatt i virksomheten i mer enn tre år, skal anses som fast ansatt».
 * - Forskerforbundet: «En statsansatt som har vært sammenhengende ansatt i mer enn tre år i samme statlige virksomhet kan
 *   ha krav på fast ansettelse.»
 * - Creo (a union) alone says «tre år eller mer» and names only vikar and midlertidig karakter.
 * Finding: the rule covers § 9 first paragraph letters a, b AND e (not only a and b), and the threshold is «mer enn tre år»
 * (more than three years), not «tre år eller mer». The entries said «a, b eller e» already; the one «… eller mer» was wrong.
 * Confirm the exact wording on https://lovdata.no/lov/2017-06-16-67/§9 when Lovdata can be read.
 */
import { describe, expect, it } from 'vitest';
import { curatedEntries, describeFacts, describeHouseStyle } from '../../test/support/entryChecks.js';

const DAY = '2026-12-03';

describeFacts(
  'round twenty-four state temporary-employment corrections say what their sources say',
  [
    // NTNU, seed 002 ch. 3.3, Forskerforbundet: more than three years, letters a, b or e
    ['state-temp-no-qualified-applicants', /sammenhengende midlertidig ansettelse i \*\*mer enn\*\* 3 år gjør personen fast/],
    ['state-three-year-rule', /\*\*bokstav a, b eller e\*\*[\s\S]*i mer enn 3 år\*\*[\s\S]*\(§ 9 tredje ledd\)/],
    // NTNU: the last position decides; contracts entered into or extended after 1 July 2017
    ['state-three-year-rule', /grunnlaget for den siste ansettelsen som avgjør[\s\S]*etter 1\. juli 2017 \(NTNU\)/],
    ['state-temporary-grounds', /a, b eller e sammenhengende i \*\*mer enn\*\* 3 år[\s\S]*ikke praksisarbeid \(c\) eller utdanningsstillinger \(d\)/],
    // NTNU: the rule does not apply to praksisarbeid or utdanningsstillinger (replaces the inference from Creo's silence)
    ['state-temp-education-positions', /Treårsregelen gjelder ikke utdanningsstillinger: den gjelder bare ansettelser etter bokstav a, b og e \(NTNU/],
    ['state-trainee-duration', /gjelder ikke praksisarbeid etter bokstav c \(NTNU/],
    // Lovdata table of contents: statsansatteforskriften § 9 on calculating continuous employment
    ['state-three-year-rule-breaks', /statsansatteforskriften § 9 har egne regler om beregning av ansettelsestid og sammenhengende ansettelsestid/],
    // Seed 002 ch. 3.3 (e: up to six months, unforeseen need); a longer need needs another § 9 ground, advertised unless exempt
    ['state-temp-unforeseen-need', /^Ja, i \*\*inntil 6 måneder\*\*[\s\S]*annen grunn i § 9 \(for eksempel a eller b\)/],
    // § 7 is an exemption from advertising, § 9 e the ground (seed 002 ch. 3.3; Veiledning til personalreglementene)
    ['state-temp-reorganisation-uncertain', /uforutsett behov \(§ 9 bokstav e\) i inntil 6 måneder, eventuelt som administrativ ansettelse uten utlysning \(§ 7\)/],
    // Wage subsidy and § 7 are exemptions from advertising, not grounds for temporary employment (DFØ 2022; seed 002)
    ['state-temp-practice-work', /annen grunn i § 9, oftest a, b eller e[\s\S]*administrativ ansettelse \(§ 7\)[\s\S]*statsansatteforskriften § 3a/],
    // regjeringen.no «Melding om prøvetidsregler»: mandatory, but the appointing body may decide not to use it
    ['state-probation-employer-duties', /ansettelsesorganet kan i det enkelte tilfellet bestemme at den ikke skal brukes/],
    // NTNU «Prøvetid» on statsansatteloven § 15: six months; extension by the absence if told in writing
    ['state-probation-employer-duties', /prøvetiden er 6 måneder[\s\S]*forlenge den med like lang tid som fraværet[\s\S]*skriftlig orientering/],
    // DFØ 22.06.2022: contact the local NAV office; no approval requirement seen
    ['state-wage-subsidy-how-to', /DFØ ber virksomheten kontakte det lokale NAV-kontoret/],
    // Lovdata table of contents: § 3a is «Unntak fra offentlig utlysning»
    ['state-wage-subsidy-no-advertisement', /statsansatteforskriften § 3a \(«Unntak fra offentlig utlysning»\)/],
  ],
  DAY,
);

describe('round twenty-four: removed claims stay removed', () => {
  const { entry } = curatedEntries();
  const ids = [
    'state-temporary-grounds',
    'state-temp-temporary-nature',
    'state-temp-substitute',
    'state-temp-unforeseen-need',
    'state-three-year-rule',
    'state-temp-no-qualified-applicants',
    'state-three-year-rule-breaks',
    'state-temp-to-permanent-no-advertisement',
    'state-temp-education-positions',
    'state-trainee-duration',
  ];
  it.each(ids)('%s: the three-year rule is «more than» three years, never «three years or more»', (id) => {
    expect(entry(id).answer).not.toMatch(/permanent-after-years\}\}\s+eller mer|tre år eller mer/);
  });
  it('state-temp-education-positions no longer infers the rule from what Creo does not mention', () => {
    expect(entry('state-temp-education-positions').answer).not.toMatch(/Creo nevner den bare/);
  });
  it('state-temp-unforeseen-need no longer calls the six-month limit «absolutt» or sends every longer need to a new advert', () => {
    expect(entry('state-temp-unforeseen-need').answer).not.toMatch(/er absolutt/);
  });
  it('state-temp-reorganisation-uncertain no longer ties § 7 to an unforeseen need', () => {
    expect(entry('state-temp-reorganisation-uncertain').answer).not.toMatch(/administrativ ansettelse \(§ 7\) på et uforutsett behov/);
  });
  it('state-probation-employer-duties no longer says probation is simply mandatory', () => {
    expect(entry('state-probation-employer-duties').answer).not.toMatch(/Prøvetid er obligatorisk i staten/);
  });
  it('state-wage-subsidy-no-advertisement drops the unsourced remark on the personnel regulation', () => {
    expect(entry('state-wage-subsidy-no-advertisement').answer).not.toMatch(/uansett hva personalreglementet sier/);
  });
  it('state-temp-practice-work no longer calls a wage subsidy or § 7 a ground («hjemmel») for temporary employment', () => {
    expect(entry('state-temp-practice-work').answer).not.toMatch(/annen hjemmel – for eksempel midlertidig stilling med lønnstilskudd/);
  });
});

describeHouseStyle(
  'round twenty-four reviewed entries keep the house style',
  [
    'state-administrative-appointment',
    'state-admin-one-year-personalreglement',
    'state-admin-needs-temporary-ground',
    'state-admin-keep-longer',
    'state-wage-subsidy-no-advertisement',
    'state-wage-subsidy-2022-change',
    'state-wage-subsidy-qualification',
    'state-wage-subsidy-how-to',
    'state-interview-obligation',
    'state-moderate-preference',
    'state-nav-candidate-before-subsidy',
    'state-target-group-later-interview-rounds',
    'state-wage-subsidy-experience-permanent-ad',
    'state-temporary-grounds',
    'state-temp-temporary-nature',
    'state-temp-substitute',
    'state-temp-practice-work',
    'state-temp-education-positions',
    'state-temp-unforeseen-need',
    'state-three-year-rule',
    'state-temp-end-notice',
    'state-temp-no-qualified-applicants',
    'state-three-year-rule-breaks',
    'state-temp-to-permanent-no-advertisement',
    'state-temp-no-measure-ground',
    'state-temp-reorganisation-uncertain',
    'state-probation-employer-duties',
    'state-trainee-programme',
    'state-trainee-duration',
    'state-trainee-permanent',
    'state-trainee-where-advertised',
  ],
  {
    day: DAY,
    // These keep their earlier short keyword phrasings (the review keeps phrasings as they are).
    extended: new Set([
      'state-admin-needs-temporary-ground',
      'state-admin-keep-longer',
      'state-wage-subsidy-qualification',
      'state-temporary-grounds',
      'state-temp-education-positions',
      'state-three-year-rule',
      'state-trainee-duration',
    ]),
  },
);
