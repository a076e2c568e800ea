/**
 * The target group of the inclusion rules (statsansatteforskriften §§ 4 and 4a; seed 002, 1.5 and 2.1).
 * The municipal sector uses the same two groups: the ministry's letter to KS (seed 000) speaks of people
 * with disabilities and people with absence from work, education or training.
 */
import { and, known, or, type Facts, type Val } from './facts.js';
import { inForce, param } from './rule.js';
import type { RuleVersion } from './types.js';

export const DISABILITY: RuleVersion = {
  id: 'target-group.disability',
  legalBasis: ['statsansatteforskriften § 4 første ledd'],
  effectiveFrom: '2017-07-01',
  source: 'Oslo Economics 2023, kap. 1.5',
};

/**
 * Hull i CV-en, in force from 1 January 2020 (forskrift 13 Dec 2019 nr. 1750; seed 002, 2.1; DFØ's
 * reporting definition matches it; review F5.1: correct). A case assessed asOf an earlier date has no such
 * target group. The two of five years are parameters (knowledge/parameters/targetGroup.ts).
 */
export const CV_GAP: RuleVersion = {
  id: 'target-group.cv-gap',
  legalBasis: ['statsansatteforskriften § 4a første ledd'],
  effectiveFrom: '2020-01-01',
  source: 'Oslo Economics 2023, kap. 1.5 og 2.1; DFØ: Dette skal du rapportere',
};

export const TARGET_GROUP_RULES: readonly RuleVersion[] = [DISABILITY, CV_GAP];

export function disability(f: Facts): Val {
  return f.candidate('disabilityNeedingAccommodation');
}

/**
 * At least 2 of the last 5 years outside work, education or training ("minst to år": exactly 2 counts),
 * the absence due to one of the grounds the regulation lists (causeListed; contract 1.1), and not now in a permanent job or a
 * temporary one of more than one year.
 * Decision: a candidate with no cvGap object at all is "not known", not "no" — the manager may simply
 * not have been asked; the fields are then reported as missing where they matter.
 */
export function cvGap(f: Facts): Val {
  if (!inForce([CV_GAP], f.asOf)) return known(false);
  return and(
    f.cvGap('yearsOutsideLastFive', (y) => y >= param('target-group.cv-gap.min-years', f.asOf)),
    f.cvGap('causeListed', (c) => c),
    f.cvGap('employedOverOneYearNow', (e) => !e),
  );
}

export interface TargetGroupVals {
  disability: Val;
  cvGap: Val;
  member: Val;
}

export function targetGroup(f: Facts): TargetGroupVals {
  const d = disability(f);
  const g = cvGap(f);
  return { disability: d, cvGap: g, member: or(d, g) };
}
