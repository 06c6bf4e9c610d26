// Rules 1 and 2 for the usual monitor: minute by minute judging, and every class of checks
// the policy calls down kept as its few minutes. Each minute of a run of minutes with
// checks then has a state from its own checks, so a run is up except where a failed check
// falls; only those minutes are judged, instead of every minute of the monitor's span.
// The states are exactly those of the minute-by-minute walk in minutes.ts, which every
// other monitor takes.
import { isDownOutcome, MAX_COUNT, type OutcomeRules } from './check-outcomes';
import { type MinuteRange, piecesOf } from './held';
import { type CheckRule, DOWN, isDown, NODATA, UP } from './intervals';
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

/** The minutes with a failed check, ascending, with how many failed there: one class's own, or several added. */
function failedMinutes(down: readonly OutcomeCounts[]): {
  offsets: ArrayLike<number>;
  counts: ArrayLike<number>;
} {
  if (down.length === 1) return { offsets: down[0]!.offsets!, counts: down[0]!.counts };
  const failed = new Map<number, number>();
  for (const c of down)
    for (let k = 0; k < c.offsets!.length; k++) {
      const offset = c.offsets![k]!;
      failed.set(offset, Math.min((failed.get(offset) ?? 0) + c.counts[k]!, MAX_COUNT));
    }
  const offsets = Float64Array.from(failed.keys()).sort();
  return { offsets, counts: Array.from(offsets, (o) => failed.get(o)!) };
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
