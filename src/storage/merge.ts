// Stored rows back into engine input, merging datasets of the same monitor and kind by
// rule 1: per-minute counts add, and the median gap is taken over the union of check times.

import { addCounts, compactCounts, keptSparse, mergedRuns } from '../engine/check-outcomes';
import { medianGapMsTimes2 } from '../engine/minutes';
import type { EventMinutes, OutcomeCounts, ProbeMinutes } from '../engine/observations';
import { countsOf, layCounts, leastMinutesWithChecks, minutesWithChecksOf } from './counts-codec';
import { absoluteTimes } from './months';
import type { CheckTimesRow, EventRow, SeriesRow, StoredOutcomeCounts } from './rows';

/** The reducer lays minutes out in whole UTC days; so does a merged series. */
const DAY_MINUTES = 1440;

export const monitorKey = (kind: string, monitor: string) => `${kind}\u0000${monitor}`;

/**
 * One monitor's counts per outcome class from all its series rows, each class in its
 * smaller form. One dataset's rows never overlap (a row is a month), so its counts are
 * laid side by side; several datasets' are added, saturating.
 */
function mergedCounts(
  rows: readonly SeriesRow[],
): Pick<ProbeMinutes, 'firstMinute' | 'spanMinutes' | 'classes' | 'checkRuns'> {
  let first = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  const byOutcome = new Map<number, Part[]>();
  for (const r of rows) {
    first = Math.min(first, r.firstMinute);
    end = Math.max(end, r.firstMinute + r.minutes);
  }
  const firstMinute = Math.floor(first / DAY_MINUTES) * DAY_MINUTES;
  const spanMinutes = Math.ceil(end / DAY_MINUTES) * DAY_MINUTES - firstMinute;
  for (const r of rows)
    for (const c of r.classes) {
      const parts = byOutcome.get(c.outcome) ?? [];
      parts.push({ at: r.firstMinute - firstMinute, datasetId: r.datasetId, stored: c });
      byOutcome.set(c.outcome, parts);
    }
  const classes: OutcomeCounts[] = [];
  for (const outcome of [...byOutcome.keys()].sort((a, b) => a - b)) {
    const parts = byOutcome.get(outcome)!.sort((a, b) => a.at - b.at);
    const single = parts.every((p) => p.datasetId === parts[0]!.datasetId);
    const c = single
      ? sideBySide(outcome, parts, spanMinutes)
      : added(
          outcome,
          parts.map((p) => ({ at: p.at, counts: countsOf(p.stored) })),
          spanMinutes,
        );
    if (c !== null) classes.push(c);
  }
  return { firstMinute, spanMinutes, classes, checkRuns: mergedCheckRuns(rows) };
}

/** A stored month of one class, and where it starts in the monitor's span. */
interface Part {
  at: number;
  datasetId: number;
  stored: StoredOutcomeCounts;
}

/** The monitor's runs of minutes with checks, from each row's own: never a pass over its counts. */
function mergedCheckRuns(rows: readonly SeriesRow[]): Float64Array {
  const stretches: number[] = [];
  for (const r of rows) {
    const runs = new Uint32Array(r.checkRuns);
    for (let k = 0; k + 1 < runs.length; k += 2)
      stretches.push(r.firstMinute + runs[k]!, r.firstMinute + runs[k + 1]!);
  }
  return mergedRuns(stretches);
}

/**
 * One dataset's months of a class, in ascending order, laid into the span: the months of
 * a class in most minutes straight from their runs, with no pass to count them; a class
 * in few minutes as those minutes, never a pass over the span.
 */
function sideBySide(outcome: number, parts: readonly Part[], spanMinutes: number): OutcomeCounts | null {
  let used = 0;
  for (const { stored } of parts) used += leastMinutesWithChecks(stored);
  // Counted exactly only where the least count leaves the form open.
  if (keptSparse(used, spanMinutes)) {
    used = 0;
    for (const { stored } of parts) used += minutesWithChecksOf(stored);
  }
  if (used === 0) return null;
  if (!keptSparse(used, spanMinutes)) {
    const dense = new Uint16Array(spanMinutes);
    for (const { at, stored } of parts) layCounts(stored, dense, at);
    return { outcome, offsets: null, counts: dense };
  }
  const offsets = new Uint32Array(used);
  const counts = new Uint16Array(used);
  let n = 0;
  for (const { at, stored } of parts) {
    const c = countsOf(stored);
    if (c.offsets === null) {
      for (let i = 0; i < c.counts.length; i++)
        if (c.counts[i]! > 0) {
          offsets[n] = at + i;
          counts[n++] = c.counts[i]!;
        }
      continue;
    }
    for (let k = 0; k < c.offsets.length; k++) {
      offsets[n] = at + c.offsets[k]!;
      counts[n++] = c.counts[k]!;
    }
  }
  return { outcome, offsets, counts };
}

/**
 * Several datasets' counts of a class, added minute by minute. Minutes with checks few
 * against the span are added as (minute, count) pairs, never over the whole span.
 */
function added(
  outcome: number,
  parts: readonly { at: number; counts: OutcomeCounts }[],
  spanMinutes: number,
): OutcomeCounts | null {
  let pairs = 0;
  for (const { counts } of parts) pairs += counts.counts.length;
  if (!keptSparse(pairs, spanMinutes)) {
    const dense = new Uint16Array(spanMinutes);
    for (const { at, counts } of parts) addCounts(dense, counts, at);
    return compactCounts(outcome, dense);
  }
  // Each minute and its count as one number (minute · 2¹⁶ + count), sorted by minute.
  const keyed = new Float64Array(pairs);
  let n = 0;
  for (const { at, counts: c } of parts)
    for (let k = 0; k < c.counts.length; k++)
      if (c.counts[k]! > 0)
        keyed[n++] = (at + (c.offsets === null ? k : c.offsets[k]!)) * 65_536 + c.counts[k]!;
  const sorted = keyed.subarray(0, n).sort();
  const offsets = new Uint32Array(n);
  const counts = new Uint16Array(n);
  let used = 0;
  for (let k = 0; k < n; k++) {
    const minute = Math.floor(sorted[k]! / 65_536);
    const count = sorted[k]! - minute * 65_536;
    if (used > 0 && offsets[used - 1] === minute)
      counts[used - 1] = Math.min(counts[used - 1]! + count, 65_535);
    else {
      offsets[used] = minute;
      counts[used++] = count;
    }
  }
  if (used === 0) return null;
  return { outcome, offsets: offsets.slice(0, used), counts: counts.slice(0, used) };
}

/** Median gap over the union of several datasets' check times (each row a month of one dataset). */
export function unionMedianGap(rows: readonly CheckTimesRow[]): number | null {
  let count = 0;
  for (const r of rows) count += r.count;
  const all = new Float64Array(count);
  let at = 0;
  for (const r of rows) at = absoluteTimes(r, all, at);
  return medianGapMsTimes2(all.sort());
}

/** A probe or state monitor as the engine takes it. */
export function probeMinutesOf(
  kind: 'probes' | 'states',
  monitor: string,
  rows: readonly SeriesRow[],
  medianGap: number | null,
): ProbeMinutes {
  return {
    monitor,
    kind,
    ...mergedCounts(rows),
    // A state-change log holds each state until the next row (SPEC §3: hold = ∞).
    medianGapMsTimes2: kind === 'states' ? null : medianGap,
    holdMinutesOverride: kind === 'states' ? Number.POSITIVE_INFINITY : null,
  };
}

/** One event monitor from every event log that names it, in a row-order-independent form. */
export function eventMinutesOf(monitor: string, rows: readonly EventRow[]): EventMinutes {
  const pairs: [number, number][] = [];
  for (const r of rows) {
    const iv = new Float64Array(r.intervals);
    for (let i = 0; i < iv.length; i += 2) pairs.push([iv[i]!, iv[i + 1]!]);
  }
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return {
    monitor,
    kind: 'events',
    intervals: Float64Array.from(pairs.flat()),
    spans: rows
      .flatMap((r) => r.spans.map((s) => ({ ...s, coverage: s.coverage ? { ...s.coverage } : null })))
      .sort((a, b) => a.firstMs - b.firstMs || a.lastMs - b.lastMs),
  };
}
