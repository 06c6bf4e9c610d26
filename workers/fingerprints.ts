// Each stored file's plain SHA-256, the fingerprint a vendor checks with `sha256sum`,
// taken after the file's import is stored so the import never waits for it. Files are
// hashed one at a time, and hashing pauses while an import runs: the import wants both
// cores, and the fingerprint is needed only once someone asks for a letter or a report.
// A large file's streamed hashing (a second or more) also pauses while an evaluation runs
// in any of the app's workers, and goes on only after a quiet moment once imports and
// evaluations have ended: the verdict that follows an import is asked for a moment after
// the file is stored, and drawn a moment after it is evaluated, and the user waits for
// both. A small file's takes a moment, and is usually recorded before that evaluation
// reads the datasets.
import type { Store } from '../src/storage';
import { hexOf } from '../src/storage/checksum';
import { fileChunks } from './file-chunks';

/**
 * Files up to this size go to WebCrypto in one call: native code, about one and a half times the
 * speed of hash-wasm's streaming SHA-256. Larger ones stream through hash-wasm, so the
 * worker's memory never holds a whole large file (WebCrypto has no streaming digest).
 */
export const ONE_CALL_BYTES = 64 << 20;

/** SHA-256 of the blob's bytes, lower-case hex; `idle` is awaited before the first chunk and after each. */
export async function fileSha256(
  blob: Blob,
  idle: () => Promise<void> = () => Promise.resolve(),
  oneCallBytes = ONE_CALL_BYTES,
): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle !== undefined && blob.size <= oneCallBytes) {
    await idle();
    return hexOf(new Uint8Array(await subtle.digest('SHA-256', await blob.arrayBuffer())));
  }
  const { createSHA256 } = await import('hash-wasm');
  const sha = await createSHA256();
  await idle();
  for await (const chunk of fileChunks(blob)) {
    sha.update(chunk);
    await idle();
  }
  return sha.digest('hex');
}

/** Where evaluations say they start and end, for hashing in every worker to hear. */
const EVALUATIONS_CHANNEL = 'sla-witness-evaluations';
/**
 * A running evaluation says so again this often, and holds hashing until this long after
 * it last did: one whose worker was stopped, and never says it ended, soon lets go.
 */
const EVALUATION_RENEW_MS = 1_000;
const EVALUATION_HOLD_MS = 3_000;
/**
 * How long streamed hashing stays paused after the last import or evaluation ended: longer
 * than the page takes to ask for the verdict after an import (0.05–0.15 s here) and to draw
 * the dashboard once evaluated (0.35–0.55 s on the 2-core bench machine).
 */
const QUIET_MS = 1_000;

/**
 * A task of its own between chunks. A worker that reads a file stream with only promise
 * jobs between chunks runs the channel's notices late, seen 0.1 s to over 1 s in
 * Chromium (or not until the file ends), by which time the evaluation they announce has
 * shared the cores with the hashing. A message to itself, not a timer: chained timers
 * are held to 4 ms each, half a second more over a 358 MB file.
 */
let taskChannel: { port: MessagePort; resumes: (() => void)[] } | null = null;
function nextTask(): Promise<void> {
  if (taskChannel === null) {
    const { port1, port2 } = new MessageChannel();
    const resumes: (() => void)[] = [];
    port1.onmessage = () => resumes.shift()?.();
    taskChannel = { port: port2, resumes };
  }
  const { port, resumes } = taskChannel;
  return new Promise((resolve) => {
    resumes.push(resolve);
    port.postMessage(null);
  });
}

interface EvaluationNotice {
  id: string;
  running: boolean;
}

const channel = (): BroadcastChannel | null =>
  typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(EVALUATIONS_CHANNEL);

let announcer: BroadcastChannel | null | undefined;
let announced = 0;

/** Runs an evaluation, saying to hashing in every worker that it runs until it ends. */
export async function whileEvaluating<T>(job: () => Promise<T>): Promise<T> {
  announcer ??= channel();
  const id = `${Math.random().toString(36).slice(2)}-${++announced}`;
  const say = (running: boolean) => announcer?.postMessage({ id, running } satisfies EvaluationNotice);
  say(true);
  const renew = setInterval(() => say(true), EVALUATION_RENEW_MS);
  try {
    return await job();
  } finally {
    clearInterval(renew);
    say(false);
  }
}

export class Fingerprints {
  private queue: Promise<void> = Promise.resolve();
  private importsRunning = 0;
  /** Evaluations running in any worker, each with the timer that gives up on it. */
  private readonly evaluations = new Map<string, ReturnType<typeof setTimeout>>();
  /** When the last import or evaluation ended (performance.now()). */
  private lastEnded = Number.NEGATIVE_INFINITY;
  /** The timer that looks again once the quiet moment after the last end is over. */
  private quietTimer: ReturnType<typeof setTimeout> | undefined;
  /** Hashing paused, each until no import runs and (for a streamed file) no evaluation, and quiet. */
  private waiting: { streamed: boolean; resume: () => void }[] = [];

  constructor(
    holdMs = EVALUATION_HOLD_MS,
    private readonly oneCallBytes = ONE_CALL_BYTES,
    private readonly quietMs = QUIET_MS,
  ) {
    const heard = channel();
    if (heard === null) return;
    heard.onmessage = (e: MessageEvent<EvaluationNotice>) => {
      const { id, running } = e.data;
      clearTimeout(this.evaluations.get(id));
      if (running)
        this.evaluations.set(
          id,
          setTimeout(() => this.ended(id), holdMs),
        );
      else this.ended(id);
    };
  }

  private ended(id: string): void {
    if (this.evaluations.delete(id)) this.lastEnded = performance.now();
    this.resumeIfFree();
  }

  /** Milliseconds a streamed file still waits: while anything runs, until it ends and is quiet. */
  private streamedWait(): number {
    if (this.importsRunning > 0 || this.evaluations.size > 0) return Number.POSITIVE_INFINITY;
    return Math.max(0, this.lastEnded + this.quietMs - performance.now());
  }

  private free(streamed: boolean): boolean {
    return streamed ? this.streamedWait() === 0 : this.importsRunning === 0;
  }

  private resumeIfFree(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const w of waiting)
      if (this.free(w.streamed)) w.resume();
      else this.waiting.push(w);
    clearTimeout(this.quietTimer);
    const wait = this.streamedWait();
    if (this.waiting.some((w) => w.streamed) && Number.isFinite(wait))
      this.quietTimer = setTimeout(() => this.resumeIfFree(), wait);
  }

  /** Settles once hashing may go on: no import runs, nor (`streamed`) any evaluation, and quiet. */
  private async until(streamed: boolean): Promise<void> {
    if (streamed) await nextTask();
    if (this.free(streamed)) return;
    await new Promise<void>((resume) => {
      this.waiting.push({ streamed, resume });
      this.resumeIfFree();
    });
  }

  /** Runs an import with hashing paused until it (and any other running import) ends. */
  async whileImporting<T>(job: () => Promise<T>): Promise<T> {
    this.importsRunning++;
    try {
      return await job();
    } finally {
      this.importsRunning--;
      this.lastEnded = performance.now();
      this.resumeIfFree();
    }
  }

  /**
   * Queues the file's SHA-256 for the dataset, which keeps one it already has. A file that
   * cannot be read any more (changed or removed on disk since it was dropped) leaves the
   * dataset without one, shown as not computed until the same file is dropped again.
   */
  add(store: Store, datasetId: number, file: Blob): void {
    this.queue = this.queue.then(async () => {
      try {
        if (!(await store.lacksSha256(datasetId))) return;
        const streamed = file.size > this.oneCallBytes;
        const sha256 = await fileSha256(file, () => this.until(streamed), this.oneCallBytes);
        await store.recordSha256(datasetId, sha256);
      } catch {
        // Nothing to report to: the import itself succeeded, and the row stays as it was.
      }
    });
  }

  /** Settles once every file queued so far is hashed. */
  settled(): Promise<void> {
    return this.queue;
  }
}

/**
 * The duplicate digest a dataset stored by an earlier version holds for these same bytes
 * (SHA-256 over block SHA-256s, 64 digits, where XXH3-128 is used now), found through the
 * plain SHA-256 recorded beside it. The file is hashed only when such a dataset of the same
 * size exists, so dropping again a file stored before is still recognised as a duplicate,
 * and replaces it on request.
 */
export async function earlierDigest(store: Store, contractId: number, file: Blob): Promise<string | null> {
  const earlier = (await store.listDatasets(contractId)).filter(
    (d) => d.checksum.length === 64 && d.size === file.size && d.sha256 !== undefined,
  );
  if (earlier.length === 0) return null;
  const sha256 = await fileSha256(file);
  return earlier.find((d) => d.sha256 === sha256)?.checksum ?? null;
}
