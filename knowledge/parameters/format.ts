/**
 * Renders {{p:<id>}} placeholders in Norwegian text with the value in force on a date, e.g.
 * "{{p:nav.temporary-wage-subsidy.rate-ordinary}}" → "40 %", "{{p:g}}" → "130 160 kr".
 */
import { parameter, valueOn } from './registry.js';
import type { ParameterUnit } from './types.js';

export const PLACEHOLDER = /\{\{p:([a-z0-9.-]+)\}\}/g;

const nb = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 2 });

/** Norwegian number format with a normal space as the thousands separator (Teams renders NBSP oddly on some clients). */
const num = (n: number): string => nb.format(n).replace(/[\u00a0\u202f]/g, ' ');

/** Whole years as a manager says them; a law or NAV page may give the same period in months or years. */
const YEARS = ['', 'ett år', 'to år', 'tre år', 'fire år', 'fem år', 'seks år'];
const FRACTIONS: Record<number, string> = { 25: 'en firedel', 50: 'halvparten', 75: 'tre firedeler' };

const UNIT: Record<ParameterUnit, (n: number) => string> = {
  percent: (n) => `${num(n)} %`,
  share: (n) => FRACTIONS[n] ?? `${num(n)} %`,
  months: (n) => `${num(n)} ${n === 1 ? 'måned' : 'måneder'}${n % 12 === 0 && YEARS[n / 12] ? ` (${YEARS[n / 12]})` : ''}`,
  years: (n) => `${num(n)} år`,
  weeks: (n) => `${num(n)} ${n === 1 ? 'uke' : 'uker'}`,
  days: (n) => `${num(n)} ${n === 1 ? 'dag' : 'dager'}`,
  nok: (n) => `${num(n)} kr`,
  G: (n) => `${num(n)} G`,
  places: (n) => `${num(n)} ${n === 1 ? 'plass' : 'plasser'}`,
};

export function formatValue(id: string, date: string): string {
  const p = parameter(id);
  const v = valueOn(id, date);
  if (!v) throw new Error(`Parameter "${id}" has no value on ${date}`);
  return formatAmount(p.unit, v.value);
}

export function formatAmount(unit: ParameterUnit, n: number): string {
  return UNIT[unit](n);
}

/** The ids a text refers to, in order of first use. */
export function parameterIdsIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]))];
}

export function renderParameters(text: string, date: string): string {
  return text.replace(PLACEHOLDER, (_m, id: string) => formatValue(id, date));
}
