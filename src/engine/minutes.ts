// Minute states (SPEC rules 1-3): each monitor's checks or events become its states, as
// runs for checks (state-runs.ts) and a series over the range for events.
import type { EvaluationCache } from './cache';
import { checkCountsOn, checkedRuns, type OutcomeRules, outcomeRulesKey } from './check-outcomes';
import { fewDownRuns } from './few-down';
import { forEachHeld, heldLength, type MinuteRange, piecesOf, rangeHolding } from './held';
import { applyIntervals, type CheckRule, DOWN, isDown, NODATA, ruleKey, UP } from './intervals';
import type { EventMinutes, ProbeMinutes } from './observations';
import { RunBuilder, type StateRuns } from './state-runs';
import { MINUTE_MS } from './time';

export type { MinuteRange } from './held';
export { DOWN, NODATA, UP } from './intervals';

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

/** `minute` rounded down, and up, to a multiple of `n` (epoch minute 0 is on the hour). */
const floorTo = (minute: number, n: number) => minute - (((minute % n) + n) % n);
const ceilTo = (minute: number, n: number) => floorTo(minute + n - 1, n);

/**
 * The minutes a monitor's checks say something about (rules 1 and 2): each run of minutes
 * with checks, widened to the whole intervals the rule judges it in and carried on for
 * its hold; a log that holds forever from its first check to the end of its span (and,
 * past it, its last state: see `probeActivity`).
 */
function ownRange(p: ProbeMinutes, rule: CheckRule, cache: EvaluationCache): MinuteRange {
  const hold = holdMinutes(p);
  const runs = checkRuns(p, cache);
  const n = rule.intervalMinutes;
  const spanEnd = p.firstMinute + p.spanMinutes;
  const stretches: number[] = [];
  let endMinute = spanEnd;
  for (let k = 0; k + 1 < runs.length; k += 2) {
    const a = runs[k]!;
    const b = runs[k + 1]!;
    const end = Number.isFinite(hold)
      ? Math.max(b - 1 + hold, n > 1 ? Math.min(ceilTo(b, n), spanEnd) : b)
      : spanEnd;
    stretches.push(n > 1 ? floorTo(a, n) : a, end);
    endMinute = Math.max(endMinute, end);
  }
  return rangeHolding(p.firstMinute, endMinute, stretches);
}

/** The minutes with checks, widened to the whole intervals the rule judges them in. */
function checkedRange(p: ProbeMinutes, rule: CheckRule, cache: EvaluationCache): MinuteRange {
  const runs = checkRuns(p, cache);
  const n = rule.intervalMinutes;
  const spanEnd = p.firstMinute + p.spanMinutes;
  const stretches: number[] = [];
  for (let k = 0; k + 1 < runs.length; k += 2)
    stretches.push(n > 1 ? floorTo(runs[k]!, n) : runs[k]!, n > 1 ? ceilTo(runs[k + 1]!, n) : runs[k + 1]!);
  return rangeHolding(p.firstMinute, spanEnd, stretches);
}

/** Runs of minutes holding checks, as [start, end) minute pairs; found once per monitor where not given. */
export function checkRuns(m: ProbeMinutes, cache: EvaluationCache): Float64Array {
  if (m.checkRuns) return m.checkRuns;
  const cached = cache.checkRuns.get(m);
  if (cached) return cached;
  const runs = checkedRuns(m);
  cache.checkRuns.set(m, runs);
  return runs;
}

/**
 * The stretches (flat [start, end) minute pairs) where a monitor may have a state: where a
 * series over a range must hold minutes for it. A log that holds forever runs on to +∞.
 */
export function probeActivity(p: ProbeMinutes, rule: CheckRule, cache: EvaluationCache): number[] {
  const own = ownRange(p, rule, cache);
  const out: number[] = [];
  for (const piece of piecesOf(own)) out.push(piece.startMinute, piece.endMinute);
  if (!Number.isFinite(holdMinutes(p)) && out.length) out[out.length - 1] = Number.POSITIVE_INFINITY;
  return out;
}

/** Where an event log's coverage may give a state: each coverage widened to whole intervals. */
export function eventActivity(
  coverage: readonly { startMs: number; endMs: number }[],
  rule: CheckRule,
): number[] {
  const n = rule.intervalMinutes;
  return coverage.flatMap((c) => {
    const from = Math.floor(c.startMs / MINUTE_MS);
    const to = Math.ceil(c.endMs / MINUTE_MS);
    return n > 1 ? [floorTo(from, n), ceilTo(to, n)] : [from, to];
  });
}

/**
 * Rules 1 and 2: a monitor's checks to runs of minute states, kept in the cache. They
 * depend only on the monitor's data, the minute rule and which checks are down, so a
 * change of zone, period or anything else reuses them. Per-minute counts and states are
 * laid out only where there are checks (widened to whole intervals); a state carried
 * between them is one run, whatever the minutes it covers.
 */
export function probeRuns(
  p: ProbeMinutes,
  rule: CheckRule,
  checkRules: OutcomeRules,
  cache: EvaluationCache,
): StateRuns {
  const key = `${ruleKey(rule)}:${outcomeRulesKey(checkRules)}`;
  let cached = cache.ownStates.get(p);
  const hit = cached?.get(key);
  if (hit) return hit;
  const checks = checkedRange(p, rule, cache);
  const hold = holdMinutes(p);
  const own = fewDownRuns(p, rule, checkRules, checks, hold) ?? walkedRuns(p, rule, checkRules, checks, hold);
  if (!cached) cache.ownStates.set(p, (cached = new Map()));
  if (cached.size > 8) cached.clear();
  cached.set(key, own);
  return own;
}

/** The states of any monitor, walking every minute of its runs of checks. */
export function walkedRuns(
  p: ProbeMinutes,
  rule: CheckRule,
  checkRules: OutcomeRules,
  checks: MinuteRange,
  hold: number,
): StateRuns {
  const spanEnd = p.firstMinute + p.spanMinutes;
  const { up, down } = checkCountsOn(p, checkRules, checks);
  const states = new Uint8Array(heldLength(checks));
  const runs = new RunBuilder();
  // The state and minute of the last check so far; from where it is carried.
  let lastState = NODATA;
  let lastMinute = Number.NEGATIVE_INFINITY;
  let carriedFrom = Number.NEGATIVE_INFINITY;
  for (const piece of piecesOf(checks)) {
    // The last state, carried from the stretch before for at most the hold.
    runs.push(carriedFrom, Math.min(piece.startMinute, lastMinute + hold), lastState);
    const length = piece.endMinute - piece.startMinute;
    let state = lastState;
    let last = lastMinute;
    for (let i = 0; i < length; i++) {
      const c = piece.at + i;
      const u = up[c]!;
      const d = down[c]!;
      if (u + d > 0) {
        state = d === 0 ? UP : isDown(rule, u, d) ? DOWN : UP;
        last = piece.startMinute + i;
        states[c] = state;
      } else if (piece.startMinute + i - last < hold) states[c] = state;
    }
    // The state carried on is the last check's minute, whatever its interval was judged.
    lastState = state;
    lastMinute = last;
    // Intervals are judged where the checks are: each one holding checks lies whole in a
    // stretch of `checks`.
    const judged = Math.min(piece.endMinute, spanEnd) - piece.startMinute;
    if (judged > 0)
      applyIntervals(states.subarray(piece.at, piece.at + judged), piece.startMinute, rule, (i) => [
        up[piece.at + i]!,
        down[piece.at + i]!,
      ]);
    runs.pushSeries(states, piece.at, piece.startMinute, length);
    carriedFrom = piece.endMinute;
  }
  // A log that holds forever keeps its last state to +∞.
  runs.push(carriedFrom, lastMinute + hold, lastState);
  return runs.finish();
}

/** Rule 3: events to minute states; outside the coverage the monitor has no data. */
export function eventStates(
  e: EventMinutes,
  coverage: readonly { startMs: number; endMs: number }[],
  range: MinuteRange,
  rule: CheckRule,
): Uint8Array {
  const out = new Uint8Array(heldLength(range));
  for (const c of coverage) markMinutes(out, range, c.startMs, c.endMs, UP);
  for (let i = 0; i < e.intervals.length; i += 2) {
    const start = e.intervals[i]!;
    const end = e.intervals[i + 1]!;
    if (end <= start) continue;
    // An event outside the coverage leaves those minutes without data (rule 3).
    forEachHeld(range, Math.floor(start / MINUTE_MS), Math.ceil(end / MINUTE_MS), (from, to, at) => {
      for (let k = at; k < at + to - from; k++) if (out[k] === UP) out[k] = DOWN;
    });
  }
  // On a coarser grid each minute of the log counts as one check.
  const minute = out.slice();
  for (const piece of piecesOf(range)) {
    const at = piece.at;
    applyIntervals(
      out.subarray(at, at + piece.endMinute - piece.startMinute),
      piece.startMinute,
      rule,
      (i) => [minute[at + i] === UP ? 1 : 0, minute[at + i] === DOWN ? 1 : 0],
    );
  }
  return out;
}

/** Sets every held minute that [startMs, endMs) overlaps for a positive length. */
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
  forEachHeld(range, from, to, (start, end, at) => out.fill(value, at, at + end - start));
}
