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
  { name: 'fractional months', input: { sector: 'state', position: { permanent: false, durationMonths: 2.5, ground: 'substitute' } }, path: 'position.durationMonths' },
  { name: 'temporary without duration', input: { sector: 'state', position: { permanent: false, ground: 'substitute' } }, path: 'position.durationMonths' },
  { name: 'temporary without ground', input: { sector: 'state', position: { permanent: false, durationMonths: 3 } }, path: 'position.ground' },
  { name: 'six years of gap', input: { sector: 'state', position: { permanent: true }, candidate: { cvGap: { yearsOutsideLastFive: 6 } } }, path: 'candidate.cvGap.yearsOutsideLastFive' },
  { name: 'a string for a boolean', input: { sector: 'state', position: { permanent: 'yes' } }, path: 'position.permanent' },
  { name: 'an impossible date', input: { sector: 'state', position: { permanent: true }, asOf: '2023-02-30' }, path: 'asOf' },
])('parseCase rejects $name', ({ input, path }) => {
  it(`names ${path}`, () => {
    const r = parseCase(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((e) => e.path)).toContain(path);
      expect(r.errors.every((e) => e.message.length > 0)).toBe(true);
    }
  });
});

it.each([null, [], 'text', 42])('parseCase rejects a non-object (%j)', (input) => {
  const r = parseCase(input);
  expect(r.ok).toBe(false);
});

it('parseCase accepts a full case', () => {
  const r = parseCase({
    sector: 'state',
    position: { permanent: false, durationMonths: 8, ground: 'substitute', absenceReason: 'sick_leave' },
    employer: { personnelRegulationAllowsOneYear: true },
    candidate: { disabilityNeedingAccommodation: true, cvGap: { yearsOutsideLastFive: 2.5, cause: 'illness', employedOverOneYearNow: false }, temporaryWageSubsidy: true, reducedWorkCapacity: false, higherEducation: true, completedStateTraineeHere: false, qualified: true },
    asOf: '2024-01-31',
  });
  expect(r.ok).toBe(true);
});
