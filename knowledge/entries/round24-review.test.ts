/**
 * Round twenty-four: small corrections made while measuring, each with its source (read 2026-12-03).
 * - Probation in a temporary employment is at most half its length (arbeidsmiljøloven § 15-6 and statsansatteloven
 *   § 15 from 1 July 2024; Compendia «Nye regler om prøvetid fra 1. juli 2024»: «Når en arbeidstaker blir engasjert
 *   for 8 måneder, kan ikke prøvetiden vare lenger enn 4 av dem»; Advokatfirmaet Haavind/advokat.no «Endringer i
 *   reglene om prøvetid»): the two main probation entries now give the common case of a six-month substitute.
 */
import { describeFacts } from '../../test/support/entryChecks.js';

describeFacts(
  'round twenty-four corrections say what their sources say',
  [
    // Compendia and advokat.no: half the length of a temporary employment, in both laws from 1 July 2024
    ['state-probation', /halvparten av ansettelsens lengde \(statsansatteloven § 15\): et vikariat på seks måneder kan ha høyst tre måneders prøvetid/],
    ['mun-probation', /halvparten av ansettelsens lengde \(arbeidsmiljøloven § 15-6\): et vikariat på seks måneder kan ha høyst tre måneders prøvetid/],
  ],
  '2026-12-03',
);
