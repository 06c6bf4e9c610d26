// Credit eligibility (SPEC rule 9): the contract's conditions on a credit, each judged as
// a code with what it was judged on, so the checklist can be worded in any language.
import type { EligibilityCheck } from './model';
import type { Policy } from './policy';
import { addDays, formatDate, parseDate, startOfLocalDay } from './time';

/** The first local day remedies are due from ("none before effective + 30 days"); null when unknown. */
function remediesFrom(policy: Policy) {
  const e = policy.eligibility;
  const eff = e.effectiveDate ? parseDate(e.effectiveDate) : null;
  return eff && e.remediesAfterDays !== null ? addDays(eff, e.remediesAfterDays) : null;
}

/** The instant remedies are due from; null when the contract sets none or the effective date is unknown. */
export function remediesFromMs(policy: Policy): number | null {
  const from = remediesFrom(policy);
  return from === null ? null : startOfLocalDay(policy.timezone, from.year, from.month, from.day);
}

/** Every condition of the policy, judged for a credit whose period broke at `breachAtMs`. */
export function eligibilityChecks(policy: Policy, breachAtMs: number | null): EligibilityCheck[] {
  const e = policy.eligibility;
  const checks: EligibilityCheck[] = [];
  if (e.noCreditTiers.length)
    checks.push({
      condition: { code: 'tierHasCredit', noCreditTiers: [...e.noCreditTiers], tier: e.tier },
      met: e.tier === null ? null : !e.noCreditTiers.some((t) => sameTier(t, e.tier!)),
    });
  if (e.agreementFrom)
    checks.push({
      condition: { code: 'agreementFrom', from: e.agreementFrom, effectiveDate: e.effectiveDate },
      met: e.effectiveDate === null ? null : e.effectiveDate >= e.agreementFrom,
    });
  if (e.minFeeAmount !== null)
    checks.push({
      condition: {
        code: 'minFee',
        minAmount: e.minFeeAmount,
        currency: policy.fee.currency,
        per: policy.fee.per,
        fee: policy.fee.amount,
      },
      met: policy.fee.amount === null ? null : policy.fee.amount >= e.minFeeAmount,
    });
  if (e.remediesAfterDays !== null) {
    const from = remediesFrom(policy);
    const fromMs = remediesFromMs(policy);
    checks.push({
      condition: {
        code: 'remediesAfter',
        days: e.remediesAfterDays,
        from: from ? formatDate(from) : null,
        breachAtMs,
      },
      met: fromMs === null || breachAtMs === null ? null : breachAtMs >= fromMs,
    });
  }
  if (e.capAtNextMonthFee) checks.push({ condition: { code: 'capAtNextMonthFee' }, met: true });
  // The customer's own answers: an unanswered condition stays open, never assumed met.
  for (const c of e.conditions ?? [])
    checks.push({ condition: { code: 'customerCondition', id: c.id, text: c.text }, met: c.answer });
  return checks;
}

export const isEligible = (checks: readonly EligibilityCheck[]) => !checks.some((c) => c.met === false);

/** A tier named as the contract names it: case and surrounding spaces aside (" Starter " is STARTER). */
const sameTier = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
