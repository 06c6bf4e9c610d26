// A support-ticket file or an obligation log into storage: small files, read whole, checked
// by the shared ingest code exactly as the command line reads them, then saved in one transaction.
import { InputError } from '../src/ingest/load';
import { loadObligations } from '../src/ingest/obligations';
import { loadTickets } from '../src/ingest/tickets';
import { MAX_WHOLE_FILE_BYTES, tooLargeToRead } from '../src/ingest/whole-files';
import { FileChecksum, type SaveOutcome, type Store } from '../src/storage';
import { earlierDigest } from './fingerprints';
import {
  failureOf,
  type ImportOutcome,
  type ImportProgress,
  type ObligationImportOptions,
  type TicketImportOptions,
} from './outcomes';
import { ProgressThrottle } from './progress';

const fileName = (name: string) => name.split(/[\\/]/).pop() ?? name;

export async function importRecordFile(
  store: Store,
  file: File,
  contractId: number,
  options: TicketImportOptions | ObligationImportOptions,
  onProgress?: (p: ImportProgress) => void,
): Promise<ImportOutcome> {
  const progress = new ProgressThrottle(onProgress, file.size);
  try {
    if (file.size > MAX_WHOLE_FILE_BYTES)
      throw new InputError(
        file.name,
        null,
        tooLargeToRead(options.kind === 'tickets' ? 'tickets file' : 'obligation log', file.size),
      );
    progress.report('reading', 0, 0);
    const bytes = new Uint8Array(await file.arrayBuffer());
    const fileSum = await FileChecksum.create();
    fileSum.update(bytes);
    const checksum = (await earlierDigest(store, contractId, file)) ?? fileSum.hex();
    const common = {
      name: file.name,
      size: file.size,
      checksum,
      sourceZone: options.sourceZone,
    };
    const save = { replace: options.replace ?? false };
    const layout = options.inputLayout ? { layout: options.inputLayout } : {};
    let saved: SaveOutcome;
    let summary: ReturnType<typeof loadTickets>['summary'];
    if (options.kind === 'tickets') {
      const loaded = loadTickets(
        file.name,
        bytes,
        options.sourceZone,
        options.severityMap ?? {},
        options.columns ?? {},
      );
      summary = { ...loaded.summary, ...layout };
      progress.report('saving', file.size, summary.rows);
      saved = await store.saveTickets(contractId, { ...common, tickets: loaded.tickets, summary }, save);
    } else {
      // Any row naming an obligation the contract lacks throws: the file is refused whole.
      const entries = loadObligations(
        file.name,
        bytes,
        options.sourceZone,
        options.obligations,
        options.columns ?? {},
      );
      if (entries.length === 0) throw new InputError(file.name, null, 'no usable rows (header only)');
      // The command line's summary of an obligation log: every row is used or the file is refused.
      summary = {
        name: fileName(file.name),
        kind: 'obligations',
        rows: entries.length,
        skippedRows: 0,
        monitors: [],
        skipped: [],
        ...layout,
      };
      progress.report('saving', file.size, summary.rows);
      saved = await store.saveObligationEntries(contractId, { ...common, entries, summary }, save);
    }
    if (saved.status === 'duplicate') return { status: 'duplicate', datasetId: saved.datasetId, checksum };
    return {
      status: 'imported',
      datasetId: saved.datasetId,
      replacedDatasetId: saved.replacedDatasetId,
      checksum,
      summary,
      filteredRows: 0,
      readers: 1,
    };
  } catch (e) {
    const failure = failureOf(e);
    if (failure) return { status: 'failed', error: failure };
    throw e;
  }
}
