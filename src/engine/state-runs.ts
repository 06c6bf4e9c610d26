// States held as runs. A monitor checked thirty times over two years carries its state
// across months (rule 2): held a byte a minute, two thousand such monitors take gigabytes
// although their data is sixty thousand rows. As runs of one state each, a monitor costs
// what its checks and changes of state cost, and monitors combine (rule 4) by sweeping the
// boundaries of their runs, so only the service's own series is laid out a minute at a time.
import { forEachHeld, heldLength, type MinuteRange, piecesOf } from './held';
import { DOWN, NODATA, UP } from './intervals';
import { mergedAscending, mergedInPairs } from './merge';

/**
 * Runs of one state (UP or DOWN) over [start, end) minutes, ascending and disjoint; every
 * other minute has no data. The last run may end at +∞ (a log that holds forever).
 */
export interface StateRuns {
  /** Flat [start, end) minute pairs. */
  bounds: Float64Array;
  states: Uint8Array;
}

/** Collects runs in ascending order, joining a run to the one before when they touch with one state. */
export class RunBuilder {
  private readonly bounds: number[] = [];
  private readonly states: number[] = [];

  push(startMinute: number, endMinute: number, state: number): void {
    if (state === NODATA || !(endMinute > startMinute)) return;
    const n = this.states.length;
    if (n && this.states[n - 1] === state && this.bounds[2 * n - 1] === startMinute) {
      this.bounds[2 * n - 1] = endMinute;
      return;
    }
    this.bounds.push(startMinute, endMinute);
    this.states.push(state);
  }

  /** Minutes [startMinute, startMinute + length) whose states are `series[at…]`. */
  pushSeries(series: Uint8Array, at: number, startMinute: number, length: number): void {
    for (let i = 0; i < length; ) {
      const state = series[at + i]!;
      let j = i + 1;
      while (j < length && series[at + j] === state) j++;
      this.push(startMinute + i, startMinute + j, state);
      i = j;
    }
  }

  finish(): StateRuns {
    return { bounds: Float64Array.from(this.bounds), states: Uint8Array.from(this.states) };
  }
}

/** The runs of a series over a range: its held minutes, piece by piece. */
export function runsOfSeries(series: Uint8Array, range: MinuteRange): StateRuns {
  const runs = new RunBuilder();
  for (const p of piecesOf(range)) runs.pushSeries(series, p.at, p.startMinute, p.endMinute - p.startMinute);
  return runs.finish();
}

/** The state of `minute`: a binary search for the last run starting at or before it. */
function stateAt(runs: StateRuns, minute: number): number {
  const { bounds, states } = runs;
  let lo = 0;
  let hi = states.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (bounds[2 * mid]! <= minute) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && minute < bounds[2 * lo - 1]! ? states[lo - 1]! : NODATA;
}

/**
 * The runs cut at `endMinute`; with `holdLast`, the state of the minute before it goes on
 * from there to +∞.
 */
export function runsCutAt(runs: StateRuns, endMinute: number, holdLast: boolean): StateRuns {
  const out = new RunBuilder();
  for (let k = 0; k < runs.states.length; k++)
    out.push(runs.bounds[2 * k]!, Math.min(runs.bounds[2 * k + 1]!, endMinute), runs.states[k]!);
  if (holdLast) out.push(endMinute, Number.POSITIVE_INFINITY, stateAt(runs, endMinute - 1));
  return out.finish();
}

/** The runs laid out over the minutes a range holds: a new series the caller owns. */
export function seriesOfRuns(runs: StateRuns, range: MinuteRange): Uint8Array {
  const out = new Uint8Array(heldLength(range));
  const { bounds, states } = runs;
  for (let k = 0; k < states.length; k++)
    forEachHeld(range, bounds[2 * k]!, bounds[2 * k + 1]!, (start, end, at) =>
      out.fill(states[k]!, at, at + end - start),
    );
  return out;
}

/** How monitors combine: one down is enough, all must be down, or at least k of them. */
export type Combination = 'any' | 'all' | { atLeast: number };

export const combinationOf = (policy: {
  combine: 'any' | 'all';
  measurement?: { monitorsDown: number | null };
}): Combination =>
  policy.measurement?.monitorsDown != null ? { atLeast: policy.measurement.monitorsDown } : policy.combine;

export const combinationKey = (c: Combination) => (typeof c === 'string' ? c : `atLeast${c.atLeast}`);

/**
 * Rule 4 for one minute, from how many monitors are up and down in it. `any`: down if one
 * is. `all`: down if one is and none is up. k of n: down when at least k are; with fewer
 * down and none up the minute cannot be told, so it has no data.
 */
export function combinedState(up: number, down: number, combine: Combination): number {
  const isDown =
    typeof combine === 'object'
      ? down >= combine.atLeast
      : combine === 'any'
        ? down > 0
        : down > 0 && up === 0;
  return isDown ? DOWN : up > 0 ? UP : NODATA;
}

// A boundary is a number, minute·4 + what happens there, ends before starts: a monitor's
// boundaries then ascend even where one run ends in the minute the next starts, and the
// monitors' lists merge by comparing numbers. Minutes are integers far below 2^50, so
// the product is exact.
const UP_ENDS = 0;
const DOWN_ENDS = 1;
const UP_STARTS = 2;
const DOWN_STARTS = 3;

/**
 * Rule 4 over runs: the boundaries of every monitor's runs in one ascending sweep, counting
 * the monitors up and down between two of them. Costs what the runs number, not the
 * minutes they cover.
 */
export function combineRuns(monitors: readonly StateRuns[], combine: Combination): StateRuns {
  // Each monitor's runs are ascending and disjoint, so its boundaries come in order; the
  // monitors' lists are merged, not sorted as one.
  const lists = monitors.map(({ bounds, states }) => {
    const keys = new Float64Array(2 * states.length);
    let n = 0;
    for (let k = 0; k < states.length; k++) {
      const down = states[k] === DOWN;
      keys[n++] = 4 * bounds[2 * k]! + (down ? DOWN_STARTS : UP_STARTS);
      // A run that never ends is counted to the end of the sweep.
      if (Number.isFinite(bounds[2 * k + 1]!))
        keys[n++] = 4 * bounds[2 * k + 1]! + (down ? DOWN_ENDS : UP_ENDS);
    }
    return keys.subarray(0, n);
  });
  const sorted = mergedInPairs(lists, mergedAscending) ?? new Float64Array(0);
  const n = sorted.length;
  const out = new RunBuilder();
  let up = 0;
  let down = 0;
  for (let i = 0; i < n; ) {
    const minute = Math.floor(sorted[i]! / 4);
    for (; i < n && Math.floor(sorted[i]! / 4) === minute; i++) {
      const what = sorted[i]! - 4 * minute;
      if (what === UP_STARTS) up++;
      else if (what === UP_ENDS) up--;
      else if (what === DOWN_STARTS) down++;
      else if (what === DOWN_ENDS) down--;
    }
    out.push(
      minute,
      i < n ? Math.floor(sorted[i]! / 4) : Number.POSITIVE_INFINITY,
      combinedState(up, down, combine),
    );
  }
  return out.finish();
}
