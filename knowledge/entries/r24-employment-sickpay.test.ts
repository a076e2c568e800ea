/**
 * Round twenty-four (r24-employment-sickpay): a legal review of employment-temporary.json, employment-probation.json and
 * sick-pay-employer-period.json (23 entries). Sources read 2026-12-03:
 * - Stortinget, lovvedtak 42 (2021–2022), 3 March 2022: arbeidsmiljøloven § 14-9 andre ledd bokstav f repealed and
 *   § 14-9 sjuende ledd re-worded (more than four years under a, more than three years under b or a and b combined);
 *   Compendia, NHO arbinn, Stiegler: in force 1 July 2022. Compendia (2016/2017) and Norsk Lektorlag (2023): the
 *   three-year rule came in on 1 July 2015, the four-year rule for letter a still stands. No 2023 change was found.
 * - arbeidsmiljoloven.com: § 14-9 (text (1)–(5)) and § 15-6 (text, fourth paragraph on extension for absence);
 *   Compendia, Krifa, advokat.no, Siffer and Ræder Bing on the 1 July 2024 probation rules (half the duration of a
 *   temporary employment, also statsansatteloven § 15; no new probation in the same or a similar post). No 2024 change
 *   to the extension rule was found.
 * - Arbeidstilsynet: arbeidsmiljøloven § 15-4 (text). Stiegler: no right to stay in the post during a suit in probation.
 * - regjeringen.no, Statens personalhåndbok kap. 3 (åremål not extendable; statsansatteloven §§ 17, 19, 20 and 38);
 *   Prop. 94 L (2016–2017) kap. 14; regjeringen.no «Melding om prøvetidsregler».
 * - nav.no for employers: Sykepenger og arbeidsgiverens plikter (four weeks' employment, 16 calendar days, §§ 8-18 and
 *   8-19), Sykepenger i arbeidsgiverperioden (whole and partial absence days both count), Kronisk syk arbeidstaker,
 *   Gravid arbeidstaker, arbeidsgiver.nav.no «Dekke sykepenger i arbeidsgiverperioden», the NAV 08-20.05 form guide,
 *   Når Nav utbetaler sykepenger etter arbeidsgiverperioden, Når du forskutterer sykepenger; Visma (graded sick leave
 *   from the first day counts in the employer period); Compendia and Tannlegetidende (the four weeks run from the
 *   date of employment, the first day with pay); LO-advokatene (hovedtariffavtalen i staten § 18).
 * Each row names its source.
 */
import { describe, expect, it } from 'vitest';
import { curatedEntries, describeFacts } from '../../test/support/entryChecks.js';

const DAY = '2026-12-03';

describeFacts(
  'r24 employment and sick-pay corrections say what their sources say',
  [
    // Stortinget lovvedtak 42 (2021–2022); Compendia/Stiegler: letter f repealed from 1 July 2022
    ['mun-temp-invalid-ground', /tidligere bokstav f\) ble opphevet fra 1\. juli 2022/],
    // Stortinget lovvedtak 42 (2021–2022), § 14-9 sjuende ledd: three years for b or a+b, four years for a alone
    [
      'mun-temp-invalid-ground',
      /mer enn 3 år sammenhengende som vikar \(bokstav b\)[\s\S]*til sammen[\s\S]*mer enn 4 år i arbeid av midlertidig karakter alene \(bokstav a\)[\s\S]*§ 14-9 sjuende ledd/,
    ],
    // arbeidsmiljoloven.com § 15-6 fourth paragraph: written notice of the possibility at hiring, written notice of the extension
    [
      'probation-longer-than-max',
      /skriftlig orientert om adgangen ved ansettelsen og får skriftlig beskjed om forlengelsen før prøvetiden er ute \(arbeidsmiljøloven § 15-6 fjerde ledd/,
    ],
    // Compendia / advokat.no: from 1 July 2024 no new probation in the same or a similar post
    ['probation-longer-than-max', /samme eller en lignende stilling, kan det etter arbeidsmiljøloven ikke avtales ny prøvetid \(fra 1\. juli 2024\)/],
    // arbeidsmiljoloven.com § 15-6 fourth paragraph: the condition is written information at hiring, not an agreement
    ['mun-probation-extension-absence', /^Ja, men bare hvis den ansatte fikk skriftlig beskjed om denne muligheten ved ansettelsen\./],
    ['mun-probation-extension-absence', /Fikk den ansatte ikke slik skriftlig beskjed ved ansettelsen, kan dere ikke forlenge/],
    // Arbeidstilsynet, § 15-4 second paragraph letter b: the letter also tells the right to stay in the post (§ 15-11)
    ['mun-probation-dismissal-process', /retten til å fortsette i stillingen \(i prøvetiden gjelder § 15-11 tredje ledd\)/],
    // nav.no (Sykepenger i arbeidsgiverperioden; Sykepenger og arbeidsgiverens plikter) and Visma: partial days count
    ['sick-pay-employer-period-basics', /Også dager med \*\*gradert \(delvis\) sykmelding\*\* regnes inn i arbeidsgiverperioden, på samme måte som hele fraværsdager \(nav\.no\)/],
    // Compendia (Krav til ansettelsestid); Tannlegetidende 2018: from the date of employment, the first day with pay
    ['sick-pay-new-hire', /det avgjørende er den første dagen hen får lønn for/],
    // LO-advokatene (Nyansatt og rett til sykepenger?): hovedtariffavtalen i staten § 18, full pay from the new employer
    ['sick-pay-new-hire', /hovedtariffavtalens § 18 om lønn under sykdom, som ifølge LO-advokatene kan gi full lønn fra ny arbeidsgiver fra tiltredelsen/],
    // Only Compendia states the practice for people with disabilities entering work; nav.no does not: attributed, NAV to confirm
    ['sick-pay-employer-period-exemption', /kan NAV ifølge Compendia gi fritak for en begrenset periode uten nærmere vurdering – spør NAV/],
  ],
  DAY,
);

describe('r24: wrong or imprecise claims are gone', () => {
  const { entry } = curatedEntries();
  it('sick-pay-employer-period-basics no longer says graded sick leave starts the employer period on the first whole absence day (nav.no)', () => {
    expect(entry('sick-pay-employer-period-basics').answer).not.toMatch(/Starter sykmeldingen som gradert, begynner perioden første hele fraværsdag/);
  });
  it('the probation extension is not said to need an agreement in advance (aml § 15-6 fourth paragraph: written information)', () => {
    expect(entry('mun-probation-extension-absence').answer).not.toMatch(/bare hvis det er avtalt på forhånd|Er det ikke avtalt, kan dere ikke forlenge/);
    expect(entry('probation-longer-than-max').answer).not.toMatch(/avtalt skriftlig på forhånd/);
  });
  it('the municipal invalid-ground entry no longer gives only the three-year rule', () => {
    expect(entry('mun-temp-invalid-ground').answer).toMatch(/permanent-after\.temporary-work-years/);
  });
  it('every entry of the three files was reviewed on the day and cites a web source read that day', () => {
    const ids = [
      'state-aremaal-extend',
      'state-temp-invalid-ground',
      'mun-temp-invalid-ground',
      'state-admin-chaining',
      'probation-longer-than-max',
      'mun-probation-extension-absence',
      'state-probation-extension',
      'mun-probation-dismissal-stay',
      'state-probation-dismissal',
      'mun-probation-dismissal-grounds',
      'mun-probation-dismissal-process',
      'mun-probation-follow-up',
      'sick-pay-employer-period-exemption',
      'sick-pay-new-hire',
      'sick-pay-exemption-refund',
      'sick-pay-exemption-first-16-days',
      'sick-pay-employer-period-basics',
      'sick-pay-refund-after-employer-period',
      'sick-pay-exemption-duration',
      'sick-pay-exemption-hiring-no-asking',
      'sick-pay-exemption-not-automatic',
      'sick-pay-exemption-treatment-period',
      'sick-pay-full-salary-refund',
    ];
    for (const id of ids) {
      const e = entry(id);
      expect(e.lastReviewed, id).toBe(DAY);
      expect(
        e.sources.some((s) => s.type === 'web' && s.read === DAY),
        id,
      ).toBe(true);
    }
  });
  it("the state entries cite the state act and the municipal ones the working environment act, not the other sector's rule", () => {
    for (const id of ['state-aremaal-extend', 'state-temp-invalid-ground', 'state-admin-chaining', 'state-probation-extension', 'state-probation-dismissal']) {
      expect(entry(id).sector, id).toBe('state');
      expect(entry(id).answer, id).toMatch(/statsansatteloven/);
    }
    for (const id of [
      'mun-temp-invalid-ground',
      'mun-probation-extension-absence',
      'mun-probation-dismissal-stay',
      'mun-probation-dismissal-grounds',
      'mun-probation-dismissal-process',
      'mun-probation-follow-up',
    ]) {
      expect(entry(id).sector, id).toBe('municipal');
      expect(entry(id).answer, id).not.toMatch(/statsansatteloven/);
    }
  });
});
