// The page's only door to the import worker: starts it on first use, and on cancel
// terminates it at once (IndexedDB then aborts any open import transaction) and starts
// a fresh one on the next call.
import * as Comlink from 'comlink';
import { evaluationFromWire, type HeldMinutes } from '../../workers/evaluation-wire';
import type { ImportWorkerApi } from '../../workers/import.worker';
import type {
  EvaluateOutcome,
  ImportOptions,
  ImportOutcome,
  ImportProgress,
  WhatIfSwitches,
} from '../../workers/outcomes';
import type { Policy } from '../engine/policy';
import type { Holiday } from '../ingest/holiday-files';
import type { Sniff } from '../ingest/sniff';
import type { BundleConflictChoice, BundleOpenOutcome } from '../storage';
import { type Words, worded } from './shell/worded';

export type {
  EvaluateOutcome,
  ImportKind,
  ImportOptions,
  ImportOutcome,
  ImportProgress,
  JobFailure,
  WhatIfSwitches,
} from '../../workers/outcomes';

export interface ImportBridge {
  importFile(
    file: File,
    contractId: number,
    options: ImportOptions,
    hooks?: { onProgress?: (p: ImportProgress) => void; signal?: AbortSignal },
  ): Promise<ImportOutcome>;
  /**
   * The contract's evaluation from stored data, with its holidays resolved in the worker;
   * `whatIf` switches exclusion records and outages off.
   */
  evaluateContract(
    contractId: number,
    policy: Policy,
    asOf: string,
    hooks?: { whatIf?: WhatIfSwitches; signal?: AbortSignal },
  ): Promise<EvaluateOutcome>;
  /** A country's built-in public holidays, computed in the worker (where the rules are loaded). */
  builtInHolidays(country: string, fromYear: number, toYear: number): Promise<Holiday[]>;
  /**
   * Starts the worker, opens its database and loads the holiday rules of `holidayCountry`
   * (null: the contract keeps its own list), for an evaluation soon to come.
   */
  prepareEvaluation(holidayCountry: string | null): Promise<void>;
  /** Starts the worker, opens its database and loads the duplicate digest's code, for an import soon to come. */
  prepareImport(): Promise<void>;
  /** A dropped file's first look, read in the worker. */
  sniffFile(file: File): Promise<Sniff>;
  /** Reads, checks and stores a contract bundle in the worker; again with a choice after a conflict. */
  openBundle(file: File, onConflict?: BundleConflictChoice): Promise<BundleOpenOutcome>;
  /** Settles once every file stored so far has its SHA-256 recorded, or could not be read. */
  fingerprintsSettled(): Promise<void>;
  /** Terminates the worker now; calls still running reject with an AbortError. */
  stop(): void;
}

interface Running {
  worker: Worker;
  api: Comlink.Remote<ImportWorkerApi>;
  /** Rejecters of the calls in flight, so that stopping the worker settles them. */
  pending: Set<(error: Error) => void>;
  /** The per-minute arrays of the last evaluation this worker posted, kept for the next that reuses them. */
  minutes: HeldMinutes | null;
}

/** A cancellation, worded by the page in its own language. */
const abortError = (words: Words) => worded((english) => new DOMException(english, 'AbortError'), words);

export function createImportBridge(options: { storeName?: string } = {}): ImportBridge {
  let running: Running | null = null;

  function start(): Running {
    if (running) return running;
    const worker = new Worker(new URL('../../workers/import.worker.ts', import.meta.url), {
      type: 'module',
      name: 'sla-import',
    });
    const api = Comlink.wrap<ImportWorkerApi>(worker);
    if (options.storeName) void api.useStore(options.storeName);
    const started: Running = { worker, api, pending: new Set(), minutes: null };
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      // The browser's own words for the failure, when it gives any, stay as it wrote them.
      const failed: Words = event.message
        ? { key: 'wkFailed', params: { reason: event.message } }
        : { key: 'wkNotStarted' };
      stopRunning(
        started,
        worded((english) => new Error(english), failed),
      );
    });
    running = started;
    return started;
  }

  function stopRunning(r: Running, error: Error): void {
    if (running === r) running = null;
    r.api[Comlink.releaseProxy]();
    r.worker.terminate();
    for (const reject of r.pending) reject(error);
    r.pending.clear();
  }

  /**
   * Runs one call. An abort rejects it with `cancelled` at once and stops the worker;
   * other calls running in that worker then reject too, saying why.
   */
  function call<T>(
    cancelled: Words,
    signal: AbortSignal | undefined,
    run: (api: Comlink.Remote<ImportWorkerApi>, running: Running) => Promise<T>,
  ): Promise<T> {
    if (signal?.aborted) return Promise.reject(abortError(cancelled));
    const r = start();
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => {
        r.pending.delete(reject);
        reject(abortError(cancelled));
        stopRunning(r, abortError({ key: 'wkStoppedByOther' }));
      };
      const settle = () => {
        r.pending.delete(reject);
        signal?.removeEventListener('abort', onAbort);
      };
      r.pending.add(reject);
      signal?.addEventListener('abort', onAbort, { once: true });
      run(r.api, r).then(
        (value) => {
          settle();
          resolve(value);
        },
        (error: unknown) => {
          settle();
          reject(error);
        },
      );
    });
  }

  return {
    importFile(file, contractId, importOptions, hooks = {}) {
      const progress = hooks.onProgress && Comlink.proxy(hooks.onProgress);
      return call(
        { key: 'wkImportCancelled', params: { file: file.name } },
        hooks.signal,
        async (api): Promise<ImportOutcome> =>
          await api.importFile(file, contractId, importOptions, progress),
      );
    },
    evaluateContract(contractId, policy, asOf, hooks = {}) {
      return call(
        { key: 'wkEvalCancelled' },
        hooks.signal,
        async (api, running): Promise<EvaluateOutcome> => {
          // The arrays named here stay with this call until its answer, which may name them.
          const held = running.minutes;
          const outcome = await api.evaluateContract(
            contractId,
            policy,
            asOf,
            hooks.whatIf,
            held?.id ?? null,
          );
          if (outcome.status !== 'evaluated') return outcome;
          const read = evaluationFromWire(outcome.evaluation, held);
          running.minutes = read.held;
          return { ...outcome, evaluation: read.evaluation };
        },
      );
    },
    builtInHolidays(country, fromYear, toYear) {
      return call(
        { key: 'wkHolidaysStopped' },
        undefined,
        async (api): Promise<Holiday[]> => await api.builtInHolidays(country, fromYear, toYear),
      );
    },
    prepareEvaluation(holidayCountry) {
      return call(
        { key: 'wkNotReadied' },
        undefined,
        async (api) => await api.prepareEvaluation(holidayCountry),
      );
    },
    prepareImport() {
      return call({ key: 'wkNotReadied' }, undefined, async (api) => await api.prepareImport());
    },
    sniffFile(file) {
      return call(
        { key: 'wkReadCancelled', params: { file: file.name } },
        undefined,
        async (api): Promise<Sniff> => await api.sniffFile(file),
      );
    },
    openBundle(file, onConflict) {
      return call(
        { key: 'wkOpenCancelled', params: { file: file.name } },
        undefined,
        async (api): Promise<BundleOpenOutcome> => await api.openBundle(file, onConflict),
      );
    },
    fingerprintsSettled() {
      // The fingerprints are queued in the worker: without one running, none is queued, and
      // none is started only to say so.
      if (!running) return Promise.resolve();
      return call({ key: 'wkFingerprintsStopped' }, undefined, (api) => api.fingerprintsSettled());
    },
    stop() {
      if (running) stopRunning(running, abortError({ key: 'wkStopped' }));
    },
  };
}

/** The app's bridge to its one import worker, which starts on first use. */
export const importBridge: ImportBridge = createImportBridge();

/**
 * Evaluations run in a worker of their own: a long one never holds up an import, and one
 * that runs past its limit is stopped (with the worker) without touching an import.
 */
export const evaluationBridge: ImportBridge = createImportBridge();
