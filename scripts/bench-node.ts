// The Node half of the import benchmark (never part of `npm test`): how our importer's
// speed and memory compare with reading the bytes at all and with the PapaParse path.
// Usage: tsx scripts/bench-node.ts FILE [--json]
import { closeSync, createReadStream, openSync, readSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { importFileSplit } from '../src/cli/split-import';
import { type ImportTuning, importChunks } from '../src/ingest/importer';
import { MinuteReducer } from '../src/ingest/reduce';
import { LF } from '../src/ingest/scan-bytes';
import { LANE_LOOP_BYTES, laneLoop } from '../test/bench/lane-loop';

const CHUNK_BYTES = 1 << 20;
/** Figures are in MB of 10^6 bytes. */
const MB = 1e6;

export interface NodeBench {
  rawReadMBps: number;
  /** File → minutes: importChunks, then the reducer's hand-over to the engine. */
  ingestMBps: number;
  ingestRowsPerSec: number;
  /** importChunks alone, without the hand-over (sorting check times, median gaps). */
  importOnlyMBps: number;
  /** The command line's ingest: two threads (split-import.ts), then the hand-over. */
  cliIngestMBps: number;
  cliIngestRowsPerSec: number;
  /** How many threads read the file (2 unless it could not be cut). */
  cliReaders: number;
  /** The check lane's WebAssembly loop alone on the file's first 64 MiB in memory (test/bench/lane-loop.ts). */
  laneLoopMBps: number;
  laneLoopRowsPerSec: number;
  /** The PapaParse path, file → minutes, measured as ingestMBps is. */
  papaparseMBps: number;
  peakRssMB: number;
  ingestPeakRssMB: number;
  /** How far our ingest raised the resident set above where it stood before it. */
  ingestRssGrowthMB: number;
}

/** Samples the resident set every 50 ms; `peak` since the last `reset`. */
class RssSampler {
  peak = 0;
  private readonly timer: ReturnType<typeof setInterval>;

  constructor() {
    this.sample();
    this.timer = setInterval(() => this.sample(), 50);
  }

  sample(): void {
    this.peak = Math.max(this.peak, process.memoryUsage().rss);
  }

  reset(): void {
    this.peak = 0;
    this.sample();
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

/** Bytes each path reads once, unmeasured, so that every measurement runs compiled code. */
const WARM_UP_BYTES = 8 * 1024 * 1024;

const stream = (file: string, end = Number.POSITIVE_INFINITY) =>
  createReadStream(file, { highWaterMark: CHUNK_BYTES, end });

/** Reads every byte through the same stream the importer gets, touching each chunk. */
async function rawRead(file: string, end?: number): Promise<number> {
  let touch = 0;
  for await (const chunk of stream(file, end) as AsyncIterable<Buffer>)
    for (let i = 0; i < chunk.length; i += 4096) touch ^= chunk[i]!;
  return touch;
}

/** Seconds for importChunks and for the hand-over, and the rows read. */
async function ingest(file: string, tuning: ImportTuning, rss: RssSampler, end?: number) {
  const reducer = new MinuteReducer();
  const t0 = performance.now();
  const result = await importChunks(
    file,
    stream(file, end),
    {
      kind: 'probes',
      sourceZone: 'UTC',
    },
    reducer,
    tuning,
  );
  const t1 = performance.now();
  rss.sample();
  reducer.finish();
  const t2 = performance.now();
  rss.sample();
  return { rows: result.summary.rows, importSeconds: (t1 - t0) / 1000, totalSeconds: (t2 - t0) / 1000 };
}

const PROBES = {
  kind: 'probes',
  sourceZone: 'UTC',
} as const;

/** The command line's two-thread ingest, timed as `ingest` is; `minSplitBytes` 0 splits any file (warm-up). */
async function cliIngest(file: string, rss: RssSampler, minSplitBytes?: number) {
  const reducer = new MinuteReducer();
  const t0 = performance.now();
  const result = await importFileSplit(file, file, { ...PROBES }, reducer, { minSplitBytes });
  rss.sample();
  reducer.finish();
  const seconds = (performance.now() - t0) / 1000;
  rss.sample();
  return { rows: result.summary.rows, readers: result.readers, seconds };
}

/** The file's first bytes, read into memory. */
function headOf(file: string, bytes: number): Uint8Array {
  const fd = openSync(file, 'r');
  try {
    const head = new Uint8Array(bytes);
    return head.subarray(0, readSync(fd, head, 0, bytes, 0));
  } finally {
    closeSync(fd);
  }
}

/** The file's first bytes up to a line end, as a small file of its own (for warm-ups). */
function headFile(file: string, bytes: number): string {
  const head = headOf(file, bytes);
  const path = join(tmpdir(), `sla-witness-bench-head-${bytes}.csv`);
  writeFileSync(path, head.subarray(0, head.lastIndexOf(LF) + 1));
  return path;
}

/**
 * One run on one file: raw read, then our ingest, then the PapaParse path, each after
 * an unmeasured warm-up on the file's first 8 MiB; the resident set sampled throughout.
 */
export async function benchNode(file: string): Promise<NodeBench> {
  const mb = statSync(file).size / MB;
  const rss = new RssSampler();
  try {
    await rawRead(file, WARM_UP_BYTES);
    await ingest(file, {}, rss, WARM_UP_BYTES);
    await ingest(file, { parser: 'papaparse' }, rss, WARM_UP_BYTES);
    // Loads the part thread and compiles its code; the measured run reuses it, as a run
    // with several large files does.
    await cliIngest(headFile(file, WARM_UP_BYTES), rss, 0);
    const t0 = performance.now();
    await rawRead(file);
    const rawSeconds = (performance.now() - t0) / 1000;
    const loop = laneLoop(headOf(file, LANE_LOOP_BYTES));
    rss.reset();
    const before = rss.peak;
    const ours = await ingest(file, {}, rss);
    const ingestPeak = rss.peak;
    const cli = await cliIngest(file, rss);
    if (cli.rows !== ours.rows) throw new Error(`one and two readers read ${ours.rows} and ${cli.rows} rows`);
    const papa = await ingest(file, { parser: 'papaparse' }, rss);
    if (papa.rows !== ours.rows) throw new Error(`the two paths read ${ours.rows} and ${papa.rows} rows`);
    return {
      rawReadMBps: mb / rawSeconds,
      ingestMBps: mb / ours.totalSeconds,
      ingestRowsPerSec: ours.rows / ours.totalSeconds,
      importOnlyMBps: mb / ours.importSeconds,
      cliIngestMBps: mb / cli.seconds,
      cliIngestRowsPerSec: cli.rows / cli.seconds,
      cliReaders: cli.readers,
      laneLoopMBps: loop.bytes / MB / loop.seconds,
      laneLoopRowsPerSec: loop.rows / loop.seconds,
      papaparseMBps: mb / papa.totalSeconds,
      peakRssMB: Math.max(rss.peak, ingestPeak) / MB,
      ingestPeakRssMB: ingestPeak / MB,
      ingestRssGrowthMB: (ingestPeak - before) / MB,
    };
  } finally {
    rss.stop();
  }
}

const fixed = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

export function nodeTable(r: NodeBench): string {
  const row = (what: string, mbps: number, rowsPerSec = '') =>
    `  ${what.padEnd(30)}${fixed(mbps).padStart(8)}${rowsPerSec.padStart(14)}`;
  return [
    `  ${'Node'.padEnd(30)}${'MB/s'.padStart(8)}${'rows/s'.padStart(14)}`,
    row('raw read (1 MiB stream chunks)', r.rawReadMBps),
    row('ingest, file → minutes', r.ingestMBps, fixed(r.ingestRowsPerSec)),
    row('  of which import alone', r.importOnlyMBps),
    row(`command line's ingest, ${r.cliReaders} threads`, r.cliIngestMBps, fixed(r.cliIngestRowsPerSec)),
    row('WebAssembly loop alone', r.laneLoopMBps, fixed(r.laneLoopRowsPerSec)),
    row('PapaParse path, file → minutes', r.papaparseMBps),
    `  ingest ÷ raw read ${fixed(r.ingestMBps / r.rawReadMBps, 2)}×, ingest ÷ PapaParse ${fixed(r.ingestMBps / r.papaparseMBps, 1)}×`,
    `  command line's ingest ÷ raw read ${fixed(r.cliIngestMBps / r.rawReadMBps, 2)}×, ÷ one reader ${fixed(r.cliIngestMBps / r.ingestMBps, 2)}×`,
    `  the lane's WebAssembly loop alone (the first 64 MiB in memory, no row counted) ÷ raw read ${fixed(r.laneLoopMBps / r.rawReadMBps, 2)}×, ÷ one reader's ingest ${fixed(r.laneLoopMBps / r.ingestMBps, 2)}×`,
    `  peak RSS ${fixed(r.peakRssMB)} MB; during our ingest ${fixed(r.ingestPeakRssMB)} MB, ${fixed(r.ingestRssGrowthMB)} MB above where it stood`,
  ].join('\n');
}

async function main(argv: string[]): Promise<void> {
  const file = argv.find((a) => !a.startsWith('--'));
  if (!file) throw new Error('usage: tsx scripts/bench-node.ts FILE [--json]');
  const r = await benchNode(file);
  process.stdout.write(argv.includes('--json') ? `${JSON.stringify({ node: r })}\n` : `${nodeTable(r)}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main(process.argv.slice(2));
