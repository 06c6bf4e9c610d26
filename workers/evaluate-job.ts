// Re-evaluation from storage: a contract's stored minutes, tickets and obligation events,
// its holidays and a policy to a report, without reading any file again.
import { type EvaluationCache, evaluate, withContract } from '../src/engine/evaluate';
import { effectivePolicy, parsePolicy } from '../src/engine/policy';
import { parseDate } from '../src/engine/time';
import { toReport } from '../src/engine/to-report';
import type { Store } from '../src/storage';
import { holidaysOf } from './holidays';
import { type EvaluateOutcome, failureOf, type WhatIfSwitches } from './outcomes';

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
        error: { type: 'storage', problem: 'missing', message: `There is no contract ${contractId}.` },
      };
    const terms = withContract(parsePolicy(policy), {
      timezone: contract.timezone,
      feeAmount: contract.fee,
      currency: contract.currency,
      tier: contract.tier,
      effectiveDate: contract.effectiveDate,
    });
    const started = performance.now();
    const inputs = await store.loadContractInputs(contractId);
    const loaded = performance.now();
    const holidays = await holidaysOf(contract, effectivePolicy(terms), inputs, asOf);
    const resolved = performance.now();
    const evaluation = evaluate({
      policy: terms,
      ...inputs,
      holidays,
      ...(whatIf ? { whatIf } : {}),
      ...(cache ? { cache } : {}),
      asOf,
    });
    const timings = {
      loadMs: loaded - started,
      holidaysMs: resolved - loaded,
      evaluateMs: performance.now() - resolved,
    };
    return { status: 'evaluated', evaluation, report: toReport(evaluation), timings };
  } catch (e) {
    const failure = failureOf(e);
    if (failure) return { status: 'failed', error: failure };
    throw e;
  }
}
