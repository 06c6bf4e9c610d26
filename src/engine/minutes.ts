// Minute states (SPEC rules 1-4): each monitor's checks or events become one state per
// minute, and the monitors in scope combine into the service's minute series.
import type { EventMinutes, ProbeMinutes } from './observations';
import { MINUTE_MS } from './time';

export const NODATA = 0;
export const UP = 1;
export const DOWN = 2;

export interface MinuteRange {
  firstMinute: number;
  /** Exclusive. */
  endMinute: number;
}

/**
 * Median positive gap between consecutive checks, times two, in ms (rules 2 and 14: the
 * mean of the two middle gaps for an even count). `sortedTimes` ascending; null when
 * there is no positive gap.
 */
export function medianGapMsTimes2(sortedTimes: ArrayLike<number>): number | null {
  const gaps: number[] = [];
  for (let i = 1; i < sortedTimes.length; i++) {
    const g = sortedTimes[i]! - sortedTimes[i - 1]!;
    if (g > 0) gaps.push(g);
  }
  if (gaps.length === 0) return null;
  const sorted = Float64Array.from(gaps).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? 2 * sorted[mid]! : sorted[mid - 1]! + sorted[mid]!;
}

/** hold = max(1, ceil(2·g / 60)) minutes, g the median positive gap in seconds (rules 2, 14). */
export function holdMinutes(p: ProbeMinutes): number {
  if (p.holdMinutesOverride !== null) return p.holdMinutesOverride;
  if (p.medianGapMsTimes2 === null) return 1;
  // 2·g/60 with g = medianGapMsTimes2 / 2000 s equals medianGapMsTimes2 / 60000.
  return Math.max(1, Math.ceil(p.medianGapMsTimes2 / MINUTE_MS));
}

/** Rules 1 and 2: checks to minute states over the range. */
export function probeStates(p: ProbeMinutes, range: MinuteRange, rule: 'any' | 'majority'): Uint8Array {
  const length = range.endMinute - range.firstMinute;
  const out = new Uint8Array(length);
  const hold = holdMinutes(p);
  let lastState = NODATA;
  let lastMinute = Number.NEGATIVE_INFINITY;
  // Checks before the range can carry into it: start from the monitor's own first minute.
  const from = Math.min(p.firstMinute, range.firstMinute);
  const dataEnd = p.firstMinute + p.up.length;
  for (let m = from; m < range.endMinute; m++) {
    const i = m - p.firstMinute;
    let state = NODATA;
    if (i >= 0 && m < dataEnd) {
      const up = p.up[i]!;
      const down = p.down[i]!;
      if (up + down > 0) {
        state = rule === 'any' ? (down > 0 ? DOWN : UP) : down * 2 > up + down ? DOWN : UP;
        lastState = state;
        lastMinute = m;
      }
    }
    if (state === NODATA && m - lastMinute < hold) state = lastState;
    if (m >= range.firstMinute) out[m - range.firstMinute] = state;
  }
  return out;
}

/** Rule 3: events to minute states; outside the coverage the monitor has no data. */
export function eventStates(
  e: EventMinutes,
  coverage: readonly { startMs: number; endMs: number }[],
  range: MinuteRange,
): Uint8Array {
  const out = new Uint8Array(range.endMinute - range.firstMinute);
  for (const c of coverage) markMinutes(out, range, c.startMs, c.endMs, UP);
  for (let i = 0; i < e.intervals.length; i += 2) {
    const start = e.intervals[i]!;
    const end = e.intervals[i + 1]!;
    if (end <= start) continue;
    const from = Math.max(Math.floor(start / MINUTE_MS), range.firstMinute);
    const to = Math.min(Math.ceil(end / MINUTE_MS), range.endMinute);
    // An event outside the coverage leaves those minutes without data (rule 3).
    for (let m = from; m < to; m++) if (out[m - range.firstMinute] === UP) out[m - range.firstMinute] = DOWN;
  }
  return out;
}

/** Sets every minute that [startMs, endMs) overlaps for a positive length. */
export function markMinutes(
  out: Uint8Array,
  range: MinuteRange,
  startMs: number,
  endMs: number,
  value: number,
): void {
  if (!(endMs > startMs)) return;
  const from = Math.max(Math.floor(startMs / MINUTE_MS), range.firstMinute);
  const to = Math.min(Math.ceil(endMs / MINUTE_MS), range.endMinute);
  if (to > from) out.fill(value, from - range.firstMinute, to - range.firstMinute);
}

/** Rule 4: monitors in scope to the service's minute states. */
export function combineStates(
  monitors: readonly Uint8Array[],
  length: number,
  combine: 'any' | 'all',
): Uint8Array {
  if (monitors.length === 1) return monitors[0]!.slice();
  const out = new Uint8Array(length);
  for (let m = 0; m < length; m++) {
    let anyUp = false;
    let anyDown = false;
    for (const s of monitors) {
      const v = s[m]!;
      if (v === UP) anyUp = true;
      else if (v === DOWN) anyDown = true;
    }
    if (combine === 'any') out[m] = anyDown ? DOWN : anyUp ? UP : NODATA;
    else out[m] = anyDown && !anyUp ? DOWN : anyUp ? UP : NODATA;
  }
  return out;
}
