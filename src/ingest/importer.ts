// Streaming CSV import for the worker and the command line alike (no DOM, no Node):
// bytes in whatever chunks they come → records → the reducer, never holding the file or its text.
import Papa from 'papaparse';
import { ByteSource } from './byte-source';
import { excelSepLine } from './csv';
import { detectEncoding, notTextProblem, type TextEncoding } from './decode';
import { MAX_RECORD_BYTES } from './head';
import { CSV_LAYOUTS, detectLayout } from './layouts';
import { type RecordSource, recordSource, type TextReading, textReading } from './record-source';
import type { ExportedSeries, MinuteReducer } from './reduce';
import { type Reshape, ReshapeSink, type ValueForm } from './reshape';
import {
  CUT_MID_CHARACTER,
  InputError,
  type LoadOptions,
  type LoadResult,
  UNCLOSED_QUOTE,
} from './stream-input';
import { type HandledPart, RowHandler } from './stream-rows';

const DETECT_BYTES = 64 * 1024;

/** The CSV layout of a file's first rows, for a caller that forced only a kind. */
function layoutOfHead(text: string, delimiter: string) {
  const body = excelSepLine(text)?.body ?? text;
  const parsed = Papa.parse<string[]>(body, { delimiter, preview: 50, skipEmptyLines: 'greedy' });
  const [header = [], ...rows] = parsed.data;
  if (rows.length > 1) rows.pop();
  return detectLayout(header, rows);
}

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
  continuation?: Continuation;
  /** false: the check lane's JavaScript loop alone, without its WebAssembly one (tests compare both). */
  wasmLane?: boolean;
}

/** What a reader of a later part of a UTF-8 check file needs: the bytes it is given start at a record. */
export interface Continuation {
  delimiter: string;
  header: string[];
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
  private records: RecordSource | null = null;
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
      this.records = this.byteSource(continuation.delimiter, this.handler);
    }
  }

  /**
   * What a reader of a later part of this file needs, once known: a UTF-8 check file read
   * by the fast byte source with its check lane. Null until then, or when it cannot be cut
   * (then only this reader can go on).
   */
  continuation(): Continuation | null {
    const header = this.handler.headerCells;
    if (
      !(this.records instanceof ByteSource) ||
      this.reshaped ||
      header === null ||
      !this.handler.checkPlan()
    )
      return null;
    return { delimiter: this.delimiter, header: [...header] };
  }

  /**
   * Whether the bytes pushed so far end a record, so that another reader may take the rest
   * and `merge` its part.
   */
  get endsRecord(): boolean {
    return this.continuation() !== null && (this.records as ByteSource).atRecordStart;
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
   * Takes in, checks and counts, the part another reader read from where this one's bytes
   * end (`endsRecord`, which it must be); this importer is then finished as usual.
   */
  merge(part: ImportPart): void {
    if (!this.endsRecord) throw new Error('CsvImporter: merge where no record ends');
    this.reducer.absorbChecks(part.series);
    this.handler.absorb(part.handled, part.monitors, (this.records as ByteSource).line - 1);
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

  /** The fast byte source for UTF-8 CSV, with its check lane where the handler's records allow one. */
  private byteSource(delimiter: string, sink: RowHandler | ReshapeSink): ByteSource {
    this.delimiter = delimiter;
    this.path = 'bytes';
    return new ByteSource(delimiter, sink, {
      sourceZone: this.options.sourceZone,
      maxRecordBytes: this.maxRecordBytes,
      overlong: this.overlong,
      unclosed: this.unclosed,
      cut: this.cut,
      planOf: sink === this.handler ? () => this.handler.checkPlan() : undefined,
      wasm: this.tuning.wasmLane,
    });
  }

  /**
   * Whether records hold several monitors' checks (Grafana, promql-cli): as detected by the
   * caller (`options.layout`), or from the header when the caller forced only a kind.
   */
  private reshapeOf(text: string, delimiter: string): { shape: Reshape; values: ValueForm } | null {
    const id = this.options.layout;
    const layout = id !== undefined ? CSV_LAYOUTS.find((l) => l.id === id) : layoutOfHead(text, delimiter);
    return layout?.reshape ? { shape: layout.reshape, values: layout.values ?? 'stored' } : null;
  }

  /**
   * UTF-8 CSV goes to the fast byte source; everything else (UTF-16, JSON, metrics, or
   * PapaParse when asked for) to the record source. Records that hold several monitors'
   * checks are reshaped before the handler sees them.
   */
  private sourceFor(reading: TextReading, encoding: TextEncoding, text: string): RecordSource {
    let sink: RowHandler | ReshapeSink = this.handler;
    if (reading.format === 'csv') {
      const reshape = this.reshapeOf(text, reading.delimiter);
      if (reshape) {
        this.reshaped = true;
        sink = new ReshapeSink(reshape.shape, this.handler, reshape.values);
      }
      if (encoding === 'utf-8' && this.tuning.parser !== 'papaparse')
        return this.byteSource(reading.delimiter, sink);
    }
    this.path = reading.format === 'csv' ? 'papaparse' : reading.format;
    if (reading.format === 'json') {
      this.handler.numberByRecord();
      if (reading.layout.states) this.handler.readIntervalStates(reading.layout.states);
    }
    return recordSource(this.name, encoding, reading, sink, {
      maxRecordChars: this.maxRecordBytes,
      overlong: this.overlong,
      unclosed: this.unclosed,
      cut: this.cut,
    });
  }

  private get detectBytes(): number {
    return this.tuning.detectBytes ?? DETECT_BYTES;
  }

  private get maxRecordBytes(): number {
    return this.tuning.maxRecordBytes ?? MAX_RECORD_BYTES;
  }

  private readonly unclosed = (line: number) => new InputError(this.name, line, UNCLOSED_QUOTE);

  private readonly cut = (line: number) => new InputError(this.name, line, CUT_MID_CHARACTER);

  private readonly overlong = (line: number) =>
    new InputError(
      this.name,
      line,
      `a record longer than ${this.maxRecordBytes} bytes (a quote that is never closed?)`,
    );

  /**
   * The first 64 KiB (or the whole file, if smaller) decide the encoding, whether this is
   * text at all, and how to read it; the bytes held so far then go to that source.
   */
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
    const notText = notTextProblem(sample, text, 'a CSV text file');
    if (notText) throw new InputError(this.name, null, notText);
    const records = this.sourceFor(textReading(this.name, text, this.options.layout), encoding, text);
    this.records = records;
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
