// An outcome class's counts as a series row stores them, and back. A class the engine
// keeps as one count a minute is stored as runs of equal counts wherever that is smaller:
// a prober checking every 30 seconds counts 2 in minute after minute, and its months
// shrink from 2 bytes a minute to 6 bytes a run, which is most of what a load reads.
// A class the engine keeps as its few minutes is stored as those minutes. Either way a
// stored class reads back as exactly the counts it was written from, in the same form.
import {
  addCounts,
  compactCounts,
  keptSparse,
  lowerBound,
  minutesWithChecks,
  sliceCounts,
} from '../engine/check-outcomes';
import type { OutcomeCounts } from '../engine/observations';
import type { StoredOutcomeCounts } from './rows';

const exactBuffer = (a: Uint16Array | Uint32Array): ArrayBuffer => a.slice().buffer as ArrayBuffer;

/** Bytes of a run as stored: its count (Uint16) and its length in minutes (Uint32). */
const RUN_BYTES = 6;

/** A class's counts as a series row stores them. */
export function storedCounts(c: OutcomeCounts): StoredOutcomeCounts {
  const { outcome, offsets, counts } = c;
  if (offsets !== null) return { outcome, offsets: exactBuffer(offsets), counts: exactBuffer(counts) };
  return denseStored(outcome, counts, runsOf(counts));
}

/**
 * Minutes [from, to) of a class's counts as a month row stores them: the form
 * `storedCounts(sliceCounts(c, from, to))` gives, from one pass over a class kept a count
 * a minute instead of a copy and two passes. Null when none of those minutes has a check.
 */
export function monthCounts(c: OutcomeCounts, from: number, to: number): StoredOutcomeCounts | null {
  if (c.offsets !== null) {
    // Its few minutes of the month, taken as they are: no month of counts laid out to be
    // compacted again (a class with a zero count among them, or too many for a month kept
    // sparse, goes that longer way).
    const lo = lowerBound(c.offsets, from);
    const hi = lowerBound(c.offsets, to);
    if (lo === hi) return null;
    const counts = c.counts.slice(lo, hi);
    if (!counts.includes(0) && keptSparse(hi - lo, to - from)) {
      const offsets = c.offsets.slice(lo, hi);
      for (let k = 0; k < offsets.length; k++) offsets[k] = offsets[k]! - from;
      return {
        outcome: c.outcome,
        offsets: offsets.buffer as ArrayBuffer,
        counts: counts.buffer as ArrayBuffer,
      };
    }
    const slice = sliceCounts(c, from, to);
    return slice === null ? null : storedCounts(slice);
  }
  const counts = c.counts.subarray(from, to);
  const runs = runsOf(counts);
  if (runs.used === 0) return null;
  if (keptSparse(runs.used, counts.length)) return storedCounts(compactCounts(c.outcome, counts)!);
  return denseStored(c.outcome, counts, runs);
}

/** Runs of equal counts, laid into scratch arrays that serve one call at a time. */
interface Runs {
  values: Uint16Array;
  lengths: Uint32Array;
  runs: number;
  /** Minutes with a check. */
  used: number;
}

let scratch: Runs = { values: new Uint16Array(0), lengths: new Uint32Array(0), runs: 0, used: 0 };

/** The runs of equal counts, in one pass (into scratch arrays, valid until the next call). */
function runsOf(counts: Uint16Array): Runs {
  if (scratch.values.length < counts.length)
    scratch = {
      values: new Uint16Array(counts.length),
      lengths: new Uint32Array(counts.length),
      runs: 0,
      used: 0,
    };
  const { values, lengths } = scratch;
  let runs = 0;
  let used = 0;
  for (let i = 0; i < counts.length; runs++) {
    const value = counts[i]!;
    let end = i + 1;
    while (end < counts.length && counts[end] === value) end++;
    values[runs] = value;
    lengths[runs] = end - i;
    if (value !== 0) used += end - i;
    i = end;
  }
  scratch.runs = runs;
  scratch.used = used;
  return scratch;
}

/** A count a minute as stored: as its runs of equal counts where that is smaller. */
function denseStored(
  outcome: number,
  counts: Uint16Array,
  { values, lengths, runs }: Runs,
): StoredOutcomeCounts {
  if (RUN_BYTES * runs >= 2 * counts.length) return { outcome, offsets: null, counts: exactBuffer(counts) };
  return {
    outcome,
    offsets: null,
    counts: exactBuffer(values.subarray(0, runs)),
    lengths: exactBuffer(lengths.subarray(0, runs)),
  };
}

/** A stored class's counts as the engine takes them (views on the row's buffers, or counts laid out from its runs). */
export function countsOf(c: StoredOutcomeCounts): OutcomeCounts {
  const { outcome } = c;
  if (c.lengths === undefined)
    return {
      outcome,
      offsets: c.offsets === null ? null : new Uint32Array(c.offsets),
      counts: new Uint16Array(c.counts),
    };
  const values = new Uint16Array(c.counts);
  const lengths = new Uint32Array(c.lengths);
  let minutes = 0;
  for (let k = 0; k < lengths.length; k++) minutes += lengths[k]!;
  const counts = new Uint16Array(minutes);
  for (let k = 0, at = 0; k < lengths.length; at += lengths[k++]!)
    if (values[k] !== 0) counts.fill(values[k]!, at, at + lengths[k]!);
  return { outcome, offsets: null, counts };
}

/**
 * At least how many minutes of a stored class have a check, without a pass over a count
 * a minute: exact for its few minutes and for runs; a count a minute is only stored for a
 * class with checks in a third of its minutes or more (compactCounts), so that share.
 */
export function leastMinutesWithChecks(c: StoredOutcomeCounts): number {
  if (c.offsets === null && c.lengths === undefined) return Math.ceil(c.counts.byteLength / 2 / 3);
  return minutesWithChecksOf(c);
}

/** How many minutes of a stored class have a check. */
export function minutesWithChecksOf(c: StoredOutcomeCounts): number {
  if (c.offsets !== null) return c.offsets.byteLength / 4;
  if (c.lengths === undefined) return minutesWithChecks(countsOf(c), 0, c.counts.byteLength / 2);
  const values = new Uint16Array(c.counts);
  const lengths = new Uint32Array(c.lengths);
  let used = 0;
  for (let k = 0; k < lengths.length; k++) if (values[k] !== 0) used += lengths[k]!;
  return used;
}

/**
 * Lays a stored class's counts into `into` from minute `at` on, where `into` has no count
 * yet (one file's months never overlap): runs are filled in place, never laid out twice.
 */
export function layCounts(c: StoredOutcomeCounts, into: Uint16Array, at: number): void {
  if (c.lengths === undefined) {
    const counts = countsOf(c);
    if (counts.offsets === null) into.set(counts.counts, at);
    else addCounts(into, counts, at);
    return;
  }
  const values = new Uint16Array(c.counts);
  const lengths = new Uint32Array(c.lengths);
  for (let k = 0, from = at; k < lengths.length; from += lengths[k++]!)
    if (values[k] !== 0) into.fill(values[k]!, from, from + lengths[k]!);
}
