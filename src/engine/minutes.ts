// Minute states (SPEC rules 1-4): each monitor's checks or events become one state per
// minute, and the monitors in scope combine into the service's minute series.
import type { EvaluationCache, OwnStates } from './cache';
import { checkCounts, type OutcomeRules, outcomeRulesKey } from './check-outcomes';
import { applyIntervals, type CheckRule, DOWN, isDown, NODATA, ruleKey, UP } from './intervals';
import type { EventMinutes, ProbeMinutes } from './observations';
import { MINUTE_MS } from './time';

export { DOWN, NODATA, UP } from './intervals';

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
  const gaps = new Float64Array(Math.max(0, sortedTimes.length - 1));
  let n = 0;
  for (let i = 1; i < sortedTimes.length; i++) {
    const g = sortedTimes[i]! - sortedTimes[i - 1]!;
    if (g > 0) gaps[n++] = g;
  }
  if (n === 0) return null;
  const mid = n >> 1;
  const upper = selectKth(gaps, n, mid);
  if (n % 2) return 2 * upper;
  // After selection every element left of `mid` is ≤ the upper middle: the lower middle
  // is their maximum.
  let lower = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < mid; i++) if (gaps[i]! > lower) lower = gaps[i]!;
  return lower + upper;
}

/** The k-th smallest of a[0..n) (0-based), partially reordering a: linear on average. */
function selectKth(a: Float64Array, n: number, k: number): number {
  let lo = 0;
  let hi = n - 1;
  while (hi > lo) {
    const pivot = a[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k]!;
  }
  return a[k]!;
}

/** hold = max(1, ceil(2·g / 60)) minutes, g the median positive gap in seconds (rules 2, 14). */
export function holdMinutes(p: ProbeMinutes): number {
  if (p.holdMinutesOverride !== null) return p.holdMinutesOverride;
  if (p.medianGapMsTimes2 === null) return 1;
  // 2·g/60 with g = medianGapMsTimes2 / 2000 s equals medianGapMsTimes2 / 60000.
  return Math.max(1, Math.ceil(p.medianGapMsTimes2 / MINUTE_MS));
}

/**
 * Rules 1 and 2: checks to minute states over the range. Re-evaluating after a policy
 * change reuses them from the cache: they depend only on the monitor's data, the range,
 * the minute rule and which checks are down. The array is the cache's: read it, never
 * change it.
 */
export function probeStates(
  p: ProbeMinutes,
  range: MinuteRange,
  rule: CheckRule,
  checkRules: OutcomeRules,
  cache: EvaluationCache,
): Uint8Array {
  const key = `${range.firstMinute}:${range.endMinute}:${ruleKey(rule)}:${outcomeRulesKey(checkRules)}`;
  let cached = cache.rangeStates.get(p);
  const hit = cached?.get(key);
  if (hit) return hit;
  const out = statesInRange(p, ownStates(p, rule, checkRules, cache), range);
  if (!cached) cache.rangeStates.set(p, (cached = new Map()));
  if (cached.size > 8) cached.clear();
  cached.set(key, out);
  return out;
}

// A change of zone or period kind moves the range; the walk over the checks is then
// reused and only copied into the new range.
function ownStates(
  p: ProbeMinutes,
  rule: CheckRule,
  checkRules: OutcomeRules,
  cache: EvaluationCache,
): OwnStates {
  const key = `${ruleKey(rule)}:${outcomeRulesKey(checkRules)}`;
  let cached = cache.ownStates.get(p);
  const hit = cached?.get(key);
  if (hit) return hit;
  const hold = holdMinutes(p);
  const { up, down } = checkCounts(p, checkRules, cache);
  const states = new Uint8Array(up.length);
  let lastState = NODATA;
  let lastMinute = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < up.length; i++) {
    const u = up[i]!;
    const d = down[i]!;
    if (u + d > 0) {
      lastState = isDown(rule, u, d) ? DOWN : UP;
      lastMinute = p.firstMinute + i;
      states[i] = lastState;
    } else if (p.firstMinute + i - lastMinute < hold) states[i] = lastState;
  }
  applyIntervals(states, p.firstMinute, rule, (i) => [up[i]!, down[i]!]);
  const own = { states, lastState, lastMinute };
  if (!cached) cache.ownStates.set(p, (cached = new Map()));
  if (cached.size > 8) cached.clear();
  cached.set(key, own);
  return own;
}

function statesInRange(p: ProbeMinutes, own: OwnStates, range: MinuteRange): Uint8Array {
  const first = range.firstMinute;
  const out = new Uint8Array(range.endMinute - first);
  const dataEnd = p.firstMinute + own.states.length;
  const from = Math.max(p.firstMinute, first);
  const to = Math.min(dataEnd, range.endMinute);
  if (to > from) out.set(own.states.subarray(from - p.firstMinute, to - p.firstMinute), from - first);
  // After the data: carry the last state for the rest of its hold.
  const tailFrom = Math.max(dataEnd, first);
  const tailTo = Math.min(range.endMinute, own.lastMinute + holdMinutes(p));
  if (own.lastState !== NODATA && tailTo > tailFrom)
    out.fill(own.lastState, tailFrom - first, tailTo - first);
  return out;
}

/** Rule 3: events to minute states; outside the coverage the monitor has no data. */
export function eventStates(
  e: EventMinutes,
  coverage: readonly { startMs: number; endMs: number }[],
  range: MinuteRange,
  rule: CheckRule,
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
  // On a coarser grid each minute of the log counts as one check.
  const minute = out.slice();
  applyIntervals(out, range.firstMinute, rule, (i) => [minute[i] === UP ? 1 : 0, minute[i] === DOWN ? 1 : 0]);
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

/** How monitors combine: one down is enough, all must be down, or at least k of them. */
export type Combination = 'any' | 'all' | { atLeast: number };

export const combinationOf = (policy: {
  combine: 'any' | 'all';
  measurement?: { monitorsDown: number | null };
}): Combination =>
  policy.measurement?.monitorsDown != null ? { atLeast: policy.measurement.monitorsDown } : policy.combine;

export const combinationKey = (c: Combination) => (typeof c === 'string' ? c : `atLeast${c.atLeast}`);

/** Rule 4: monitors in scope to the service's minute states. */
export function combineStates(
  monitors: readonly Uint8Array[],
  length: number,
  combine: Combination,
): Uint8Array {
  if (typeof combine === 'object') return atLeast(monitors, length, combine.atLeast);
  if (monitors.length === 1) return monitors[0]!.slice();
  // Bit 1 = some monitor up, bit 2 = some monitor down (UP = 1, DOWN = 2).
  const seen = new Uint8Array(length);
  for (const s of monitors) for (let m = 0; m < length; m++) seen[m]! |= s[m]!;
  if (combine === 'any') {
    for (let m = 0; m < length; m++) if (seen[m]! & DOWN) seen[m] = DOWN;
  } else {
    for (let m = 0; m < length; m++) if (seen[m] === (UP | DOWN)) seen[m] = UP;
  }
  return seen;
}

/**
 * k of n: down when at least k monitors are down, up when fewer are and one is up; with
 * fewer than k down and none up the minute cannot be told, so it has no data.
 */
function atLeast(monitors: readonly Uint8Array[], length: number, k: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let m = 0; m < length; m++) {
    let down = 0;
    let up = false;
    for (const s of monitors) {
      if (s[m] === DOWN) down++;
      else if (s[m] === UP) up = true;
    }
    out[m] = down >= k ? DOWN : up ? UP : NODATA;
  }
  return out;
}
