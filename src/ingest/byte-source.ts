// The fast byte source: UTF-8 CSV bytes in any chunks → records, read in place by a byte
// state machine that counts lines as it goes, so that every skipped row keeps its line
// number. Plain check rows are taken by the check lane (scan-lane.ts, with its WebAssembly
// loop in scan-wasm.ts) straight into their series; those and the byte readers of cells
// (scan-cells.ts, scan-check.ts) are this source's own, used nowhere else. Every record
// the lane leaves goes to the sink as cells, exactly as the record source's would.

import { CellTimeReader } from './cell-times';
import { endsMidCharacter } from './decode';
import { CR, fieldEndBytes, LF, QUOTE, repeated } from './scan-bytes';
import { ByteRow } from './scan-cells';
import { CheckReader } from './scan-check';
import { CheckLane, type CheckPlan } from './scan-lane';
import type { RecordSink } from './stream-rows';

export interface ByteSourceOptions {
  /** The zone of zone-less times. */
  sourceZone: string;
  /** A record longer than this is an error (`overlong`) rather than the rest of the file in memory. */
  maxRecordBytes: number;
  overlong(line: number): Error;
  /** A quote still open at the end of the data: the record from `line` on would swallow the rest of the file. */
  unclosed(line: number): Error;
  /** The data ends inside a character, on `line`: the file was cut short. */
  cut(line: number): Error;
  /**
   * How plain check rows may be counted by the lane: undefined until the sink has read the
   * header, null for none (intervals, filters, reshaped records); no function, no lane.
   */
  planOf?: () => CheckPlan | null | undefined;
  /** false: the lane's JavaScript loop alone, without its WebAssembly one (tests compare both). */
  wasm?: boolean;
}

/**
 * Fields follow RFC 4180 quoting (a quote opens only at a field's start; doubled quotes
 * inside; text after the closing quote is kept) and records end at LF, CRLF or CR, which
 * also count as line breaks inside quotes. Records are read in place in the chunk; only
 * one cut by a chunk's end is copied, and read once the next chunk completes it.
 */
export class ByteSource {
  /** Line of the next record. */
  line = 1;
  /** A CR ended the last chunk's final record: an LF starting the next chunk belongs to it. */
  private skipLF = false;
  private spill = new Uint8Array(4096);
  private spillLength = 0;
  private lane: CheckLane | null = null;
  private laneDecided = false;
  private readonly delimiter: number;
  private readonly row: ByteRow;
  private readonly times: CellTimeReader;
  private readonly checks = new CheckReader();
  private readonly maxRecordBytes: number;
  private readonly overlong: (line: number) => Error;

  constructor(
    delimiter: string,
    private readonly sink: RecordSink,
    private readonly options: ByteSourceOptions,
  ) {
    this.delimiter = delimiter.charCodeAt(0);
    this.times = new CellTimeReader(options.sourceZone);
    this.row = new ByteRow(this.times, this.checks);
    this.maxRecordBytes = options.maxRecordBytes;
    this.overlong = options.overlong;
    this.laneDecided = options.planOf === undefined;
  }

  /** The check lane once the header has been read (undefined before, null for none). */
  private decideLane(): void {
    const plan = this.options.planOf?.();
    if (plan === undefined) return;
    this.lane =
      plan === null
        ? null
        : new CheckLane(this.delimiter, plan, this.times, this.checks, this.options.wasm ?? true);
    this.laneDecided = true;
  }

  /** Whether every byte pushed so far ended a record: no record is cut, no CR waits for its LF. */
  get atRecordStart(): boolean {
    return this.spillLength === 0 && !this.skipLF;
  }

  push(chunk: Uint8Array): void {
    let from = 0;
    if (this.spillLength > 0) {
      from = this.completeSpill(chunk);
      if (from < 0) return;
    }
    const rest = this.scan(chunk, from, chunk.length, false);
    if (rest < chunk.length) this.appendSpill(chunk, rest, chunk.length);
  }

  finish(): void {
    const last = this.spill.subarray(0, this.spillLength);
    // Data that ends at a line end ends no character early; the last record holds any cut.
    if (endsMidCharacter(last.subarray(-4), 'utf-8')) throw this.options.cut(this.line + lineBreaks(last));
    if (this.spillLength > 0) this.scan(this.spill, 0, this.spillLength, true);
    this.spillLength = 0;
  }

  /**
   * Adds the start of `chunk` to the cut record until it is whole, and reads it (with any
   * whole records after it in the added bytes). Returns where reading goes on in the
   * chunk, or -1 when the whole chunk went into the still unfinished record.
   */
  private completeSpill(chunk: Uint8Array): number {
    const before = this.spillLength;
    let taken = 0;
    let want = Math.min(chunk.length, 256);
    for (;;) {
      this.appendSpill(chunk, taken, want);
      // A record ends only at a line end: without one among the added bytes it is still cut,
      // and reading it again from its start for every chunk of a long record would take time
      // growing with the square of its length.
      const ended = hasLineEnd(chunk, taken, want);
      taken = want;
      const read = ended ? this.scan(this.spill, 0, this.spillLength, false) : 0;
      if (read > 0) {
        this.spillLength = 0;
        return read - before;
      }
      if (taken === chunk.length) return -1;
      want = Math.min(chunk.length, taken * 2);
    }
  }

  private appendSpill(chunk: Uint8Array, from: number, to: number): void {
    const needed = this.spillLength + (to - from);
    if (needed > this.maxRecordBytes) throw this.overlong(this.line);
    if (needed > this.spill.length) {
      const grown = new Uint8Array(Math.max(needed, 2 * this.spill.length));
      grown.set(this.spill.subarray(0, this.spillLength));
      this.spill = grown;
    }
    this.spill.set(chunk.subarray(from, to), this.spillLength);
    this.spillLength = needed;
  }

  /**
   * Hands every whole record of buf[from, to) to the sink and returns where the first
   * unfinished one starts (`to` when none). With `final` the end of the data ends the
   * last record.
   */
  private scan(buf: Uint8Array, from: number, to: number, final: boolean): number {
    const delimiter = this.delimiter;
    const row = this.row;
    const sink = this.sink;
    let pos = from;
    if (this.skipLF && pos < to) {
      if (buf[pos] === LF) pos++;
      this.skipLF = false;
    }
    row.buf = buf;
    // The fast lane reads a record that has no quote and no bare CR. It tests four
    // bytes at once (SWAR on aligned 32-bit words): a word holding no delimiter and no
    // byte below 35 (LF, CR and the quote are all below) is skipped whole. Any other
    // record, or one the data's end cuts, is left to the full state machine.
    const base = buf.byteOffset;
    const words = new Uint32Array(buf.buffer, 0, buf.buffer.byteLength >>> 2);
    const delimiters = repeated(delimiter);
    let lane = this.lane;
    record: while (pos < to) {
      if (lane !== null) {
        pos = lane.readRun(buf, pos, to);
        this.line += lane.taken;
        if (pos >= to) break;
      }
      let starts = row.starts;
      let ends = row.ends;
      let n = 0;
      let fieldStart = pos;
      let i = pos;
      while (i < to) {
        if (((base + i) & 3) === 0 && i + 4 <= to) {
          if (fieldEndBytes(words[(base + i) >>> 2]!, delimiters) === 0) {
            i += 4;
            continue;
          }
        }
        const b = buf[i]!;
        if (b === delimiter) {
          if (n + 2 > starts.length) {
            row.grow(n + 2);
            starts = row.starts;
            ends = row.ends;
          }
          starts[n] = fieldStart;
          ends[n] = i;
          n++;
          fieldStart = ++i;
          continue;
        }
        if (b <= QUOTE) {
          let next = -1;
          if (b === LF) next = i + 1;
          else if (b === CR && i + 1 < to && buf[i + 1] === LF) next = i + 2;
          else if (b === QUOTE || b === CR) break;
          if (next >= 0) {
            starts[n] = fieldStart;
            ends[n] = i;
            row.count = n + 1;
            const line = this.line++;
            pos = next;
            sink.record(row, line);
            if (!this.laneDecided) {
              this.decideLane();
              lane = this.lane;
            }
            continue record;
          }
        }
        i++;
      }
      const next = this.readRecord(buf, pos, to, final);
      if (next < 0) return pos;
      pos = next;
      if (!this.laneDecided) {
        this.decideLane();
        lane = this.lane;
      }
    }
    return pos;
  }

  /** The full state machine for one record at `pos`: where the next one starts, or -1 when it is unfinished. */
  private readRecord(buf: Uint8Array, pos: number, to: number, final: boolean): number {
    const delimiter = this.delimiter;
    const row = this.row;
    let starts = row.starts;
    let ends = row.ends;
    let n = 0;
    let fieldStart = pos;
    let i = pos;
    let breaks = 0;
    let fieldEnd = -1;
    for (;;) {
      if (i >= to) {
        if (!final) return -1;
        fieldEnd = to;
        break;
      }
      const b = buf[i]!;
      if (b === delimiter) {
        if (n + 2 > starts.length) {
          row.grow(n + 2);
          starts = row.starts;
          ends = row.ends;
        }
        starts[n] = fieldStart;
        ends[n] = i;
        n++;
        fieldStart = ++i;
      } else if (b === LF || b === CR) {
        fieldEnd = i++;
        breaks++;
        if (b === CR) {
          if (i < to) {
            if (buf[i] === LF) i++;
          } else if (!final) this.skipLF = true;
        }
        break;
      } else if (b === QUOTE && i === fieldStart) {
        // A quoted section: delimiters and line breaks are content until the closing quote.
        i++;
        for (;;) {
          if (i >= to) {
            if (!final) return -1;
            throw this.options.unclosed(this.line);
          }
          const q = buf[i]!;
          if (q === QUOTE) {
            if (i + 1 >= to && !final) return -1;
            if (buf[i + 1] === QUOTE) i += 2;
            else {
              i++;
              break;
            }
          } else if (q === LF) {
            breaks++;
            i++;
          } else if (q === CR) {
            if (i + 1 >= to && !final) return -1;
            breaks++;
            i += buf[i + 1] === LF ? 2 : 1;
          } else i++;
        }
      } else i++;
    }
    starts[n] = fieldStart;
    ends[n] = fieldEnd;
    row.count = n + 1;
    const line = this.line;
    this.line = line + breaks;
    this.sink.record(row, line);
    return i;
  }
}

/** The line breaks inside one record's bytes (quoted ones: a bare one would have ended it), CRLF counted once. */
function lineBreaks(record: Uint8Array): number {
  let breaks = 0;
  for (let i = 0; i < record.length; i++)
    if (record[i] === LF || (record[i] === CR && record[i + 1] !== LF)) breaks++;
  return breaks;
}

/** Whether chunk[from, to) holds an LF or a CR. */
function hasLineEnd(chunk: Uint8Array, from: number, to: number): boolean {
  const part = chunk.subarray(from, to);
  return part.indexOf(LF) >= 0 || part.indexOf(CR) >= 0;
}
