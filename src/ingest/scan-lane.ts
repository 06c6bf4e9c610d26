// The check lane: the UTF-8 fast path's shortcut for the rows that make up nearly every
// probe or state file. One pass over a record finds its fields, reads the time and the
// check in place and counts the check in its monitor's series, with no call per field and
// no string per row. It takes only records it is sure of; any other (a quote, a bare CR,
// a wrong field count, a time or check the byte readers leave to the reference readers, a
// record cut by the chunk's end) goes back, untouched, to the general path, so the
// results and skipped-row reasons stay those of the reference.
import { CellCache, ChunkView, CR, fieldEndBytes, LF, QUOTE, repeated } from './scan-bytes';
import type { CheckReader } from './scan-check';
import type { TimeReader } from './scan-time';

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
  /** Counts one row taken by the lane. */
  accepted(): void;
}

export interface CountsChecks {
  add(ms: number, down: boolean): void;
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
  private readonly singleIsCode: boolean;
  /** The series each monitor cell names. */
  private readonly monitors: CellCache<CountsChecks>;
  private defaultSeries: CountsChecks | null = null;
  private readonly words = new ChunkView();

  constructor(
    private readonly delimiter: number,
    private readonly plan: CheckPlan,
    private readonly times: TimeReader,
    private readonly checks: CheckReader,
  ) {
    this.starts = new Int32Array(plan.fields);
    this.ends = new Int32Array(plan.fields);
    this.jumpTime = !TIME_BYTES.has(delimiter);
    this.monitors = new CellCache((text) => plan.seriesOf(text));
    // One check column (a code or a status number) and no error text: its digits are read directly.
    const { code, status, error } = plan;
    this.singleCheck = error < 0 && code < 0 !== status < 0 ? Math.max(code, status) : -1;
    this.singleIsCode = code >= 0;
  }

  /** Takes the record at `pos` and returns where the next one starts, or -1 to leave it to the general path. */
  read(buf: Uint8Array, pos: number, to: number): number {
    const { fields, time } = this.plan;
    const delimiter = this.delimiter;
    const starts = this.starts;
    const ends = this.ends;
    const delimiters = repeated(delimiter);
    const view = this.words.of(buf);
    let ms = Number.NaN;
    let timeEnd = -1;
    let i = pos;
    for (let f = 0; f < fields; f++) {
      const start = i;
      if (f === time && this.jumpTime) {
        // The common time forms have fixed places: read them without looking for the
        // field's end, which must then follow at once.
        if (start + ZULU_MS < to && buf[start + 19] === DOT) {
          ms = this.times.zuluAt(buf, start, true);
          if (!Number.isNaN(ms)) i = timeEnd = start + ZULU_MS;
        } else if (start + ZULU_S < to) {
          ms = this.times.zuluAt(buf, start, false);
          if (!Number.isNaN(ms)) i = timeEnd = start + ZULU_S;
        }
      }
      let b = 0;
      for (;;) {
        if (i + 4 <= to) {
          // Four bytes at a time: a word with no field end is skipped whole; otherwise its
          // first flagged byte is where to look.
          const flagged = fieldEndBytes(view.getInt32(i, true), delimiters);
          if (flagged === 0) {
            i += 4;
            continue;
          }
          i += (31 - Math.clz32(flagged & -flagged)) >> 3;
        } else if (i >= to) return -1;
        b = buf[i]!;
        if (b === delimiter || (b <= QUOTE && (b === LF || b === CR || b === QUOTE))) break;
        i++;
      }
      starts[f] = start;
      ends[f] = i;
      if (b === delimiter) {
        if (f === fields - 1) return -1;
        i++;
        continue;
      }
      if (b === QUOTE || f !== fields - 1) return -1;
      if (b === CR) {
        if (i + 1 >= to || buf[i + 1] !== LF) return -1;
        i++;
      }
      i++;
    }
    // A time read at fixed places counts only if the field ended right after it.
    if (ends[time] !== timeEnd) {
      ms = this.times.read(buf, starts[time]!, ends[time]!);
      if (Number.isNaN(ms)) return -1;
    }
    const single = this.singleCheck;
    let down =
      single < 0 ? -1 : this.checks.readNumber(buf, starts[single]!, ends[single]!, this.singleIsCode);
    if (down < 0)
      down = this.checks.read(buf, starts, ends, this.plan.code, this.plan.status, this.plan.error);
    if (down < 0) return -1;
    const series = this.plan.monitor < 0 ? this.defaultOf() : this.monitorOf(buf, this.plan.monitor);
    series.add(ms, down === 1);
    this.plan.accepted();
    return i;
  }

  private defaultOf(): CountsChecks {
    this.defaultSeries ??= this.plan.seriesOf('');
    return this.defaultSeries;
  }

  private monitorOf(buf: Uint8Array, field: number): CountsChecks {
    return this.monitors.get(buf, this.starts[field]!, this.ends[field]!);
  }
}
