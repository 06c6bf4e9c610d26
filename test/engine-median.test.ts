// The median gap of rule 2 by linear-time selection equals the textbook definition.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { holdMinutes, medianGapMsTimes2 } from '../src/engine/minutes';

function reference(times: number[]): number | null {
  const gaps: number[] = [];
  for (let i = 1; i < times.length; i++)
    if (times[i]! - times[i - 1]! > 0) gaps.push(times[i]! - times[i - 1]!);
  if (gaps.length === 0) return null;
  gaps.sort((a, b) => a - b);
  const mid = gaps.length >> 1;
  return gaps.length % 2 ? 2 * gaps[mid]! : gaps[mid - 1]! + gaps[mid]!;
}

it('matches sorting all positive gaps', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 0, max: 1_000_000 }), { maxLength: 80 }), (raw) => {
      const times = [...raw].sort((a, b) => a - b);
      expect(medianGapMsTimes2(Float64Array.from(times))).toBe(reference(times));
    }),
    { numRuns: 2000 },
  );
});

it('gaps of 30 s and 90 s alternating: the mean of the middle two is 60 s, so hold = 2', () => {
  const times = [0, 30_000, 120_000, 150_000, 240_000];
  expect(medianGapMsTimes2(times)).toBe(120_000);
  const p = { medianGapMsTimes2: 120_000, holdMinutesOverride: null } as Parameters<typeof holdMinutes>[0];
  expect(holdMinutes(p)).toBe(2);
});
