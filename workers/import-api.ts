// The import worker's API as one object, built over a way to open the store (the real
// database in the app; a test can hand in one that misbehaves).
import * as Comlink from 'comlink';
import { EvaluationCache } from '../src/engine/cache';
import type { Holiday } from '../src/ingest/holiday-files';
import { type Sniff, sniffFile } from '../src/ingest/sniff';
import {
  type BundleConflictChoice,
  type BundleOpenOutcome,
  DEFAULT_STORE_NAME,
  FileChecksum,
  openBundleFile,
  type Store,
} from '../src/storage';
import { evaluateContract } from './evaluate-job';
import { type EvaluateOutcomeOnWire, evaluationOnWire, PostedMinutes } from './evaluation-wire';
import { Fingerprints, whileEvaluating } from './fingerprints';
import { importFile } from './import-job';
import type { ImportOptions, ImportOutcome, ImportProgress, WhatIfSwitches } from './outcomes';
import { readyPartWorker } from './split-import';

export function createImportApi(open: (name: string) => Promise<Store>) {
  // Series memoised between evaluations of the stored inputs, which the store keeps as
  // the same objects while they are unchanged; it goes with the worker.
  const cache = new EvaluationCache();
  // The per-minute arrays posted to the page, which it keeps for later evaluations that reuse them.
  const postedMinutes = new PostedMinutes();
  // Each stored file's plain SHA-256, taken after its import; it goes with the worker.
  const fingerprints = new Fingerprints();
  let storeName = DEFAULT_STORE_NAME;
  let store: Promise<Store> | null = null;
  const openedStore = () => {
    store ??= open(storeName);
    return store;
  };
  // The digest's code, loaded once: the sample data and each file added ask for it.
  let checksumReady: Promise<unknown> | null = null;

  return {
    /** Which database later calls use (tests use their own); call before any other. */
    useStore(name: string): void {
      if (name === storeName) return;
      void store?.then((s) => s.close());
      storeName = name;
      store = null;
    },

    /** Stores one file as a dataset: streamed into minutes, or (tickets, obligation logs) read whole. */
    async importFile(
      file: File,
      contractId: number,
      options: ImportOptions,
      onProgress?: (p: ImportProgress) => void,
    ): Promise<ImportOutcome> {
      // A progress update lost in transit (the page released the callback) is not an import failure.
      const send = onProgress && ((p: ImportProgress) => void Promise.resolve(onProgress(p)).catch(() => {}));
      const opened = await openedStore();
      const outcome = await fingerprints.whileImporting(() =>
        importFile(opened, file, contractId, options, send),
      );
      // A duplicate stored before fingerprints were kept gets its own from the file dropped again.
      if (outcome.status !== 'failed') fingerprints.add(opened, outcome.datasetId, file);
      return outcome;
    },

    /** Settles once every stored file queued so far has its SHA-256 recorded (or could not be read). */
    fingerprintsSettled(): Promise<void> {
      return fingerprints.settled();
    },

    /**
     * A country's built-in public holidays, for the page's calendar editor: the rules load
     * here, where evaluations load them anyway, and never on the page as well.
     */
    async builtInHolidays(country: string, fromYear: number, toYear: number): Promise<Holiday[]> {
      const { builtInHolidays } = await import('../src/ingest/country-holidays');
      return builtInHolidays(country, fromYear, toYear);
    },

    /**
     * Readies this worker for an evaluation about to be asked (an import under way ends in
     * one): the database opened, and the holiday parser and the rules of the country whose
     * calendar the evaluation will use loaded while the file is read, rather than after it,
     * when the user waits for the verdict.
     */
    async prepareEvaluation(holidayCountry: string | null): Promise<void> {
      await Promise.all([
        openedStore(),
        holidayCountry === null
          ? null
          : import('../src/ingest/country-holidays').then((m) => m.holidayRules(holidayCountry)),
      ]);
    },

    /**
     * Readies this worker for an import about to be asked: the database opened and the
     * duplicate digest's code loaded while the files are still on their way or reviewed.
     */
    async prepareImport(): Promise<void> {
      checksumReady ??= FileChecksum.create().catch((e: unknown) => {
        checksumReady = null;
        throw e;
      });
      await Promise.all([openedStore(), checksumReady]);
    },

    /** A dropped file's first look (kind, layout, columns, zone), read here, off the page's thread. */
    sniffFile(file: File): Promise<Sniff> {
      // A file large enough for two readers will be imported with them: the second starts loading now.
      readyPartWorker(file.size);
      return sniffFile(file);
    },

    /** Reads, checks and stores a contract bundle file here, off the page's thread. */
    async openBundle(file: File, onConflict?: BundleConflictChoice): Promise<BundleOpenOutcome> {
      return openBundleFile(await openedStore(), file, onConflict);
    },

    /**
     * The contract's evaluation as posted; `pageHolds` names the per-minute arrays the page
     * holds from an earlier one, which are then not posted again if they are unchanged.
     */
    async evaluateContract(
      contractId: number,
      policy: unknown,
      asOf: string,
      whatIf?: WhatIfSwitches,
      pageHolds: number | null = null,
    ): Promise<EvaluateOutcomeOnWire> {
      const outcome = await whileEvaluating(async () =>
        evaluateContract(await openedStore(), contractId, policy, asOf, whatIf, cache),
      );
      if (outcome.status !== 'evaluated') return outcome;
      const { wire, moved } = evaluationOnWire(outcome.evaluation, postedMinutes, pageHolds);
      return Comlink.transfer({ ...outcome, evaluation: wire }, moved);
    },
  };
}
