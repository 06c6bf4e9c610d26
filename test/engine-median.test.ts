// The median gap of rule 2 by linear-time selection equals the textbook definition.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OUTCOME_UP } from '../src/engine/check-outcomes';
import { holdMinutes, medianGapMsTimes2 } from '../src/engine/minutes';
import { MinuteReducer } from '../src/ingest/reduce';

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

describe('the reducer’s histogram median', () => {
  const reduced = (times: number[]) => {
    const reducer = new MinuteReducer();
    for (const t of times) reducer.addCheck('probes', 'm', t, OUTCOME_UP);
    const [m] = reducer.finish();
    return {
      median: m && m.kind !== 'events' ? m.medianGapMsTimes2 : undefined,
      sorted: reducer.sortedTimes('probes', 'm'),
    };
  };

  it('equals the median of all gaps for checks in any order, across days', () => {
    const day = 86_400_000;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 * day }), { minLength: 1, maxLength: 200 }), (raw) => {
        const base = Date.UTC(2026, 0, 1);
        const { median, sorted } = reduced(raw.map((x) => base + x));
        expect(median).toBe(medianGapMsTimes2(sorted));
      }),
      { numRuns: 300 },
    );
  });

  it('stays exact past the histogram’s limit of distinct gaps', () => {
    // 70 000 checks whose gaps are all different: the histogram gives way to a full sort.
    const times: number[] = [];
    let t = Date.UTC(2026, 0, 1);
    for (let i = 0; i < 70_000; i++) times.push((t += 1000 + i));
    const { median, sorted } = reduced(times);
    expect(median).toBe(medianGapMsTimes2(sorted));
    expect(median).toBe(2 * (1000 + 35_000));
  });
});
