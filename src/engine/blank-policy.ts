// The policy a contract starts from when the user writes their own: valid, and assuming
// nothing the contract does not say. Tests build their cases on it too.
import { type Policy, parsePolicy } from './policy';

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
