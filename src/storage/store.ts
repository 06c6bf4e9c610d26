// The storage API the app and the worker use; nothing outside src/storage touches Dexie.
import type { SlaDatabase } from './database';
import { storageErrorOf } from './errors';
import { type ContractInputs, InputsCache } from './inputs';
import type { ContractRow, DatasetRow, PolicyRow } from './rows';
import {
  deleteDataset,
  findByChecksum,
  type ImportToSave,
  type SaveOptions,
  type SaveOutcome,
  saveImport,
} from './save';

export type NewContract = Omit<ContractRow, 'id' | 'createdAt'> & { createdAt?: number };

/** Rows per table: what a test or a "storage used" panel needs to see. */
export type TableCounts = Record<
  | 'contracts'
  | 'policies'
  | 'datasets'
  | 'series'
  | 'checkTimes'
  | 'events'
  | 'exclusions'
  | 'mergedGaps'
  | 'reports',
  number
>;

export class Store {
  private readonly cache = new InputsCache();

  /** The Dexie database, for tests and schema migrations only. */
  constructor(readonly db: SlaDatabase) {
    // Another connection deleting or upgrading the database (Delete all data in the page
    // while the worker holds inputs): ids restart, so cached inputs must go. Dexie still
    // closes this connection afterwards and reopens it on next use.
    db.on('versionchange', () => {
      this.cache.forget();
    });
  }

  get name(): string {
    return this.db.name;
  }

  async addContract(contract: NewContract): Promise<number> {
    try {
      return await this.db.contracts.add({ ...contract, createdAt: contract.createdAt ?? Date.now() });
    } catch (e) {
      throw storageErrorOf(e, 'saving the contract');
    }
  }

  getContract(id: number): Promise<ContractRow | undefined> {
    return this.db.contracts.get(id);
  }

  listContracts(): Promise<ContractRow[]> {
    return this.db.contracts.orderBy('id').toArray();
  }

  async addPolicy(row: Omit<PolicyRow, 'id'>): Promise<number> {
    try {
      return await this.db.policies.add(row);
    } catch (e) {
      throw storageErrorOf(e, 'saving the policy');
    }
  }

  getPolicy(id: number): Promise<PolicyRow | undefined> {
    return this.db.policies.get(id);
  }

  listDatasets(contractId: number): Promise<DatasetRow[]> {
    return this.db.datasets.where('contractId').equals(contractId).sortBy('id');
  }

  /** A dataset of the contract imported from a file with these bytes, if any. */
  findDatasetByChecksum(contractId: number, checksum: string): Promise<DatasetRow | undefined> {
    return findByChecksum(this.db, contractId, checksum);
  }

  /** Saves an import in one transaction (all or nothing), unless it is a duplicate. */
  async saveImport(contractId: number, data: ImportToSave, options?: SaveOptions): Promise<SaveOutcome> {
    this.cache.forget(contractId);
    return saveImport(this.db, contractId, data, options);
  }

  async deleteDataset(datasetId: number): Promise<boolean> {
    this.cache.forget();
    return deleteDataset(this.db, datasetId);
  }

  /** The contract's stored data as engine input, datasets of one monitor merged by rule 1. */
  loadContractInputs(contractId: number): Promise<ContractInputs> {
    return this.cache.load(this.db, contractId);
  }

  async counts(): Promise<TableCounts> {
    const d = this.db;
    const [contracts, policies, datasets, series, checkTimes, events, exclusions, mergedGaps, reports] =
      await Promise.all(
        [
          d.contracts,
          d.policies,
          d.datasets,
          d.series,
          d.checkTimes,
          d.events,
          d.exclusions,
          d.mergedGaps,
          d.reports,
        ].map((t) => t.count()),
      );
    return {
      contracts,
      policies,
      datasets,
      series,
      checkTimes,
      events,
      exclusions,
      mergedGaps,
      reports,
    } as TableCounts;
  }

  /** Drops cached inputs after a write made outside these methods (a bundle import, a deleted contract). */
  forgetInputs(contractId?: number): void {
    this.cache.forget(contractId);
  }

  /**
   * Deletes the whole database: every contract, policy, dataset and report on this device.
   * Other open connections (the import worker's) close and reopen on their next use; this
   * Store stays usable and opens a fresh, empty database when next used.
   */
  async deleteAllData(): Promise<void> {
    this.cache.forget();
    try {
      await this.db.delete({ disableAutoOpen: false });
    } catch (e) {
      throw storageErrorOf(e, 'deleting all data');
    }
  }

  close(): void {
    this.cache.forget();
    this.db.close();
  }
}
