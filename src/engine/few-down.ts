// Rules 1 and 2 for the usual monitor: minute by minute judging, and every class of checks
// the policy calls down kept as its few minutes. Each minute of a run of minutes with
// checks then has a state from its own checks, so a run is up except where a failed check
// falls; only those minutes are judged, instead of every minute of the monitor's span.
// The states are exactly those of the minute-by-minute walk in minutes.ts, which every
// other monitor takes.
import { isDownOutcome, MAX_COUNT, type OutcomeRules } from './check-outcomes';
import { type MinuteRange, piecesOf } from './held';
import { type CheckRule, DOWN, isDown, NODATA, UP } from './intervals';
import { mergedInPairs } from './merge';
import type { OutcomeCounts, ProbeMinutes } from './observations';
import { RunBuilder, type StateRuns } from './state-runs';

/** A class's count at `offset` from the monitor's first minute, walking forward from `at`. */
class CountCursor {
  private at = 0;

  constructor(private readonly c: OutcomeCounts) {}

  countAt(offset: number): number {
    const { offsets, counts } = this.c;
    if (offsets === null) return counts[offset] ?? 0;
    while (this.at < offsets.length && offsets[this.at]! < offset) this.at++;
    return this.at < offsets.length && offsets[this.at] === offset ? counts[this.at]! : 0;
  }
}

/** Minutes with failed checks, ascending, and how many failed in each. */
interface Failed {
  offsets: ArrayLike<number>;
  counts: ArrayLike<number>;
}

/** Two lists of failed minutes as one, the counts of a minute in both added (saturating). */
function mergedFailed(a: Failed, b: Failed): Failed {
  const offsets = new Uint32Array(a.offsets.length + b.offsets.length);
  const counts = new Uint16Array(offsets.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.offsets.length && j < b.offsets.length) {
    const x = a.offsets[i]!;
    const y = b.offsets[j]!;
    offsets[n] = Math.min(x, y);
    counts[n++] =
      x === y
        ? Math.min(a.counts[i++]! + b.counts[j++]!, MAX_COUNT)
        : x < y
          ? a.counts[i++]!
          : b.counts[j++]!;
  }
  for (; i < a.offsets.length; i++, n++) {
    offsets[n] = a.offsets[i]!;
    counts[n] = a.counts[i]!;
  }
  for (; j < b.offsets.length; j++, n++) {
    offsets[n] = b.offsets[j]!;
    counts[n] = b.counts[j]!;
  }
  return { offsets: offsets.subarray(0, n), counts: counts.subarray(0, n) };
}

/**
 * The minutes with a failed check, ascending, with how many failed there: one class's
 * own, or several merged in pairs (a monitor failing with a few codes has each code's
 * minutes sorted already; merging them is linear, where a map of every minute was among
 * the dearest steps of a first evaluation of the benchmark's file).
 */
function failedMinutes(down: readonly OutcomeCounts[]): Failed {
  const lists = down.map((c) => ({ offsets: c.offsets!, counts: c.counts }));
  return mergedInPairs(lists, mergedFailed) ?? { offsets: [], counts: [] };
}

/**
 * The monitor's states as runs, when its rule judges single minutes and each class the
 * rules call down is sparse; else null. `checks` holds exactly the minutes with checks.
 */
export function fewDownRuns(
  p: ProbeMinutes,
  rule: CheckRule,
  checkRules: OutcomeRules,
  checks: MinuteRange,
  hold: number,
): StateRuns | null {
  if (rule.intervalMinutes > 1) return null;
  const down: OutcomeCounts[] = [];
  const up: CountCursor[] = [];
  for (const c of p.classes) {
    if (!isDownOutcome(c.outcome, checkRules)) up.push(new CountCursor(c));
    else if (c.offsets === null) return null;
    else down.push(c);
  }

  // Each minute with a failed check judged by the rule on all its checks; the others are up.
  // Under "any" one failed check makes the minute down however many passed, so the passed
  // counts (a dense class read at scattered minutes, 75–83 ms of a first evaluation at 500
  // monitor-years against 9–20 without them) are read only for the other rules.
  const failed = failedMinutes(down);
  const weighsPassed = rule.rule !== 'any';
  const downAt: number[] = [];
  for (let k = 0; k < failed.offsets.length; k++) {
    const offset = failed.offsets[k]!;
    let passed = 0;
    if (weighsPassed) for (const cursor of up) passed = Math.min(passed + cursor.countAt(offset), MAX_COUNT);
    if (isDown(rule, passed, failed.counts[k]!)) downAt.push(p.firstMinute + offset);
  }

  const runs = new RunBuilder();
  let k = 0;
  let lastState = NODATA;
  let lastMinute = Number.NEGATIVE_INFINITY;
  let carriedFrom = Number.NEGATIVE_INFINITY;
  for (const piece of piecesOf(checks)) {
    // The last state, carried from the run before for at most the hold.
    runs.push(carriedFrom, Math.min(piece.startMinute, lastMinute + hold), lastState);
    let from = piece.startMinute;
    while (k < downAt.length && downAt[k]! < piece.endMinute) {
      const minute = downAt[k++]!;
      if (minute < from) continue;
      runs.push(from, minute, UP);
      runs.push(minute, minute + 1, DOWN);
      from = minute + 1;
    }
    runs.push(from, piece.endMinute, UP);
    lastMinute = piece.endMinute - 1;
    lastState = from === piece.endMinute ? DOWN : UP;
    carriedFrom = piece.endMinute;
  }
  // A log that holds forever keeps its last state to +∞.
  runs.push(carriedFrom, lastMinute + hold, lastState);
  return runs.finish();
}
