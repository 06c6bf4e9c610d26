// Streaming CSV import for the worker and the command line alike (no DOM, no Node):
// bytes in whatever chunks they come → records → the reducer, never holding the file or its text.
import Papa from 'papaparse';
import { guessDelimiter } from './csv';
import { detectEncoding, looksBinary, type TextEncoding } from './decode';
import { jsonLayoutFor } from './detect';
import { JsonRecords } from './json-records';
import { looksLikeMetrics, MetricsRecords } from './kuma-metrics';
import { detectLayout } from './layouts';
import type { ExportedSeries, MinuteReducer } from './reduce';
import { type Reshape, ReshapeSink } from './reshape';
import { ByteRow } from './scan-cells';
import { CheckReader } from './scan-check';
import { CheckLane } from './scan-lane';
import { ByteRecords } from './scan-records';
import { InputError, type LoadOptions, type LoadResult } from './stream-input';
import { PapaRecords } from './stream-papa';
import { type HandledPart, RowHandler } from './stream-rows';
import { TimeReader } from './timestamps';

const DETECT_BYTES = 64 * 1024;
const MAX_RECORD_BYTES = 16 * 1024 * 1024;

export interface ImportTuning {
  /** 'auto': the byte-level fast path for UTF-8 and PapaParse for UTF-16; 'papaparse': PapaParse always. */
  parser?: 'auto' | 'papaparse';
  /**
   * A record longer than this (an unclosed quote, most likely) is an error rather than
   * the rest of the file held in memory as one field. Characters on the PapaParse path.
   */
  maxRecordBytes?: number;
  /** How many of the first bytes decide the encoding, the delimiter and whether this is text (64 KiB). */
  detectBytes?: number;
  /**
   * Read a later part of a UTF-8 file whose header and delimiter are known: the bytes
   * pushed start at a record, and line 1 is that record's line.
   */
  continuation?: { delimiter: string; header: string[] };
  /** false: the check lane's JavaScript loop alone, without its WebAssembly one (tests compare both). */
  wasmLane?: boolean;
}

/** Where a UTF-8 check file may be cut for another reader to take its later part. */
export interface SplitState {
  delimiter: string;
  header: string[];
  /** The line of the next record. */
  line: number;
}

/** What the reader of a later part hands back. */
export interface ImportPart {
  handled: HandledPart;
  monitors: string[];
  series: ExportedSeries[];
}

export type ParserPath = 'bytes' | 'papaparse' | 'json' | 'metrics';

export class CsvImporter {
  private head: Uint8Array[] = [];
  private headBytes = 0;
  private records: ByteRecords | PapaRecords | JsonRecords | MetricsRecords | null = null;
  /** Records are reshaped before the handler sees them, so no other reader can take a later part. */
  private reshaped = false;
  private path: ParserPath | null = null;
  private delimiter = ',';
  private readonly handler: RowHandler;
  private read = 0;
  private finished = false;

  constructor(
    private readonly name: string,
    private readonly options: LoadOptions,
    private readonly reducer: MinuteReducer,
    private readonly tuning: ImportTuning = {},
  ) {
    this.handler = new RowHandler(name, options, reducer);
    const continuation = tuning.continuation;
    if (continuation) {
      this.handler.useHeader([...continuation.header], 0);
      this.records = this.byteRecords(continuation.delimiter);
    }
  }

  /**
   * Where the bytes pushed so far end, when the rest may go to another reader: a UTF-8
   * check file read by the fast path with its check lane, every record so far whole.
   * Null otherwise (then only this reader can go on).
   */
  splitState(): SplitState | null {
    const continuation = this.continuation();
    const records = this.records;
    if (continuation === null || !(records instanceof ByteRecords) || !records.atRecordStart) return null;
    return { ...continuation, line: records.line };
  }

  /** What a reader of a later part of this file needs, once known: null until then, or when it cannot be cut. */
  continuation(): { delimiter: string; header: string[] } | null {
    const header = this.handler.headerCells;
    if (
      !(this.records instanceof ByteRecords) ||
      this.reshaped ||
      header === null ||
      !this.handler.checkPlan()
    )
      return null;
    return { delimiter: this.delimiter, header: [...header] };
  }

  /** The reader of a later part (see `continuation`) ends here, without the whole file's checks. */
  finishPart(): ImportPart {
    if (this.finished) throw new Error('CsvImporter: finish twice');
    this.finished = true;
    this.records?.finish();
    return {
      handled: this.handler.part(),
      monitors: this.handler.checkMonitors,
      series: this.reducer.exportChecks(),
    };
  }

  /**
   * Takes in the later part another reader read from `split` on, checks and counts; this
   * importer is then finished as usual.
   */
  absorb(split: SplitState, part: ImportPart): void {
    this.reducer.absorbChecks(part.series);
    this.handler.absorb(part.handled, part.monitors, split.line - 1);
  }

  get bytesRead(): number {
    return this.read;
  }

  get rows(): number {
    return this.handler.rows;
  }

  get skippedRows(): number {
    return this.handler.skippedRows;
  }

  /** The parser reading the file, once its first bytes have decided (null before). */
  get parser(): ParserPath | null {
    return this.path;
  }

  /** Reads the chunk's whole records; keeps no reference to the chunk once it returns. */
  push(data: Uint8Array): void {
    if (this.finished) throw new Error('CsvImporter: push after finish');
    if (data.length === 0) return;
    // A plain view of a Node Buffer (a Uint8Array subclass) keeps the byte loops monomorphic.
    const chunk =
      data.constructor === Uint8Array ? data : new Uint8Array(data.buffer, data.byteOffset, data.length);
    this.read += chunk.length;
    if (this.records !== null) {
      this.records.push(chunk);
      return;
    }
    this.headBytes += chunk.length;
    if (this.headBytes < this.detectBytes) {
      this.head.push(chunk.slice());
      return;
    }
    this.head.push(chunk);
    this.start();
  }

  /** Reads the last record and returns the file's result; throws InputError when nothing was usable. */
  finish(): LoadResult {
    if (this.finished) throw new Error('CsvImporter: finish twice');
    this.finished = true;
    if (this.records === null) this.start();
    this.records!.finish();
    return this.handler.result();
  }

  /**
   * The first 64 KiB (or the whole file, if smaller) decide the encoding, whether this is
   * text at all, and the delimiter; UTF-8 then takes the byte-level fast path and UTF-16
   * the PapaParse path, both handing their records to the same RowHandler.
   */
  private byteRecords(delimiter: string): ByteRecords {
    this.delimiter = delimiter;
    this.path = 'bytes';
    const times = new TimeReader(this.options.sourceZone);
    const checks = new CheckReader();
    const row = new ByteRow(times, checks);
    const code = delimiter.charCodeAt(0);
    const laneOf = () => {
      const plan = this.handler.checkPlan();
      return plan ? new CheckLane(code, plan, times, checks, this.tuning.wasmLane ?? true) : plan;
    };
    return new ByteRecords(code, row, this.handler, this.maxRecordBytes, this.overlong, laneOf);
  }

  /**
   * Whether records hold several monitors' checks (Grafana, promql-cli): as detected by the
   * caller (`options.layout`), or from the header when the caller forced only a kind.
   */
  private reshapeOf(text: string, delimiter: string): Reshape | null {
    const id = this.options.layout;
    if (id === 'grafana-wide') return 'wide';
    if (id === 'grafana-table' || id === 'promql-cli') return 'labelled';
    if (id !== undefined) return null;
    const body = text.replace(/^sep=.\r?\n/i, '');
    const parsed = Papa.parse<string[]>(body, { delimiter, preview: 50, skipEmptyLines: 'greedy' });
    const [header = [], ...rows] = parsed.data;
    if (rows.length > 1) rows.pop();
    return detectLayout(header, rows)?.reshape ?? null;
  }

  private reshapedRecords(reshape: Reshape, encoding: TextEncoding, delimiter: string): void {
    this.reshaped = true;
    const sink = new ReshapeSink(reshape, this.handler);
    if (encoding === 'utf-8' && this.tuning.parser !== 'papaparse') {
      this.delimiter = delimiter;
      this.path = 'bytes';
      const times = new TimeReader(this.options.sourceZone);
      const row = new ByteRow(times, new CheckReader());
      this.records = new ByteRecords(delimiter.charCodeAt(0), row, sink, this.maxRecordBytes, this.overlong);
    } else {
      this.records = new PapaRecords(encoding, delimiter, sink, this.maxRecordBytes, this.overlong);
      this.path = 'papaparse';
    }
  }

  private get detectBytes(): number {
    return this.tuning.detectBytes ?? DETECT_BYTES;
  }

  private get maxRecordBytes(): number {
    return this.tuning.maxRecordBytes ?? MAX_RECORD_BYTES;
  }

  private readonly overlong = (line: number) =>
    new InputError(
      this.name,
      line,
      `a record longer than ${this.maxRecordBytes} bytes (a quote that is never closed?)`,
    );

  private start(): void {
    const head = this.head;
    this.head = [];
    const sample = new Uint8Array(Math.min(this.headBytes, this.detectBytes));
    let at = 0;
    for (const chunk of head) {
      if (at === sample.length) break;
      const part = chunk.subarray(0, sample.length - at);
      sample.set(part, at);
      at += part.length;
    }
    const { encoding, bomBytes } = detectEncoding(sample);
    const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(sample.subarray(bomBytes), {
      stream: true,
    });
    if (looksBinary(text)) throw new InputError(this.name, null, 'this is not a CSV text file (binary data)');
    const first = text.trimStart()[0];
    if (first === '{' || first === '[') {
      const layout = jsonLayoutFor(this.options.layout, text);
      if ('problem' in layout) throw new InputError(this.name, null, layout.problem);
      this.records = new JsonRecords(this.name, encoding, layout, this.handler);
      this.path = 'json';
    } else if (looksLikeMetrics(text)) {
      this.records = new MetricsRecords(this.name, encoding, this.handler);
      this.path = 'metrics';
    } else {
      // Grafana's Excel header line names the delimiter.
      const sep = /^sep=(.)\r?\n/i.exec(text);
      const delimiter = sep ? sep[1]! : guessDelimiter(text);
      const reshape = this.reshapeOf(text, delimiter);
      if (reshape) this.reshapedRecords(reshape, encoding, delimiter);
      else if (encoding === 'utf-8' && this.tuning.parser !== 'papaparse') {
        this.records = this.byteRecords(delimiter);
      } else {
        this.records = new PapaRecords(encoding, delimiter, this.handler, this.maxRecordBytes, this.overlong);
        this.path = 'papaparse';
      }
    }
    const records = this.records!;
    let skip = bomBytes;
    for (const chunk of head) {
      if (skip >= chunk.length) {
        skip -= chunk.length;
        continue;
      }
      records.push(skip > 0 ? chunk.subarray(skip) : chunk);
      skip = 0;
    }
  }
}

export interface ImportHooks extends ImportTuning {
  /** Called after each chunk; throttle it where updates cost (a worker posting to the page). */
  onProgress?(progress: { bytes: number; rows: number }): void;
  signal?: AbortSignal;
}

/** The error a cancelled import ends with. */
export function cancelled(): DOMException {
  return new DOMException('The import was cancelled', 'AbortError');
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw cancelled();
}

/**
 * Imports a stream of chunks (a Node read stream, `file.stream()`, which may deliver the
 * whole file as one chunk). Cancelling through `signal` throws an AbortError between
 * chunks; the reducer then holds part of the file and is to be dropped.
 */
export async function importChunks(
  name: string,
  chunks: AsyncIterable<Uint8Array>,
  options: LoadOptions,
  reducer: MinuteReducer,
  hooks: ImportHooks = {},
): Promise<LoadResult> {
  const { signal, onProgress } = hooks;
  throwIfAborted(signal);
  const importer = new CsvImporter(name, options, reducer, hooks);
  for await (const chunk of chunks) {
    throwIfAborted(signal);
    importer.push(chunk);
    onProgress?.({ bytes: importer.bytesRead, rows: importer.rows });
  }
  throwIfAborted(signal);
  return importer.finish();
}
