// Changing and removing contracts and custom policies: a contract goes with every row
// that belongs to it in one transaction, and a policy still in use is never removed.
import type { SlaDatabase } from './database';
import { StorageError, storageErrorOf } from './errors';
import type { ContractRow, PolicyRow } from './rows';

/** Any of a contract's own fields; its id and creation time never change. */
export type ContractPatch = Partial<Omit<ContractRow, 'id' | 'createdAt'>>;

/** Any of a custom policy's fields; `updatedAt` defaults to now. */
export type PolicyPatch = Partial<Omit<PolicyRow, 'id'>>;

/** Every table that holds a contract's rows. */
export const CONTRACT_TABLES = (db: SlaDatabase) => [
  db.contracts,
  db.datasets,
  db.series,
  db.checkTimes,
  db.events,
  db.exclusions,
  db.mergedGaps,
  db.tickets,
  db.obligationEntries,
  db.reports,
];

/** Inside a transaction over CONTRACT_TABLES: a contract with every row that belongs to it. */
export async function removeContract(db: SlaDatabase, contractId: number): Promise<boolean> {
  if (!(await db.contracts.get(contractId))) return false;
  const ids = (await db.datasets.where('contractId').equals(contractId).primaryKeys()) as number[];
  await Promise.all([
    db.series.where('datasetId').anyOf(ids).delete(),
    db.checkTimes.where('datasetId').anyOf(ids).delete(),
    db.events.where('datasetId').anyOf(ids).delete(),
    db.exclusions.where('datasetId').anyOf(ids).delete(),
    db.datasets.bulkDelete(ids),
    db.mergedGaps.where('contractId').equals(contractId).delete(),
    // By contract, not dataset: hand-entered obligation events belong to no dataset.
    db.tickets.where('contractId').equals(contractId).delete(),
    db.obligationEntries.where('contractId').equals(contractId).delete(),
    db.reports.where('contractId').equals(contractId).delete(),
    db.contracts.delete(contractId),
  ]);
  return true;
}

export async function deleteContract(db: SlaDatabase, contractId: number): Promise<boolean> {
  try {
    return await db.transaction('rw', CONTRACT_TABLES(db), () => removeContract(db, contractId));
  } catch (e) {
    throw storageErrorOf(e, 'deleteContract');
  }
}

/** Changes the given fields; false when there is no such contract. */
export async function updateContract(db: SlaDatabase, id: number, patch: ContractPatch): Promise<boolean> {
  const { id: _id, createdAt: _c, ...changes } = patch as ContractPatch & Partial<ContractRow>;
  try {
    return await db.transaction('rw', db.contracts, async () => {
      const row = await db.contracts.get(id);
      if (!row) return false;
      await db.contracts.put({ ...row, ...changes });
      return true;
    });
  } catch (e) {
    throw storageErrorOf(e, 'saveContract');
  }
}

/** Changes the given fields of a custom policy; false when there is no such policy. */
export async function updatePolicy(db: SlaDatabase, id: number, patch: PolicyPatch): Promise<boolean> {
  const { id: _id, ...changes } = patch as PolicyPatch & Partial<PolicyRow>;
  try {
    return await db.transaction('rw', db.policies, async () => {
      const row = await db.policies.get(id);
      if (!row) return false;
      await db.policies.put({ ...row, updatedAt: Date.now(), ...changes });
      return true;
    });
  } catch (e) {
    throw storageErrorOf(e, 'savePolicy');
  }
}

/**
 * Deletes a custom policy; false when there was none. A policy that contracts still use is
 * refused with an `in-use` StorageError naming them: they would be left without terms.
 */
export async function deletePolicy(db: SlaDatabase, id: number): Promise<boolean> {
  try {
    return await db.transaction('rw', [db.policies, db.contracts], async () => {
      const row = await db.policies.get(id);
      if (!row) return false;
      const users = (await db.contracts.toArray()).filter(
        (c) => c.policy.kind === 'custom' && c.policy.policyId === id,
      );
      if (users.length)
        throw new StorageError({ problem: 'in-use', policy: row.name, contracts: users.map((c) => c.name) });
      await db.policies.delete(id);
      return true;
    });
  } catch (e) {
    throw storageErrorOf(e, 'deletePolicy');
  }
}

/**
 * Records when a ticket its files leave open was resolved, or with null takes the entry
 * back; read and written in one transaction, so two quick edits cannot undo each other.
 */
export async function setTicketResolution(
  db: SlaDatabase,
  contractId: number,
  ticketId: string,
  resolvedAtMs: number | null,
): Promise<boolean> {
  try {
    return await db.transaction('rw', db.contracts, async () => {
      const row = await db.contracts.get(contractId);
      if (!row) return false;
      const others = (row.ticketResolutions ?? []).filter((r) => r.ticketId !== ticketId);
      const ticketResolutions = resolvedAtMs === null ? others : [...others, { ticketId, resolvedAtMs }];
      await db.contracts.put({ ...row, ticketResolutions });
      return true;
    });
  } catch (e) {
    throw storageErrorOf(e, 'saveResolution');
  }
}
