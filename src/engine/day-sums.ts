// Sums of a per-day quantity over runs of local days, answered from a prefix table that
// grows to the days asked about: business time over a span of centuries, asked for every
// ticket, would otherwise cost a walk of the span each time.

/** Day numbers count local calendar days from 1970-01-01 (the naive time line). */
export class DaySums {
  private lo = 0;
  private values: Float64Array = new Float64Array(0);
  private prefix: Float64Array = new Float64Array(1);

  /**
   * `valuesOf(from, to)` gives the quantity of the days [from, to). The table grows by
   * doubling, so a run of questions each a day further out costs no rebuild per question;
   * it grows past `[boundLo, boundHi)` only as far as a question asks.
   */
  constructor(
    private readonly valuesOf: (fromDay: number, toDay: number) => Float64Array,
    private readonly boundLo: number,
    private readonly boundHi: number,
  ) {}

  /** The sum over the days [fromDay, toDay). */
  sum(fromDay: number, toDay: number): number {
    if (toDay <= fromDay) return 0;
    this.cover(fromDay, toDay);
    return this.prefix[toDay - this.lo]! - this.prefix[fromDay - this.lo]!;
  }

  /** The first day in [fromDay, toDay) with a non-zero quantity; null when there is none. */
  firstNonZero(fromDay: number, toDay: number): number | null {
    if (toDay <= fromDay) return null;
    this.cover(fromDay, toDay);
    const base = this.prefix[fromDay - this.lo]!;
    if (this.prefix[toDay - this.lo] === base) return null;
    let lo = fromDay;
    let hi = toDay - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.prefix[mid + 1 - this.lo]! > base) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  private cover(fromDay: number, toDay: number): void {
    const size = this.values.length;
    const hi = this.lo + size;
    if (size > 0 && fromDay >= this.lo && toDay <= hi) return;
    if (size === 0) {
      this.fill(fromDay, this.valuesOf(fromDay, toDay));
      return;
    }
    const grow = Math.max(size, 64);
    const newLo = fromDay < this.lo ? Math.min(fromDay, Math.max(this.lo - grow, this.boundLo)) : this.lo;
    const newHi = toDay > hi ? Math.max(toDay, Math.min(hi + grow, this.boundHi)) : hi;
    const values = new Float64Array(newHi - newLo);
    if (newLo < this.lo) values.set(this.valuesOf(newLo, this.lo), 0);
    values.set(this.values, this.lo - newLo);
    if (newHi > hi) values.set(this.valuesOf(hi, newHi), hi - newLo);
    this.fill(newLo, values);
  }

  private fill(lo: number, values: Float64Array): void {
    this.lo = lo;
    this.values = values;
    this.prefix = new Float64Array(values.length + 1);
    for (let i = 0; i < values.length; i++) this.prefix[i + 1] = this.prefix[i]! + values[i]!;
  }
}
