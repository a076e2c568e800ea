import { describe, expect, it } from 'vitest';
import { parseCase } from './schema.js';

describe.each([
  { name: 'an unknown top-level field', input: { sector: 'state', position: { permanent: true }, colour: 'blue' }, path: 'colour' },
  { name: 'an unknown nested field', input: { sector: 'state', position: { permanent: true, salary: 1 } }, path: 'position.salary' },
  { name: 'a name of the candidate', input: { sector: 'state', position: { permanent: true }, candidate: { name: 'Ola' } }, path: 'candidate.name' },
  { name: 'a diagnosis', input: { sector: 'state', position: { permanent: true }, candidate: { cvGap: { diagnosis: 'x' } } }, path: 'candidate.cvGap.diagnosis' },
  { name: 'an unknown sector', input: { sector: 'county', position: { permanent: true } }, path: 'sector' },
  { name: 'a missing sector', input: { position: { permanent: true } }, path: 'sector' },
  { name: 'zero months', input: { sector: 'state', position: { permanent: false, durationMonths: 0, ground: 'substitute' } }, path: 'position.durationMonths' },
  { name: 'negative months', input: { sector: 'state', position: { permanent: false, durationMonths: -1, ground: 'substitute' } }, path: 'position.durationMonths' },
  { name: '121 months', input: { sector: 'state', position: { permanent: false, durationMonths: 121, ground: 'substitute' } }, path: 'position.durationMonths' },
  { name: 'months as text', input: { sector: 'state', position: { permanent: false, durationMonths: '6', ground: 'substitute' } }, path: 'position.durationMonths' },
  {
    name: 'a gap over five years',
    input: { sector: 'state', position: { permanent: true }, candidate: { cvGap: { yearsOutsideLastFive: 5.01 } } },
    path: 'candidate.cvGap.yearsOutsideLastFive',
  },
  {
    name: 'a negative gap',
    input: { sector: 'state', position: { permanent: true }, candidate: { cvGap: { yearsOutsideLastFive: -0.01 } } },
    path: 'candidate.cvGap.yearsOutsideLastFive',
  },
  { name: 'position not an object', input: { sector: 'state', position: 'fast' }, path: 'position' },
  { name: 'a missing position', input: { sector: 'state' }, path: 'position' },
  { name: 'employer not an object', input: { sector: 'state', position: { permanent: true }, employer: 3 }, path: 'employer' },
  { name: 'a boolean as text', input: { sector: 'state', position: { permanent: true }, candidate: { qualified: 'ja' } }, path: 'candidate.qualified' },
  { name: 'asOf as a number', input: { sector: 'state', position: { permanent: true }, asOf: 20240101 }, path: 'asOf' },
  { name: 'asOf before statsansatteloven (2017-06-30)', input: { sector: 'state', position: { permanent: true }, asOf: '2017-06-30' }, path: 'asOf' },
  { name: 'temporary without duration', input: { sector: 'state', position: { permanent: false, ground: 'substitute' } }, path: 'position.durationMonths' },
  { name: 'temporary without ground', input: { sector: 'state', position: { permanent: false, durationMonths: 3 } }, path: 'position.ground' },
  {
    name: 'six years of gap',
    input: { sector: 'state', position: { permanent: true }, candidate: { cvGap: { yearsOutsideLastFive: 6 } } },
    path: 'candidate.cvGap.yearsOutsideLastFive',
  },
  { name: 'a string for a boolean', input: { sector: 'state', position: { permanent: 'yes' } }, path: 'position.permanent' },
  { name: 'an impossible date', input: { sector: 'state', position: { permanent: true }, asOf: '2023-02-30' }, path: 'asOf' },
])('parseCase rejects $name', ({ input, path }) => {
  it(`names ${path}`, () => {
    const r = parseCase(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((e) => e.path)).toContain(path);
      expect(r.errors.every((e) => e.message.length > 0)).toBe(true);
      // zod's own messages are English; every message here must be ours, in Norwegian.
      for (const e of r.errors) expect(e.message).not.toMatch(/\b(Expected|Required|Invalid|received|Unrecognized|Number must|String must)\b/);
    }
  });
});

it.each([null, [], 'text', 42])('parseCase rejects a non-object (%j)', (input) => {
  const r = parseCase(input);
  expect(r.ok).toBe(false);
});

it.each([
  ['two weeks (0.5 months)', { sector: 'state', position: { permanent: false, durationMonths: 0.5, ground: 'substitute' } }],
  ['120 months', { sector: 'state', position: { permanent: false, durationMonths: 120, ground: 'temporary_work' } }],
  ['the first day of statsansatteloven (2017-07-01)', { sector: 'state', position: { permanent: true }, asOf: '2017-07-01' }],
  ['a permanent position with a ground given (ignored)', { sector: 'municipal', position: { permanent: true, durationMonths: 12, ground: 'substitute' } }],
  ['a gap of exactly 0 and 5 years', { sector: 'state', position: { permanent: true }, candidate: { cvGap: { yearsOutsideLastFive: 5 } } }],
])('parseCase accepts %s', (_name, input) => {
  expect(parseCase(input).ok).toBe(true);
});

it('parseCase accepts a full case', () => {
  const r = parseCase({
    sector: 'state',
    position: { permanent: false, durationMonths: 8, ground: 'substitute', absenceReason: 'sick_leave' },
    employer: { personnelRegulationAllowsOneYear: true },
    candidate: {
      disabilityNeedingAccommodation: true,
      cvGap: { yearsOutsideLastFive: 2.5, causeListed: true, employedOverOneYearNow: false },
      temporaryWageSubsidy: true,
      reducedWorkCapacity: false,
      higherEducation: true,
      completedStateTraineeHere: false,
      qualified: true,
    },
    asOf: '2024-01-31',
  });
  expect(r.ok).toBe(true);
});

describe('contract 1.1: cvGap.cause is gone', () => {
  it('refuses cause with an error that points to causeListed and never echoes the value', () => {
    const r = parseCase({ sector: 'state', position: { permanent: true }, candidate: { cvGap: { yearsOutsideLastFive: 3, cause: 'substance_abuse' } } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0].path).toBe('candidate.cvGap.cause');
    expect(r.errors[0].message).toMatch(/causeListed/);
    expect(JSON.stringify(r.errors)).not.toMatch(/substance/);
  });
  it('accepts causeListed as a boolean only', () => {
    expect(parseCase({ sector: 'state', position: { permanent: true }, candidate: { cvGap: { causeListed: true } } }).ok).toBe(true);
    expect(parseCase({ sector: 'state', position: { permanent: true }, candidate: { cvGap: { causeListed: 'illness' } } }).ok).toBe(false);
  });
});
