// One dropped file into storage: stream it through the importer (a large one with a part
// worker) while taking its checksum, then save the dataset in a single transaction (or
// report it as a duplicate). Tickets and obligation logs go their own, smaller way
// (records-job.ts).
import type { LoadOptions } from '../src/ingest/load';
import { MinuteReducer } from '../src/ingest/reduce';
import { FileChecksum, type Store } from '../src/storage';
import { earlierDigest } from './fingerprints';
import {
  failureOf,
  type ImportOptions,
  type ImportOutcome,
  type ImportProgress,
  type MinuteImportOptions,
} from './outcomes';
import { ProgressThrottle } from './progress';
import { importRecordFile } from './records-job';
import { importFileSplit } from './split-import';

export function importFile(
  store: Store,
  file: File,
  contractId: number,
  options: ImportOptions,
  onProgress?: (p: ImportProgress) => void,
): Promise<ImportOutcome> {
  return options.kind === 'tickets' || options.kind === 'obligations'
    ? importRecordFile(store, file, contractId, options, onProgress)
    : importMinuteFile(store, file, contractId, options, onProgress);
}

async function importMinuteFile(
  store: Store,
  file: File,
  contractId: number,
  options: MinuteImportOptions,
  onProgress?: (p: ImportProgress) => void,
): Promise<ImportOutcome> {
  const progress = new ProgressThrottle(onProgress, file.size);
  const reducer = new MinuteReducer(file.name);
  const loadOptions: LoadOptions = {
    kind: options.kind,
    sourceZone: options.sourceZone,
    columns: options.columns,
    where: options.where,
    whereNot: options.whereNot,
    ...(options.layout ? { layout: options.layout } : {}),
  };
  try {
    const fileSum = await FileChecksum.create();
    let rows = 0;
    const result = await importFileSplit(file, file.name, loadOptions, reducer, {
      checksum: fileSum,
      onProgress: (p) => {
        rows = p.rows;
        progress.report('reading', p.bytes, p.rows);
      },
    });
    rows = result.summary.rows;
    const summary = options.inputLayout ? { ...result.summary, layout: options.inputLayout } : result.summary;
    const checksum = (await earlierDigest(store, contractId, file)) ?? fileSum.hex();
    const minutes = reducer.finish();
    const saved = await store.saveImport(
      contractId,
      {
        dataset: {
          name: file.name,
          size: file.size,
          kind: options.kind,
          mapping: { ...options.columns },
          where: options.where ?? [],
          whereNot: options.whereNot ?? [],
          sourceZone: options.sourceZone,
          checksum,
          filteredRows: result.filteredRows,
        },
        minutes,
        checkTimes: (monitor, fromMs, toMs) => reducer.logBetween('probes', monitor, fromMs, toMs),
        exclusions: result.exclusions,
        summary,
      },
      { replace: options.replace ?? false, onWrite: () => progress.report('saving', file.size, rows) },
    );
    if (saved.status === 'duplicate') return { status: 'duplicate', datasetId: saved.datasetId, checksum };
    return {
      status: 'imported',
      datasetId: saved.datasetId,
      replacedDatasetId: saved.replacedDatasetId,
      checksum,
      summary,
      filteredRows: result.filteredRows,
      readers: result.readers,
    };
  } catch (e) {
    const failure = failureOf(e);
    if (failure) return { status: 'failed', error: failure };
    throw e;
  }
}
