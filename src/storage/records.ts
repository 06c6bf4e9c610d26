// Support tickets and obligation events as stored datasets: a file's records and its
// dataset row in one transaction, duplicates found by checksum like any other import.
import type { ObligationEntry } from '../engine/obligations';
import type { InputSummary } from '../engine/observations';
import type { TicketRecord } from '../engine/tickets';
import type { SlaDatabase } from './database';
import { recordBytesOf } from './dataset-rows';
import { StorageError, storageErrorOf } from './errors';
import { ensureRoom, type Room } from './room';
import type { DatasetRow, ObligationEntryRow, TicketRow } from './rows';
import { findByChecksum, removeDataset, SAVE_TABLES, type SaveOptions, type SaveOutcome } from './save';

/** What is known about a record file beyond its records. */
interface RecordFile {
  /** The file name as dropped, with extension. */
  name: string;
  /** File size in bytes. */
  size: number;
  /** SHA-256 of the file's bytes, lower-case hex. */
  checksum: string;
  summary: InputSummary;
  /** Zone the file's times without an offset were read in; defaults to UTC. */
  sourceZone?: string;
  /** Defaults to now. */
  importedAt?: number;
}

export interface TicketsToSave extends RecordFile {
  tickets: readonly TicketRecord[];
}

export interface ObligationEntriesToSave extends RecordFile {
  entries: readonly ObligationEntry[];
}

export type RecordSaveOptions = Pick<SaveOptions, 'replace'>;

/** An obligation event entered by hand: where it came from defaults to "entered by hand", line 0. */
export type NewObligationEntry = Omit<ObligationEntry, 'source' | 'line'> &
  Partial<Pick<ObligationEntry, 'source' | 'line'>>;

export const HAND_ENTERED_SOURCE = 'entered by hand';

function datasetRowOf(
  contractId: number,
  kind: 'tickets' | 'obligations',
  file: RecordFile,
): Omit<DatasetRow, 'id'> {
  const s = file.summary;
  return {
    contractId,
    name: file.name,
    size: file.size,
    kind,
    mapping: {},
    where: [],
    whereNot: [],
    sourceZone: file.sourceZone ?? 'UTC',
    rows: s.rows,
    skippedRows: s.skippedRows,
    skipped: s.skipped.map((r) => ({ ...r })),
    filteredRows: 0,
    classifiedWith: null,
    checksum: file.checksum,
    importedAt: file.importedAt ?? Date.now(),
    monitors: [],
    gaps: [],
    ...(s.layout ? { layout: structuredClone(s.layout) } : {}),
  };
}

async function requireContract(db: SlaDatabase, contractId: number): Promise<void> {
  if (!(await db.contracts.get(contractId)))
    throw new StorageError({ problem: 'missing', thing: 'contract', id: String(contractId) });
}

/**
 * One record file as a dataset plus its rows, all or nothing, as `saveImport` does for
 * minutes, and like it refused before any byte is written when the disk cannot take them.
 */
async function saveRecordFile(
  db: SlaDatabase,
  room: Room,
  contractId: number,
  kind: 'tickets' | 'obligations',
  file: RecordFile,
  records: readonly object[],
  writeRows: (datasetId: number) => Promise<unknown>,
  options: RecordSaveOptions,
): Promise<SaveOutcome> {
  const dataset = datasetRowOf(contractId, kind, file);
  await ensureRoom(room, recordBytesOf(records), 'saveFile', file.name);
  try {
    return await db.transaction('rw', SAVE_TABLES(db), async (): Promise<SaveOutcome> => {
      await requireContract(db, contractId);
      const existing = await findByChecksum(db, contractId, dataset.checksum);
      if (existing && !options.replace) return { status: 'duplicate', datasetId: existing.id };
      if (existing) await removeDataset(db, existing.id);
      const id = await db.datasets.add(dataset);
      await writeRows(id);
      return { status: 'saved', datasetId: id, replacedDatasetId: existing?.id ?? null };
    });
  } catch (e) {
    throw storageErrorOf(e, 'saveFile', file.name);
  }
}

export function saveTickets(
  db: SlaDatabase,
  room: Room,
  contractId: number,
  file: TicketsToSave,
  options: RecordSaveOptions = {},
): Promise<SaveOutcome> {
  return saveRecordFile(
    db,
    room,
    contractId,
    'tickets',
    file,
    file.tickets,
    (datasetId) => db.tickets.bulkAdd(file.tickets.map((t): TicketRow => ({ ...t, datasetId, contractId }))),
    options,
  );
}

export function saveObligationEntries(
  db: SlaDatabase,
  room: Room,
  contractId: number,
  file: ObligationEntriesToSave,
  options: RecordSaveOptions = {},
): Promise<SaveOutcome> {
  return saveRecordFile(
    db,
    room,
    contractId,
    'obligations',
    file,
    file.entries,
    (datasetId) =>
      db.obligationEntries.bulkAdd(file.entries.map((e) => entryRowOf(contractId, datasetId, e))),
    options,
  );
}

function entryRowOf(
  contractId: number,
  datasetId: number | null,
  e: NewObligationEntry,
): Omit<ObligationEntryRow, 'id'> {
  // Field by field: a row handed back in (with its own id) must not carry that id along.
  return {
    obligation: e.obligation,
    startedAtMs: e.startedAtMs,
    fulfilledAtMs: e.fulfilledAtMs,
    note: e.note,
    source: e.source ?? HAND_ENTERED_SOURCE,
    line: e.line ?? 0,
    contractId,
    datasetId,
  };
}

/** Adds one obligation event entered by hand; its id. */
export async function addObligationEntry(
  db: SlaDatabase,
  contractId: number,
  entry: NewObligationEntry,
): Promise<number> {
  try {
    return await db.transaction('rw', [db.contracts, db.obligationEntries], async () => {
      if (!(await db.contracts.get(contractId)))
        throw new StorageError({ problem: 'missing', thing: 'contract', id: String(contractId) });
      return db.obligationEntries.add(entryRowOf(contractId, null, entry));
    });
  } catch (e) {
    throw storageErrorOf(e, 'saveObligation');
  }
}
