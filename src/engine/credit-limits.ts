// Bounds on credits across periods: caps on a contract year ("credits in any twelve-month
// period shall not exceed …") taken in time order, so the earlier periods' credits stand
// and a later one is cut to what is left of the year's cap; then the minimum ("credits
// under $1 are not issued") on what remains. A credit they bring to nothing needs no claim.
import { NO_CLAIM } from './claims';
import { periodFee } from './credits';
import type { PeriodFigures, RemedyFinding } from './model';
import { CALENDAR_START, periodContaining } from './periods';
import type { Policy } from './policy';

export function applyCreditLimits(policy: Policy, figures: PeriodFigures[]): void {
  applyYearlyCaps(policy, figures);
  const minimum = policy.creditLimits?.minimumAmount;
  for (const f of figures) {
    if (f.credit.amount === null) continue;
    if (minimum != null && f.credit.amount < minimum) f.credit.amount = 0;
    if (f.credit.amount === 0 && !(f.credit.days ?? 0)) f.claim = NO_CLAIM;
  }
}

function applyYearlyCaps(policy: Policy, figures: PeriodFigures[]): void {
  const limits = policy.creditLimits;
  if (!limits || (limits.perYearAmount === null && limits.perYearPercent === null)) return;
  const yearlyFee = periodFee(policy, 'year');
  const caps = [
    limits.perYearAmount,
    limits.perYearPercent === null || yearlyFee === null ? null : (yearlyFee * limits.perYearPercent) / 100,
  ].filter((c): c is number => c !== null);
  if (caps.length === 0) return;
  const cap = Math.min(...caps);
  const start = policy.periodStart ?? CALENDAR_START;
  const used = new Map<number, number>();
  for (const f of figures) {
    if (f.credit.amount === null) continue;
    const year = periodContaining(policy.timezone, 'year', f.startMs, start).startMs;
    const before = used.get(year) ?? 0;
    const amount = Math.round(Math.max(0, Math.min(f.credit.amount, cap - before)) * 100) / 100;
    used.set(year, before + amount);
    f.credit.amount = amount;
  }
}

/** The remedies owed besides money: each one for every period that missed its target. */
export function remediesOwed(policy: Policy, figures: readonly PeriodFigures[]): RemedyFinding[] {
  const out: RemedyFinding[] = [];
  for (const f of figures)
    if (f.met === false)
      for (const r of policy.remedies ?? [])
        out.push({ remedy: r.id, description: r.description, period: f.label });
  return out;
}
