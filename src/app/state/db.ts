// The page's one handle on the storage module, opened on first use, and the writes the
// pages make through it (the worker makes the imports).
import {
  type ContractPatch,
  type NewContract,
  openStore,
  type PolicyPatch,
  type PolicyRow,
  type Store,
} from '../../storage';

let opened: Promise<Store> | null = null;

/** The app's store, opened on first use. */
export function appStore(): Promise<Store> {
  opened ??= openStore();
  return opened;
}

export type ContractChanges = ContractPatch;

export async function addContract(contract: NewContract): Promise<number> {
  return (await appStore()).addContract(contract);
}

export async function updateContract(id: number, changes: ContractChanges): Promise<boolean> {
  return (await appStore()).updateContract(id, changes);
}

/** When a ticket its files leave open was resolved (null takes it back). */
export async function setTicketResolution(
  contractId: number,
  ticketId: string,
  resolvedAtMs: number | null,
): Promise<boolean> {
  return (await appStore()).setTicketResolution(contractId, ticketId, resolvedAtMs);
}

/** The contract with all its data, in one transaction. */
export async function deleteContract(id: number): Promise<boolean> {
  return (await appStore()).deleteContract(id);
}

/** A custom policy and a new contract following it, saved together or not at all; the contract's id. */
export async function addContractWithPolicy(
  row: Omit<PolicyRow, 'id'>,
  contract: (policyId: number) => NewContract,
): Promise<number> {
  return (await (await appStore()).addContractWithPolicy(row, contract)).contractId;
}

/** A custom policy saved and followed by the contract, together or not at all; its id. */
export async function addPolicyFor(contractId: number, row: Omit<PolicyRow, 'id'>): Promise<number> {
  return (await appStore()).addPolicyFor(contractId, row);
}

export async function updatePolicy(id: number, changes: PolicyPatch): Promise<boolean> {
  return (await appStore()).updatePolicy(id, changes);
}

export async function deleteDataset(id: number): Promise<boolean> {
  return (await appStore()).deleteDataset(id);
}
