// The page's one handle on the storage module, plus the few writes its API lacks (update
// and delete contracts, list and change custom policies), kept here as a thin adapter.
import {
  type ContractRow,
  type NewContract,
  openStore,
  type PolicyRow,
  type Store,
  storageErrorOf,
} from '../../storage';

let opened: Promise<Store> | null = null;

/** The app's store, opened on first use. */
export function appStore(): Promise<Store> {
  opened ??= openStore();
  return opened;
}

async function guarded<T>(doing: string, run: (store: Store) => Promise<T>): Promise<T> {
  const store = await appStore();
  try {
    return await run(store);
  } catch (e) {
    throw storageErrorOf(e, doing);
  }
}

export type ContractChanges = Partial<Omit<ContractRow, 'id' | 'createdAt'>>;

export async function addContract(contract: NewContract): Promise<number> {
  return (await appStore()).addContract(contract);
}

/** Gap: the Store has no update for contracts; this writes through its Dexie handle. */
export function updateContract(id: number, changes: ContractChanges): Promise<number> {
  return guarded('saving the contract', (s) => s.db.contracts.update(id, changes));
}

/** Gap: the Store cannot delete a contract; its datasets go first (each in its own transaction). */
export function deleteContract(id: number): Promise<void> {
  return guarded('deleting the contract', async (s) => {
    for (const d of await s.listDatasets(id)) await s.deleteDataset(d.id);
    await s.db.transaction('rw', [s.db.contracts, s.db.reports, s.db.mergedGaps], async () => {
      await s.db.reports.where('contractId').equals(id).delete();
      await s.db.mergedGaps.where('contractId').equals(id).delete();
      await s.db.contracts.delete(id);
    });
  });
}

export function listPolicies(): Promise<PolicyRow[]> {
  return guarded('reading policies', (s) => s.db.policies.orderBy('id').toArray());
}

export async function addPolicy(row: Omit<PolicyRow, 'id'>): Promise<number> {
  return (await appStore()).addPolicy(row);
}

/** Gap: the Store has no update for policies. */
export function updatePolicy(id: number, changes: Partial<Omit<PolicyRow, 'id'>>): Promise<number> {
  return guarded('saving the policy', (s) => s.db.policies.update(id, { ...changes, updatedAt: Date.now() }));
}

export async function deleteDataset(id: number): Promise<boolean> {
  return (await appStore()).deleteDataset(id);
}
