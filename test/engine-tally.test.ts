// The minute tallies that pass over four usual minutes at a time give what a plain loop
// over every minute gives, at every alignment of the series in its buffer.
import { describe, expect, it } from 'vitest';
import { countOther, forEachRunOtherThan, nextOther, nextZeroCount } from '../src/engine/tally';
import { random } from './support/random';

const plainNext = (a: Uint8Array, usual: number, from: number, to: number) => {
  for (let i = from; i < to; i++) if (a[i] !== usual) return i;
  return to;
};

describe('minute tallies', () => {
  it('find and count the unusual minutes exactly as a plain loop does', () => {
    const rand = random(7);
    for (let trial = 0; trial < 400; trial++) {
      const buffer = new ArrayBuffer(64 + Math.floor(rand() * 200));
      const offset = Math.floor(rand() * 8);
      const a = new Uint8Array(buffer, offset, buffer.byteLength - offset - Math.floor(rand() * 4));
      const usual = Math.floor(rand() * 3);
      // Sparse, dense and in runs: the shapes of outages, exclusions and stretches without data.
      const density = [0, 0.01, 0.2, 0.9][trial % 4]!;
      for (let i = 0; i < a.length; i++)
        a[i] = rand() < density ? (usual + 1 + Math.floor(rand() * 2)) % 3 : usual;
      if (trial % 5 === 0) a.fill((usual + 1) % 3, 10, 30);
      const from = Math.floor(rand() * a.length);
      const to = from + Math.floor(rand() * (a.length - from + 1));
      let plainCount = 0;
      for (let i = from; i < to; i++) if (a[i] !== usual) plainCount++;
      expect(countOther(a, usual, from, to), `trial ${trial}`).toBe(plainCount);
      for (let i = from; i <= to; i++) expect(nextOther(a, usual, i, to)).toBe(plainNext(a, usual, i, to));
      const runs: number[][] = [];
      forEachRunOtherThan(a, usual, from, to, (start, end, value) => {
        runs.push([start, end, value]);
        return false;
      });
      const plainRuns: number[][] = [];
      for (let i = from; i < to; i++) {
        if (a[i] === usual) continue;
        const last = plainRuns.at(-1);
        if (last && last[1] === i && last[2] === a[i]) last[1]++;
        else plainRuns.push([i, i + 1, a[i]!]);
      }
      expect(runs, `trial ${trial}`).toEqual(plainRuns);
      // A run that answers true ends the search there.
      const seen: number[][] = [];
      forEachRunOtherThan(a, usual, from, to, (start, end, value) => {
        seen.push([start, end, value]);
        return seen.length === 2;
      });
      expect(seen).toEqual(plainRuns.slice(0, 2));
    }
  });

  it('never reads past the end it is given, even where the buffer goes on', () => {
    const a = new Uint8Array(16).fill(1);
    a[12] = 2;
    expect(nextOther(a, 1, 0, 12)).toBe(12);
    expect(nextOther(a, 1, 0, 13)).toBe(12);
    expect(countOther(a.subarray(3, 11), 1, 0, 8)).toBe(0);
    expect(countOther(a.subarray(3, 14), 1, 0, 11)).toBe(1);
  });

  it('find the next minute without checks exactly as a plain loop does, at every alignment', () => {
    const rand = random(9);
    for (let trial = 0; trial < 400; trial++) {
      const buffer = new ArrayBuffer(2 * (40 + Math.floor(rand() * 200)));
      const offset = Math.floor(rand() * 4);
      const counts = new Uint16Array(
        buffer,
        2 * offset,
        buffer.byteLength / 2 - offset - Math.floor(rand() * 3),
      );
      const zeros = [0, 0.01, 0.3, 0.95][trial % 4]!;
      // Counts that look like a zero half to a careless test: 1, 256, 0x8000, 0xffff.
      for (let i = 0; i < counts.length; i++)
        counts[i] = rand() < zeros ? 0 : [1, 2, 256, 0x8000, 0xffff, 0x0100][Math.floor(rand() * 6)]!;
      for (let from = 0; from <= counts.length; from++) {
        let plain = from;
        while (plain < counts.length && counts[plain] !== 0) plain++;
        expect(nextZeroCount(counts, from), `trial ${trial} from ${from}`).toBe(plain);
      }
    }
  });
});
