// What-if on the main thread: the worker's evaluate call does not take switches yet, so
// the stored inputs are loaded here and the engine's `evaluate` runs with `whatIf`.
import { evaluate } from '../../engine/evaluate';
import type { Policy } from '../../engine/policy';
import type { SlaReport } from '../../engine/report';
import type { ContractInputs, ContractRow } from '../../storage';
import { appStore } from '../state/db';
import { contractTerms } from '../state/policies';

export interface WhatIfSwitches {
  exclusionsOff: number[];
  outagesOff: number[];
}

export async function loadInputs(contractId: number): Promise<ContractInputs> {
  return (await appStore()).loadContractInputs(contractId);
}

export function whatIfReport(
  inputs: ContractInputs,
  policy: Policy,
  contract: ContractRow,
  asOf: string,
  switches: WhatIfSwitches,
): SlaReport {
  return evaluate({ policy: contractTerms(policy, contract), ...inputs, asOf, whatIf: switches }).report;
}

/** An outage's switch key: its first minute index, as `whatIf.outagesOff` takes it. */
export const outageMinute = (start: string) => Math.floor(Date.parse(start) / 60_000);
