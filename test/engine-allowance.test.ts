// The downtime a period allows (SPEC rule 8): the largest number of lost minutes that
// still meets the target once the policy's rounding is applied, as the engine gives it.

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedDowntime, uptimeOf } from '../src/engine/credits';
import { effectivePolicy, type Policy, parsePolicy } from '../src/engine/policy';
import { PRESETS } from '../src/engine/presets';
import { evaluateCsvModel } from './support/evaluate-csv';

const policyWith = (target: number, roundDecimals: number | null, formula: Policy['formula'] = 'total') => {
  const p = effectivePolicy(parsePolicy(PRESETS.elevatefinance));
  return { ...p, target, roundDecimals, formula };
};

describe('allowed downtime', () => {
  it('is the largest downtime that still meets the target, for any month, target and rounding', () => {
    fc.assert(
      fc.property(
        // Month lengths in minutes, a DST hour either way included.
        fc
          .integer({ min: 28, max: 31 })
          .chain((days) => fc.constantFrom(days * 1440, days * 1440 - 60, days * 1440 + 60)),
        fc.integer({ min: 9000, max: 999_999 }).map((t) => t / 10_000),
        fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
        (minutes, target, round) => {
          const policy = policyWith(target, round);
          const allowed = allowedDowntime(minutes, policy)!;
          expect(uptimeOf(minutes - allowed, minutes, policy).met).toBe(true);
          if (allowed < minutes) expect(uptimeOf(minutes - allowed - 1, minutes, policy).met).toBe(false);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('applies the policy’s rounding: ElevateFinance allows 218 minutes in a 30-day month, not 216', () => {
    expect(allowedDowntime(43_200, policyWith(99.5, 2))).toBe(218);
    expect(allowedDowntime(43_200, policyWith(99.5, null))).toBe(216);
    // 31 days: 225 minutes is 99.496 %, which rounds to 99.50 %.
    expect(allowedDowntime(44_640, policyWith(99.5, 2))).toBe(225);
  });

  it('gives the unrounded allowances exactly', () => {
    expect(allowedDowntime(43_200, policyWith(99.9, null))).toBe(43);
    expect(allowedDowntime(44_640, policyWith(99.9, null))).toBe(44);
    expect(allowedDowntime(525_600, policyWith(99.99, null))).toBe(52);
    expect(allowedDowntime(42_000, policyWith(99.1, null, 'excludeFromTotal'))).toBe(378);
    expect(allowedDowntime(43_200, policyWith(100, null))).toBe(0);
    expect(allowedDowntime(43_200, policyWith(0, null))).toBe(43_200);
    expect(allowedDowntime(0, policyWith(99.1, null))).toBeNull();
  });

  it('is what the ElevateFinance sample’s October shows: met, with nothing left', () => {
    const policy = parsePolicy(PRESETS.elevatefinance);
    const files = (['probes', 'exclusions'] as const).map((kind) => {
      const name = kind === 'probes' ? 'probes.csv' : 'maintenance.csv';
      return { name, kind, csv: new Uint8Array(readFileSync(`public/samples/elevatefinance/${name}`)) };
    });
    const october = evaluateCsvModel(policy, files, '2026-11-21').periods.find((p) => p.label === '2026-10')!;
    expect([
      october.met,
      october.downtimeMinutes,
      october.allowedDowntimeMinutes,
      october.downtimeLeftMinutes,
    ]).toEqual([true, 225, 225, 0]);
  });
});
