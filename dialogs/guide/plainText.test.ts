import { describe, expect, it } from 'vitest';
import { citeLaws, dateText, listOf, plain, plainDates } from './plainText.js';

describe('laws, dates and numbers as a manager reads them', () => {
  it.each([
    [['statsansatteloven § 3', 'statsansatteloven § 4'], 'statsansatteloven §§ 3 og 4'],
    [['statsansatteloven § 3', 'statsansatteloven § 4', 'statsansatteloven § 5', 'statsansatteloven § 6'], 'statsansatteloven §§ 3, 4, 5 og 6'],
    [['statsansatteloven § 7', 'statsansatteloven § 9', 'statsansatteforskriften § 3a'], 'statsansatteloven §§ 7 og 9; statsansatteforskriften § 3a'],
    [
      ['statsansatteloven § 9 første ledd bokstav c', 'statsansatteforskriften § 5 andre ledd', 'statsansatteforskriften § 4'],
      'statsansatteloven § 9 første ledd bokstav c; statsansatteforskriften §§ 5 andre ledd og 4',
    ],
    [['arbeidsmiljøloven § 14-9 andre ledd bokstav d'], 'arbeidsmiljøloven § 14-9 andre ledd bokstav d'],
    [['tiltaksforskriften kap. 9', 'Det ulovfestede kvalifikasjonsprinsippet'], 'tiltaksforskriften kap. 9; Det ulovfestede kvalifikasjonsprinsippet'],
    [['statsansatteforskriften §§ 4 og 4a'], 'statsansatteforskriften §§ 4 og 4a'],
    [['arbeidsmiljøloven § 14-1', 'arbeidsmiljøloven § 14-1'], 'arbeidsmiljøloven § 14-1'],
    [[], ''],
  ])('%j → %s', (refs, want) => {
    expect(citeLaws(refs)).toBe(want);
  });

  it('dates as 1.7.2025', () => {
    expect(plainDates('innført 1. juli 2022 og brevet av 3. november 2023')).toBe('innført 1.7.2022 og brevet av 3.11.2023');
    expect(plainDates('fra 1. januar')).toBe('fra 1. januar');
    expect(dateText('2025-07-01')).toBe('1.7.2025');
    expect(dateText('2026-11-30.2')).toBe('30.11.2026');
    expect(() => dateText('i går')).toThrow();
    expect(listOf(['a'])).toBe('a');
    expect(listOf(['a', 'b', 'c'])).toBe('a, b og c');
  });

  it('parameters render with the value of the day, and an unknown one fails loudly', () => {
    expect(plain('i inntil {{p:state.wage-subsidy-exemption.max-months}}', '2026-03-01')).toMatch(/^i inntil \d+ måneder( \(\S+ år\))?$/);
    expect(() => plain('{{p:no.such.parameter}}', '2026-03-01')).toThrow(/no.such.parameter/);
  });
});
