import { blankPolicy } from '../../engine/blank-policy';
import { effectivePolicy, type Policy } from '../../engine/policy';
import { PRESET_IDS, PRESETS } from '../../engine/presets';
import type { ContractRow, PolicyRow } from '../../storage';

export { blankPolicy, PRESET_IDS, PRESETS };

/** The contract's policy as written (interpretations not yet applied); null while loading. */
export function policyOf(contract: ContractRow, custom: PolicyRow | undefined): Policy | null {
  const source = contract.policy;
  if (source.kind === 'preset') return PRESETS[source.presetId] ?? null;
  if (source.kind === 'embedded') return source.policy;
  return custom?.policy ?? null;
}

/**
 * The zone the contract measures in. An empty contract zone means "the policy's own",
 * so that a zone interpretation (Clarus: Cairo civil time or fixed UTC+2) still applies.
 */
export function zoneOf(policy: Policy | null, contract: ContractRow | undefined): string {
  if (contract?.timezone) return contract.timezone;
  return policy ? effectivePolicy(policy).timezone : 'UTC';
}

/** A new contract's row for a preset or a stored custom policy, taking the policy's defaults. */
export function newContractRow(name: string, source: ContractRow['policy'], policy: Policy) {
  return {
    name,
    policy: source,
    timezone: '',
    fee: policy.fee.amount,
    currency: policy.fee.currency,
    tier: policy.eligibility.tier,
    effectiveDate: policy.eligibility.effectiveDate,
  };
}
