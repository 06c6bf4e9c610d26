// The UTF-8 fast path's record splitter, a byte state machine over stream chunks that
// counts lines as it goes so that every skipped row keeps its line number.
import { CR, fieldEndBytes, LF, QUOTE, repeated } from './scan-bytes';
import type { ByteRow } from './scan-cells';
import type { CheckLane } from './scan-lane';
import type { RecordSink } from './stream-rows';

/**
 * Fields follow RFC 4180 quoting (a quote opens only at a field's start; doubled quotes
 * inside; text after the closing quote is kept) and records end at LF, CRLF or CR, which
 * also count as line breaks inside quotes. Records are read in place in the chunk; only
 * one cut by a chunk's end is copied, and read once the next chunk completes it.
 */
export class ByteRecords {
  /** Line of the next record. */
  line = 1;
  /** A CR ended the last chunk's final record: an LF starting the next chunk belongs to it. */
  private skipLF = false;
  private spill = new Uint8Array(4096);
  private spillLength = 0;
  private lane: CheckLane | null = null;
  private laneDecided = false;

  /** `laneOf` gives the check lane once the header has been read (undefined before, null for none). */
  constructor(
    private readonly delimiter: number,
    private readonly row: ByteRow,
    private readonly sink: RecordSink,
    private readonly maxRecordBytes: number,
    private readonly overlong: (line: number) => Error,
    private readonly laneOf: () => CheckLane | null | undefined = () => null,
  ) {}

  private decideLane(): void {
    const lane = this.laneOf();
    if (lane === undefined) return;
    this.lane = lane;
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
      taken = want;
      const read = this.scan(this.spill, 0, this.spillLength, false);
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
            break;
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
