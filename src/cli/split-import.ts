// The command line reads a large check file with two threads, as the app's import worker
// does with its part worker (workers/split-import.ts): this thread reads the first half,
// a worker thread (part-worker.ts) the rest from the first line end past the half, and
// the part's checks, counts and skipped rows merge into this reader's, which gives exactly
// what one reader would have. Files that cannot be cut that way (a quoted field across
// the cut, interval or ticket files, UTF-16, filters) are read on by this thread alone.
import { closeSync, fstatSync, openSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { CsvImporter } from '../ingest/importer';
import type { LoadOptions, LoadResult } from '../ingest/load';
import type { MinuteReducer } from '../ingest/reduce';
import { type Fingerprint, fileFingerprint } from './fingerprint';
import {
  cutAfter,
  type FingerprintReply,
  type FingerprintRequest,
  type PartReply,
  type PartRequest,
  readRange,
} from './read-part';

/** Below this a second thread costs more than it saves. */
const MIN_SPLIT_BYTES = 32 << 20;

/** Whether a file of `size` bytes is worth a second thread, on this machine. */
const worthAPart = (size: number, split: SplitOptions) =>
  size >= (split.minSplitBytes ?? MIN_SPLIT_BYTES) && availableParallelism() >= 2;

/** Where the part thread's module is: beside this one, as TypeScript (tsx, tests) or built. */
function partWorkerUrl(): URL {
  const source = import.meta.url.endsWith('.ts');
  return new URL(source ? './part-worker.ts' : './part-worker.cjs', import.meta.url);
}

function spawnPart(): Worker {
  const url = partWorkerUrl();
  if (!url.pathname.endsWith('.ts')) return new Worker(url);
  // Run from TypeScript (npm run sla, tests), the thread loads its module through tsx,
  // whose hooks a worker thread does not inherit: the ES module build of tsx's API, which
  // its exports map puts beside the CommonJS one that createRequire finds.
  const tsx = pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const href = JSON.stringify(url.href);
  return new Worker(`import(${JSON.stringify(tsx)}).then((tsx) => tsx.tsImport(${href}, ${href}))`, {
    eval: true,
  });
}

/**
 * A part thread that answered is kept for the next large file of the same run (or the
 * next round of the benchmark), its code loaded and compiled; idle, it does not keep the
 * process alive.
 */
let sparePart: Worker | null = null;

function takePart(): Worker {
  const part = sparePart ?? spawnPart();
  sparePart = null;
  part.ref();
  return part;
}

function keepPart(part: Worker): void {
  part.unref();
  sparePart = part;
}

function askPart(worker: Worker, request: PartRequest): Promise<PartReply>;
function askPart(worker: Worker, request: FingerprintRequest): Promise<FingerprintReply>;
function askPart(
  worker: Worker,
  request: PartRequest | FingerprintRequest,
): Promise<PartReply | FingerprintReply> {
  return new Promise((resolve) => {
    const settle = (reply: PartReply | FingerprintReply) => {
      worker.off('message', settle);
      worker.off('error', failed);
      worker.off('exit', exited);
      resolve(reply);
    };
    const failed = (e: unknown) => settle({ error: String(e) });
    const exited = () => settle({ error: 'the part thread exited' });
    worker.on('message', settle);
    worker.on('error', failed);
    worker.on('exit', exited);
    worker.postMessage(request);
  });
}

export interface SplitOptions {
  /** Files at least this large are read by two threads (32 MiB). */
  minSplitBytes?: number;
}

/**
 * Imports a file as importChunks does (the same result and errors), with a worker
 * thread reading the later half of a large UTF-8 check file; `readers` says whether it did.
 */
export async function importFileSplit(
  path: string,
  name: string,
  options: LoadOptions,
  reducer: MinuteReducer,
  split: SplitOptions = {},
): Promise<LoadResult & { readers: 1 | 2 }> {
  const fd = openSync(path, 'r');
  let part: Worker | null = null;
  try {
    const { size } = fstatSync(fd);
    const importer = new CsvImporter(name, options, reducer);
    const half = Math.floor(size / 2);
    const canSplit =
      (options.kind === 'probes' || options.kind === 'states') && half > 0 && worthAPart(size, split);
    if (!canSplit) {
      readRange(fd, 0, size, (bytes) => importer.push(bytes));
      return { ...importer.finish(), readers: 1 };
    }
    // Started first, so that it has loaded its code by the time it is asked.
    part = takePart();
    let reply: Promise<PartReply> | null = null;
    readRange(fd, 0, half, (bytes) => {
      importer.push(bytes);
      if (reply === null && part !== null) {
        const continuation = importer.continuation();
        if (continuation) reply = askPart(part, { path, name, from: half, options, continuation });
      }
    });
    let cut = 0;
    if (reply !== null) {
      const head = cutAfter(fd, half, size);
      if (head) {
        importer.push(head);
        cut = head.length;
      }
      const outcome = head && importer.endsRecord ? await (reply as Promise<PartReply>) : null;
      if (outcome && 'part' in outcome && outcome.from === half + cut) {
        keepPart(part);
        part = null;
        importer.merge(outcome.part);
        return { ...importer.finish(), readers: 2 };
      }
    }
    // This thread reads on alone from where it stood; a part thread never asked stays for the next file.
    if (reply === null) keepPart(part);
    else void part.terminate();
    part = null;
    readRange(fd, half + cut, size, (bytes) => importer.push(bytes));
    return { ...importer.finish(), readers: 1 };
  } finally {
    closeSync(fd);
    if (part) void part.terminate();
  }
}

/**
 * The fingerprint of a file large enough to have been read by two threads, taken by the
 * part thread while this one goes on to the evaluation: the SHA-256 of the benchmark's
 * 358 MB takes 0.2-0.4 s of one core, and once the import is done the second core is free.
 * Null for a smaller file, whose fingerprint this thread takes as before. A part thread
 * that fails leaves the fingerprint to this thread, which then says why a file cannot be read.
 */
export function fingerprintApart(path: string, split: SplitOptions = {}): Promise<Fingerprint> | null {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return null;
  }
  if (!worthAPart(size, split)) return null;
  const part = takePart();
  return askPart(part, { fingerprint: path }).then((reply) => {
    if ('sha256' in reply) {
      keepPart(part);
      return reply;
    }
    void part.terminate();
    return fileFingerprint(path);
  });
}
