// The check lane's inner loop in WebAssembly (check-lane.wat), for the plainest check rows:
// the bytes are copied into the module a window at a time, it reads every record it is
// sure of and writes one (monitor, day and outcome, ms) triple per row, and this side
// counts them in their series. Where the module stops, the JavaScript lane and the general path go on as
// before, so results and skipped rows stay the reference's. Where WebAssembly is missing
// or refused (a Content-Security-Policy without 'wasm-unsafe-eval'), the JavaScript lane
// reads alone.
import { CHECK_LANE_WASM } from './check-lane-wasm';
import { CR, LF, QUOTE } from './scan-bytes';
import type { CountsChecks } from './scan-lane';

/** Where the module keeps its tables and bytes (see check-lane.wat). */
const CLASSES = 0;
const READINGS = 256;
const MONITORS = 4096;
const MONITOR_SLOTS = 1024;
const ROWS_OUT = 40960;
const INPUT = 131072;
/** The window of bytes copied in starts small (after a record the module left) and doubles while it reads on. */
const FIRST_WINDOW = 4096;
const LAST_WINDOW = 1 << 20;

/** Why the module stopped (see check-lane.wat). */
const WINDOW_READ = 0;
const LEFT = 1;
const NEW_MONITOR = 2;

interface LaneExports {
  memory: WebAssembly.Memory;
  run(pos: number, to: number, fields: number, time: number, monitor: number, check: number): number;
  remember(start: number, end: number, id: number): void;
  why: WebAssembly.Global;
  taken: WebAssembly.Global;
  missStart: WebAssembly.Global;
  missEnd: WebAssembly.Global;
  delimiter: WebAssembly.Global;
}

let compiled: WebAssembly.Module | null | undefined;

/** The compiled module, or null where WebAssembly is missing or refused. */
function laneModule(): WebAssembly.Module | null {
  if (compiled === undefined) {
    try {
      compiled = new WebAssembly.Module(Uint8Array.from(atob(CHECK_LANE_WASM), (c) => c.charCodeAt(0)));
    } catch {
      compiled = null;
    }
  }
  return compiled;
}

/** The columns the module reads, as the check lane found them. */
export interface WasmLayout {
  delimiter: number;
  fields: number;
  time: number;
  /** -1 when every check goes to the default series. */
  monitor: number;
  /** The lone check column, and the outcome class of its numbers 0–999 (-1 unknown). */
  check: number;
  readings: Int16Array;
}

export class WasmLane {
  /** Records the last `read` took. */
  taken = 0;
  private window = FIRST_WINDOW;
  private readonly memory: Uint8Array;
  private readonly rows: Int32Array;
  /** The series of each monitor id the module hands out; 0 is the default series. */
  private readonly series: CountsChecks[] = [];
  private readonly ids = new Map<CountsChecks, number>();

  private constructor(
    private readonly lane: LaneExports,
    private readonly layout: WasmLayout,
    defaultSeries: () => CountsChecks,
    private readonly seriesOfCell: (buf: Uint8Array, start: number, end: number) => CountsChecks,
  ) {
    this.memory = new Uint8Array(lane.memory.buffer);
    this.rows = new Int32Array(lane.memory.buffer, ROWS_OUT, 3 * 4096);
    const classes = this.memory.subarray(CLASSES, CLASSES + 256);
    classes[layout.delimiter] = 1;
    classes[LF] = 2;
    classes[CR] = 3;
    classes[QUOTE] = 4;
    lane.delimiter.value = layout.delimiter;
    new Int16Array(lane.memory.buffer, READINGS, 1000).set(layout.readings);
    new Int32Array(lane.memory.buffer, MONITORS, 8 * MONITOR_SLOTS).fill(-1);
    if (layout.monitor < 0) this.series.push(defaultSeries());
  }

  /** A lane for the layout, or null where WebAssembly cannot run. */
  static create(
    layout: WasmLayout,
    defaultSeries: () => CountsChecks,
    seriesOfCell: (buf: Uint8Array, start: number, end: number) => CountsChecks,
  ): WasmLane | null {
    const module = laneModule();
    if (module === null) return null;
    try {
      const instance = new WebAssembly.Instance(module);
      return new WasmLane(instance.exports as unknown as LaneExports, layout, defaultSeries, seriesOfCell);
    } catch {
      return null;
    }
  }

  /** Takes the records from `pos` on while the module is sure of them; returns where it stopped. */
  read(buf: Uint8Array, pos: number, to: number): number {
    const { fields, time, monitor, check } = this.layout;
    const lane = this.lane;
    let at = pos;
    let taken = 0;
    while (at < to) {
      const end = Math.min(to, at + this.window);
      this.memory.set(buf.subarray(at, end), INPUT);
      // Position p of `buf` is INPUT + (p - at) in the module.
      const base = INPUT - at;
      let stop = at;
      let why: number;
      for (;;) {
        stop = lane.run(stop + base, end + base, fields, time, monitor, check) - base;
        taken += this.count(lane.taken.value as number);
        why = lane.why.value as number;
        if (why === NEW_MONITOR) {
          const cellStart = lane.missStart.value as number;
          const cellEnd = lane.missEnd.value as number;
          lane.remember(cellStart, cellEnd, this.idOf(buf, cellStart - base, cellEnd - base));
          continue;
        }
        // Its rows out were full: on through the same window.
        if (why === WINDOW_READ && stop < end) continue;
        break;
      }
      const moved = stop > at;
      at = stop;
      if (why === LEFT) {
        this.window = FIRST_WINDOW;
        break;
      }
      // The window read, or a record it cuts: on with a larger one, unless the chunk ends
      // there (its cut record is the general path's) or the window cannot grow.
      if (end === to && at < to) break;
      if (!moved && this.window === LAST_WINDOW) break;
      if (this.window < LAST_WINDOW) this.window *= 2;
    }
    this.taken = taken;
    return at;
  }

  /** Counts the rows the module wrote; returns how many. */
  private count(n: number): number {
    const rows = this.rows;
    const series = this.series;
    for (let k = 0; k < 3 * n; k += 3) {
      const dayAndOutcome = rows[k + 1]!;
      series[rows[k]!]!.addInDay(dayAndOutcome & 0x1ffff, rows[k + 2]!, dayAndOutcome >>> 17);
    }
    return n;
  }

  private idOf(buf: Uint8Array, start: number, end: number): number {
    const series = this.seriesOfCell(buf, start, end);
    let id = this.ids.get(series);
    if (id === undefined) {
      id = this.series.length;
      this.series.push(series);
      this.ids.set(series, id);
    }
    return id;
  }
}
