// One day's checks of one outcome class, counted per minute. Most classes a monitor shows
// (an error code, a timeout) touch a few minutes a day: their day is kept as those
// minutes alone, and becomes a whole day's array only once it holds more. Each day also
// knows how many of its minutes have a check, so the reducer chooses a class's stored
// form (check-outcomes.ts `keptSparse`) when the file ends without scanning every day.

export const DAY_MINUTES = 1440;
/** Checks per minute and class are counted up to this, and no further. */
export const MAX_COUNT = 65_535;
/** A day listing more minutes than this becomes a whole day's counts (a list of 64 takes 256 bytes, a day 2 880). */
const LISTED_MINUTES = 64;
const FIRST_LIST = 8;

/**
 * A day's counts for one class: either `dense`, a count for each of its 1 440 minutes, or
 * `listed`, its minutes with a check in ascending order, each as minute × 65 536 + count.
 */
export class DayCounts {
  dense: Uint16Array | null;
  listed: Uint32Array | null;
  /** Minutes with at least one check. */
  used = 0;

  private constructor(dense: Uint16Array | null, listed: Uint32Array | null, used: number) {
    this.dense = dense;
    this.listed = listed;
    this.used = used;
  }

  /** An empty day kept as a list of minutes. */
  static listed(): DayCounts {
    return new DayCounts(null, new Uint32Array(FIRST_LIST), 0);
  }

  /** An empty day kept whole, in `day` (zeroed, 1 440 long). */
  static dense(day: Uint16Array): DayCounts {
    return new DayCounts(day, null, 0);
  }

  /** A day taken from another reducer as it was kept there (its arrays are this one's now). */
  static of(dense: Uint16Array | null, listed: Uint32Array | null, used: number): DayCounts {
    return new DayCounts(dense, listed, used);
  }

  /**
   * Adds `n` checks in `minute` of the day (n ≥ 1). A count cannot pass MAX_COUNT: it is
   * kept at that, and the result says so (true), for the reading to be refused. A listed
   * day that outgrows its list takes a whole day's array from `wholeDay`.
   */
  add(minute: number, n: number, wholeDay: () => Uint16Array): boolean {
    const dense = this.dense;
    if (dense !== null) {
      const v = dense[minute]!;
      if (v === 0) this.used++;
      dense[minute] = Math.min(MAX_COUNT, v + n);
      return v + n > MAX_COUNT;
    }
    const listed = this.listed!;
    const used = this.used;
    // Checks mostly arrive in time order: the minute is the last one listed, or after it.
    let at = used;
    while (at > 0 && listed[at - 1]! >>> 16 > minute) at--;
    if (at > 0 && listed[at - 1]! >>> 16 === minute) {
      const entry = listed[at - 1]!;
      listed[at - 1] = entry - (entry & 0xffff) + Math.min(MAX_COUNT, (entry & 0xffff) + n);
      return (entry & 0xffff) + n > MAX_COUNT;
    }
    if (used === LISTED_MINUTES) {
      this.spread(wholeDay());
      return this.add(minute, n, wholeDay);
    }
    let list = listed;
    if (used === list.length) {
      list = new Uint32Array(2 * used);
      list.set(listed);
      this.listed = list;
    }
    list.copyWithin(at + 1, at, used);
    list[at] = minute * 65_536 + Math.min(MAX_COUNT, n);
    this.used = used + 1;
    return n > MAX_COUNT;
  }

  /** Whether `minute` of the day has a check. */
  has(minute: number): boolean {
    if (this.dense !== null) return this.dense[minute]! > 0;
    const listed = this.listed!;
    for (let i = 0; i < this.used; i++) if (listed[i]! >>> 16 === minute) return true;
    return false;
  }

  /** Every minute with a check and its count, in ascending minutes. */
  eachMinute(visit: (minute: number, count: number) => void): void {
    const dense = this.dense;
    if (dense === null) {
      const listed = this.listed!;
      for (let i = 0; i < this.used; i++) visit(listed[i]! >>> 16, listed[i]! & 0xffff);
      return;
    }
    // Two minutes to a word: a day with few checks is nearly all zero words, skipped at once.
    const pairs = new Uint32Array(dense.buffer, dense.byteOffset, DAY_MINUTES / 2);
    for (let w = 0; w < pairs.length; w++) {
      const p = pairs[w]!;
      if (p === 0) continue;
      if (p & 0xffff) visit(2 * w, p & 0xffff);
      if (p >>> 16) visit(2 * w + 1, p >>> 16);
    }
  }

  /** The listed minutes moved into `day`, a zeroed whole day's array, which the counts then live in. */
  private spread(day: Uint16Array): void {
    const listed = this.listed!;
    for (let i = 0; i < this.used; i++) day[listed[i]! >>> 16] = listed[i]! & 0xffff;
    this.dense = day;
    this.listed = null;
  }

  /** The listed entries in use (a view), or null for a whole day. */
  get entries(): Uint32Array | null {
    return this.listed === null ? null : this.listed.subarray(0, this.used);
  }
}
