// An outcome class's counts as a series row stores them, and back. A class the engine
// keeps as one count a minute is stored as runs of equal counts wherever that is smaller:
// a prober checking every 30 seconds counts 2 in minute after minute, and its months
// shrink from 2 bytes a minute to 6 bytes a run, which is most of what a load reads.
// A class the engine keeps as its few minutes is stored as those minutes. Either way a
// stored class reads back as exactly the counts it was written from, in the same form.
import { addCounts, minutesWithChecks } from '../engine/check-outcomes';
import type { OutcomeCounts } from '../engine/observations';
import type { StoredOutcomeCounts } from './rows';

const exactBuffer = (a: Uint16Array | Uint32Array): ArrayBuffer => a.slice().buffer as ArrayBuffer;

/** Bytes of a run as stored: its count (Uint16) and its length in minutes (Uint32). */
const RUN_BYTES = 6;

/** A class's counts as a series row stores them. */
export function storedCounts(c: OutcomeCounts): StoredOutcomeCounts {
  const { outcome, offsets, counts } = c;
  if (offsets !== null) return { outcome, offsets: exactBuffer(offsets), counts: exactBuffer(counts) };
  let runs = 0;
  for (let i = 0; i < counts.length; runs++) i = runEnd(counts, i);
  if (RUN_BYTES * runs >= 2 * counts.length) return { outcome, offsets: null, counts: exactBuffer(counts) };
  const values = new Uint16Array(runs);
  const lengths = new Uint32Array(runs);
  for (let i = 0, k = 0; i < counts.length; k++) {
    const end = runEnd(counts, i);
    values[k] = counts[i]!;
    lengths[k] = end - i;
    i = end;
  }
  return { outcome, offsets: null, counts: values.buffer, lengths: lengths.buffer };
}

/** The end of the run of equal counts starting at `i`. */
function runEnd(counts: Uint16Array, i: number): number {
  const value = counts[i];
  let end = i + 1;
  while (end < counts.length && counts[end] === value) end++;
  return end;
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
