// Row → minute reduction, in one place for the CLI and the import worker: checks are
// counted per monitor per minute in day-sized typed-array chunks, so rows may arrive in
// any order and from several files.
import { medianGapMsTimes2 } from '../engine/minutes';
import type { EventMinutes, ProbeMinutes } from '../engine/observations';

const DAY_MINUTES = 1440;
const DAY_MS = 86_400_000;
const MAX_COUNT = 65_535;
const MAX_DISTINCT_GAPS = 1 << 16;

class DayChecks {
  readonly up = new Uint16Array(DAY_MINUTES);
  readonly down = new Uint16Array(DAY_MINUTES);
  /** ms since the day's UTC midnight: below 2^32, and half the size of epoch doubles. */
  offsets: Uint32Array;
  count = 0;
  sorted = true;

  constructor(expected: number) {
    this.offsets = new Uint32Array(expected);
  }
}

/**
 * One monitor's checks of one kind. Check times are kept too, for the exact median gap
 * of rule 2 and for exact merges with stored checks, as 4-byte offsets within their day;
 * they are whole epoch ms (what the parsers give).
 */
export class CheckSeries {
  private readonly days = new Map<number, DayChecks>();
  // Rows mostly arrive in time order, so the day of the previous check is usually the next one's.
  private lastDay = Number.NaN;
  private last: DayChecks | null = null;

  add(ms: number, down: boolean): void {
    const day = Math.floor(ms / DAY_MS);
    let d = this.last;
    if (day !== this.lastDay || d === null) {
      d = this.days.get(day) ?? null;
      if (d === null) {
        // Probes keep a steady pace, so the last day's count is a good size for the next.
        d = new DayChecks(Math.max(64, this.last?.count ?? 0));
        this.days.set(day, d);
      }
      this.last = d;
      this.lastDay = day;
    }
    const offset = ms - day * DAY_MS;
    const minute = (offset / 60_000) | 0;
    const counts = down ? d.down : d.up;
    if (counts[minute]! < MAX_COUNT) counts[minute]!++;
    if (d.count === d.offsets.length) {
      const grown = new Uint32Array(d.offsets.length * 2);
      grown.set(d.offsets);
      d.offsets = grown;
    }
    if (d.sorted && d.count > 0 && offset < d.offsets[d.count - 1]!) d.sorted = false;
    d.offsets[d.count++] = offset;
  }

  /** Every check time, ascending, as epoch ms. */
  sortedTimes(): Float64Array {
    const keys = this.dayKeys();
    let total = 0;
    for (const k of keys) total += this.days.get(k)!.count;
    const out = new Float64Array(total);
    let at = 0;
    for (const k of keys) {
      const d = this.days.get(k)!;
      const offsets = d.offsets.subarray(0, d.count);
      if (!d.sorted) {
        offsets.sort();
        d.sorted = true;
      }
      const base = k * DAY_MS;
      for (let i = 0; i < offsets.length; i++) out[at++] = base + offsets[i]!;
    }
    return out;
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
    for (const k of this.dayKeys()) {
      const d = this.days.get(k)!;
      const offsets = d.offsets.subarray(0, d.count);
      if (!d.sorted) {
        offsets.sort();
        d.sorted = true;
      }
      const base = k * DAY_MS;
      for (let i = 0; i < offsets.length; i++) {
        const t = base + offsets[i]!;
        const gap = t - previous;
        previous = t;
        if (!(gap > 0)) continue;
        histogram.set(gap, (histogram.get(gap) ?? 0) + 1);
        gaps++;
        if (histogram.size > MAX_DISTINCT_GAPS) return medianGapMsTimes2(this.sortedTimes());
      }
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

  /** Per-minute counts from the first day with checks to the last. */
  minutes(): { firstMinute: number; up: Uint16Array; down: Uint16Array } {
    const keys = this.dayKeys();
    const first = keys[0]!;
    const up = new Uint16Array((keys[keys.length - 1]! - first + 1) * DAY_MINUTES);
    const down = new Uint16Array(up.length);
    for (const k of keys) {
      const d = this.days.get(k)!;
      up.set(d.up, (k - first) * DAY_MINUTES);
      down.set(d.down, (k - first) * DAY_MINUTES);
    }
    return { firstMinute: first * DAY_MINUTES, up, down };
  }

  private dayKeys(): number[] {
    return [...this.days.keys()].sort((a, b) => a - b);
  }
}

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

const seriesKey = (kind: 'probes' | 'states', monitor: string) => `${kind}\u0000${monitor}`;

/** Accumulates every file of one evaluation; `finish` hands the engine its minutes. */
export class MinuteReducer {
  private readonly checks = new Map<string, CheckSeries>();
  private readonly events = new Map<string, EventList>();

  /** The series a monitor's checks go to; importers keep it to skip a lookup per row. */
  checkSeries(kind: 'probes' | 'states', monitor: string): CheckSeries {
    const key = seriesKey(kind, monitor);
    let c = this.checks.get(key);
    if (!c) {
      c = new CheckSeries();
      this.checks.set(key, c);
    }
    return c;
  }

  addCheck(kind: 'probes' | 'states', monitor: string, ms: number, down: boolean): void {
    this.checkSeries(kind, monitor).add(ms, down);
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

  finish(): (ProbeMinutes | EventMinutes)[] {
    const out: (ProbeMinutes | EventMinutes)[] = [];
    for (const key of [...this.checks.keys()].sort()) {
      const [kind, monitor] = key.split('\u0000') as ['probes' | 'states', string];
      const c = this.checks.get(key)!;
      out.push({
        monitor,
        kind,
        ...c.minutes(),
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
