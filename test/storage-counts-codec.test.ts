// A class's counts as a series row stores them: runs of equal counts where that is smaller
// than a count a minute, and always read back as exactly the counts written, in the same
// engine form (a class the engine keeps dense stays dense, a sparse one stays sparse).
import { describe, expect, it } from 'vitest';
import { compactCounts, minutesWithChecks, sliceCounts } from '../src/engine/check-outcomes';
import {
  countsOf,
  layCounts,
  leastMinutesWithChecks,
  minutesWithChecksOf,
  monthCounts,
  storedCounts,
} from '../src/storage/counts-codec';
import { random } from './support/random';

const stored = (counts: number[]) =>
  storedCounts({ outcome: 200, offsets: null, counts: Uint16Array.from(counts) });

describe('stored outcome counts', () => {
  it('keeps a steady prober’s month as runs: 2 checks a minute, a minute with 1, an outage with none', () => {
    const counts = [...Array(40).fill(2), 1, ...Array(10).fill(0), ...Array(30).fill(2)];
    const s = stored(counts);
    expect([...new Uint16Array(s.counts)]).toEqual([2, 1, 0, 2]);
    expect([...new Uint32Array(s.lengths!)]).toEqual([40, 1, 10, 30]);
    expect(s.offsets).toBeNull();
    const back = countsOf(s);
    expect(back.offsets).toBeNull();
    expect([...back.counts]).toEqual(counts);
  });

  it('keeps one count a minute where runs would not be smaller', () => {
    // Three runs over nine minutes: 18 bytes either way, so the plain form stays.
    const s = stored([1, 1, 1, 2, 2, 2, 1, 1, 1]);
    expect(s.lengths).toBeUndefined();
    expect([...new Uint16Array(s.counts)]).toEqual([1, 1, 1, 2, 2, 2, 1, 1, 1]);
    // Over twelve minutes the same three runs take 18 bytes against 24.
    expect([...new Uint32Array(stored([1, 1, 1, 1, 2, 2, 2, 2, 1, 1, 1, 1]).lengths!)]).toEqual([4, 4, 4]);
  });

  it('reads back every class exactly, in its engine form, whatever its shape', () => {
    const rand = random(3);
    for (let n = 0; n < 300; n++) {
      const minutes = 1 + Math.floor(rand() * 5000);
      const steady = rand() < 0.7;
      const dense = new Uint16Array(minutes);
      let value = Math.floor(rand() * 4);
      for (let i = 0; i < minutes; i++) {
        if (!steady || rand() < 0.02) value = rand() < 0.1 ? 65_535 : Math.floor(rand() * 4);
        dense[i] = value;
      }
      const c = compactCounts(503, dense);
      if (c === null) continue;
      const s = storedCounts(c);
      const back = countsOf(s);
      expect(back.outcome).toBe(503);
      expect(back.offsets === null).toBe(c.offsets === null);
      expect([...back.counts]).toEqual([...c.counts]);
      if (c.offsets !== null) expect([...back.offsets!]).toEqual([...c.offsets]);
      // Counted and laid out from the stored form alone, as from the counts themselves.
      const exact = minutesWithChecks(c, 0, minutes);
      expect(minutesWithChecksOf(s)).toBe(exact);
      expect(leastMinutesWithChecks(s)).toBeGreaterThan(0);
      expect(leastMinutesWithChecks(s)).toBeLessThanOrEqual(exact);
      const laid = new Uint16Array(minutes + 7);
      layCounts(s, laid, 7);
      expect([...laid.subarray(7)]).toEqual([...dense]);
      expect([...laid.subarray(0, 7)]).toEqual([0, 0, 0, 0, 0, 0, 0]);
      // Never larger than a count a minute.
      const bytes = s.counts.byteLength + (s.offsets?.byteLength ?? 0) + (s.lengths?.byteLength ?? 0);
      expect(bytes).toBeLessThanOrEqual(c.offsets === null ? 2 * minutes : 6 * c.counts.length);
    }
  });

  it('a month of a class is stored as its slice would be, from one pass over it', () => {
    const rand = random(13);
    const bytes = (c: ReturnType<typeof monthCounts>) =>
      c && {
        outcome: c.outcome,
        offsets: c.offsets && [...new Uint32Array(c.offsets)],
        counts: [...new Uint16Array(c.counts)],
        lengths: c.lengths && [...new Uint32Array(c.lengths)],
      };
    for (let n = 0; n < 300; n++) {
      const minutes = 10 + Math.floor(rand() * 3000);
      const dense = new Uint16Array(minutes);
      const share = [0.01, 0.3, 0.5, 1][n % 4]!;
      let value = 2;
      for (let i = 0; i < minutes; i++) {
        if (rand() < 0.05) value = Math.floor(rand() * 3);
        dense[i] = rand() < share ? value : 0;
      }
      const c = compactCounts(200, dense);
      if (c === null) continue;
      const from = Math.floor(rand() * minutes);
      const to = from + Math.floor(rand() * (minutes - from + 1));
      const slice = sliceCounts(c, from, to);
      expect(bytes(monthCounts(c, from, to))).toEqual(bytes(slice && storedCounts(slice)));
    }
  });
});
