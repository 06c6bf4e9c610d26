// Re-evaluation from storage: a contract's stored minutes, tickets and obligation events,
// its holidays and a policy to an evaluation, without reading any file again. The
// assembly itself is the service layer's, shared with the command line.
import type { EvaluationCache } from '../src/engine/evaluate';
import { parseDate } from '../src/engine/time';
import { contractTerms, evaluateContract as evaluateContractTerms } from '../src/service/evaluate-contract';
import type { HolidayLists } from '../src/service/holidays';
import { withHandResolutions } from '../src/service/inputs';
import { StorageError, type Store } from '../src/storage';
import { type EvaluateOutcome, failureOf, type WhatIfSwitches } from './outcomes';

// Built-in holiday lists made in this worker, per country and years.
const holidayLists: HolidayLists = new Map();

const isIndexList = (x: unknown) => x === undefined || (Array.isArray(x) && x.every(Number.isSafeInteger));

export async function evaluateContract(
  store: Store,
  contractId: number,
  policy: unknown,
  asOf: string,
  whatIf?: WhatIfSwitches,
  cache?: EvaluationCache,
): Promise<EvaluateOutcome> {
  if (!parseDate(asOf))
    return {
      status: 'failed',
      error: { type: 'request', message: `asOf: expected a date YYYY-MM-DD, got "${asOf}"` },
    };
  if (whatIf && !(isIndexList(whatIf.exclusionsOff) && isIndexList(whatIf.outagesOff)))
    return {
      status: 'failed',
      error: {
        type: 'request',
        message: 'whatIf: expected lists of whole numbers (exclusionsOff, outagesOff)',
      },
    };
  try {
    const contract = await store.getContract(contractId);
    if (!contract)
      return {
        status: 'failed',
        error: failureOf(
          new StorageError({ problem: 'missing', thing: 'contract', id: String(contractId) }),
        )!,
      };
    const terms = contractTerms(policy, contract);
    const started = performance.now();
    const stored = await store.loadContractInputs(contractId);
    const sources = {
      ...stored,
      tickets: withHandResolutions(stored.tickets, contract.ticketResolutions ?? []),
    };
    const loadMs = performance.now() - started;
    const { evaluation, holidaysUnavailable, timings } = await evaluateContractTerms({
      terms,
      sources,
      holidays: contract.holidays ? contract.holidays.map((h) => h.date) : null,
      asOf,
      ...(whatIf ? { whatIf } : {}),
      ...(cache ? { cache } : {}),
      holidayLists,
    });
    return { status: 'evaluated', evaluation, holidaysUnavailable, timings: { loadMs, ...timings } };
  } catch (e) {
    const failure = failureOf(e);
    if (failure) return { status: 'failed', error: failure };
    throw e;
  }
}
