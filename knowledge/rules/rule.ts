/** Picking the version of a rule in force on a date, and filling its texts. */
import { known, type Val } from './facts.js';
import { requireValue } from '../parameters/registry.js';
import type { PathRuleVersion, RuleVersion } from './types.js';

export { EARLIEST_AS_OF } from './horizon.js';

/** The version in force on asOf (YYYY-MM-DD) for the sector, or undefined when none was. */
export function inForce<T extends RuleVersion>(versions: readonly T[], asOf: string, sector?: 'state' | 'municipal'): T | undefined {
  return versions.find(
    (v) => v.effectiveFrom <= asOf && (v.effectiveTo === undefined || asOf <= v.effectiveTo) && (v.sector === undefined || sector === undefined || v.sector === sector),
  );
}

/** Replaces `{name}` in a text with vars[name]. */
export function fill(text: string, vars: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

/** A dated parameter's value on asOf (knowledge/parameters); throws if the table has none for that day. */
export const param = (id: string, asOf: string): number => requireValue(id, asOf);

const MONTHS_NB = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];

/** "2022-07-01" → "1. juli 2022". */
export function dateText(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}. ${MONTHS_NB[m - 1]} ${y}`;
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

/** Throws for a reason the rule has no text for: a path is never shown without its why. */
export function whyText(rule: PathRuleVersion, d: Decision): string {
  const text = rule.why[d.reason];
  if (!text) throw new Error(`${rule.id}: no why text for the reason ${d.reason}`);
  return fill(text, d.vars ?? {});
}

/**
 * A path whose provision did not exist yet on asOf: "no", with the rule's `before` texts (why it did not
 * exist, and what the employer could do instead) — never the nearest later version's conditions.
 */
export function beforeProvision(first: PathRuleVersion): { rule: PathRuleVersion; decision: Decision } {
  if (!first.before) throw new Error(`${first.id}: no texts for dates before ${first.effectiveFrom}`);
  const rule: PathRuleVersion = { ...first, why: { ...first.why, notInForce: first.before.why }, conditions: first.before.conditions, steps: first.before.steps };
  return { rule, decision: { val: known(false), reason: 'notInForce', vars: { from: dateText(first.effectiveFrom) } } };
}
