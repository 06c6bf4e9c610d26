// Row → minute reduction, in one place for the CLI and the import worker: checks are
// counted per monitor, outcome class and day (day-counts.ts), so rows may arrive in any
// order and from several files.

import { keptSparse } from '../engine/check-outcomes';
import { medianGapMsTimes2 } from '../engine/minutes';
import { type EventMinutes, type OutcomeCounts, type ProbeMinutes, widenSpan } from '../engine/observations';
import { formatDate } from '../engine/time';
import { type LoggedTimes, TimeLog } from '../engine/time-log';
import { DAY_MINUTES, DayCounts, MAX_COUNT } from './day-counts';
import { type ExportedChanges, LatestChanges } from './state-changes';
import { InputError } from './stream-input';
import { clip } from './timestamps';

const DAY_MS = 86_400_000;
const MAX_DISTINCT_GAPS = 1 << 16;
/** A class whose day before held more minutes than a list keeps starts its next day whole. */
const WHOLE_DAY_AFTER = 64;

class DayChecks {
  /** ms since the day's UTC midnight: below 2^32. */
  times = new TimeLog();
  count = 0;
  sorted = true;
  last = 0;
  /** The day's checks per minute of each outcome slot of its series; none where the slot has no check that day. */
  counts: (DayCounts | undefined)[] = [];

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
  /** The counts of the last check's day and outcome class, when that day is kept whole. */
  private lastCounts: DayCounts | null = null;
  private block = new Uint16Array(0);
  private blockAt = 0;
  private readonly wholeDay = () => this.dayCounts();
  /** A state log's changes, for the state it carries out of a minute with several (state-changes.ts); null for probes. */
  private changes: LatestChanges | null;
  /**
   * The first minute (since the epoch) found holding more checks of one outcome class
   * than a count can (MAX_COUNT), or null. Such a minute's share of failed checks cannot
   * be read, so the reading is refused rather than judged on clipped counts.
   */
  overflowMinute: number | null = null;

  constructor(stateLog = false) {
    this.changes = stateLog ? new LatestChanges() : null;
  }

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
    const minute = (offset / 60_000) | 0;
    let d: DayChecks;
    const counts = this.lastCounts;
    if (day === this.lastDay && this.last !== null && outcome === this.lastOutcome && counts !== null) {
      d = this.last;
      const dense = counts.dense!;
      const v = dense[minute]!;
      if (v === 0) counts.used++;
      if (v < MAX_COUNT) dense[minute] = v + 1;
      else this.overflowMinute ??= day * DAY_MINUTES + minute;
    } else {
      d = day === this.lastDay && this.last !== null ? this.last : this.dayOf(day);
      const slot = outcome === this.lastOutcome ? this.lastSlot : this.slotOf(outcome);
      const c = d.counts[slot] ?? (d.counts[slot] = this.newDayCounts(day, slot));
      if (c.add(minute, 1, this.wholeDay)) this.overflowMinute ??= day * DAY_MINUTES + minute;
      // A listed day goes through `add` each time; only a whole day's counts are taken at once.
      this.lastCounts = c.dense === null ? null : c;
    }
    if (d.sorted && offset < d.last) d.sorted = false;
    d.last = offset;
    d.times.add(offset);
    d.count++;
    if (this.changes !== null) this.changes.note(day, offset, outcome);
  }

  /**
   * Where a state log's minute ends in another state than it was judged by (down, then up
   * again within it), its latest change is written again at the start of the next minute,
   * when that minute has no change of its own, so that the log carries it from there.
   */
  carryLatestChanges(): void {
    const changes = this.changes;
    if (changes === null) return;
    this.changes = null;
    const classesAt = (minute: number) => {
      const counts = this.days.get(Math.floor(minute / DAY_MINUTES))?.counts ?? [];
      return counts.filter((c) => c?.has(minute % DAY_MINUTES)).length;
    };
    const carried: [number, number][] = [];
    changes.each((minute, outcome) => {
      if (classesAt(minute) > 1 && classesAt(minute + 1) === 0) carried.push([minute + 1, outcome]);
    });
    for (const [minute, outcome] of carried) this.add(minute * 60_000, outcome);
  }

  /**
   * A class's counts for a new day: listed, unless the class filled more than a list the
   * day before (a prober's usual answer), which it then most likely does again.
   */
  private newDayCounts(day: number, slot: number): DayCounts {
    const before = this.days.get(day - 1)?.counts[slot];
    return before !== undefined && before.used > WHOLE_DAY_AFTER
      ? DayCounts.dense(this.dayCounts())
      : DayCounts.listed();
  }

  /**
   * A whole day's counts for one class, cut from a block of 32 days': one allocation per
   * array would keep the collector busy.
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
    const blocks: { slot: number; counts: DayCounts }[] = [];
    const days = new Float64Array(keys.length * 5);
    const logs: Uint8Array[] = [];
    let logBytes = 0;
    keys.forEach((k, i) => {
      const d = this.days.get(k)!;
      let n = 0;
      d.counts.forEach((counts, slot) => {
        blocks.push({ slot, counts: counts! });
        n++;
      });
      const log = d.times.sealed();
      logs.push(log);
      logBytes += log.length;
      days.set([k, d.count, d.sorted ? 1 : 0, d.last, n], 5 * i);
    });
    const dense = blocks.filter((b) => b.counts.dense !== null).length;
    const counts = new Uint16Array(dense * DAY_MINUTES);
    const entries = new Uint32Array(blocks.reduce((n, b) => n + (b.counts.entries?.length ?? 0), 0));
    const blockForms = new Int32Array(3 * blocks.length);
    let denseAt = 0;
    let entriesAt = 0;
    blocks.forEach(({ slot, counts: c }, b) => {
      const listed = c.entries;
      blockForms.set([slot, c.used, listed === null ? 1 : 0], 3 * b);
      if (listed === null) counts.set(c.dense!, DAY_MINUTES * denseAt++);
      else {
        entries.set(listed, entriesAt);
        entriesAt += listed.length;
      }
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
      blockForms,
      counts,
      entries,
      log,
      logLengths,
      changes: this.changes?.exported() ?? null,
      overflowMinute: this.overflowMinute,
    };
  }

  /** Adds the checks of an exported series, as if they had arrived after this one's. */
  absorb(other: ExportedDays): void {
    if (other.changes) this.changes?.absorb(other.changes);
    this.overflowMinute ??= other.overflowMinute;
    const slotOf = Array.from(other.outcomes, (o) => this.slotOf(o));
    let logAt = 0;
    let block = 0;
    let denseAt = 0;
    let entriesAt = 0;
    for (let i = 0; i < other.logLengths.length; i++) {
      const [day, count, sorted, last, blocks] = other.days.subarray(5 * i, 5 * i + 5) as unknown as number[];
      // The other's arrays are this worker's now (transferred): taken as they are, not copied.
      const counts: (DayCounts | undefined)[] = [];
      for (let b = block; b < block + blocks!; b++) {
        const [slot, used, whole] = other.blockForms.subarray(3 * b, 3 * b + 3) as unknown as number[];
        if (whole === 1) {
          const dense = other.counts.subarray(DAY_MINUTES * denseAt, DAY_MINUTES * ++denseAt);
          counts[slotOf[slot!]!] = DayCounts.of(dense, null, used!);
        } else {
          const listed = other.entries.subarray(entriesAt, (entriesAt += used!));
          counts[slotOf[slot!]!] = DayCounts.of(null, listed, used!);
        }
      }
      block += blocks!;
      const times = TimeLog.of(other.log.subarray(logAt, logAt + other.logLengths[i]!), last!);
      logAt += other.logLengths[i]!;
      const mine = this.days.get(day!);
      if (mine === undefined) {
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
        if (into === undefined) mine.counts[slot] = add;
        else
          add!.eachMinute((minute, n) => {
            if (into.add(minute, n, this.wholeDay)) this.overflowMinute ??= day! * DAY_MINUTES + minute;
          });
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
    const keys = this.dayKeys();
    let total = 0;
    for (const k of keys) total += this.days.get(k)!.count;
    const out = new Float64Array(total);
    let at = 0;
    for (const k of keys) {
      const offsets = this.dayOffsets(this.days.get(k)!);
      const base = k * DAY_MS;
      for (let i = 0; i < offsets.length; i++) out[at++] = base + offsets[i]!;
    }
    return out;
  }

  /**
   * The check times in [fromMs, toMs) as a log of their offsets from `fromMs`: a whole day
   * in time order is its own log copied, only its first change written anew.
   */
  logBetween(fromMs: number, toMs: number): LoggedTimes {
    const log = new TimeLog();
    let count = 0;
    for (const k of this.dayKeys()) {
      const base = k * DAY_MS;
      if (base + DAY_MS <= fromMs || base >= toMs) continue;
      const d = this.days.get(k)!;
      if (d.sorted && base >= fromMs && base + DAY_MS <= toMs) {
        log.appendShifted(d.times, base - fromMs);
        count += d.count;
        continue;
      }
      const offsets = this.dayOffsets(d);
      for (let i = 0; i < offsets.length; i++) {
        const t = base + offsets[i]!;
        if (t >= fromMs && t < toMs) {
          log.add(t - fromMs);
          count++;
        }
      }
    }
    return { count, log: log.sealed() };
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
  /**
   * The minutes `minutes()` will hold: a class's whole span where its checks are dense, its
   * minutes with checks where they are few (compactCounts' rule), so a monitor checked now
   * and then over years counts its checks, not its years.
   */
  heldMinutes(): number {
    const keys = this.dayKeys();
    if (keys.length === 0) return 0;
    const spanMinutes = (keys[keys.length - 1]! - keys[0]! + 1) * DAY_MINUTES;
    let held = 0;
    for (let slot = 0; slot < this.outcomes.length; slot++) {
      let used = 0;
      for (const k of keys) used += this.days.get(k)!.counts[slot]?.used ?? 0;
      held += keptSparse(used, spanMinutes) ? used : spanMinutes;
    }
    return held;
  }

  minutes(): Pick<ProbeMinutes, 'firstMinute' | 'spanMinutes' | 'classes'> {
    const keys = this.dayKeys();
    const first = keys[0]!;
    const spanMinutes = (keys[keys.length - 1]! - first + 1) * DAY_MINUTES;
    const classes: OutcomeCounts[] = [];
    for (const outcome of [...this.outcomes].sort((a, b) => a - b)) {
      const slot = this.outcomes.indexOf(outcome);
      let used = 0;
      const days = keys.flatMap((k) => {
        const day = this.days.get(k)!.counts[slot];
        if (day === undefined) return [];
        used += day.used;
        return [{ at: (k - first) * DAY_MINUTES, day }];
      });
      // Built straight in its smaller form (compactCounts' rule), without a whole span first.
      if (!keptSparse(used, spanMinutes)) {
        const counts = new Uint16Array(spanMinutes);
        for (const { at, day } of days)
          if (day.dense !== null) counts.set(day.dense, at);
          else
            day.eachMinute((m, n) => {
              counts[at + m] = n;
            });
        classes.push({ outcome, offsets: null, counts });
        continue;
      }
      const offsets = new Uint32Array(used);
      const counts = new Uint16Array(used);
      let k = 0;
      for (const { at, day } of days) {
        const listed = day.entries;
        if (listed === null)
          day.eachMinute((m, n) => {
            offsets[k] = at + m;
            counts[k++] = n;
          });
        else
          for (const entry of listed) {
            offsets[k] = at + (entry >>> 16);
            counts[k++] = entry & 0xffff;
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

/**
 * Why a reading whose minute holds more checks of one outcome than a count can is
 * refused: clipped counts would misstate the minute's share of failed checks.
 */
export function countOverflow(monitor: string, minute: number): string {
  const at = new Date(minute * 60_000).toISOString();
  return `monitor "${clip(monitor)}" has more than ${grouped(MAX_COUNT)} checks of one outcome in the minute from ${at.slice(0, 10)} ${at.slice(11, 16)} UTC; SLA Witness counts at most ${grouped(MAX_COUNT)} a minute, so it cannot read that minute's share of failed checks`;
}

const dayDate = (day: number) => {
  const d = new Date(day * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
};

class EventList {
  intervals: number[] = [];
  spans = new Map<string, { firstMs: number; lastMs: number }>();
  /** Per file whose intervals say when the state was known (IntervalStates): those intervals. */
  known = new Map<string, number[]>();

  add(file: string, startMs: number, endMs: number): void {
    this.intervals.push(startMs, endMs);
    this.span(file, startMs, endMs);
  }

  addKnown(file: string, startMs: number, endMs: number): void {
    let known = this.known.get(file);
    if (!known) {
      known = [];
      this.known.set(file, known);
    }
    known.push(startMs, endMs);
    this.span(file, startMs, endMs);
  }

  /**
   * Each file's span, with its coverage where the file said what time it knew: its known
   * intervals joined where they meet or overlap, each a span of its own. Otherwise the
   * span is the whole log's (`logSpans`), not this monitor's events alone.
   */
  fileSpans(logSpans: ReadonlyMap<string, { firstMs: number; lastMs: number }>): EventMinutes['spans'] {
    return [...this.spans].flatMap(([file, span]): EventMinutes['spans'] => {
      const known = this.known.get(file);
      if (!known) return [{ ...(logSpans.get(file) ?? span), coverage: null }];
      const pairs: [number, number][] = [];
      for (let i = 0; i < known.length; i += 2) pairs.push([known[i]!, known[i + 1]!]);
      pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      const stretches: [number, number][] = [];
      for (const [start, end] of pairs) {
        const last = stretches[stretches.length - 1];
        if (last && start <= last[1]) last[1] = Math.max(last[1], end);
        else stretches.push([start, end]);
      }
      return stretches.map(([startMs, endMs]) => ({
        firstMs: startMs,
        lastMs: endMs > startMs ? endMs - 1 : startMs,
        coverage: { startMs, endMs },
      }));
    });
  }

  private span(file: string, startMs: number, endMs: number): void {
    widenSpan(this.spans, file, startMs, endMs > startMs ? endMs - 1 : startMs);
  }
}

/**
 * A series' days as arrays: per day [day, count, sorted, last offset, blocks]; its outcome
 * classes by slot; for each day's blocks in turn [slot, minutes used, 1 when whole], a
 * whole block's 1 440 counts in `counts` and a listed one's entries (day-counts.ts) in
 * `entries`; and its time log.
 */
export interface ExportedDays {
  days: Float64Array;
  outcomes: Int32Array;
  blockForms: Int32Array;
  counts: Uint16Array;
  entries: Uint32Array;
  log: Uint8Array;
  logLengths: Uint32Array;
  /** A state log's changes (null for probes). */
  changes: ExportedChanges | null;
  /** See CheckSeries.overflowMinute. */
  overflowMinute: number | null;
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

  /**
   * `source` names the file (or files) in the messages of a refused reading; `minutesLimit`
   * is the most minutes it holds (LIMITS.minutes; smaller only to test the refusal).
   */
  constructor(
    private readonly source = 'input',
    private readonly minutesLimit: number = LIMITS.minutes,
  ) {}

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
      c = new CheckSeries(kind === 'states');
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
          s.blockForms.buffer,
          s.counts.buffer,
          s.entries.buffer,
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
    this.eventsOf(monitor).add(file, startMs, endMs);
  }

  /** An interval in which the file knew the monitor's state (up or down): its event log covers it. */
  addKnown(file: string, monitor: string, startMs: number, endMs: number): void {
    this.eventsOf(monitor).addKnown(file, startMs, endMs);
  }

  private eventsOf(monitor: string): EventList {
    let e = this.events.get(monitor);
    if (!e) {
      e = new EventList();
      this.events.set(monitor, e);
    }
    return e;
  }

  /** A monitor's check times, ascending (empty when it has none): what an exact merge with stored checks needs. */
  sortedTimes(kind: 'probes' | 'states', monitor: string): Float64Array {
    return this.checks.get(seriesKey(kind, monitor))?.sortedTimes() ?? new Float64Array(0);
  }

  /** A monitor's check times in [fromMs, toMs) as a log of their offsets from `fromMs`, as storage keeps a month's. */
  logBetween(kind: 'probes' | 'states', monitor: string, fromMs: number, toMs: number): LoggedTimes {
    return (
      this.checks.get(seriesKey(kind, monitor))?.logBetween(fromMs, toMs) ?? {
        count: 0,
        log: new Uint8Array(0),
      }
    );
  }

  /**
   * The engine's minutes, the same on every call; the reducer then keeps only check times
   * (for `logBetween`) and takes no more checks.
   */
  finish(): (ProbeMinutes | EventMinutes)[] {
    this.finished ??= this.minutes();
    return this.finished;
  }

  /** Refuses one monitor's checks or events spanning more days (since 1970-01-01) than a monitor may; a long name is clipped. */
  private checkSpan(what: 'checks' | 'events', monitor: string, first: number, last: number): void {
    const days = last - first + 1;
    if (days > LIMITS.spanDays)
      throw new InputError(
        this.source,
        null,
        `the ${what} of monitor "${clip(monitor)}" run from ${formatDate(dayDate(first))} to ${formatDate(dayDate(last))}, ${grouped(days)} days; one monitor may span at most 20 years (${grouped(LIMITS.spanDays)} days): look for a row with a stray date`,
      );
  }

  /** Refuses a reading whose minutes would not fit, before any is allocated. */
  private checkSpans(): void {
    let total = 0;
    for (const [key, c] of this.checks) {
      if (c.overflowMinute !== null)
        throw new InputError(this.source, null, countOverflow(key.split('\u0000')[1]!, c.overflowMinute));
      const [first, last] = c.dayRange();
      if (first === null || last === null) continue;
      this.checkSpan('checks', key.split('\u0000')[1]!, first, last);
      total += c.heldMinutes();
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
    if (total > this.minutesLimit)
      throw new InputError(
        this.source,
        null,
        `the checks of ${grouped(this.checks.size)} monitors make ${grouped(total)} minutes to hold, more than the ${grouped(this.minutesLimit)} SLA Witness holds at once (100 monitors checked every minute for 5 years): split the file by monitor or by year`,
      );
  }

  private minutes(): (ProbeMinutes | EventMinutes)[] {
    this.checkSpans();
    const out: (ProbeMinutes | EventMinutes)[] = [];
    for (const key of [...this.checks.keys()].sort()) {
      const [kind, monitor] = key.split('\u0000') as ['probes' | 'states', string];
      const c = this.checks.get(key)!;
      c.carryLatestChanges();
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
    // SPEC §3: an event log's coverage is the months its events span, for every monitor it
    // names, a monitor without an event in a month of it up there. A log that says when it
    // knew each monitor's state (Pingdom's, UptimeRobot's) covers just that.
    const logSpans = new Map<string, { firstMs: number; lastMs: number }>();
    for (const e of this.events.values())
      for (const [file, span] of e.spans)
        if (!e.known.has(file)) widenSpan(logSpans, file, span.firstMs, span.lastMs);
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
        spans: e.fileSpans(logSpans).sort((a, b) => a.firstMs - b.firstMs || a.lastMs - b.lastMs),
      });
    }
    return out;
  }
}
