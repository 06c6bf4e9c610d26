// The Chromium half of `npm run bench`, inside a module worker as the app imports: a
// File's own stream read raw, through our importer, and through the PapaParse path, the
// file's SHA-256 as the app takes it after an import; then re-evaluation on the minutes
// kept from our import. Driven by bench-page.ts.
import * as Comlink from 'comlink';
import type { ExclusionRecord, InputSummary, MonitorMinutes } from '../../src/engine/observations';
import { importChunks } from '../../src/ingest/importer';
import { MinuteReducer } from '../../src/ingest/reduce';
import { FileChecksum } from '../../src/storage/checksum';
import { fileChunks, ownChunks } from '../../workers/file-chunks';
import { fileSha256, ONE_CALL_BYTES } from '../../workers/fingerprints';
import { importFileSplit } from '../../workers/split-import';
import { LANE_LOOP_BYTES, type LaneLoop, laneLoop } from './lane-loop';
import { measureReevaluation, PROBE_OPTIONS, type Reevaluation } from './reeval';

export interface StreamStats {
  chunks: number;
  largestChunk: number;
}

export interface RawReadResult extends StreamStats {
  seconds: number;
  bytes: number;
  touch: number;
}

export interface IngestResult extends StreamStats {
  rows: number;
  bytes: number;
  /** importChunks alone. */
  importSeconds: number;
  /** importChunks, then reducer.finish(): file → minutes, as the Node figure. */
  totalSeconds: number;
  /** The file's SHA-256 taken after the minutes ('app-sha256' only), else null. */
  sha256Seconds: number | null;
  /** How many workers read the file: 2 when the part worker's half was taken. */
  readers: 1 | 2;
}

/** How the SHA-256 is taken: as the app picks for the file's size, or forced one way. */
export type Sha256Way = 'app' | 'webcrypto' | 'streaming';

export interface Sha256Result {
  seconds: number;
  bytes: number;
  /** WebCrypto's digest in one call, or hash-wasm's streaming SHA-256. */
  method: 'webcrypto' | 'streaming';
  sha256: string;
}

/**
 * Our import as the benchmark measures it (two workers for a large file), ours read by
 * this worker alone, ours with the app's checksum, that followed by the file's SHA-256 as
 * the app's fingerprints take it once an import is stored, or the PapaParse path.
 */
export type IngestPath = 'ours' | 'one-worker' | 'app' | 'app-sha256' | 'papaparse';

export interface Progress {
  bytes: number;
  rows: number;
}

/** The part of the file to read: all of it, or its first `end` bytes (the warm-ups). */
const part = (file: Blob, end: number | null) => (end === null ? file : file.slice(0, end));

/** The chunks the app's import worker reads (workers/file-chunks.ts), counted. */
async function* chunksOf(blob: Blob, stats: StreamStats): AsyncGenerator<Uint8Array> {
  for await (const value of fileChunks(blob)) {
    stats.chunks++;
    if (value.length > stats.largestChunk) stats.largestChunk = value.length;
    yield value;
  }
}

let kept: { monitors: MonitorMinutes[]; exclusions: ExclusionRecord[]; inputs: InputSummary[] } | null = null;

const api = {
  ping(): string {
    return 'ready';
  },

  /**
   * Reads every chunk of the file's stream, touching every 4096th byte: the floor for any
   * import. 'own' takes the stream's own chunks; 'byob' reads into one reused buffer, as
   * the importer does.
   */
  async rawRead(file: File, end: number | null, reader: 'own' | 'byob'): Promise<RawReadResult> {
    const blob = part(file, end);
    const stats: StreamStats = { chunks: 0, largestChunk: 0 };
    let touch = 0;
    let bytes = 0;
    const t0 = performance.now();
    for await (const value of reader === 'byob' ? fileChunks(blob) : ownChunks(blob.stream().getReader())) {
      stats.chunks++;
      if (value.length > stats.largestChunk) stats.largestChunk = value.length;
      bytes += value.length;
      for (let i = 0; i < value.length; i += 4096) touch ^= value[i]!;
    }
    return { seconds: (performance.now() - t0) / 1000, bytes, touch, ...stats };
  },

  /**
   * importChunks on the file's stream, then the reducer's hand-over; `keep` holds the
   * minutes for `reevaluate`. Progress goes to the page at most ten times a second, as
   * the app's import worker does.
   */
  async ingest(
    file: File,
    path: IngestPath,
    end: number | null,
    keep: boolean,
    onProgress?: (p: Progress) => void,
  ): Promise<IngestResult> {
    kept = null;
    const blob = part(file, end);
    const stats: StreamStats = { chunks: 0, largestChunk: 0 };
    const reducer = new MinuteReducer();
    let sentAt = Number.NEGATIVE_INFINITY;
    const progress = onProgress
      ? (p: Progress) => {
          const now = performance.now();
          if (now - sentAt < 100) return;
          sentAt = now;
          onProgress(p);
        }
      : undefined;
    const t0 = performance.now();
    // Ours reads as the app's import worker does: a second worker for a large file's later
    // half; 'app' also takes the checksum the app stores with every dataset.
    const result =
      path === 'papaparse'
        ? await importChunks(file.name, chunksOf(blob, stats), PROBE_OPTIONS, reducer, {
            parser: 'papaparse',
            onProgress: progress,
          })
        : await importFileSplit(blob, file.name, PROBE_OPTIONS, reducer, {
            onProgress: progress,
            checksum: path === 'app' || path === 'app-sha256' ? await FileChecksum.create() : undefined,
            minSplitBytes: path === 'one-worker' ? Number.POSITIVE_INFINITY : undefined,
          });
    const t1 = performance.now();
    const monitors = reducer.finish();
    const t2 = performance.now();
    // The app hashes after the dataset is stored (workers/fingerprints.ts); no import runs
    // beside it here, so it never pauses.
    if (path === 'app-sha256') await fileSha256(blob);
    const t3 = performance.now();
    if (keep) kept = { monitors, exclusions: result.exclusions, inputs: [result.summary] };
    return {
      rows: result.summary.rows,
      bytes: blob.size,
      importSeconds: (t1 - t0) / 1000,
      totalSeconds: (t2 - t0) / 1000,
      sha256Seconds: path === 'app-sha256' ? (t3 - t2) / 1000 : null,
      readers: 'readers' in result ? (result.readers as 1 | 2) : 1,
      ...stats,
    };
  },

  /**
   * The file's SHA-256 alone, by the app's own function: the way it picks for the size
   * (WebCrypto up to ONE_CALL_BYTES, else hash-wasm's streaming SHA-256), or one way forced.
   */
  async sha256(file: File, end: number | null, way: Sha256Way): Promise<Sha256Result> {
    const blob = part(file, end);
    const oneCallBytes = way === 'app' ? ONE_CALL_BYTES : way === 'webcrypto' ? Number.POSITIVE_INFINITY : -1;
    const t0 = performance.now();
    const sha256 = await fileSha256(blob, undefined, oneCallBytes);
    const seconds = (performance.now() - t0) / 1000;
    const oneCall = globalThis.crypto?.subtle !== undefined && blob.size <= oneCallBytes;
    return { seconds, bytes: blob.size, method: oneCall ? 'webcrypto' : 'streaming', sha256 };
  },

  /** The check lane's WebAssembly loop alone, on the file's first 64 MiB in this worker's memory. */
  async laneLoop(file: File): Promise<LaneLoop> {
    return laneLoop(new Uint8Array(await file.slice(0, LANE_LOOP_BYTES).arrayBuffer()));
  },

  /** The re-evaluation figure on the minutes the last kept import left. */
  reevaluate(): Reevaluation {
    if (!kept) throw new Error('reevaluate: no import kept');
    return measureReevaluation(kept.monitors, kept.exclusions, kept.inputs);
  },

  drop(): void {
    kept = null;
  },
};

export type BenchWorkerApi = typeof api;

Comlink.expose(api);
