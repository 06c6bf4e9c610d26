// Re-evaluation from storage: a contract's stored minutes and a policy to a report,
// without reading any file again.
import { evaluate, withContract } from '../src/engine/evaluate';
import { parsePolicy } from '../src/engine/policy';
import { parseDate } from '../src/engine/time';
import type { Store } from '../src/storage';
import { type EvaluateOutcome, failureOf } from './outcomes';

export async function evaluateContract(
  store: Store,
  contractId: number,
  policy: unknown,
  asOf: string,
): Promise<EvaluateOutcome> {
  if (!parseDate(asOf))
    return {
      status: 'failed',
      error: { type: 'request', message: `asOf: expected a date YYYY-MM-DD, got "${asOf}"` },
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
    const { report, range, service, excluded, counted } = evaluate({ policy: terms, ...inputs, asOf });
    const timings = { loadMs: loaded - started, evaluateMs: performance.now() - loaded };
    return { status: 'evaluated', report, range, service, excluded, counted, timings };
  } catch (e) {
    const failure = failureOf(e);
    if (failure) return { status: 'failed', error: failure };
    throw e;
  }
}
