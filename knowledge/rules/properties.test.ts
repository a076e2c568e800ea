import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from './assess.js';
import { MUNICIPAL_PATH_IDS } from './municipal.js';
import { GROUNDS, parseCase } from './schema.js';
import { STATE_PATH_IDS } from './state.js';
import { FIELD_LABELS } from './titles.js';
import { TEST_DAY } from '../../test/support/clock.js';

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const strip = <T extends object>(o: T): T => JSON.parse(JSON.stringify(o));

const validCase = fc
  .record({
    sector: fc.constantFrom('state' as const, 'municipal' as const),
    permanent: fc.boolean(),
    durationMonths: fc.oneof(fc.integer({ min: 1, max: 120 }), fc.double({ min: 0.01, max: 120, noNaN: true })),
    ground: fc.constantFrom(...GROUNDS),
    absenceReason: maybe(fc.constantFrom('sick_leave' as const, 'parental_leave' as const, 'other' as const)),
    employer: maybe(fc.record({ personnelRegulationAllowsOneYear: maybe(fc.boolean()) })),
    candidate: maybe(
      fc.record({
        disabilityNeedingAccommodation: maybe(fc.boolean()),
        cvGap: maybe(
          fc.record({ yearsOutsideLastFive: maybe(fc.double({ min: 0, max: 5, noNaN: true })), causeListed: maybe(fc.boolean()), employedOverOneYearNow: maybe(fc.boolean()) }),
        ),
        temporaryWageSubsidy: maybe(fc.boolean()),
        reducedWorkCapacity: maybe(fc.boolean()),
        higherEducation: maybe(fc.boolean()),
        completedStateTraineeHere: maybe(fc.boolean()),
        qualified: maybe(fc.boolean()),
      }),
    ),
    asOf: maybe(fc.date({ min: new Date('2017-07-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))),
  })
  .map(({ sector, permanent, durationMonths, ground, absenceReason, employer, candidate, asOf }) =>
    strip({ sector, position: permanent ? { permanent } : { permanent, durationMonths, ground, absenceReason }, employer, candidate, asOf }),
  );

function has(obj: unknown, path: string): boolean {
  let cur: unknown = obj;
  for (const k of path.split('.')) {
    if (!cur || typeof cur !== 'object' || !(k in cur)) return false;
    cur = (cur as Record<string, unknown>)[k];
  }
  return cur !== undefined;
}

describe('properties of assess over any valid case', () => {
  it('never throws, whatever the date of today', () => {
    const today = fc.date({ min: new Date('2017-07-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(validCase, today, (input, t) => {
        const parsed = parseCase(input);
        if (parsed.ok) expect(() => assess(parsed.value, { today: t })).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });

  it('lists every path of its sector exactly once, none of the other, with valid applies; missing names only absent fields', () => {
    fc.assert(
      fc.property(validCase, (input) => {
        const parsed = parseCase(input);
        expect(parsed.ok, JSON.stringify(parsed)).toBe(true);
        if (!parsed.ok) return;
        const r = assess(parsed.value, { today: TEST_DAY });
        const own: readonly string[] = input.sector === 'state' ? STATE_PATH_IDS : MUNICIPAL_PATH_IDS;
        const other: readonly string[] = input.sector === 'state' ? MUNICIPAL_PATH_IDS : STATE_PATH_IDS;
        expect([...r.paths.map((p) => p.id)].sort()).toEqual([...own].sort());
        expect(r.paths.some((p) => other.includes(p.id))).toBe(false);
        for (const p of r.paths) expect(['yes', 'no', 'maybe']).toContain(p.applies);
        for (const m of r.missing) {
          expect(has(input, m), `${m} is listed missing but present`).toBe(false);
          expect(FIELD_LABELS[m], `${m} has no label for the guide`).toBeTruthy();
        }
        expect(new Set(r.missing).size).toBe(r.missing.length);
        if (r.paths.some((p) => p.applies === 'maybe')) expect(r.missing.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects any invalid case with an error naming a field', () => {
    const corrupt = fc
      .tuple(
        validCase,
        fc.constantFrom('extra', 'nestedExtra', 'sector', 'months', 'bigMonths', 'gap', 'bool', 'ground', 'asOf'),
        fc.jsonValue(),
        fc.string({ minLength: 1, maxLength: 12 }),
      )
      .map(([c, how, junk, key]) => {
        const x = JSON.parse(JSON.stringify(c));
        const name = /^[a-z]+$/i.test(key) ? `x${key}` : 'unexpectedField';
        if (how === 'extra') x[name] = junk;
        if (how === 'nestedExtra') x.position[name] = junk;
        if (how === 'bigMonths') x.position = { permanent: false, durationMonths: 120.5, ground: 'substitute' };
        if (how === 'asOf') x.asOf = typeof junk === 'string' ? `${junk}x` : junk;
        if (how === 'sector') x.sector = typeof junk === 'string' && junk !== 'state' && junk !== 'municipal' ? junk : 'unknown';
        if (how === 'months') x.position = { permanent: false, durationMonths: -1, ground: 'substitute' };
        if (how === 'gap') x.candidate = { cvGap: { yearsOutsideLastFive: 9 } };
        if (how === 'bool') x.position = { permanent: 'no' };
        if (how === 'ground') x.position = { permanent: false, durationMonths: 3, ground: 'whatever' };
        return x;
      });
    fc.assert(
      fc.property(corrupt, (input) => {
        const r = parseCase(input);
        expect(r.ok).toBe(false);
        if (!r.ok)
          for (const e of r.errors) {
            // A field path such as "position.durationMonths", never the whole case, since the input is an object.
            expect(e.path).toMatch(/^[A-Za-z]+(\.[A-Za-z]+)*$/);
            expect(e.message).not.toMatch(/\b(Expected|Required|Invalid|received|Unrecognized)\b/);
          }
      }),
      { numRuns: 1000 },
    );
  });
});
