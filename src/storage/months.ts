// Monitor minutes ⇄ UTC-month rows: a probe monitor's counts and check times are cut
// into month buckets on save and laid back into one series on load.
import { MINUTE_MS } from '../engine/time';
import { type LoggedTimes, TimeLog } from '../engine/time-log';
import type { CheckTimesRow, MonthKey } from './rows';

export interface MonthBucket {
  month: MonthKey;
  monthFirstMinute: number;
  /** First and end (exclusive) minute of the month's checks. */
  firstMinute: number;
  endMinute: number;
}

function monthOf(minute: number): { year: number; month: number } {
  const d = new Date(minute * MINUTE_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() };
}

function monthStartMinute(year: number, month: number): number {
  return Date.UTC(year, month, 1) / MINUTE_MS;
}

function monthKey(year: number, month: number): MonthKey {
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}`;
}

/**
 * The months in which a monitor has checks, each trimmed to its first and last minute with
 * checks; `runs` are its runs of minutes with checks, ascending [start, end) minute pairs.
 */
export function monthBuckets(runs: Float64Array): MonthBucket[] {
  const out: MonthBucket[] = [];
  for (let k = 0; k + 1 < runs.length; k += 2) {
    let start = runs[k]!;
    const end = runs[k + 1]!;
    // A run may cross into the next months: each month it touches is a bucket.
    while (start < end) {
      const { year, month } = monthOf(start);
      const monthStart = monthStartMinute(year, month);
      const to = Math.min(end, monthStartMinute(year, month + 1));
      const last = out[out.length - 1];
      if (last?.monthFirstMinute === monthStart) last.endMinute = to;
      else
        out.push({
          month: monthKey(year, month),
          monthFirstMinute: monthStart,
          firstMinute: start,
          endMinute: to,
        });
      start = to;
    }
  }
  return out;
}

/**
 * A month's check times (ascending ms; or offsets, with `monthFirstMinute` 0) as a check
 * times row keeps them: their number, and a log of changes of their offsets from the
 * month's first minute (src/engine/time-log.ts).
 */
export function monthTimes(
  times: ArrayLike<number>,
  monthFirstMinute: number,
): Pick<CheckTimesRow, 'count' | 'times'> {
  const startMs = monthFirstMinute * MINUTE_MS;
  const log = new TimeLog();
  for (let k = 0; k < times.length; k++) log.add(times[k]! - startMs);
  return storedTimes({ count: times.length, log: log.sealed() });
}

/** Logged check times as a check times row keeps them. */
export const storedTimes = ({ count, log }: LoggedTimes): Pick<CheckTimesRow, 'count' | 'times'> => ({
  count,
  times: log.byteLength === log.buffer.byteLength ? (log.buffer as ArrayBuffer) : log.slice().buffer,
});

/** A row's check times as Uint32 ms offsets from its month's first minute, ascending. */
export function monthOffsets(row: Pick<CheckTimesRow, 'count' | 'times'>): Uint32Array<ArrayBuffer> {
  const out = new Uint32Array(row.count);
  TimeLog.of(new Uint8Array(row.times), 0).decode(out);
  return out;
}

/** Absolute ms times back from a row's log, appended to `out` at `at`. */
export function absoluteTimes(row: CheckTimesRow, out: Float64Array, at: number): number {
  const startMs = row.monthFirstMinute * MINUTE_MS;
  const offsets = monthOffsets(row);
  for (let k = 0; k < offsets.length; k++) out[at + k] = startMs + offsets[k]!;
  return at + offsets.length;
}

/**
 * The runs (ascending [start, end) minute pairs) clipped to [from, to), as Uint32 offsets
 * from `from`: a month row's runs of minutes with checks.
 */
export function runsWithin(runs: Float64Array, from: number, to: number): ArrayBuffer {
  // The first run ending after `from`.
  let lo = 0;
  let hi = runs.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (runs[2 * mid + 1]! <= from) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let k = 2 * lo; k + 1 < runs.length && runs[k]! < to; k += 2)
    out.push(Math.max(runs[k]!, from) - from, Math.min(runs[k + 1]!, to) - from);
  return Uint32Array.from(out).buffer;
}
