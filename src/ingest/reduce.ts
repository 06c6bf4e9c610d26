// Row → minute reduction, in one place for the CLI and the import worker: checks are
// counted per monitor per minute in day-sized typed-array chunks, so rows may arrive in
// any order and from several files.
import { medianGapMsTimes2 } from '../engine/minutes';
import type { EventMinutes, ProbeMinutes } from '../engine/observations';

const CHUNK = 1440;
const MAX_COUNT = 65_535;

class CheckCounts {
  readonly chunks = new Map<number, { up: Uint16Array; down: Uint16Array }>();
  times = new Float64Array(1024);
  count = 0;

  add(ms: number, down: boolean): void {
    const minute = Math.floor(ms / 60_000);
    const key = Math.floor(minute / CHUNK);
    let chunk = this.chunks.get(key);
    if (!chunk) {
      chunk = { up: new Uint16Array(CHUNK), down: new Uint16Array(CHUNK) };
      this.chunks.set(key, chunk);
    }
    const i = minute - key * CHUNK;
    const arr = down ? chunk.down : chunk.up;
    if (arr[i]! < MAX_COUNT) arr[i]!++;
    if (this.count === this.times.length) {
      const grown = new Float64Array(this.times.length * 2);
      grown.set(this.times);
      this.times = grown;
    }
    this.times[this.count++] = ms;
  }

  sortedTimes(): Float64Array {
    return this.times.slice(0, this.count).sort();
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

/** Accumulates every file of one evaluation; `finish` hands the engine its minutes. */
export class MinuteReducer {
  private readonly checks = new Map<string, CheckCounts>();
  private readonly events = new Map<string, EventList>();

  addCheck(kind: 'probes' | 'states', monitor: string, ms: number, down: boolean): void {
    const key = `${kind}\u0000${monitor}`;
    let c = this.checks.get(key);
    if (!c) {
      c = new CheckCounts();
      this.checks.set(key, c);
    }
    c.add(ms, down);
  }

  addEvent(file: string, monitor: string, startMs: number, endMs: number): void {
    let e = this.events.get(monitor);
    if (!e) {
      e = new EventList();
      this.events.set(monitor, e);
    }
    e.add(file, startMs, endMs);
  }

  finish(): (ProbeMinutes | EventMinutes)[] {
    const out: (ProbeMinutes | EventMinutes)[] = [];
    for (const key of [...this.checks.keys()].sort()) {
      const [kind, monitor] = key.split('\u0000') as ['probes' | 'states', string];
      const c = this.checks.get(key)!;
      const keys = [...c.chunks.keys()].sort((a, b) => a - b);
      const first = keys[0]!;
      const lastKey = keys[keys.length - 1]!;
      const up = new Uint16Array((lastKey - first + 1) * CHUNK);
      const down = new Uint16Array(up.length);
      for (const k of keys) {
        const chunk = c.chunks.get(k)!;
        up.set(chunk.up, (k - first) * CHUNK);
        down.set(chunk.down, (k - first) * CHUNK);
      }
      out.push({
        monitor,
        kind,
        firstMinute: first * CHUNK,
        up,
        down,
        medianGapMsTimes2: kind === 'states' ? null : medianGapMsTimes2(c.sortedTimes()),
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
