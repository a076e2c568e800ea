/**
 * The target group of the inclusion rules (statsansatteforskriften §§ 4 and 4a; seed 002, 1.5).
 * The same definitions are used for the municipal sector, where the ministry's letter to KS (seed 000)
 * speaks of people with disabilities and people with absence from work, education or training.
 */
import { and, or, type Facts } from './facts.js';
import type { RuleMeta, Tri } from './types.js';

export const DISABILITY: RuleMeta = {
  id: 'target-group.disability',
  legalBasis: ['statsansatteforskriften § 4 første ledd'],
  effectiveFrom: '2017-07-01',
  source: 'Oslo Economics 2023, kap. 1.5',
};

/**
 * Hull i CV-en. In force from 1 January 2020 (seed 002, 2.1: "I januar 2020 ble … søkere med hull i
 * CV-en klarere definert"). Before that date there was no such target group in the regulation, so a
 * case assessed asOf an earlier date is not in it.
 */
export const CV_GAP: RuleMeta = {
  id: 'target-group.cv-gap',
  legalBasis: ['statsansatteforskriften § 4a første ledd'],
  effectiveFrom: '2020-01-01',
  source: 'Oslo Economics 2023, kap. 1.5 og 2.1',
};

const QUALIFYING_CAUSES = new Set(['substance_abuse', 'imprisonment', 'illness', 'active_job_seeking']);

export function disability(f: Facts): Tri {
  return f.candidate('disabilityNeedingAccommodation');
}

/**
 * At least 2 of the last 5 years outside work, education or training (2 exactly counts: "minst to år"),
 * a qualifying cause, and not now in a permanent job or a temporary one of more than one year.
 * Decision: a candidate with no cvGap object at all is "not known" (null), not "no" — the manager may
 * simply not have asked; the field is then reported as missing.
 */
export function cvGap(f: Facts): Tri {
  if (!f.onOrAfter(CV_GAP.effectiveFrom)) return false;
  const years = f.cvGapYears();
  const longEnough: Tri = years === null ? null : years >= 2;
  if (longEnough === false) return false;
  const cause = f.cvGapCause();
  const causeOk: Tri = cause === null ? null : QUALIFYING_CAUSES.has(cause);
  if (causeOk === false) return false;
  const employed = f.cvGapEmployed();
  const notEmployed: Tri = employed === null ? null : !employed;
  return and(longEnough, causeOk, notEmployed);
}

export function targetGroup(f: Facts): { disability: Tri; cvGap: Tri; member: Tri } {
  const d = disability(f);
  const g = cvGap(f);
  return { disability: d, cvGap: g, member: or(d, g) };
}
