// The state a state log carries out of a minute that holds changes to different outcomes.
// Minutes keep counts per outcome, not their order, so a monitor that went down at
// 09:00:07 and came back at 09:00:37 leaves a minute judged down (rightly: it held
// downtime) that the log would then carry down until its next change, a month later. What
// the log carries is its latest change's outcome, kept here per minute, whatever order
// the rows come in.
import { OUTCOME_UP } from '../engine/check-outcomes';
import { DAY_MINUTES } from './day-counts';

const MINUTE_MS = 60_000;

/** One day's latest change per minute: its ms in the day + 1 (0 for none), and its outcome. */
interface DayLatest {
  at: Uint32Array;
  outcome: Int32Array;
}

/** What another worker's reader of the same log found, for the first reader to take in. */
export interface ExportedChanges {
  days: Float64Array;
  at: Uint32Array;
  outcome: Int32Array;
}

export class LatestChanges {
  private readonly days = new Map<number, DayLatest>();
  /** The day of the last change, at hand for the next (rows mostly come in time order). */
  private lastDay = Number.NaN;
  private last: DayLatest | undefined;

  /** A change `offset` ms after the UTC midnight of `day`. */
  note(day: number, offset: number, outcome: number): void {
    let d = day === this.lastDay ? this.last : this.days.get(day);
    if (d === undefined) {
      d = { at: new Uint32Array(DAY_MINUTES), outcome: new Int32Array(DAY_MINUTES) };
      this.days.set(day, d);
    }
    this.lastDay = day;
    this.last = d;
    keep(d, (offset / MINUTE_MS) | 0, offset + 1, outcome);
  }

  exported(): ExportedChanges {
    const keys = [...this.days.keys()];
    const at = new Uint32Array(keys.length * DAY_MINUTES);
    const outcome = new Int32Array(keys.length * DAY_MINUTES);
    keys.forEach((k, i) => {
      const d = this.days.get(k)!;
      at.set(d.at, i * DAY_MINUTES);
      outcome.set(d.outcome, i * DAY_MINUTES);
    });
    return { days: Float64Array.from(keys), at, outcome };
  }

  /** Takes in the changes another reader found. */
  absorb(other: ExportedChanges): void {
    other.days.forEach((day, i) => {
      for (let m = 0; m < DAY_MINUTES; m++) {
        const at = other.at[i * DAY_MINUTES + m]!;
        if (at > 0) this.note(day, at - 1, other.outcome[i * DAY_MINUTES + m]!);
      }
    });
  }

  /** Every minute (as an epoch minute) with a change, and the outcome of its latest, in no order. */
  each(visit: (minute: number, outcome: number) => void): void {
    for (const [day, d] of this.days)
      for (let m = 0; m < DAY_MINUTES; m++) if (d.at[m]! > 0) visit(day * DAY_MINUTES + m, d.outcome[m]!);
  }
}

/**
 * Keeps the later of a minute's changes. Two in the same millisecond (flips written to the
 * second) cannot be ordered by the file, which may run either way: the up one is kept, as
 * a check that went down and back up within a second (a ping at the end of its grace
 * time) is what such a pair is, while the reverse would need a flip up and straight down.
 */
function keep(d: DayLatest, minute: number, at: number, outcome: number): void {
  const known = d.at[minute]!;
  if (at > known || (at === known && outcome === OUTCOME_UP)) {
    d.at[minute] = at;
    d.outcome[minute] = outcome;
  }
}
