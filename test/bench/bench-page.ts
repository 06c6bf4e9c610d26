// The benchmark page: hands the File to the bench worker and watches the main thread
// (long tasks, frame gaps) while the worker imports. scripts/bench-chromium.ts drives it
// through `window.bench`.
import * as Comlink from 'comlink';
import type {
  BenchWorkerApi,
  IngestPath,
  IngestResult,
  Progress,
  RawReadResult,
  Sha256Result,
  Sha256Way,
} from './bench.worker';
import type { LaneLoop } from './lane-loop';
import type { Reevaluation } from './reeval';

export interface MainThreadWatch {
  /** Whether this Chromium reports 'longtask' entries at all. */
  longTaskSupported: boolean;
  /** The longest main-thread task (≥ 50 ms, the API's threshold) seen; 0 when there was none. */
  longestTaskMs: number;
  longTasks: number;
  /** The longest gap between animation frames (and from the last frame to the end). */
  longestFrameGapMs: number;
  frames: number;
  progressUpdates: number;
}

export interface BenchPageApi {
  ready(): Promise<string>;
  /** The file the measurements read: the input's, or the one `fetchFile` built. */
  fileInfo(): { name: string; size: number; source: 'input' | 'fetch' } | null;
  /** The fallback hand-over: the file served by the bench's Vite server, as fetch().blob(). */
  fetchFile(url: string, name: string): Promise<number>;
  rawRead(end: number | null, reader: 'own' | 'byob'): Promise<RawReadResult>;
  ingest(
    path: IngestPath,
    end: number | null,
    keep: boolean,
  ): Promise<IngestResult & { mainThread: MainThreadWatch }>;
  sha256(end: number | null, way: Sha256Way): Promise<Sha256Result>;
  laneLoop(): Promise<LaneLoop>;
  reevaluate(): Promise<Reevaluation>;
  drop(): Promise<void>;
}

declare global {
  interface Window {
    bench?: BenchPageApi;
  }
}

const worker = Comlink.wrap<BenchWorkerApi>(
  new Worker(new URL('./bench.worker.ts', import.meta.url), { type: 'module' }),
);
const input = document.querySelector<HTMLInputElement>('#file')!;
const bar = document.querySelector<HTMLProgressElement>('#progress')!;
const status = document.querySelector<HTMLOutputElement>('#status')!;
let fetched: File | null = null;

function currentFile(): { file: File; source: 'input' | 'fetch' } {
  const chosen = input.files?.[0];
  if (chosen) return { file: chosen, source: 'input' };
  if (fetched) return { file: fetched, source: 'fetch' };
  throw new Error('bench page: no file chosen');
}

/** Long tasks through PerformanceObserver, and frame gaps through requestAnimationFrame as a fallback. */
function watchMainThread(): { stop(): Omit<MainThreadWatch, 'progressUpdates'> } {
  const longTaskSupported = PerformanceObserver.supportedEntryTypes.includes('longtask');
  let longestTaskMs = 0;
  let longTasks = 0;
  const take = (entries: PerformanceEntryList) => {
    for (const e of entries) {
      longTasks++;
      longestTaskMs = Math.max(longestTaskMs, e.duration);
    }
  };
  const observer = longTaskSupported ? new PerformanceObserver((list) => take(list.getEntries())) : null;
  observer?.observe({ type: 'longtask' });
  let last = performance.now();
  let longestFrameGapMs = 0;
  let frames = 0;
  let handle = 0;
  const frame = (t: number) => {
    longestFrameGapMs = Math.max(longestFrameGapMs, t - last);
    last = t;
    frames++;
    handle = requestAnimationFrame(frame);
  };
  handle = requestAnimationFrame(frame);
  return {
    stop() {
      cancelAnimationFrame(handle);
      longestFrameGapMs = Math.max(longestFrameGapMs, performance.now() - last);
      if (observer) {
        take(observer.takeRecords());
        observer.disconnect();
      }
      return { longTaskSupported, longestTaskMs, longTasks, longestFrameGapMs, frames };
    },
  };
}

const api: BenchPageApi = {
  async ready() {
    const answer = await worker.ping();
    status.value = answer;
    return answer;
  },

  fileInfo() {
    const chosen = input.files?.[0];
    if (chosen) return { name: chosen.name, size: chosen.size, source: 'input' };
    if (fetched) return { name: fetched.name, size: fetched.size, source: 'fetch' };
    return null;
  },

  async fetchFile(url, name) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    fetched = new File([await response.blob()], name, { type: 'text/csv' });
    return fetched.size;
  },

  rawRead(end, reader) {
    return worker.rawRead(currentFile().file, end, reader);
  },

  async ingest(path, end, keep) {
    const { file } = currentFile();
    const total = end ?? file.size;
    let progressUpdates = 0;
    const onProgress = (p: Progress) => {
      progressUpdates++;
      bar.value = p.bytes / total;
      status.value = `${path}: ${p.rows.toLocaleString('en-US')} rows`;
    };
    const watch = watchMainThread();
    let result: IngestResult;
    let seen: ReturnType<typeof watch.stop>;
    try {
      result = await worker.ingest(file, path, end, keep, Comlink.proxy(onProgress));
    } finally {
      seen = watch.stop();
      status.value = 'idle';
    }
    return { ...result, mainThread: { ...seen, progressUpdates } };
  },

  sha256(end, way) {
    return worker.sha256(currentFile().file, end, way);
  },

  laneLoop() {
    return worker.laneLoop(currentFile().file);
  },

  reevaluate() {
    return worker.reevaluate();
  },

  drop() {
    return worker.drop();
  },
};

window.bench = api;
