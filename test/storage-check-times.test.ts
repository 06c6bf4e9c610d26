// A month's check times as storage keeps them: their number and a log of changes of their
// offsets from the month's first minute, read back exactly, in a few bytes for a steady
// prober and about three a check for an irregular one.
import { describe, expect, it } from 'vitest';
import { absoluteTimes, monthOffsets, monthTimes } from '../src/storage/months';
import { random } from './support/random';

/** 2026-01-01T00:00Z as an epoch minute; January has 44 640 minutes. */
const JANUARY = Date.UTC(2026, 0, 1) / 60_000;
const MONTH_MS = 44_640 * 60_000;

const row = (times: number[]) => ({
  datasetId: 1,
  kind: 'probes' as const,
  monitor: 'web',
  month: '2026-01',
  monthFirstMinute: JANUARY,
  ...monthTimes(Float64Array.from(times), JANUARY),
});

describe('check times kept as a log of changes', () => {
  it('read back exactly: steady, jittered, repeated, days apart, and at the month’s last millisecond', () => {
    const rand = random(5);
    const start = JANUARY * 60_000;
    for (let n = 0; n < 200; n++) {
      const times: number[] = [];
      const gap = [1, 30_000, 60_000, 300_000, 3 * 86_400_000, 13 * 86_400_000][n % 6]!;
      const jitter = n % 3 === 0 ? 0 : Math.floor(rand() * 2000);
      for (let t = Math.floor(rand() * 1000); t < MONTH_MS && times.length < 5000; t += gap)
        times.push(start + Math.max(0, t + Math.floor(rand() * (jitter + 1)) - (jitter >> 1)));
      if (rand() < 0.3) times.push(times[times.length - 1]!);
      if (rand() < 0.3) times.push(start + MONTH_MS - 1);
      times.sort((a, b) => a - b);
      const r = row(times);
      expect(r.count).toBe(times.length);
      const out = new Float64Array(times.length + 2);
      expect(absoluteTimes(r, out, 2)).toBe(times.length + 2);
      expect([...out.subarray(2)]).toEqual(times);
      expect([...monthOffsets(r)]).toEqual(times.map((t) => t - start));
    }
  });

  it('take a few bytes for a steady prober’s month and about three a check for an irregular one', () => {
    const start = JANUARY * 60_000;
    const steady = Array.from({ length: 89_280 }, (_, k) => start + 250 + 30_000 * k);
    expect(row(steady).times.byteLength).toBeLessThanOrEqual(8);
    const rand = random(9);
    const irregular = steady.map((t) => t + Math.floor(rand() * 1000));
    const bytes = row(irregular).times.byteLength;
    expect(bytes / irregular.length).toBeGreaterThan(2);
    expect(bytes / irregular.length).toBeLessThanOrEqual(3);
  });

  it('an empty month is no bytes', () => {
    expect(row([])).toMatchObject({ count: 0 });
    expect(row([]).times.byteLength).toBe(0);
  });
});
