// The check lane: the UTF-8 fast path's shortcut for the rows that make up nearly every
// probe or state file. One pass over a record finds its fields, reads the time and the
// check in place and counts the check in its monitor's series, with no call per field and
// no string per row. It takes only records it is sure of; any other (a quote, a bare CR,
// a wrong field count, a time or check the byte readers leave to the reference readers, a
// record cut by the chunk's end) goes back, untouched, to the general path, so the
// results and skipped-row reasons stay those of the reference. The plainest rows are read
// first by the lane's WebAssembly loop (scan-wasm.ts), which leaves the rest to this one.

import type { CellTimeReader } from './cell-times';
import { MAX_MONITOR_CHARS } from './columns';
import { CellCache, ChunkView, CR, LF, QUOTE, repeated } from './scan-bytes';
import type { CheckReader } from './scan-check';
import { WasmLane } from './scan-wasm';

/** The columns a check needs and where each check goes, as the row handler mapped them. */
export interface CheckPlan {
  /** Fields in every record (the header's). */
  fields: number;
  time: number;
  /** -1 when every check belongs to the file's default monitor. */
  monitor: number;
  code: number;
  status: number;
  error: number;
  /** The series of a monitor cell's text as read by the general path (trimmed, default when empty). */
  seriesOf(monitorCell: string): CountsChecks;
  /** Counts rows taken by the lane. */
  accepted(rows: number): void;
}

/** Where a monitor's checks are counted, each by its outcome class (check-outcomes.ts). */
export interface CountsChecks {
  add(ms: number, outcome: number): void;
  addInDay(day: number, offset: number, outcome: number): void;
}

const ZULU_MS = 24;
const ZULU_S = 20;
const DOT = 46;
/** Bytes a fixed-place time can hold; a delimiter among them would change where fields end. */
const TIME_BYTES = new Set([...'0123456789-:.TZ'].map((c) => c.charCodeAt(0)));

export class CheckLane {
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly jumpTime: boolean;
  private readonly singleCheck: number;
  /** The outcome class of each number 0–999 in the lone check column (-1 unknown). */
  private readonly readings: Int16Array;
  /** The series each monitor cell names. */
  private readonly monitors: CellCache<CountsChecks>;
  private defaultSeries: CountsChecks | null = null;
  /** Records the last `readRun` took. */
  taken = 0;
  private readonly words = new ChunkView();
  /** The WebAssembly loop for the plainest rows, where it can run. */
  private readonly wasm: WasmLane | null;

  constructor(
    private readonly delimiter: number,
    private readonly plan: CheckPlan,
    private readonly times: CellTimeReader,
    private readonly checks: CheckReader,
    useWasm = true,
  ) {
    this.starts = new Int32Array(plan.fields);
    this.ends = new Int32Array(plan.fields);
    this.jumpTime = !TIME_BYTES.has(delimiter);
    this.monitors = new CellCache((text) => plan.seriesOf(text));
    // One check column (a code or a status number) and no error text: its digits are read directly.
    const { code, status, error } = plan;
    this.singleCheck = error < 0 && code < 0 !== status < 0 ? Math.max(code, status) : -1;
    this.readings = checks.numberReadings(code >= 0);
    this.wasm =
      useWasm && this.jumpTime && this.singleCheck >= 0
        ? WasmLane.create(
            {
              delimiter,
              fields: plan.fields,
              time: plan.time,
              monitor: plan.monitor,
              check: this.singleCheck,
              readings: this.readings,
            },
            () => this.defaultOf(),
            (buf, start, end) => this.monitors.get(buf, start, end),
          )
        : null;
  }

  /**
   * Takes the records from `pos` on while it is sure of them, and returns where it stopped:
   * `to`, or the start of the first record left to the general path. `taken` says how
   * many records it took. The WebAssembly loop reads first; a record it leaves is tried
   * here, and the module goes on after it; when the module takes none, this loop reads
   * the rest.
   */
  readRun(buf: Uint8Array, pos: number, to: number): number {
    const wasm = this.wasm;
    if (wasm === null) {
      const at = this.readHere(buf, pos, to, Number.POSITIVE_INFINITY);
      if (this.taken > 0) this.plan.accepted(this.taken);
      return at;
    }
    let at = pos;
    let taken = 0;
    while (at < to) {
      at = wasm.read(buf, at, to);
      taken += wasm.taken;
      if (at >= to) break;
      const next = this.readHere(buf, at, to, wasm.taken > 0 ? 1 : Number.POSITIVE_INFINITY);
      taken += this.taken;
      if (next === at) break;
      at = next;
    }
    this.taken = taken;
    if (taken > 0) this.plan.accepted(taken);
    return at;
  }

  /**
   * The JavaScript lane: up to `limit` records from `pos`, each read in one pass. The
   * loop's state stays in registers over a run of records rather than being set up again
   * for every row.
   */
  private readHere(buf: Uint8Array, pos: number, to: number, limit: number): number {
    const { fields, time, monitor } = this.plan;
    const delimiter = this.delimiter;
    const delimiters = repeated(delimiter);
    const view = this.words.of(buf);
    const times = this.times;
    const jumpTime = this.jumpTime;
    const single = this.singleCheck;
    const readings = this.readings;
    // Bounds of every field are kept only for the general check reader; the lane's own
    // cells stay in locals.
    const starts = single < 0 ? this.starts : null;
    const ends = this.ends;
    let taken = 0;
    let at = pos;
    record: while (at < to && taken < limit) {
      // A time read at fixed places stays two small integers, its day and ms into it.
      let offset = -1;
      let timeEnd = -1;
      let timeStart = 0;
      let timeFieldEnd = 0;
      let monitorStart = 0;
      let monitorEnd = 0;
      let checkStart = 0;
      let checkEnd = 0;
      let i = at;
      // Field ends are found a word at a time: a word's flagged bytes (see fieldEndBytes)
      // serve every field that ends in it, and the next word is read at `scan` only once
      // they are spent.
      let scan = at;
      let word = 0;
      let wordAt = 0;
      let flags = 0;
      for (let f = 0; f < fields; f++) {
        const start = i;
        if (f === time && jumpTime) {
          // The common time forms have fixed places: read them without looking for the
          // field's end, which must then follow at once.
          if (start + ZULU_MS < to && buf[start + 19] === DOT) {
            offset = times.zuluOffsetAt(buf, view, start, true);
            if (offset >= 0) scan = i = timeEnd = start + ZULU_MS;
          } else if (start + ZULU_S < to) {
            offset = times.zuluOffsetAt(buf, view, start, false);
            if (offset >= 0) scan = i = timeEnd = start + ZULU_S;
          }
          // Flags of a word read before hold none of the time's bytes that matter now.
          if (offset >= 0) flags = 0;
        }
        let b = 0;
        for (;;) {
          if (flags !== 0) {
            // The lowest flag is a true candidate; any above it is checked like it.
            const bit = 31 - Math.clz32(flags & -flags);
            flags &= flags - 1;
            b = (word >>> (bit - 7)) & 255;
            if (b === delimiter || (b <= QUOTE && (b === LF || b === CR || b === QUOTE))) {
              i = wordAt + (bit >> 3);
              break;
            }
          } else if (scan + 4 <= to) {
            word = view.getInt32(scan, true);
            wordAt = scan;
            scan += 4;
            // fieldEndBytes, written out: the call is not always inlined here.
            const x = word ^ delimiters;
            flags = (((x - 0x01010101) & ~x) | ((word - 0x23232323) & ~word)) & 0x80808080;
          } else if (scan < to) {
            b = buf[scan]!;
            if (b === delimiter || (b <= QUOTE && (b === LF || b === CR || b === QUOTE))) {
              i = scan++;
              break;
            }
            scan++;
          } else break record;
        }
        // (Separate tests: a mapping may name one column for two roles.)
        if (f === time) {
          timeStart = start;
          timeFieldEnd = i;
        }
        if (f === monitor) {
          monitorStart = start;
          monitorEnd = i;
        }
        if (f === single) {
          checkStart = start;
          checkEnd = i;
        }
        if (starts !== null) {
          starts[f] = start;
          ends[f] = i;
        }
        if (b === delimiter) {
          if (f === fields - 1) break record;
          i++;
          continue;
        }
        if (b === QUOTE || f !== fields - 1) break record;
        if (b === CR) {
          if (i + 1 >= to || buf[i + 1] !== LF) break record;
          i++;
        }
        i++;
      }
      // A time read at fixed places counts only if the field ended right after it.
      let ms = Number.NaN;
      if (timeFieldEnd !== timeEnd) {
        ms = times.read(buf, timeStart, timeFieldEnd);
        if (Number.isNaN(ms)) break;
      }
      // A lone check column of 1–3 plain digits is read here, by its readings table.
      let outcome = -1;
      const digits = checkEnd - checkStart;
      if (starts === null && digits >= 1 && digits <= 3) {
        let n = 0;
        for (let k = checkStart; k < checkEnd; k++) {
          const d = buf[k]! - 48;
          if (d < 0 || d > 9) {
            n = -1;
            break;
          }
          n = n * 10 + d;
        }
        if (n >= 0) outcome = readings[n]!;
      }
      if (outcome < 0) {
        // Status words, spaces, quotes: the full check reader, given the one cell it needs.
        if (starts === null) {
          this.starts[single] = checkStart;
          ends[single] = checkEnd;
        }
        outcome = this.checks.read(buf, this.starts, ends, this.plan.code, this.plan.status, this.plan.error);
        if (outcome < 0) break;
      }
      // A monitor cell that may be over the limit in characters is the general path's to skip.
      if (monitor >= 0 && monitorEnd - monitorStart > MAX_MONITOR_CHARS) break;
      const series = monitor < 0 ? this.defaultOf() : this.monitors.get(buf, monitorStart, monitorEnd);
      if (Number.isNaN(ms)) series.addInDay(times.zuluDay, offset, outcome);
      else series.add(ms, outcome);
      taken++;
      at = i;
    }
    this.taken = taken;
    return at;
  }

  private defaultOf(): CountsChecks {
    this.defaultSeries ??= this.plan.seriesOf('');
    return this.defaultSeries;
  }
}
