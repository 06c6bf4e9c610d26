import { effectivePolicy, type Policy, parsePolicy } from '../../engine/policy';
import { PRESET_IDS, PRESETS } from '../../engine/presets';
import type { ContractRow, PolicyRow } from '../../storage';

export { PRESET_IDS, PRESETS };

/**
 * A minimal valid custom policy: 99.9 % per month in UTC, no exclusions, no maintenance
 * windows, no credit and no working hours, so nothing is assumed that the contract does not say.
 */
export function blankPolicy(): Policy {
  const notExcluded = { excluded: false, notice: null };
  return parsePolicy({
    schema: 'sla-policy/2',
    id: 'custom',
    name: 'Custom SLA',
    source: '',
    timezone: 'UTC',
    period: 'month',
    target: 99.9,
    roundDecimals: null,
    formula: 'total',
    minOutageMinutes: 1,
    minuteRule: 'any',
    combine: 'any',
    nodata: 'available',
    downCodes: [{ from: 500, to: 599 }],
    timeoutIsDown: true,
    exclusions: {
      kinds: {
        planned: notExcluded,
        emergency: notExcluded,
        'third-party': notExcluded,
        'force-majeure': notExcluded,
        customer: notExcluded,
        other: notExcluded,
      },
      windows: [],
    },
    credit: { kind: 'none' },
    fee: { amount: null, currency: 'USD', per: 'month' },
    eligibility: {
      noCreditTiers: [],
      tier: null,
      effectiveDate: null,
      remediesAfterDays: null,
      capAtNextMonthFee: false,
      agreementFrom: null,
      minFeeAmount: null,
    },
    claim: { kind: 'none' },
    termination: [],
    calendar: {
      weekly: [],
      holidayCountry: null,
      holidays: [],
    },
    responseTargets: [],
    obligations: [],
    citations: {},
    interpretations: [],
  });
}

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
