/** Picking the version of a rule in force on a date, and filling its texts. */
import type { Val } from './facts.js';
import type { PathRuleVersion, RuleVersion } from './types.js';

/**
 * The earliest date this rule set assesses: statsansatteloven and statsansatteforskriften took effect on
 * 1 July 2017. Earlier dates (tjenestemannsloven) are rejected by the schema.
 */
export const EARLIEST_AS_OF = '2017-07-01';

/** The version in force on asOf (YYYY-MM-DD) for the sector, or undefined when none was. */
export function inForce<T extends RuleVersion>(versions: readonly T[], asOf: string, sector?: 'state' | 'municipal'): T | undefined {
  return versions.find((v) => v.effectiveFrom <= asOf && (v.effectiveTo === undefined || asOf <= v.effectiveTo) && (v.sector === undefined || sector === undefined || v.sector === sector));
}

/** Replaces `{name}` in a text with vars[name]. */
export function fill(text: string, vars: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

/** Whole months in Norwegian words where they read better ("seks måneder", "ett år"). */
export function monthsText(n: number): string {
  const words: Record<number, string> = { 6: 'seks måneder', 12: 'ett år', 24: 'to år', 36: 'tre år' };
  if (words[n]) return words[n];
  const s = Number.isInteger(n) ? String(n) : n.toLocaleString('nb-NO', { maximumFractionDigits: 1 });
  return `${s} ${n === 1 ? 'måned' : 'måneder'}`;
}

/** A decided path: its value and the key of its `why` text, with the values for the text's placeholders. */
export interface Decision {
  val: Val;
  reason: string;
  vars?: Record<string, string | number>;
}

export function whyText(rule: PathRuleVersion, d: Decision): string {
  return fill(rule.why[d.reason] ?? '', d.vars ?? {});
}
