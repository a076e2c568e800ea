/**
 * Round twenty-four: small corrections made while measuring, each with its source (read 2026-12-03).
 * - Probation in a temporary employment is at most half its length (arbeidsmiljøloven § 15-6 and statsansatteloven
 *   § 15 from 1 July 2024; Compendia «Nye regler om prøvetid fra 1. juli 2024»: «Når en arbeidstaker blir engasjert
 *   for 8 måneder, kan ikke prøvetiden vare lenger enn 4 av dem»; Advokatfirmaet Haavind/advokat.no «Endringer i
 *   reglene om prøvetid»): the two main probation entries now give the common case of a six-month substitute.
 * - The state's part-time rule (statsansatteloven § 13) as enacted: Norsk Lovtidend, lov 20. juni 2025 nr. 43 (§ 13 first
 *   to third paragraphs and the sixth), in force 1 January 2026 by FOR-2025-06-20-1127 («Loven trer i kraft 1. januar
 *   2026»). Round 22 had hedged it because the text could not be read; it was read from Lovdata's open data (Lovtidend
 *   avd. I 2025). Statsansatteforskriften § 8 was not amended in Lovtidend 2025 (searched to October 2025).
 * - Hovedavtalen i staten 2023–2025 (regjeringen.no) runs on a year at a time unless a party gives notice (§ 52 Varighet,
 *   as LO Stat reproduces it); no new agreement for 2026 was found.
 */
import { describeFacts } from '../../test/support/entryChecks.js';

describeFacts(
  'round twenty-four corrections say what their sources say',
  [
    // Compendia and advokat.no: half the length of a temporary employment, in both laws from 1 July 2024
    ['state-probation', /halvparten av ansettelsens lengde \(statsansatteloven § 15\): et vikariat på seks måneder kan ha høyst tre måneders prøvetid/],
    ['mun-probation', /halvparten av ansettelsens lengde \(arbeidsmiljøloven § 15-6\): et vikariat på seks måneder kan ha høyst tre måneders prøvetid/],
    // Lovtidend, lov 20. juni 2025 nr. 43, § 13 (2): extra shifts before hiring or hiring in; also temporary employees;
    // per service location; limited after discussions to units of at least 30 employees. FOR-2025-06-20-1127: 1 January 2026
    [
      'state-part-time-extra-shifts',
      /^Ja, fra 1\. januar 2026\. Deltidsansatte i staten har \*\*fortrinnsrett til ekstravakter og lignende\*\* framfor at arbeidsgiveren ansetter eller leier inn/,
    ],
    ['state-part-time-extra-shifts', /retten til ekstravakter gjelder også for dem – det står i § 13 andre ledd/],
    [
      'state-part-time-extra-shifts',
      /gjelder det enkelte tjenestestedet\. Etter drøftinger med de tillitsvalgte kan arbeidsgiveren avgrense den til én eller flere enheter med til sammen minst 30 ansatte/,
    ],
    // § 13 (3) and (6)
    ['state-part-time-extra-shifts', /må være kvalifisert, og fortrinnsretten må ikke gi vesentlige ulemper for virksomheten \(§ 13 tredje ledd\)/],
    ['state-part-time-extra-shifts', /avgjøres av tvisteløsningsnemnda \(§ 13 sjette ledd, jf\. arbeidsmiljøloven § 17-2\)/],
    ['part-time-preferred-right', /i staten etter statsansatteloven § 13 andre ledd fra 1\. januar 2026/],
    ['part-time-preferred-right', /I staten gjelder det samme fra 1\. januar 2026 \(statsansatteloven § 13, endret ved lov 20\. juni 2025 nr\. 43\)/],
    // LO Stat, Hovedavtalen i staten § 52: continues a year at a time unless a party gives notice
    ['state-ad-union-comment', /etter § 52 løper videre ett år om gangen til en av partene sier den opp/],
  ],
  '2026-12-03',
);
