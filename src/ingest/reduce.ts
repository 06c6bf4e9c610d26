// Row → minute reduction, in one place for the CLI and the import worker: checks are
// counted per monitor, outcome class and minute in day-sized typed-array chunks, so rows
// may arrive in any order and from several files.

import { keptSparse } from '../engine/check-outcomes';
import { medianGapMsTimes2 } from '../engine/minutes';
import type { EventMinutes, OutcomeCounts, ProbeMinutes } from '../engine/observations';
import { formatDate } from '../engine/time';
import { InputError } from './stream-input';

const DAY_MINUTES = 1440;
const DAY_MS = 86_400_000;
const MAX_COUNT = 65_535;
const MAX_DISTINCT_GAPS = 1 << 16;
/**
 * No change pending in a time log: beyond any change within a day, and a small integer
 * (not NaN), so the log's fields stay unboxed integers on the hot path.
 */
const NONE = -(2 ** 30);

/**
 * One day's check times, exactly and compactly: in arrival order, each as the change from
 * the one before (the first from midnight), zigzag-coded, as a varint whose low bit says a
 * repeat count follows. Probes on a fixed schedule repeat one change all day, so a day of
 * them takes a few bytes; irregular ones about three bytes a check.
 */
class TimeLog {
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
      visit(zigzag % 2 === 0 ? zigzag / 2 : -(zigzag + 1) / 2, times);
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

  private write(value: number): void {
    if (this.length + 5 > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    let v = value;
    while (v >= 128) {
      this.bytes[this.length++] = (v % 128) | 128;
      v = Math.floor(v / 128);
    }
    this.bytes[this.length++] = v;
  }
}

/** A day's counts two minutes to a word: a rare class's day is nearly all zero words, skipped at once. */
const pairsOf = (day: Uint16Array): Uint32Array =>
  new Uint32Array(day.buffer, day.byteOffset, DAY_MINUTES / 2);

/** Minutes of a day's counts with a check. */
function minutesUsed(day: Uint16Array): number {
  const pairs = pairsOf(day);
  let used = 0;
  for (let w = 0; w < pairs.length; w++) {
    const p = pairs[w]!;
    if (p !== 0) used += (p & 0xffff ? 1 : 0) + (p >>> 16 ? 1 : 0);
  }
  return used;
}

class DayChecks {
  /** ms since the day's UTC midnight: below 2^32. */
  times = new TimeLog();
  count = 0;
  sorted = true;
  last = 0;
  /** The day's checks per minute of each outcome slot of its series; none where the slot has no check that day. */
  counts: (Uint16Array<ArrayBufferLike> | undefined)[] = [];

  /** The day's check times, ascending, as ms since its midnight, in `scratch` when it is big enough. */
  offsets(scratch: Uint32Array): Uint32Array {
    const out = scratch.length >= this.count ? scratch.subarray(0, this.count) : new Uint32Array(this.count);
    this.times.decode(out);
    if (!this.sorted) out.sort();
    return out;
  }
}

/**
 * One monitor's checks of one kind, counted per outcome class and minute in day-sized
 * arrays. Check times are kept too, for the exact median gap of rule 2 and for exact
 * merges with stored checks, in each day's compact time log; they are whole epoch ms
 * (what the parsers give).
 */
export class CheckSeries {
  private readonly days = new Map<number, DayChecks>();
  private lastDay = 0;
  private last: DayChecks | null = null;
  private scratch = new Uint32Array(0);
  /** The outcome classes seen, in the order first seen: a day's counts are indexed by this slot. */
  private readonly outcomes: number[] = [];
  private readonly slots = new Map<number, number>();
  private lastOutcome = -1;
  private lastSlot = 0;
  /** The counts of the last check's day and outcome class. */
  private lastCounts: Uint16Array | null = null;
  private block = new Uint16Array(0);
  private blockAt = 0;

  add(ms: number, outcome: number): void {
    // Within the last check's day (the usual case) no division is needed to find it.
    const offset = ms - this.lastDay * DAY_MS;
    if (this.last !== null && offset >= 0 && offset < DAY_MS) {
      this.addInDay(this.lastDay, Math.floor(offset), outcome);
      return;
    }
    const day = Math.floor(ms / DAY_MS);
    this.addInDay(day, Math.floor(ms - day * DAY_MS), outcome);
  }

  /**
   * `add` for a check `offset` whole ms after the UTC midnight of `day` (days since
   * 1970-01-01), of an outcome class of src/engine/check-outcomes.ts.
   */
  addInDay(day: number, offset: number, outcome: number): void {
    // Rows mostly arrive in time order, so the day of the previous check is usually the
    // next one's, and checks mostly say what the one before said: its counts are at hand.
    let d: DayChecks;
    let counts: Uint16Array;
    if (
      day === this.lastDay &&
      this.last !== null &&
      outcome === this.lastOutcome &&
      this.lastCounts !== null
    ) {
      d = this.last;
      counts = this.lastCounts;
    } else {
      d = day === this.lastDay && this.last !== null ? this.last : this.dayOf(day);
      const slot = outcome === this.lastOutcome ? this.lastSlot : this.slotOf(outcome);
      counts = d.counts[slot] ?? (d.counts[slot] = this.dayCounts());
      this.lastCounts = counts;
    }
    const minute = (offset / 60_000) | 0;
    if (counts[minute]! < MAX_COUNT) counts[minute]!++;
    if (d.sorted && offset < d.last) d.sorted = false;
    d.last = offset;
    d.times.add(offset);
    d.count++;
  }

  /**
   * A new day's counts for one class, cut from a block of 32 days': a monitor's checks
   * show several classes most days, and one allocation per array would keep the
   * collector busy.
   */
  private dayCounts(): Uint16Array {
    if (this.blockAt === this.block.length) {
      this.block = new Uint16Array(DAY_MINUTES * 32);
      this.blockAt = 0;
    }
    const counts = this.block.subarray(this.blockAt, this.blockAt + DAY_MINUTES);
    this.blockAt += DAY_MINUTES;
    return counts;
  }

  private slotOf(outcome: number): number {
    let slot = this.slots.get(outcome);
    if (slot === undefined) {
      slot = this.outcomes.length;
      this.outcomes.push(outcome);
      this.slots.set(outcome, slot);
    }
    this.lastOutcome = outcome;
    this.lastSlot = slot;
    return slot;
  }

  private dayOf(day: number): DayChecks {
    let d = this.days.get(day);
    if (d === undefined) {
      d = new DayChecks();
      this.days.set(day, d);
    }
    this.last = d;
    this.lastDay = day;
    return d;
  }

  /** The series as plain arrays, for another reducer (in another worker) to take in. */
  exported(): ExportedDays {
    const keys = this.dayKeys();
    const blockSlots: number[] = [];
    for (const k of keys)
      this.days.get(k)!.counts.forEach((_, slot) => {
        blockSlots.push(slot);
      });
    const counts = new Uint16Array(blockSlots.length * DAY_MINUTES);
    const days = new Float64Array(keys.length * 5);
    const logs: Uint8Array[] = [];
    let logBytes = 0;
    let block = 0;
    keys.forEach((k, i) => {
      const d = this.days.get(k)!;
      let blocks = 0;
      d.counts.forEach((c) => {
        counts.set(c!, (block + blocks++) * DAY_MINUTES);
      });
      block += blocks;
      const log = d.times.sealed();
      logs.push(log);
      logBytes += log.length;
      days.set([k, d.count, d.sorted ? 1 : 0, d.last, blocks], 5 * i);
    });
    const log = new Uint8Array(logBytes);
    const logLengths = new Uint32Array(keys.length);
    let at = 0;
    logs.forEach((l, i) => {
      log.set(l, at);
      at += l.length;
      logLengths[i] = l.length;
    });
    return {
      days,
      outcomes: Int32Array.from(this.outcomes),
      blockSlots: Int32Array.from(blockSlots),
      counts,
      log,
      logLengths,
    };
  }

  /** Adds the checks of an exported series, as if they had arrived after this one's. */
  absorb(other: ExportedDays): void {
    const slotOf = Array.from(other.outcomes, (o) => this.slotOf(o));
    let logAt = 0;
    let block = 0;
    for (let i = 0; i < other.logLengths.length; i++) {
      const [day, count, sorted, last, blocks] = other.days.subarray(5 * i, 5 * i + 5) as unknown as number[];
      const counts: (Uint16Array | undefined)[] = [];
      for (let b = block; b < block + blocks!; b++)
        counts[slotOf[other.blockSlots[b]!]!] = other.counts.subarray(b * DAY_MINUTES, (b + 1) * DAY_MINUTES);
      block += blocks!;
      const times = TimeLog.of(other.log.subarray(logAt, logAt + other.logLengths[i]!), last!);
      logAt += other.logLengths[i]!;
      const mine = this.days.get(day!);
      if (mine === undefined) {
        // The other's arrays are this worker's now (transferred): taken as they are, not copied.
        const d = new DayChecks();
        d.counts = counts;
        d.times = times;
        d.count = count!;
        d.sorted = sorted === 1;
        d.last = last!;
        this.days.set(day!, d);
        continue;
      }
      counts.forEach((add, slot) => {
        const into = mine.counts[slot];
        if (into === undefined) {
          mine.counts[slot] = add;
          return;
        }
        for (let m = 0; m < DAY_MINUTES; m++) into[m] = Math.min(MAX_COUNT, into[m]! + add![m]!);
      });
      const offsets = new Uint32Array(count!);
      times.decode(offsets);
      for (const offset of offsets) {
        if (mine.sorted && offset < mine.last) mine.sorted = false;
        mine.last = offset;
        mine.times.add(offset);
      }
      mine.count += count!;
    }
    this.last = null;
    this.lastDay = 0;
    this.lastOutcome = -1;
    this.lastCounts = null;
  }

  /** A day's offsets, ascending, valid until the next call. */
  private dayOffsets(d: DayChecks): Uint32Array {
    if (this.scratch.length < d.count)
      this.scratch = new Uint32Array(Math.max(d.count, 2 * this.scratch.length));
    return d.offsets(this.scratch);
  }

  /** Every check time, ascending, as epoch ms. */
  sortedTimes(): Float64Array {
    return this.timesBetween(Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY);
  }

  /** The check times in [fromMs, toMs), ascending, as epoch ms. */
  timesBetween(fromMs: number, toMs: number): Float64Array {
    const keys = this.dayKeys().filter((k) => (k + 1) * DAY_MS > fromMs && k * DAY_MS < toMs);
    let total = 0;
    for (const k of keys) total += this.days.get(k)!.count;
    const out = new Float64Array(total);
    let at = 0;
    for (const k of keys) {
      const offsets = this.dayOffsets(this.days.get(k)!);
      const base = k * DAY_MS;
      for (let i = 0; i < offsets.length; i++) {
        const t = base + offsets[i]!;
        if (t >= fromMs && t < toMs) out[at++] = t;
      }
    }
    return at === total ? out : out.slice(0, at);
  }

  /**
   * The median gap of rule 2 (× 2, in ms) without a copy of every check time: regular
   * checks have few distinct gaps, so a histogram of them is tiny. Irregular checks with
   * very many distinct gaps fall back to sorting all gaps; both are exact.
   */
  medianGapMsTimes2(): number | null {
    const histogram = new Map<number, number>();
    let previous = Number.NaN;
    let gaps = 0;
    let tooMany = false;
    const count = (gap: number, times: number) => {
      if (!(gap > 0)) return;
      histogram.set(gap, (histogram.get(gap) ?? 0) + times);
      gaps += times;
      if (histogram.size > MAX_DISTINCT_GAPS) tooMany = true;
    };
    for (const k of this.dayKeys()) {
      const d = this.days.get(k)!;
      const base = k * DAY_MS;
      if (d.sorted) {
        // In time order the log's runs are the gaps themselves (a steady day is one run);
        // only its first check's gap reaches back to the day before.
        let first = true;
        d.times.runs((delta, times) => {
          if (first) {
            first = false;
            count(base + delta - previous, 1);
            if (times > 1) count(delta, times - 1);
          } else count(delta, times);
        });
        if (d.count > 0) previous = base + d.last;
      } else {
        const offsets = this.dayOffsets(d);
        for (let i = 0; i < offsets.length; i++) {
          const t = base + offsets[i]!;
          count(t - previous, 1);
          previous = t;
        }
      }
      if (tooMany) return medianGapMsTimes2(this.sortedTimes());
    }
    if (gaps === 0) return null;
    const sorted = [...histogram.keys()].sort((a, b) => a - b);
    // The k-th smallest gap, 0-based, by walking the cumulative counts.
    const kth = (k: number) => {
      let seen = 0;
      for (const gap of sorted) {
        seen += histogram.get(gap)!;
        if (seen > k) return gap;
      }
      return sorted[sorted.length - 1]!;
    };
    const mid = gaps >> 1;
    return gaps % 2 ? 2 * kth(mid) : kth(mid - 1) + kth(mid);
  }

  /**
   * Per-minute counts of each outcome class (ascending), each in its smaller form, from
   * the first day with checks to the last.
   */
  minutes(): Pick<ProbeMinutes, 'firstMinute' | 'spanMinutes' | 'classes'> {
    const keys = this.dayKeys();
    const first = keys[0]!;
    const spanMinutes = (keys[keys.length - 1]! - first + 1) * DAY_MINUTES;
    const classes: OutcomeCounts[] = [];
    for (const outcome of [...this.outcomes].sort((a, b) => a - b)) {
      const slot = this.outcomes.indexOf(outcome);
      const days = keys.flatMap((k) => {
        const day = this.days.get(k)!.counts[slot];
        return day === undefined ? [] : [{ at: (k - first) * DAY_MINUTES, day }];
      });
      // Built straight in its smaller form (compactCounts' rule), without a whole span first.
      let used = 0;
      for (const { day } of days) used += minutesUsed(day);
      if (!keptSparse(used, spanMinutes)) {
        const counts = new Uint16Array(spanMinutes);
        for (const { at, day } of days) counts.set(day, at);
        classes.push({ outcome, offsets: null, counts });
        continue;
      }
      const offsets = new Uint32Array(used);
      const counts = new Uint16Array(used);
      let n = 0;
      for (const { at, day } of days) {
        const pairs = pairsOf(day);
        for (let w = 0; w < pairs.length; w++) {
          if (pairs[w] === 0) continue;
          for (let m = 2 * w; m < 2 * w + 2; m++)
            if (day[m]! > 0) {
              offsets[n] = at + m;
              counts[n++] = day[m]!;
            }
        }
      }
      classes.push({ outcome, offsets, counts });
    }
    return { firstMinute: first * DAY_MINUTES, spanMinutes, classes };
  }

  /** Frees the per-day counts once `minutes` has copied them; the check times stay. */
  dropCounts(): void {
    for (const d of this.days.values()) d.counts = [];
    this.lastCounts = null;
    this.block = new Uint16Array(0);
    this.blockAt = 0;
  }

  private dayKeys(): number[] {
    return [...this.days.keys()].sort((a, b) => a - b);
  }

  /** The first and last day (since 1970-01-01) with checks; nulls when none. */
  dayRange(): [number | null, number | null] {
    let first: number | null = null;
    let last: number | null = null;
    for (const k of this.days.keys()) {
      if (first === null || k < first) first = k;
      if (last === null || k > last) last = k;
    }
    return [first, last];
  }
}

const dayDate = (day: number) => {
  const d = new Date(day * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
};

class EventList {
  intervals: number[] = [];
  spans = new Map<string, { firstMs: number; lastMs: number }>();

  add(file: string, startMs: number, endMs: number): void {
    this.intervals.push(startMs, endMs);
    const last = endMs > startMs ? endMs - 1 : startMs;
    const span = this.spans.get(file);
    if (!span) this.spans.set(file, { firstMs: startMs, lastMs: last });
    else {
      span.firstMs = Math.min(span.firstMs, startMs);
      span.lastMs = Math.max(span.lastMs, last);
    }
  }
}

/**
 * A series' days as arrays: per day [day, count, sorted, last offset, blocks]; its outcome
 * classes by slot; for each day's blocks in turn, the slot it counts and its minutes'
 * counts; and its time log.
 */
export interface ExportedDays {
  days: Float64Array;
  outcomes: Int32Array;
  blockSlots: Int32Array;
  counts: Uint16Array;
  log: Uint8Array;
  logLengths: Uint32Array;
}

export interface ExportedSeries extends ExportedDays {
  kind: 'probes' | 'states';
  monitor: string;
}

const seriesKey = (kind: 'probes' | 'states', monitor: string) => `${kind}\u0000${monitor}`;

/**
 * What one reading holds at most. Minutes are held per monitor from its first to its last
 * day with checks, so these bound memory whatever the rows say: far above real monitoring
 * (100 monitors for 5 years are 263 million minutes), and each refused with its reason.
 */
export const LIMITS = {
  monitors: 10_000,
  spanDays: 7_320,
  minutes: 300_000_000,
} as const;

const grouped = (n: number) => n.toLocaleString('en-US').replace(/,/g, '\u2009');

/** Accumulates every file of one evaluation; `finish` hands the engine its minutes. */
export class MinuteReducer {
  private readonly checks = new Map<string, CheckSeries>();
  private readonly events = new Map<string, EventList>();
  private finished: (ProbeMinutes | EventMinutes)[] | null = null;

  /** `source` names the file (or files) in the messages of a refused reading. */
  constructor(private readonly source = 'input') {}

  /** The series a monitor's checks go to; importers keep it to skip a lookup per row. */
  checkSeries(kind: 'probes' | 'states', monitor: string): CheckSeries {
    if (this.finished) throw new Error('MinuteReducer: checks after finish');
    const key = seriesKey(kind, monitor);
    let c = this.checks.get(key);
    if (!c) {
      if (this.checks.size >= LIMITS.monitors)
        throw new InputError(
          this.source,
          null,
          `more than ${grouped(LIMITS.monitors)} monitors; SLA Witness reads at most ${grouped(LIMITS.monitors)} at once (is the monitor column right?)`,
        );
      c = new CheckSeries();
      this.checks.set(key, c);
    }
    return c;
  }

  /** Every check series, for a reducer in another worker to take in (see `absorbChecks`). */
  exportChecks(): ExportedSeries[] {
    return [...this.checks].map(([key, c]) => {
      const [kind, monitor] = key.split('\u0000') as ['probes' | 'states', string];
      return { kind, monitor, ...c.exported() };
    });
  }

  /** Takes in exported series as if their checks had come after this reducer's own; their arrays become this reducer's. */
  absorbChecks(series: readonly ExportedSeries[]): void {
    for (const s of series) this.checkSeries(s.kind, s.monitor).absorb(s);
  }

  /** The buffers of exported series, to transfer rather than copy between workers. */
  static buffersOf(series: readonly ExportedSeries[]): ArrayBuffer[] {
    return series.flatMap(
      (s) =>
        [
          s.days.buffer,
          s.outcomes.buffer,
          s.blockSlots.buffer,
          s.counts.buffer,
          s.log.buffer,
          s.logLengths.buffer,
        ] as ArrayBuffer[],
    );
  }

  /** One check, of an outcome class of src/engine/check-outcomes.ts. */
  addCheck(kind: 'probes' | 'states', monitor: string, ms: number, outcome: number): void {
    this.checkSeries(kind, monitor).add(ms, outcome);
  }

  addEvent(file: string, monitor: string, startMs: number, endMs: number): void {
    let e = this.events.get(monitor);
    if (!e) {
      e = new EventList();
      this.events.set(monitor, e);
    }
    e.add(file, startMs, endMs);
  }

  /** A monitor's check times, ascending (empty when it has none): what an exact merge with stored checks needs. */
  sortedTimes(kind: 'probes' | 'states', monitor: string): Float64Array {
    return this.checks.get(seriesKey(kind, monitor))?.sortedTimes() ?? new Float64Array(0);
  }

  /** A monitor's check times in [fromMs, toMs), ascending: a month of them at a time for storage. */
  timesBetween(kind: 'probes' | 'states', monitor: string, fromMs: number, toMs: number): Float64Array {
    return this.checks.get(seriesKey(kind, monitor))?.timesBetween(fromMs, toMs) ?? new Float64Array(0);
  }

  /**
   * The engine's minutes, the same on every call; the reducer then keeps only check times
   * (for `timesBetween`) and takes no more checks.
   */
  finish(): (ProbeMinutes | EventMinutes)[] {
    this.finished ??= this.minutes();
    return this.finished;
  }

  /** Refuses one monitor's checks or events spanning more days (since 1970-01-01) than a monitor may. */
  private checkSpan(what: 'checks' | 'events', monitor: string, first: number, last: number): void {
    const days = last - first + 1;
    if (days > LIMITS.spanDays)
      throw new InputError(
        this.source,
        null,
        `the ${what} of monitor "${monitor}" run from ${formatDate(dayDate(first))} to ${formatDate(dayDate(last))}, ${grouped(days)} days; one monitor may span at most 20 years (${grouped(LIMITS.spanDays)} days): look for a row with a stray date`,
      );
  }

  /** Refuses a reading whose minutes would not fit, before any is allocated. */
  private checkSpans(): void {
    let total = 0;
    for (const [key, c] of this.checks) {
      const [first, last] = c.dayRange();
      if (first === null || last === null) continue;
      this.checkSpan('checks', key.split('\u0000')[1]!, first, last);
      total += (last - first + 1) * DAY_MINUTES;
    }
    for (const [monitor, e] of this.events)
      for (const span of e.spans.values()) {
        this.checkSpan(
          'events',
          monitor,
          Math.floor(span.firstMs / 86_400_000),
          Math.floor(span.lastMs / 86_400_000),
        );
      }
    if (total > LIMITS.minutes)
      throw new InputError(
        this.source,
        null,
        `${grouped(this.checks.size)} monitors over their days with checks make ${grouped(total)} minutes, more than the ${grouped(LIMITS.minutes)} SLA Witness holds at once (100 monitors for 5 years): split the file by monitor or by year`,
      );
  }

  private minutes(): (ProbeMinutes | EventMinutes)[] {
    this.checkSpans();
    const out: (ProbeMinutes | EventMinutes)[] = [];
    for (const key of [...this.checks.keys()].sort()) {
      const [kind, monitor] = key.split('\u0000') as ['probes' | 'states', string];
      const c = this.checks.get(key)!;
      const minutes = c.minutes();
      c.dropCounts();
      out.push({
        monitor,
        kind,
        ...minutes,
        medianGapMsTimes2: kind === 'states' ? null : c.medianGapMsTimes2(),
        holdMinutesOverride: kind === 'states' ? Number.POSITIVE_INFINITY : null,
      });
    }
    for (const monitor of [...this.events.keys()].sort()) {
      const e = this.events.get(monitor)!;
      // Sorted intervals make the result independent of row and file order.
      const pairs: [number, number][] = [];
      for (let i = 0; i < e.intervals.length; i += 2) pairs.push([e.intervals[i]!, e.intervals[i + 1]!]);
      pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      out.push({
        monitor,
        kind: 'events',
        intervals: Float64Array.from(pairs.flat()),
        spans: [...e.spans.values()]
          .sort((a, b) => a.firstMs - b.firstMs || a.lastMs - b.lastMs)
          .map((s) => ({ ...s, coverage: null })),
      });
    }
    return out;
  }
}
