// The state a state log carries out of a minute that holds changes to different outcomes.
// Minutes keep counts per outcome, not their order, so a monitor that went down at
// 09:00:07 and came back at 09:00:37 leaves a minute judged down (rightly: it held
// downtime) that the log would then carry down until its next change, a month later. What
// the log carries is its latest change's outcome. State logs come in time order, oldest
// or newest first, so the changes of one minute meet as neighbours in the file: only
// neighbours are compared, and only minutes where they differ are kept.

const MINUTE_MS = 60_000;

export interface MinuteChange {
  minute: number;
  ms: number;
  outcome: number;
}

/** What another worker's reader of the same log found, for the first reader to take in. */
export interface ExportedChanges {
  first: MinuteChange | null;
  last: MinuteChange | null;
  latest: MinuteChange[];
  ties: [MinuteChange, MinuteChange][];
  ascending: number;
  descending: number;
}

export class StateChanges {
  private first: MinuteChange | null = null;
  private last: MinuteChange | null = null;
  /** Neighbouring changes later and earlier than the one before: which way the log runs. */
  private ascending = 0;
  private descending = 0;
  /** Per minute holding changes to different outcomes, its latest change of a time of its own. */
  private readonly latest = new Map<number, MinuteChange>();
  /**
   * Neighbours of different outcomes in the same millisecond (a flip written to the
   * second), in file order: which is the later change depends on which way the whole log
   * runs, known only at its end.
   */
  private readonly ties: [MinuteChange, MinuteChange][] = [];

  note(ms: number, outcome: number): void {
    const change = { minute: Math.floor(ms / MINUTE_MS), ms, outcome };
    this.first ??= change;
    if (this.last !== null) this.meet(this.last, change);
    this.last = change;
  }

  /** Two neighbouring changes, `a` before `b` in the file. */
  private meet(a: MinuteChange, b: MinuteChange): void {
    if (b.ms > a.ms) this.ascending++;
    else if (b.ms < a.ms) this.descending++;
    if (a.minute !== b.minute || a.outcome === b.outcome) return;
    if (a.ms === b.ms) this.ties.push([a, b]);
    else this.keep(b.ms > a.ms ? b : a);
  }

  private keep(change: MinuteChange): void {
    const known = this.latest.get(change.minute);
    if (known === undefined || change.ms > known.ms) this.latest.set(change.minute, change);
  }

  exported(): ExportedChanges {
    return {
      first: this.first,
      last: this.last,
      latest: [...this.latest.values()],
      ties: this.ties,
      ascending: this.ascending,
      descending: this.descending,
    };
  }

  /** Takes in the changes another reader found in the part of the log after this one's. */
  absorb(other: ExportedChanges): void {
    if (this.last !== null && other.first !== null) this.meet(this.last, other.first);
    for (const c of other.latest) this.keep(c);
    for (const t of other.ties) this.ties.push(t);
    this.ascending += other.ascending;
    this.descending += other.descending;
    this.first ??= other.first;
    if (other.last !== null) this.last = other.last;
  }

  /** The minutes with changes to different outcomes, ascending, each with its latest change. */
  mixedMinutes(): MinuteChange[] {
    const out = new Map(this.latest);
    const newestFirst = this.descending > this.ascending;
    for (const [a, b] of this.ties) {
      const later = newestFirst ? a : b;
      const known = out.get(later.minute);
      if (known === undefined || later.ms >= known.ms) out.set(later.minute, later);
    }
    return [...out.values()].sort((x, y) => x.minute - y.minute);
  }
}
