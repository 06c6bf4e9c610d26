import { createReadStream, statSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright';
import { createServer, type Plugin, type ViteDevServer } from 'vite';
import type {
  IngestPath,
  IngestResult,
  RawReadResult,
  Sha256Result,
  Sha256Way,
} from '../test/bench/bench.worker';
import type { MainThreadWatch } from '../test/bench/bench-page';
import type { LaneLoop } from '../test/bench/lane-loop';
import type { Reevaluation } from '../test/bench/reeval';
import { chromiumLaunch } from '../test/support/chromium';
import { type Costed, chromiumRss, costed } from './bench-scale';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PAGE = '/test/bench/index.html';
/** Where the fallback hand-over fetches the probe file from the same Vite server. */
const FILE_URL = '/__bench/probe.csv';
const MB = 1e6;
const WARM_UP_BYTES = 8 * 1024 * 1024;
/** Our import's warm-up is long enough for the part worker to take the second half, so that it is loaded and compiled too. */
const SPLIT_WARM_UP_BYTES = 40 * 1024 * 1024;
const RSS_INTERVAL_MS = 100;
const IDLE_MS = 1000;
/** Interleaved rounds of the raw reads and our import (see benchChromium). */
const ROUNDS = 3;
/** The part of the file both SHA-256 ways are compared on: the most the app gives WebCrypto in one call. */
const SHA256_SAMPLE_BYTES = 64 * 1024 * 1024;

type IngestRun = Costed<IngestResult & { mainThread: MainThreadWatch }>;

export interface ChromiumBench {
  /** The faster of the two ways to read the file's stream below: the floor. */
  rawReadMBps: number;
  /** The stream's own chunks. */
  rawReadOwnMBps: number;
  /** Into one reused buffer (BYOB), as the import worker reads. */
  rawReadByobMBps: number;
  /** File → minutes in the worker: importChunks, then the reducer's hand-over. */
  ingestMBps: number;
  ingestRowsPerSec: number;
  /** importChunks alone, without the hand-over. */
  importOnlyMBps: number;
  /** The PapaParse path, file → minutes, measured as ingestMBps is. */
  papaparseMBps: number;
  /** Ours with the checksum the app stores with each dataset: what an import costs before IndexedDB. */
  appIngestMBps: number;
  /**
   * The same, then the file's SHA-256 as the app's fingerprints take it after an import
   * (workers/fingerprints.ts): file → minutes and SHA-256, before IndexedDB.
   */
  appSha256MBps: number;
  appSeconds: number;
  appSha256Seconds: number;
  /** The SHA-256 alone on the whole file, the way the app picks for its size. */
  sha256MBps: number;
  sha256Seconds: number;
  sha256Method: Sha256Result['method'];
  /** Both ways on the file's first SHA256_SAMPLE_BYTES: WebCrypto in one call, hash-wasm's streaming SHA-256. */
  sha256SampleBytes: number;
  sha256WebCryptoMBps: number;
  sha256StreamingMBps: number;
  /** The check lane's WebAssembly loop alone, on the file's first 64 MiB in the worker's memory (test/bench/lane-loop.ts). */
  laneLoopMBps: number;
  laneLoopRowsPerSec: number;
  /** Ours read by the import worker alone, without the part worker. */
  oneWorkerMBps: number;
  /** How many workers read the file in our fastest import and in the app's: 2 when the part's half was taken. */
  ingestReaders: 1 | 2;
  appReaders: 1 | 2;
  /** Median of 5 re-evaluations after a chooseReading switch (see test/bench/reeval.ts). */
  reevalMs: number;
  reevalFirstMs: number;
  reevalRunsMs: number[];
  /** Median of 5 re-evaluations after a down-code change (HTTP 503 down or not). */
  downCodesReevalMs: number;
  /**
   * CPU seconds all Chromium processes used during the fastest raw read (the floor) and
   * the fastest app import: reading a file costs the browser process and the renderer
   * CPU of their own, which an import on two cores shares them with.
   */
  rawReadCpuSeconds: number;
  rawReadSeconds: number;
  appCpuSeconds: number;
  /** The cores this machine has (os.availableParallelism). */
  cores: number;
  /** Summed RSS of every Chromium process, read from /proc every 100 ms: the peak over the whole run. */
  peakRssMB: number;
  /** The same sum with the page and its worker loaded and the file handed over, before any measurement. */
  idleRssMB: number;
  peakAboveIdleMB: number;
  ingestPeakRssMB: number;
  ingestAboveIdleMB: number;
  papaparsePeakRssMB: number;
  /**
   * The main thread's longest task during our ingest: PerformanceObserver 'longtask'
   * (which reports only tasks of 50 ms or more, so 0 means none), or the longest
   * animation-frame gap where 'longtask' is not supported.
   */
  longestTaskMs: number;
  longestTaskSource: 'longtask' | 'frame-gap';
  longTasks: number;
  longestFrameGapMs: number;
  papaparseLongestTaskMs: number;
  papaparseLongestFrameGapMs: number;
  /** How the File reached the page: Playwright's setInputFiles, or fetch().blob() from the Vite server. */
  fileHandOver: 'setInputFiles' | 'fetch';
  handOverMs: number;
  streamChunks: number;
  largestChunkKB: number;
  browser: string;
}

/** A free localhost port, for a server started with strictPort. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createNetServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

/** Serves the probe file itself, for the fetch().blob() hand-over. */
function probeFilePlugin(file: string): Plugin {
  return {
    name: 'sla-witness-bench-file',
    configureServer(server) {
      server.middlewares.use(FILE_URL, (_req, res) => {
        res.setHeader('Content-Type', 'text/csv');
        res.setHeader('Content-Length', String(statSync(file).size));
        createReadStream(file).pipe(res);
      });
    },
  };
}

async function startVite(file: string): Promise<{ server: ViteDevServer; origin: string }> {
  const port = await freePort();
  const server = await createServer({
    root: REPO,
    configFile: false,
    logLevel: 'warn',
    appType: 'mpa',
    // Its own dependency cache, so that the bench never re-optimises under the app's dev server or Vitest.
    cacheDir: join(REPO, 'node_modules/.vite-bench'),
    plugins: [probeFilePlugin(file)],
    worker: { format: 'es' },
    optimizeDeps: {
      entries: [PAGE.slice(1)],
      include: ['comlink', 'papaparse', 'hash-wasm', 'valibot', '@streamparser/json'],
    },
    server: { host: '127.0.0.1', port, strictPort: true, hmr: false, watch: null },
  });
  await server.listen();
  return { server, origin: `http://127.0.0.1:${port}` };
}

/**
 * The summed resident set of the Chromium processes: this process's children named
 * chromium and all their descendants, read from /proc every 100 ms. Shared pages count once per
 * process, which is why the idle baseline is reported too.
 */
class ChromiumRss {
  peak = 0;
  phasePeak = 0;
  last = 0;
  private samples: number[] = [];
  private readonly timer: ReturnType<typeof setInterval>;

  constructor() {
    this.timer = setInterval(() => this.sample(), RSS_INTERVAL_MS);
  }

  sample(): number {
    const total = chromiumRss();
    this.last = total;
    this.samples.push(total);
    this.peak = Math.max(this.peak, total);
    this.phasePeak = Math.max(this.phasePeak, total);
    return total;
  }

  /** Starts a phase of its own peak. */
  mark(): void {
    this.phasePeak = 0;
    this.sample();
  }

  /** The median over the next `ms`: the baseline while nothing runs. */
  async idle(ms: number): Promise<number> {
    this.samples = [];
    await new Promise((done) => setTimeout(done, ms));
    const s = [...this.samples].sort((a, b) => a - b);
    return s[s.length >> 1] ?? this.last;
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

/** The page's API, called with arguments as plain data (no closures cross over). */
const bench = (page: Page) => ({
  ready: () => page.evaluate(() => window.bench!.ready()),
  fileInfo: () => page.evaluate(() => window.bench!.fileInfo()),
  fetchFile: (url: string, name: string) =>
    page.evaluate(([u, n]) => window.bench!.fetchFile(u, n), [url, name] as const),
  rawRead: (end: number | null, reader: 'own' | 'byob') =>
    page.evaluate(([e, r]) => window.bench!.rawRead(e, r), [end, reader] as const),
  ingest: (path: IngestPath, end: number | null, keep: boolean) =>
    page.evaluate(([p, e, k]) => window.bench!.ingest(p, e, k), [path, end, keep] as const),
  sha256: (end: number | null, way: Sha256Way) =>
    page.evaluate(([e, w]) => window.bench!.sha256(e, w), [end, way] as const),
  laneLoop: () => page.evaluate(() => window.bench!.laneLoop()),
  reevaluate: () => page.evaluate(() => window.bench!.reevaluate()),
  drop: () => page.evaluate(() => window.bench!.drop()),
});

type PageBench = ReturnType<typeof bench>;

// Keeps the page's declared API and the driver in step.

/**
 * The real File through setInputFiles; served by Vite and fetched as a blob if that fails
 * (or when SLA_BENCH_HANDOVER=fetch asks for it, to try that path).
 */
async function handOver(page: Page, api: PageBench, file: string, bytes: number) {
  const t0 = performance.now();
  if (process.env.SLA_BENCH_HANDOVER !== 'fetch')
    try {
      await page.setInputFiles('#file', file);
      const info = await api.fileInfo();
      if (info?.source !== 'input' || info.size !== bytes)
        throw new Error(`the page saw ${JSON.stringify(info)}, expected ${bytes} bytes`);
      return { how: 'setInputFiles' as const, ms: performance.now() - t0 };
    } catch (e) {
      process.stderr.write(`setInputFiles did not hand the file over (${String(e)}); fetching it instead\n`);
    }
  const t1 = performance.now();
  const size = await api.fetchFile(FILE_URL, basename(file));
  if (size !== bytes) throw new Error(`fetch handed over ${size} bytes, expected ${bytes}`);
  return { how: 'fetch' as const, ms: performance.now() - t1 };
}

const watchFigure = (w: MainThreadWatch) => (w.longTaskSupported ? w.longestTaskMs : w.longestFrameGapMs);

export async function benchChromium(file: string): Promise<ChromiumBench> {
  const bytes = statSync(file).size;
  const mb = bytes / MB;
  const { server, origin } = await startVite(file);
  let browser: Browser | null = null;
  const rss = new ChromiumRss();
  const problems: string[] = [];
  try {
    browser = await chromium.launch(chromiumLaunch);
    const page = await browser.newPage();
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    await page.goto(`${origin}${PAGE}`);
    await page.waitForFunction(() => window.bench !== undefined);
    const api = bench(page);
    await api.ready();
    const handed = await handOver(page, api, file, bytes);

    const idle = await rss.idle(IDLE_MS);
    rss.peak = idle;

    // Unmeasured warm-ups on the first 8 MiB (40 for ours), so that every measurement runs compiled code.
    await api.rawRead(WARM_UP_BYTES, 'own');
    await api.rawRead(WARM_UP_BYTES, 'byob');
    await api.ingest('ours', Math.min(bytes, SPLIT_WARM_UP_BYTES), false);
    await api.ingest('app', Math.min(bytes, SPLIT_WARM_UP_BYTES), false);
    await api.sha256(WARM_UP_BYTES, 'webcrypto');
    await api.sha256(WARM_UP_BYTES, 'streaming');
    await api.ingest('papaparse', WARM_UP_BYTES, false);

    // The floor, our import and the app's (with and without the SHA-256 that follows it), and the lane's loop alone,
    // are measured in interleaved rounds and each taken at its best: on a shared machine
    // whose speed drifts by half within a minute, one run of each, seconds apart, compares
    // moments rather than readers. The main thread is taken at its worst over the rounds; memory and re-evaluation in the first (later rounds'
    // resident sets still hold what the collector has not yet taken back).
    let rawOwn: Costed<RawReadResult> | null = null;
    let rawByob: Costed<RawReadResult> | null = null;
    let ours: IngestRun | null = null;
    let alone: IngestRun | null = null;
    let app: IngestRun | null = null;
    let appSha256: IngestRun | null = null;
    let sha256: Sha256Result | null = null;
    let sampleWebCrypto: Sha256Result | null = null;
    let sampleStreaming: Sha256Result | null = null;
    let loop: LaneLoop | null = null;
    let ingestPeak = 0;
    let longest: MainThreadWatch | null = null;
    let reeval: Reevaluation | null = null;
    const faster = <T>(best: T | null, run: T, seconds: (r: T) => number) =>
      best === null || seconds(run) < seconds(best) ? run : best;
    const read = (r: RawReadResult) => r.seconds;
    const ingest = (r: IngestRun) => r.totalSeconds;
    const fingerprinted = (r: IngestRun) => r.totalSeconds + (r.sha256Seconds ?? 0);
    const hashed = (r: Sha256Result) => r.seconds;
    const sampleEnd = Math.min(bytes, SHA256_SAMPLE_BYTES);
    for (let round = 0; round < ROUNDS; round++) {
      const own = await costed(() => api.rawRead(null, 'own'));
      const byob = await costed(() => api.rawRead(null, 'byob'));
      for (const raw of [own, byob])
        if (raw.bytes !== bytes) throw new Error(`raw read saw ${raw.bytes} bytes, expected ${bytes}`);
      rawOwn = faster(rawOwn, own, read);
      rawByob = faster(rawByob, byob, read);
      rss.mark();
      const run = await costed(() => api.ingest('ours', null, round === 0));
      rss.sample();
      if (round === 0) ingestPeak = rss.phasePeak;
      if (longest === null || watchFigure(run.mainThread) > watchFigure(longest)) longest = run.mainThread;
      if (round === 0) {
        reeval = await api.reevaluate();
        await api.drop();
      }
      ours = faster(ours, run, ingest);
      alone = faster(alone, await costed(() => api.ingest('one-worker', null, false)), ingest);
      // The app's import without and with the SHA-256 that follows it, and that SHA-256 alone.
      app = faster(app, await costed(() => api.ingest('app', null, false)), ingest);
      appSha256 = faster(appSha256, await costed(() => api.ingest('app-sha256', null, false)), fingerprinted);
      sha256 = faster(sha256, await api.sha256(null, 'app'), hashed);
      sampleWebCrypto = faster(sampleWebCrypto, await api.sha256(sampleEnd, 'webcrypto'), hashed);
      sampleStreaming = faster(sampleStreaming, await api.sha256(sampleEnd, 'streaming'), hashed);
      loop = faster(loop, await api.laneLoop(), (r) => r.seconds);
    }
    if (
      !rawOwn ||
      !rawByob ||
      !ours ||
      !alone ||
      !app ||
      !appSha256 ||
      !sha256 ||
      !sampleWebCrypto ||
      !sampleStreaming ||
      !loop ||
      !longest ||
      !reeval
    )
      throw new Error('bench: no rounds ran');
    if (sha256.bytes !== bytes) throw new Error(`the SHA-256 read ${sha256.bytes} bytes, expected ${bytes}`);
    if (sampleWebCrypto.sha256 !== sampleStreaming.sha256)
      throw new Error(
        'WebCrypto and the streaming SHA-256 of hash-wasm gave different digests of the same bytes',
      );

    rss.mark();
    const papa = await api.ingest('papaparse', null, false);
    rss.sample();
    const papaPeak = rss.phasePeak;
    for (const other of [papa, app, appSha256, alone])
      if (other.rows !== ours.rows) throw new Error(`the paths read ${ours.rows} and ${other.rows} rows`);

    const w = longest;
    const floor = rawOwn.seconds < rawByob.seconds ? rawOwn : rawByob;
    return {
      rawReadMBps: mb / Math.min(rawOwn.seconds, rawByob.seconds),
      rawReadOwnMBps: mb / rawOwn.seconds,
      rawReadByobMBps: mb / rawByob.seconds,
      ingestMBps: mb / ours.totalSeconds,
      ingestRowsPerSec: ours.rows / ours.totalSeconds,
      importOnlyMBps: mb / ours.importSeconds,
      papaparseMBps: mb / papa.totalSeconds,
      appIngestMBps: mb / app.totalSeconds,
      appSha256MBps: mb / fingerprinted(appSha256),
      appSeconds: app.totalSeconds,
      appSha256Seconds: fingerprinted(appSha256),
      sha256MBps: mb / sha256.seconds,
      sha256Seconds: sha256.seconds,
      sha256Method: sha256.method,
      sha256SampleBytes: sampleEnd,
      sha256WebCryptoMBps: sampleEnd / MB / sampleWebCrypto.seconds,
      sha256StreamingMBps: sampleEnd / MB / sampleStreaming.seconds,
      laneLoopMBps: loop.bytes / MB / loop.seconds,
      laneLoopRowsPerSec: loop.rows / loop.seconds,
      oneWorkerMBps: mb / alone.totalSeconds,
      ingestReaders: ours.readers,
      appReaders: app.readers,
      reevalMs: reeval.reevalMs,
      reevalFirstMs: reeval.reevalFirstMs,
      reevalRunsMs: reeval.reevalRunsMs,
      downCodesReevalMs: reeval.downCodesReevalMs,
      peakRssMB: rss.peak / MB,
      idleRssMB: idle / MB,
      peakAboveIdleMB: (rss.peak - idle) / MB,
      ingestPeakRssMB: ingestPeak / MB,
      ingestAboveIdleMB: (ingestPeak - idle) / MB,
      papaparsePeakRssMB: papaPeak / MB,
      rawReadCpuSeconds: floor.cpuSeconds,
      rawReadSeconds: floor.seconds,
      appCpuSeconds: app.cpuSeconds,
      cores: availableParallelism(),
      longestTaskMs: watchFigure(w),
      longestTaskSource: w.longTaskSupported ? 'longtask' : 'frame-gap',
      longTasks: w.longTasks,
      longestFrameGapMs: w.longestFrameGapMs,
      papaparseLongestTaskMs: watchFigure(papa.mainThread),
      papaparseLongestFrameGapMs: papa.mainThread.longestFrameGapMs,
      fileHandOver: handed.how,
      handOverMs: handed.ms,
      streamChunks: rawByob.chunks,
      largestChunkKB: rawByob.largestChunk / 1024,
      browser: browser.version(),
    };
  } catch (e) {
    if (problems.length) throw new Error(`${String(e)}\n${problems.join('\n')}`);
    throw e;
  } finally {
    rss.stop();
    await browser?.close();
    await server.close();
  }
}

const fixed = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

export function chromiumTable(r: ChromiumBench): string {
  const row = (what: string, mbps: number, rowsPerSec = '') =>
    `  ${what.padEnd(34)}${fixed(mbps).padStart(8)}${rowsPerSec.padStart(14)}`;
  const task = (ms: number) =>
    r.longestTaskSource === 'longtask' && ms === 0 ? 'none ≥ 50 ms' : `${fixed(ms)} ms`;
  return [
    `  ${`Chromium ${r.browser}, worker`.padEnd(34)}${'MB/s'.padStart(8)}${'rows/s'.padStart(14)}   (all but PapaParse: best of ${ROUNDS} interleaved rounds)`,
    row('raw read, stream chunks', r.rawReadOwnMBps),
    row('raw read, into one buffer', r.rawReadByobMBps),
    row(`ingest, file → minutes (${r.ingestReaders} readers)`, r.ingestMBps, fixed(r.ingestRowsPerSec)),
    row('  of which import alone', r.importOnlyMBps),
    row('ours, one worker alone', r.oneWorkerMBps),
    row('WebAssembly loop alone (64 MiB)', r.laneLoopMBps, fixed(r.laneLoopRowsPerSec)),
    row('PapaParse path, file → minutes', r.papaparseMBps),
    row(`ours with its digest (the app, ${r.appReaders})`, r.appIngestMBps),
    row('  then SHA-256: file → SHA-256', r.appSha256MBps),
    row(`SHA-256 alone (${r.sha256Method})`, r.sha256MBps),
    row(`  first ${fixed(r.sha256SampleBytes / 2 ** 20)} MiB, WebCrypto`, r.sha256WebCryptoMBps),
    row(`  first ${fixed(r.sha256SampleBytes / 2 ** 20)} MiB, hash-wasm`, r.sha256StreamingMBps),
    `  ingest ÷ raw read (the faster) ${fixed(r.ingestMBps / r.rawReadMBps, 2)}×, ingest ÷ PapaParse ${fixed(r.ingestMBps / r.papaparseMBps, 1)}×`,
    `  the lane's WebAssembly loop alone (the file's first 64 MiB in memory, no row counted) ÷ raw read ${fixed(r.laneLoopMBps / r.rawReadMBps, 2)}×, ÷ one worker's ingest ${fixed(r.laneLoopMBps / r.oneWorkerMBps, 2)}×`,
    `  the app's import ${fixed(r.appSeconds, 2)} s (${fixed(r.appIngestMBps / r.rawReadMBps, 2)}× raw read); with its SHA-256 ${fixed(r.appSha256Seconds, 2)} s (${fixed(r.appSha256MBps / r.rawReadMBps, 2)}×); the SHA-256 alone ${fixed(r.sha256Seconds, 2)} s`,
    `  CPU (all Chromium processes): the raw read ${fixed(r.rawReadCpuSeconds, 2)} s in ${fixed(r.rawReadSeconds, 2)} s (${fixed(r.rawReadCpuSeconds / r.rawReadSeconds, 1)} of ${r.cores} cores), the app's import ${fixed(r.appCpuSeconds, 2)} s in ${fixed(r.appSeconds, 2)} s (${fixed(r.appCpuSeconds / r.appSeconds, 1)}); that much work on ${r.cores} cores takes at least ${fixed(r.appCpuSeconds / r.cores, 2)} s, at most ${fixed((r.rawReadSeconds * r.cores) / r.appCpuSeconds, 2)}× the raw read`,
    `  re-evaluation (clarus-lis, timezone switched) ${fixed(r.reevalMs, 1)} ms, median of 5; first evaluation ${fixed(r.reevalFirstMs, 1)} ms`,
    `  re-evaluation after a down-code change (HTTP 503 down or not) ${fixed(r.downCodesReevalMs, 1)} ms, median of 5`,
    `  peak RSS (all Chromium processes) ${fixed(r.peakRssMB)} MB, ${fixed(r.peakAboveIdleMB)} MB above idle (${fixed(r.idleRssMB)} MB); during our ingest ${fixed(r.ingestPeakRssMB)} MB, ${fixed(r.ingestAboveIdleMB)} MB above idle; PapaParse ${fixed(r.papaparsePeakRssMB)} MB`,
    `  main thread during our ingest: longest task ${task(r.longestTaskMs)} (${r.longestTaskSource}), longest frame gap ${fixed(r.longestFrameGapMs)} ms; during PapaParse: ${task(r.papaparseLongestTaskMs)}, frame gap ${fixed(r.papaparseLongestFrameGapMs)} ms`,
    `  file handed over by ${r.fileHandOver} in ${fixed(r.handOverMs)} ms; read into one buffer in ${fixed(r.streamChunks)} chunks, largest ${fixed(r.largestChunkKB)} KiB`,
  ].join('\n');
}

async function main(argv: string[]): Promise<void> {
  const file = argv.find((a) => !a.startsWith('--'));
  if (!file) throw new Error('usage: tsx scripts/bench-chromium.ts FILE [--json]');
  const r = await benchChromium(file);
  process.stdout.write(
    argv.includes('--json') ? `${JSON.stringify({ chromium: r })}\n` : `${chromiumTable(r)}\n`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main(process.argv.slice(2));
