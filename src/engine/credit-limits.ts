// Bounds on credits across periods: caps on a contract year ("credits in any twelve-month
// period shall not exceed …") taken in time order, so the earlier periods' credits stand
// and a later one is cut to what is left of the year's cap; then the minimum ("credits
// under $1 are not issued") on what remains. A credit they bring to nothing needs no claim.
import { creditSplit, NO_CLAIM } from './claims';
import { exactPeriodFee } from './credits';
import { centsAtMost, ratio, ratioOfDecimal } from './exact';
import type { PeriodFigures, RemedyFinding } from './model';
import { CALENDAR_START, periodContaining } from './periods';
import type { Policy } from './policy';

export function applyCreditLimits(policy: Policy, figures: PeriodFigures[]): void {
  applyYearlyCaps(policy, figures);
  const minimum = policy.creditLimits?.minimumAmount;
  for (const f of figures) {
    if (f.credit.amount === null) continue;
    if (minimum != null && f.credit.amount > 0 && f.credit.amount < minimum) {
      f.credit.amount = 0;
      f.credit.limitedBy = 'minimum';
    }
    if (f.credit.amount === 0 && !(f.credit.days ?? 0)) f.claim = NO_CLAIM;
    // What is still claimable is at most what the limits left.
    Object.assign(f.credit, creditSplit(f.credit, f.claim, f.credit.claimable));
  }
}

function applyYearlyCaps(policy: Policy, figures: PeriodFigures[]): void {
  const limits = policy.creditLimits;
  if (!limits || (limits.perYearAmount === null && limits.perYearPercent === null)) return;
  const yearlyFee = exactPeriodFee(policy, 'year');
  // The cap in whole cents, exactly: "shall not exceed" 1 000.145 allows 1 000.14, never
  // a half cent rounded up past it.
  const percent = limits.perYearPercent === null ? null : ratioOfDecimal(limits.perYearPercent);
  const caps = [
    limits.perYearAmount === null ? null : centsAtMost(ratioOfDecimal(limits.perYearAmount)),
    percent === null || yearlyFee === null
      ? null
      : centsAtMost(ratio(yearlyFee.n * percent.n, yearlyFee.d * percent.d * 100n)),
  ].filter((c): c is bigint => c !== null);
  if (caps.length === 0) return;
  // Cents are bigints, which Math.min does not take.
  let cap = caps[0]!;
  for (const c of caps) if (c < cap) cap = c;
  const start = policy.periodStart ?? CALENDAR_START;
  const used = new Map<number, bigint>();
  for (const f of figures) {
    if (f.credit.amount === null) continue;
    const year = periodContaining(policy.timezone, 'year', f.startMs, start).startMs;
    const before = used.get(year) ?? 0n;
    const left = cap - before;
    const owed = BigInt(Math.round(f.credit.amount * 100));
    const amount = owed < left ? owed : left > 0n ? left : 0n;
    used.set(year, before + amount);
    if (amount < owed) f.credit.limitedBy = 'perYear';
    f.credit.amount = Number(amount) / 100;
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
