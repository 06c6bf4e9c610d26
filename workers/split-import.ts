// A large check file read by two workers at once: this one reads the first half, a part
// worker the second, each adding its bytes to the checksum and its rows to its own
// reducer; the part's checks, counts and skipped rows then merge into this reader's,
// which gives exactly what one reader would have (the cut is at a line's end, and taken
// only when the first reader ends a whole record there). Files that cannot be cut that
// way (a quoted field across the cut, an interval or ticket file, PapaParse's UTF-16,
// filters) are read on by this worker alone.
import * as Comlink from 'comlink';
import {
  CsvImporter,
  cancelled,
  type ImportPart,
  importChunks,
  throwIfAborted,
} from '../src/ingest/importer';
import type { LoadOptions, LoadResult } from '../src/ingest/load';
import { MinuteReducer } from '../src/ingest/reduce';
import { CHECKSUM_BLOCK_BYTES, FileChecksum } from '../src/storage/checksum';
import { fileChunks } from './file-chunks';
import type { PartWorkerApi } from './part.worker';

/** Below this a second worker costs more than it saves. */
export const MIN_SPLIT_BYTES = 32 << 20;
/** A part worker that sends no progress for this long is given up, and this worker reads on alone. */
const PART_SILENCE_MS = 20_000;
/** How far past the half the first line end must be for the file to be cut there. */
const LOOKAHEAD_BYTES = 1 << 20;
const LF = 10;

export interface SplitImportHooks {
  signal?: AbortSignal;
  /** Called after each chunk with both readers' bytes and rows; throttle it where updates cost. */
  onProgress?(progress: { bytes: number; rows: number }): void;
  /** The file's checksum, fed every byte in file order (from both readers' blocks). */
  checksum?: FileChecksum;
  /** Files at least this large are read by two workers. */
  minSplitBytes?: number;
  /** The second worker; tests may hand in their own. */
  spawnPart?: () => PartWorker;
  /** How long the part may stay silent before it is given up (20 s). */
  partSilenceMs?: number;
}

export interface PartWorker {
  api: Comlink.Remote<PartWorkerApi>;
  terminate(): void;
}

export function spawnPartWorker(): PartWorker {
  const worker = new Worker(new URL('./part.worker.ts', import.meta.url), { type: 'module' });
  return { api: Comlink.wrap<PartWorkerApi>(worker), terminate: () => worker.terminate() };
}

/**
 * A part worker that finished its last part is kept for the next large file: it is then
 * loaded and its code compiled already.
 */
let sparePart: PartWorker | null = null;

/**
 * Starts the part worker a file of `bytes` will be read with, before its import is asked
 * (while the user reviews the file), so that the import finds it loaded.
 */
export function readyPartWorker(bytes: number): void {
  if (bytes < MIN_SPLIT_BYTES || (globalThis.navigator?.hardwareConcurrency ?? 1) < 2) return;
  sparePart ??= spawnPartWorker();
}

/** The file's chunks, each added to the checksum. */
async function* summed(blob: Blob, checksum: FileChecksum | undefined): AsyncGenerator<Uint8Array> {
  for await (const chunk of fileChunks(blob)) {
    checksum?.update(chunk);
    yield chunk;
  }
}

/**
 * Where the file is cut after `from` (both readers find it the same way): the bytes up to
 * and with the first LF of the look-ahead, or null when it holds none.
 */
async function cutAfter(file: Blob, from: number): Promise<Uint8Array | null> {
  const window = new Uint8Array(await file.slice(from, from + LOOKAHEAD_BYTES).arrayBuffer());
  const lf = window.indexOf(LF);
  return lf < 0 ? null : window.subarray(0, lf + 1);
}

/** Every byte from `from` on to the checksum, and to `push` those after the first `skip`. */
async function readOn(
  file: Blob,
  from: number,
  skip: number,
  checksum: FileChecksum | undefined,
  push: (bytes: Uint8Array) => void,
  signal?: AbortSignal,
): Promise<void> {
  let seen = 0;
  for await (const chunk of summed(file.slice(from), checksum)) {
    throwIfAborted(signal);
    const skipped = Math.max(0, Math.min(chunk.length, skip - seen));
    seen += chunk.length;
    if (skipped < chunk.length) push(skipped > 0 ? chunk.subarray(skipped) : chunk);
  }
  throwIfAborted(signal);
}

/**
 * Imports a file as importChunks does (the same result, errors and cancellation), with a
 * second worker reading the later half of a large UTF-8 check file; `readers` says
 * whether it did.
 */
export async function importFileSplit(
  file: Blob,
  name: string,
  options: LoadOptions,
  reducer: MinuteReducer,
  hooks: SplitImportHooks = {},
): Promise<LoadResult & { readers: 1 | 2 }> {
  const { signal, checksum, onProgress } = hooks;
  const half = Math.floor(file.size / 2 / CHECKSUM_BLOCK_BYTES) * CHECKSUM_BLOCK_BYTES;
  const canSplit =
    (options.kind === 'probes' || options.kind === 'states') &&
    file.size >= (hooks.minSplitBytes ?? MIN_SPLIT_BYTES) &&
    half > 0 &&
    (globalThis.navigator?.hardwareConcurrency ?? 1) >= 2;
  if (!canSplit)
    return {
      ...(await importChunks(name, summed(file, checksum), options, reducer, { signal, onProgress })),
      readers: 1,
    };

  throwIfAborted(signal);
  // The bytes where the file is cut are read while the halves are, rather than after:
  // otherwise their read stands between this half's end and the merge. A read that fails
  // here leaves no cut, and this worker reads on alone (meeting the failure itself).
  const cutAhead = cutAfter(file, half).catch(() => null);
  const importer = new CsvImporter(name, options, reducer);
  // Started before the first byte is read, so that it has loaded by the time it is asked.
  // Only this module's own part workers are kept for the next file; one handed in is not.
  let part: PartWorker | null = hooks.spawnPart ? hooks.spawnPart() : (sparePart ?? spawnPartWorker());
  if (!hooks.spawnPart) sparePart = null;
  const keep = (p: PartWorker) => {
    if (hooks.spawnPart) p.terminate();
    else sparePart = p;
  };
  let partProgress = { bytes: 0, rows: 0 };
  let partHeardAt = performance.now();
  let partResult: Promise<PartOutcome | null> | null = null;
  const report = () =>
    onProgress?.({ bytes: importer.bytesRead + partProgress.bytes, rows: importer.rows + partProgress.rows });
  try {
    for await (const chunk of summed(file.slice(0, half), checksum)) {
      throwIfAborted(signal);
      importer.push(chunk);
      if (partResult === null) {
        const continuation = importer.continuation();
        if (continuation && part) {
          partResult = part.api
            .readPart(
              { file, from: half, name, options, continuation, checksum: checksum !== undefined },
              Comlink.proxy((p: { bytes: number; rows: number }) => {
                partProgress = p;
                partHeardAt = performance.now();
                // Once this reader is done, the part's own reports are the only ones left.
                report();
              }),
            )
            .catch(() => null);
        }
      }
      report();
    }
    throwIfAborted(signal);
    let cut = 0;
    if (partResult !== null) {
      const head = await cutAhead;
      if (head) {
        importer.push(head);
        cut = head.length;
      }
      const outcome =
        head && importer.endsRecord
          ? await raceAbort(
              withinProgress(partResult, () => partHeardAt, hooks.partSilenceMs ?? PART_SILENCE_MS),
              signal,
            )
          : null;
      if (outcome && outcome.from === half + cut) {
        keep(part!);
        part = null;
        importer.merge(outcome.part);
        if (checksum && outcome.digests) checksum.adopt(outcome.digests);
        partProgress = { bytes: 0, rows: 0 };
        onProgress?.({ bytes: file.size, rows: importer.rows });
        return { ...importer.finish(), readers: 2 };
      }
    }
    // This reader goes on alone: the checksum takes every byte from the half, the parser
    // those after what it already read. A part worker never asked stays for the next file.
    if (partResult === null && part) {
      keep(part);
      part = null;
    }
    part?.terminate();
    part = null;
    partProgress = { bytes: 0, rows: 0 };
    await readOn(
      file,
      half,
      cut,
      checksum,
      (bytes) => {
        importer.push(bytes);
        report();
      },
      signal,
    );
    return { ...importer.finish(), readers: 1 };
  } finally {
    part?.terminate();
  }
}

/**
 * The part's outcome, or null once it has sent no progress for `silenceMs` (a worker that
 * crashed, or was killed for memory, never answers).
 */
function withinProgress<T>(
  outcome: Promise<T | null>,
  heardAt: () => number,
  silenceMs: number,
): Promise<T | null> {
  let timer: ReturnType<typeof setInterval> | undefined;
  const silent = new Promise<null>((resolve) => {
    timer = setInterval(
      () => {
        if (performance.now() - heardAt() > silenceMs) resolve(null);
      },
      Math.min(1000, silenceMs),
    );
  });
  return Promise.race([outcome, silent]).finally(() => clearInterval(timer));
}

async function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  throwIfAborted(signal);
  return Promise.race([
    promise,
    new Promise<never>((_, reject) =>
      signal.addEventListener('abort', () => reject(cancelled()), {
        once: true,
      }),
    ),
  ]);
}

export interface PartRequest {
  file: Blob;
  /** Where the part's bytes (and its checksum blocks) start: a multiple of the checksum block. */
  from: number;
  name: string;
  options: LoadOptions;
  continuation: { delimiter: string; header: string[] };
  checksum: boolean;
}

export interface PartOutcome {
  /** Where its first record starts: just past the first line end after `from`. */
  from: number;
  part: ImportPart;
  /** Its checksum blocks' digests, when asked for. */
  digests: Uint8Array[] | null;
}

/** The part worker's job: the records after the first line end past `from`; null when there is none close enough. */
export async function readPart(
  request: PartRequest,
  onProgress?: (p: { bytes: number; rows: number }) => void,
): Promise<PartOutcome | null> {
  const reducer = new MinuteReducer(request.name);
  const importer = new CsvImporter(request.name, request.options, reducer, {
    continuation: request.continuation,
  });
  const checksum = request.checksum ? await FileChecksum.create() : undefined;
  const head = await cutAfter(request.file, request.from);
  if (head === null) return null;
  let sentAt = Number.NEGATIVE_INFINITY;
  await readOn(request.file, request.from, head.length, checksum, (bytes) => {
    importer.push(bytes);
    const now = performance.now();
    if (onProgress && now - sentAt >= 100) {
      sentAt = now;
      void Promise.resolve(
        onProgress({ bytes: head.length + importer.bytesRead, rows: importer.rows }),
      ).catch(() => {});
    }
  });
  const outcome: PartOutcome = {
    from: request.from + head.length,
    part: importer.finishPart(),
    digests: checksum ? checksum.blockDigests() : null,
  };
  return Comlink.transfer(outcome, MinuteReducer.buffersOf(outcome.part.series));
}
