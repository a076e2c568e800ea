/**
 * Dated parameters: amounts, rates, caps, durations and thresholds that the law or NAV change.
 * Rules and entries read them by id (an entry's answer writes {{p:<id>}}), so a yearly change is one
 * edit in one table, and every answer shows the value valid on the day it is given (as OpenFisca does).
 */

/**
 * `share` is a percentage of a whole read as a fraction where Norwegian says one ("halvparten");
 * `places` counts places in a measure (e.g. new VTA places in a budget), written «500 plasser».
 */
export type ParameterUnit = 'percent' | 'share' | 'months' | 'years' | 'weeks' | 'days' | 'nok' | 'G' | 'places';

export interface ParameterValue {
  value: number;
  /** First day the value applies (YYYY-MM-DD). */
  from: string;
  /** Last day it applies (YYYY-MM-DD), inclusive; absent while it is the value in force. */
  to?: string;
  /**
   * Why `from` is this day when it is not the day the rule took effect, e.g. "earliest date a public
   * source confirms the value; earlier values are not verified". A date before the value is then unknown.
   */
  note?: string;
}

export interface ParameterSource {
  /** What a person would call the source, e.g. "tiltaksforskriften § 9-4" or "nav.no: Grunnbeløpet i folketrygden". */
  title: string;
  /** A public https link where one exists (Lovdata, nav.no, regjeringen.no). */
  url?: string;
}

export interface Parameter {
  /** Dotted lower-case id, e.g. "nav.temporary-wage-subsidy.rate-ordinary". */
  id: string;
  /** Norwegian bokmål, what the number is, e.g. "Midlertidig lønnstilskudd, ordinær sats de første seks månedene". */
  label: string;
  unit: ParameterUnit;
  /** In time order, without gaps or overlaps. */
  values: ParameterValue[];
  sources: ParameterSource[];
  /** The day someone last checked the value against its source (YYYY-MM-DD). */
  checked: string;
  /** Check again by this day (YYYY-MM-DD): a test fails once it has passed, and HR sees the entries that use it. */
  checkBy: string;
}
