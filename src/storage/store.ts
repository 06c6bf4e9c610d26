// The storage API the app and the worker use; nothing outside src/storage touches Dexie.
import {
  type ContractPatch,
  deleteContract,
  deletePolicy,
  type PolicyPatch,
  setTicketResolution,
  updateContract,
  updatePolicy,
} from './contracts';
import type { SlaDatabase } from './database';
import { StorageError, storageErrorOf } from './errors';
import { type ContractInputs, InputsCache } from './inputs';
import {
  addObligationEntry,
  type NewObligationEntry,
  type ObligationEntriesToSave,
  type RecordSaveOptions,
  saveObligationEntries,
  saveTickets,
  type TicketsToSave,
} from './records';
import { browserRoom, type Room } from './room';
import type { ContractRow, DatasetRow, ObligationEntryRow, PolicyRow, TicketRow } from './rows';
import {
  deleteDataset,
  findByChecksum,
  type ImportToSave,
  type SaveOptions,
  type SaveOutcome,
  saveImport,
} from './save';

/** A new contract's fields; without `holidays` it uses the built-in list of its policy's country. */
export type NewContract = Omit<ContractRow, 'id' | 'createdAt' | 'holidays'> & {
  createdAt?: number;
  holidays?: ContractRow['holidays'];
};

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
  | 'tickets'
  | 'obligationEntries'
  | 'reports',
  number
>;

export class Store {
  private readonly cache = new InputsCache();

  /** The Dexie database, for tests and schema migrations only: the app and the worker use the methods. */
  constructor(
    readonly db: SlaDatabase,
    /** How much room the browser has left; tests hand in a small disk. */
    readonly room: Room = browserRoom,
  ) {
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
      return await this.db.contracts.add({
        ...contract,
        holidays: contract.holidays ?? null,
        createdAt: contract.createdAt ?? Date.now(),
      });
    } catch (e) {
      throw storageErrorOf(e, 'saveContract');
    }
  }

  getContract(id: number): Promise<ContractRow | undefined> {
    return this.db.contracts.get(id);
  }

  listContracts(): Promise<ContractRow[]> {
    return this.db.contracts.orderBy('id').toArray();
  }

  /** Changes the given fields (terms, name, policy source, own holidays); false when there is no such contract. */
  updateContract(id: number, patch: ContractPatch): Promise<boolean> {
    return updateContract(this.db, id, patch);
  }

  /** Records when a ticket left open was resolved (null takes it back); false when there is no such contract. */
  setTicketResolution(contractId: number, ticketId: string, resolvedAtMs: number | null): Promise<boolean> {
    return setTicketResolution(this.db, contractId, ticketId, resolvedAtMs);
  }

  /** Deletes a contract with its datasets, minutes, tickets, obligation events and reports, in one transaction. */
  async deleteContract(id: number): Promise<boolean> {
    this.cache.forget(id);
    return deleteContract(this.db, id);
  }

  async addPolicy(row: Omit<PolicyRow, 'id'>): Promise<number> {
    try {
      return await this.db.policies.add(row);
    } catch (e) {
      throw storageErrorOf(e, 'savePolicy');
    }
  }

  /**
   * Saves a custom policy and a new contract that follows it in one transaction: a write
   * refused half-way (a full disk) leaves no policy without its contract. Both ids.
   */
  async addContractWithPolicy(
    row: Omit<PolicyRow, 'id'>,
    contract: (policyId: number) => NewContract,
  ): Promise<{ policyId: number; contractId: number }> {
    try {
      return await this.db.transaction('rw', this.db.policies, this.db.contracts, async () => {
        const policyId = await this.db.policies.add(row);
        const c = contract(policyId);
        const contractId = await this.db.contracts.add({
          ...c,
          holidays: c.holidays ?? null,
          createdAt: c.createdAt ?? Date.now(),
        });
        return { policyId, contractId };
      });
    } catch (e) {
      throw storageErrorOf(e, 'saveContract');
    }
  }

  /**
   * Saves a custom policy and makes the contract follow it, in one transaction: a write
   * refused half-way leaves neither. Its id; StorageError `missing` when the contract is gone.
   */
  async addPolicyFor(contractId: number, row: Omit<PolicyRow, 'id'>): Promise<number> {
    try {
      return await this.db.transaction('rw', this.db.policies, this.db.contracts, async () => {
        if (!(await this.db.contracts.get(contractId)))
          throw new StorageError({ problem: 'missing', thing: 'contract', id: String(contractId) });
        const policyId = await this.db.policies.add(row);
        await this.db.contracts.update(contractId, { policy: { kind: 'custom', policyId } });
        return policyId;
      });
    } catch (e) {
      throw storageErrorOf(e, 'savePolicy');
    }
  }

  getPolicy(id: number): Promise<PolicyRow | undefined> {
    return this.db.policies.get(id);
  }

  listPolicies(): Promise<PolicyRow[]> {
    return this.db.policies.orderBy('id').toArray();
  }

  /** Changes the given fields and stamps `updatedAt` (unless given); false when there is no such policy. */
  updatePolicy(id: number, patch: PolicyPatch): Promise<boolean> {
    return updatePolicy(this.db, id, patch);
  }

  /** Deletes a custom policy; refused (StorageError `in-use`) while a contract uses it. */
  deletePolicy(id: number): Promise<boolean> {
    return deletePolicy(this.db, id);
  }

  listDatasets(contractId: number): Promise<DatasetRow[]> {
    return this.db.datasets.where('contractId').equals(contractId).sortBy('id');
  }

  /** A dataset of the contract imported from a file with these bytes, if any. */
  findDatasetByChecksum(contractId: number, checksum: string): Promise<DatasetRow | undefined> {
    return findByChecksum(this.db, contractId, checksum);
  }

  /**
   * Records a dataset's plain SHA-256 unless it has one: whether the dataset still lacked
   * it (false once it has one, or when it was removed meanwhile).
   */
  async recordSha256(datasetId: number, sha256: string): Promise<boolean> {
    try {
      return await this.db.transaction('rw', this.db.datasets, async () => {
        const d = await this.db.datasets.get(datasetId);
        if (!d || d.sha256) return false;
        await this.db.datasets.update(datasetId, { sha256 });
        return true;
      });
    } catch (e) {
      throw storageErrorOf(e, 'recordDigest');
    }
  }

  /** Whether the dataset is stored and still lacks its plain SHA-256. */
  async lacksSha256(datasetId: number): Promise<boolean> {
    const d = await this.db.datasets.get(datasetId);
    return d !== undefined && !d.sha256;
  }

  /** Saves an import in one transaction (all or nothing), unless it is a duplicate. */
  async saveImport(contractId: number, data: ImportToSave, options?: SaveOptions): Promise<SaveOutcome> {
    this.cache.forget(contractId);
    return saveImport(this.db, this.room, contractId, data, options);
  }

  async deleteDataset(datasetId: number): Promise<boolean> {
    this.cache.forget();
    return deleteDataset(this.db, datasetId);
  }

  /** Saves a tickets file as a dataset of kind 'tickets' with its tickets, in one transaction, unless it is a duplicate. */
  saveTickets(contractId: number, file: TicketsToSave, options?: RecordSaveOptions): Promise<SaveOutcome> {
    return saveTickets(this.db, this.room, contractId, file, options);
  }

  /** The contract's stored tickets, by dataset then line. */
  async listTickets(contractId: number): Promise<TicketRow[]> {
    const rows = await this.db.tickets.where('contractId').equals(contractId).toArray();
    return rows.sort((a, b) => a.datasetId - b.datasetId || a.line - b.line);
  }

  /** Saves an obligation log as a dataset of kind 'obligations' with its events, in one transaction, unless it is a duplicate. */
  saveObligationEntries(
    contractId: number,
    file: ObligationEntriesToSave,
    options?: RecordSaveOptions,
  ): Promise<SaveOutcome> {
    return saveObligationEntries(this.db, this.room, contractId, file, options);
  }

  /** Adds an obligation event entered by hand (no dataset); its id. */
  addObligationEntry(contractId: number, entry: NewObligationEntry): Promise<number> {
    return addObligationEntry(this.db, contractId, entry);
  }

  /** Deletes one obligation event (entered by hand or from a file); false when there was none. */
  async deleteObligationEntry(id: number): Promise<boolean> {
    try {
      return await this.db.transaction('rw', this.db.obligationEntries, async () => {
        if (!(await this.db.obligationEntries.get(id))) return false;
        await this.db.obligationEntries.delete(id);
        return true;
      });
    } catch (e) {
      throw storageErrorOf(e, 'deleteObligation');
    }
  }

  /** The contract's obligation events, from files and by hand, in the order they were stored. */
  listObligationEntries(contractId: number): Promise<ObligationEntryRow[]> {
    return this.db.obligationEntries.where('contractId').equals(contractId).sortBy('id');
  }

  /** The contract's stored data as engine input (minutes, exclusions, tickets, obligation events), datasets of one monitor merged by rule 1. */
  loadContractInputs(contractId: number): Promise<ContractInputs> {
    return this.cache.load(this.db, contractId);
  }

  async counts(): Promise<TableCounts> {
    const d = this.db;
    const tables = {
      contracts: d.contracts,
      policies: d.policies,
      datasets: d.datasets,
      series: d.series,
      checkTimes: d.checkTimes,
      events: d.events,
      exclusions: d.exclusions,
      mergedGaps: d.mergedGaps,
      tickets: d.tickets,
      obligationEntries: d.obligationEntries,
      reports: d.reports,
    };
    const counts = await Promise.all(Object.values(tables).map((t) => t.count()));
    return Object.fromEntries(Object.keys(tables).map((k, i) => [k, counts[i]!])) as TableCounts;
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
      throw storageErrorOf(e, 'deleteAll');
    }
  }

  close(): void {
    this.cache.forget();
    this.db.close();
  }
}
