/**
 * The one table of dated parameters, assembled from the area files beside this one, with the look-up
 * rules and entries use. Adding a parameter: add it to its area's file; the table test checks the shape.
 */
import type { Parameter, ParameterValue } from './types.js';
import { PARAMETER_AREAS } from './areas.js';

export const PARAMETERS: readonly Parameter[] = PARAMETER_AREAS.flat();

const BY_ID: ReadonlyMap<string, Parameter> = new Map(PARAMETERS.map((p) => [p.id, p]));

export class UnknownParameterError extends Error {
  constructor(readonly id: string) {
    super(`Unknown parameter "${id}" (see knowledge/parameters/)`);
  }
}

export function parameter(id: string): Parameter {
  const p = BY_ID.get(id);
  if (!p) throw new UnknownParameterError(id);
  return p;
}

export function hasParameter(id: string): boolean {
  return BY_ID.has(id);
}

/** The value in force on `date` (YYYY-MM-DD), or undefined when the parameter did not exist then. */
export function valueOn(id: string, date: string): ParameterValue | undefined {
  return parameter(id).values.find((v) => v.from <= date && (v.to === undefined || date <= v.to));
}

/** Like valueOn, but a missing value is a programming error (a rule asked before the provision existed). */
export function requireValue(id: string, date: string): number {
  const v = valueOn(id, date);
  if (!v) throw new Error(`Parameter "${id}" has no value on ${date}`);
  return v.value;
}
