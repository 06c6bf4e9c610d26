// Contract terms: the values a user sets on a contract (zone, fee, tier, effective date)
// laid over the policy they chose.
import type { Policy } from './policy';

/** Applies user contract values (zone, fee, tier, effective date) on top of a policy. */
export function withContract(
  policy: Policy,
  contract: {
    timezone?: string | null;
    feeAmount?: number | null;
    currency?: string | null;
    tier?: string | null;
    effectiveDate?: string | null;
  },
): Policy {
  const out = structuredClone(policy);
  if (contract.timezone) {
    out.timezone = contract.timezone;
    // An explicit zone overrides any zone reading of an interpretation.
    for (const it of out.interpretations)
      for (const o of it.options)
        if (Object.hasOwn(o.patch, 'timezone')) o.patch.timezone = contract.timezone;
  }
  if (contract.feeAmount !== undefined && contract.feeAmount !== null) out.fee.amount = contract.feeAmount;
  if (contract.currency) out.fee.currency = contract.currency;
  if (contract.tier !== undefined && contract.tier !== null) out.eligibility.tier = contract.tier;
  if (contract.effectiveDate) out.eligibility.effectiveDate = contract.effectiveDate;
  return out;
}
