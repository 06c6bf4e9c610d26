// Writing and removing datasets: an import is one read-write transaction over every
// table it touches, so a failed, aborted or killed import leaves nothing behind.
import Dexie from 'dexie';
import type { SlaDatabase } from './database';
import { datasetRowOf, type ImportToSave, rowsOf, storedBytesOf } from './dataset-rows';
import { StorageError, storageErrorOf } from './errors';
import { unionMedianGap } from './merge';
import { ensureRoom, type Room } from './room';
import type { CheckTimesRow, DatasetRow } from './rows';

export type { ImportToSave } from './dataset-rows';

export interface SaveOptions {
  /**
   * When the contract already has a dataset from a file with the same checksum: false
   * (default) saves nothing and reports it; true deletes it in the same transaction.
   */
  replace?: boolean;
  /** Called inside the transaction as rows are written (`done` of `total` writes). */
  onWrite?: (done: number, total: number) => void;
}

/** Every table a dataset's rows live in, for transactions that add or remove datasets. */
export const SAVE_TABLES = (db: SlaDatabase) => [
  db.contracts,
  db.datasets,
  db.series,
  db.checkTimes,
  db.events,
  db.exclusions,
  db.mergedGaps,
  db.tickets,
  db.obligationEntries,
];

export type SaveOutcome =
  | { status: 'saved'; datasetId: number; replacedDatasetId: number | null }
  | { status: 'duplicate'; datasetId: number };

/**
 * Saves one imported file as a dataset of the contract. The duplicate check runs inside
 * the transaction, so two imports of one file at the same time cannot both count.
 */
export async function saveImport(
  db: SlaDatabase,
  room: Room,
  contractId: number,
  data: ImportToSave,
  options: SaveOptions = {},
): Promise<SaveOutcome> {
  const dataset = datasetRowOf(contractId, data);
  const rows = rowsOf(data);
  await ensureRoom(room, storedBytesOf(data, rows), 'saveDataset', data.dataset.name);
  const batches = 1 + Math.ceil(rows.months.length / 12) * 2 + 2;
  let done = 0;
  const wrote = () => options.onWrite?.(++done, batches);
  try {
    return await db.transaction('rw', SAVE_TABLES(db), async (): Promise<SaveOutcome> => {
      if (!(await db.contracts.get(contractId)))
        throw new StorageError({ problem: 'missing', thing: 'contract', id: String(contractId) });
      const existing = await findByChecksum(db, contractId, dataset.checksum);
      if (existing && !options.replace) return { status: 'duplicate', datasetId: existing.id };
      if (existing) await removeDataset(db, existing.id);
      const id = await db.datasets.add(dataset);
      wrote();
      // Batches keep each request small, let progress show while the transaction runs, and
      // build each month's rows only when it is written.
      for (let i = 0; i < rows.months.length; i += 12) {
        const batch = rows.months.slice(i, i + 12);
        await db.series.bulkAdd(batch.map((m) => ({ ...m.series(), datasetId: id })));
        wrote();
        await db.checkTimes.bulkAdd(
          batch.flatMap((m) => (m.checkTimes ? [{ ...m.checkTimes(), datasetId: id }] : [])),
        );
        wrote();
      }
      await db.events.bulkAdd(rows.events.map((r) => ({ ...r, datasetId: id })));
      await db.exclusions.bulkAdd(data.exclusions.map((e) => ({ ...e, datasetId: id })));
      wrote();
      if (dataset.kind === 'probes') await refreshMergedGaps(db, contractId, dataset.monitors);
      wrote();
      return { status: 'saved', datasetId: id, replacedDatasetId: existing?.id ?? null };
    });
  } catch (e) {
    throw storageErrorOf(e, 'saveDataset', data.dataset.name);
  }
}

export async function findByChecksum(
  db: SlaDatabase,
  contractId: number,
  checksum: string,
): Promise<DatasetRow | undefined> {
  // Not Collection.first(): it answers `rows[0]`, which for no rows is whatever an
  // array's prototype holds; a lookup that finds nothing must say nothing.
  const rows = await db.datasets
    .where('[contractId+checksum]')
    .equals([contractId, checksum])
    .limit(1)
    .toArray();
  return rows.length > 0 ? rows[0] : undefined;
}

/** Deletes a dataset with all its rows; false when there was none. */
export async function deleteDataset(db: SlaDatabase, datasetId: number): Promise<boolean> {
  try {
    return await db.transaction('rw', SAVE_TABLES(db), () => removeDataset(db, datasetId));
  } catch (e) {
    throw storageErrorOf(e, 'deleteDataset');
  }
}

/** Inside a transaction: the dataset's rows go, and merged gaps of its monitors follow. */
export async function removeDataset(db: SlaDatabase, datasetId: number): Promise<boolean> {
  const dataset = await db.datasets.get(datasetId);
  if (!dataset) return false;
  await Promise.all([
    db.series.where('datasetId').equals(datasetId).delete(),
    db.checkTimes.where('datasetId').equals(datasetId).delete(),
    db.events.where('datasetId').equals(datasetId).delete(),
    db.exclusions.where('datasetId').equals(datasetId).delete(),
    db.tickets.where('datasetId').equals(datasetId).delete(),
    db.obligationEntries.where('datasetId').equals(datasetId).delete(),
    db.datasets.delete(datasetId),
  ]);
  if (dataset.kind === 'probes') await refreshMergedGaps(db, dataset.contractId, dataset.monitors);
  return true;
}

/**
 * Recomputes, inside the current transaction, the union median gap of each monitor that
 * several probe datasets of the contract share; a monitor fed by one dataset needs none.
 */
async function refreshMergedGaps(
  db: SlaDatabase,
  contractId: number,
  monitors: readonly string[],
): Promise<void> {
  const datasets = await db.datasets.where('contractId').equals(contractId).toArray();
  for (const monitor of monitors) {
    const ids = datasets
      .filter((d) => d.kind === 'probes' && d.monitors.includes(monitor))
      .map((d) => d.id)
      .sort((a, b) => a - b);
    if (ids.length < 2) {
      await db.mergedGaps.delete([contractId, 'probes', monitor]);
      continue;
    }
    const rows = await checkTimesOf(db, ids, monitor);
    await db.mergedGaps.put({
      contractId,
      kind: 'probes',
      monitor,
      datasetIds: ids,
      medianGapMsTimes2: unionMedianGap(rows),
    });
  }
}

/** Every month of check times of one probe monitor in the given datasets. */
export async function checkTimesOf(
  db: SlaDatabase,
  datasetIds: readonly number[],
  monitor: string,
): Promise<CheckTimesRow[]> {
  const parts = await Promise.all(
    datasetIds.map((id) =>
      db.checkTimes
        .where('[datasetId+kind+monitor+month]')
        .between([id, 'probes', monitor, Dexie.minKey], [id, 'probes', monitor, Dexie.maxKey], true, true)
        .toArray(),
    ),
  );
  return parts.flat();
}
