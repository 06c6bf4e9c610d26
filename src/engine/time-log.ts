// Check times, exactly and in a few bytes: a day's while a file is read, a month's once
// stored. What rule 2's median gap and exact merges with stored checks need, without an
// array of every check's time.

/**
 * No change pending in a time log: beyond any change within a day, and below none of a
 * month's ascending times (every change ≥ 0), and a small integer (not NaN), so the log's
 * fields stay unboxed integers on the hot path.
 */
const NONE = -(2 ** 30);

/** Check times as a log of their ms offsets from a start, and how many. */
export interface LoggedTimes {
  count: number;
  /** A sealed log's bytes (TimeLog.sealed). */
  log: Uint8Array;
}

/**
 * Check times as ms offsets from a start (a day's midnight, a month's first minute),
 * exactly and compactly: in arrival order, each as the change from the one before (the
 * first from the start), zigzag-coded, as a varint whose low bit says a repeat count
 * follows. Probes on a fixed schedule repeat one change all day, so a day of them takes a
 * few bytes; irregular ones about three bytes a check.
 */
export class TimeLog {
  private bytes = new Uint8Array(16);
  private length = 0;
  private previous = 0;
  /** The change waiting to be written (NONE when there is none), and how many more times it repeated. */
  private pending = NONE;
  private repeats = 0;

  add(offset: number): void {
    const delta = offset - this.previous;
    this.previous = offset;
    if (delta === this.pending) {
      this.repeats++;
      return;
    }
    if (this.pending !== NONE) this.flush();
    this.pending = delta;
  }

  /** `times` offsets in a row, each `delta` after the one before (the first after the last added). */
  private addRun(delta: number, times: number): void {
    if (times <= 0) return;
    this.add(this.previous + delta);
    // The change just added is the one pending: the rest of the run repeats it.
    this.repeats += times - 1;
    this.previous += delta * (times - 1);
  }

  /**
   * Appends another log's offsets, each `shift` later, all after this log's last: only its
   * first change (which is from its own start) is written anew, the rest copied as bytes.
   */
  appendShifted(other: TimeLog, shift: number): void {
    other.seal();
    if (other.length === 0) return;
    let end = 0;
    other.eachRun((delta, times, next) => {
      this.add(shift + delta);
      this.addRun(delta, times - 1);
      end = next;
      return false;
    });
    this.seal();
    const rest = other.bytes.subarray(end, other.length);
    this.reserve(rest.length);
    this.bytes.set(rest, this.length);
    this.length += rest.length;
    this.previous = shift + other.previous;
  }

  /** The log's bytes, everything written (a copy). */
  sealed(): Uint8Array {
    this.seal();
    return this.bytes.slice(0, this.length);
  }

  /** A log of sealed bytes whose last offset was `last`. */
  static of(bytes: Uint8Array, last: number): TimeLog {
    const log = new TimeLog();
    log.bytes = bytes.length >= 16 ? bytes.slice() : Uint8Array.from({ length: 16 }, (_, i) => bytes[i] ?? 0);
    log.length = bytes.length;
    log.previous = last;
    return log;
  }

  /** Every offset in arrival order into `out`, which holds at least as many as were added. */
  decode(out: Uint32Array): void {
    let n = 0;
    let t = 0;
    this.runs((delta, times) => {
      for (let k = 0; k < times; k++) {
        t += delta;
        out[n++] = t;
      }
    });
  }

  /** The log as runs: each change from the offset before (the first from 0) and how many times in a row it came. */
  runs(visit: (delta: number, times: number) => void): void {
    this.seal();
    this.eachRun((delta, times) => {
      visit(delta, times);
      return true;
    });
  }

  /** The runs in order while `visit` (told where the next run's bytes start) says go on. */
  private eachRun(visit: (delta: number, times: number, next: number) => boolean): void {
    const bytes = this.bytes;
    let at = 0;
    while (at < this.length) {
      let v = 0;
      let shift = 0;
      let b: number;
      do {
        b = bytes[at++]!;
        v += (b & 127) * 2 ** shift;
        shift += 7;
      } while (b >= 128);
      let times = 1;
      if (v % 2 === 1) {
        let r = 0;
        shift = 0;
        do {
          b = bytes[at++]!;
          r += (b & 127) * 2 ** shift;
          shift += 7;
        } while (b >= 128);
        times += r;
      }
      const zigzag = Math.floor(v / 2);
      if (!visit(zigzag % 2 === 0 ? zigzag / 2 : -(zigzag + 1) / 2, times, at)) return;
    }
  }

  private seal(): void {
    if (this.pending === NONE) return;
    this.flush();
    this.pending = NONE;
  }

  private flush(): void {
    const d = this.pending;
    const zigzag = d >= 0 ? 2 * d : -2 * d - 1;
    this.write(2 * zigzag + (this.repeats > 0 ? 1 : 0));
    if (this.repeats > 0) this.write(this.repeats);
    this.repeats = 0;
  }

  /** Room for `bytes` more. */
  private reserve(bytes: number): void {
    if (this.length + bytes <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + bytes));
    grown.set(this.bytes);
    this.bytes = grown;
  }

  private write(value: number): void {
    if (this.length + 5 > this.bytes.length) this.reserve(5);
    const bytes = this.bytes;
    let at = this.length;
    let v = value;
    // Past 2^31 (a change of over 12 days) bit operations would wrap: divide instead.
    while (v >= 2 ** 31) {
      bytes[at++] = (v % 128) | 128;
      v = Math.floor(v / 128);
    }
    while (v >= 128) {
      bytes[at++] = (v & 127) | 128;
      v >>>= 7;
    }
    bytes[at++] = v;
    this.length = at;
  }
}
