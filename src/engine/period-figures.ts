// Period figures (SPEC rules 8–10): each reported period's minutes, uptime against the
// target, the downtime it allows, the credit it earns and the claim that credit needs.
import type { BusinessCalendar } from './calendar';
import { NO_CLAIM, periodClaim } from './claims';
import {
  allowedDowntime,
  availabilityCredit,
  creditOwed,
  minutesToMiss,
  moneyOf,
  periodFee,
  uptimeOf,
} from './credits';
import { eligibilityChecks, isEligible } from './eligibility';
import { toNumber } from './exact';
import { indexOfMinute } from './held';
import { type MinuteRange, NODATA, UP } from './minutes';
import type { PeriodFigures } from './model';
import { type Outage, outageAt, outagesStartingIn } from './outages';
import type { Period } from './periods';
import type { Policy } from './policy';
import { countOther, forEachRunOtherThan } from './tally';
import { MINUTE_MS } from './time';

export interface Series {
  range: MinuteRange;
  service: Uint8Array;
  excluded: Uint8Array;
  counted: Uint8Array;
  outages: readonly Outage[];
}

export function periodFigures(
  policy: Policy,
  calendar: BusinessCalendar,
  p: Period,
  s: Series,
  asOfStartMs: number,
  asOf: string,
): PeriodFigures {
  const { range, service, excluded, counted } = s;
  // A reported period is always held whole, in one piece.
  const from = indexOfMinute(range, p.startMinute);
  const to = from + p.endMinute - p.startMinute;
  // Excluded and counted minutes are 1 among 0s; down and no-data minutes are few among up ones.
  const excludedCount = countOther(excluded, 0, from, to);
  const downtime = countOther(counted, 0, from, to);
  let nodata = 0;
  let nodataOutside = 0; // nodata minutes no exclusion already removes
  forEachRunOtherThan(service, UP, from, to, (start, end, state) => {
    if (state !== NODATA) return false;
    nodata += end - start;
    nodataOutside += end - start - countOther(excluded, 0, start, end);
    return false;
  });
  const total = to - from;
  const nodataDown = policy.nodata === 'down' ? nodataOutside : 0;
  const nodataExcluded = policy.nodata === 'exclude' ? nodataOutside : 0;
  const measurable = total - nodataExcluded - (policy.formula === 'excludeFromTotal' ? excludedCount : 0);
  const lost = downtime + nodataDown;
  // A wholly excluded period has nothing to measure, whatever the formula (rule 14).
  const whollyExcluded = excludedCount >= total;
  const uptime = whollyExcluded ? uptimeOf(0, 0, policy) : uptimeOf(measurable - lost, measurable, policy);
  const allowed = whollyExcluded ? null : allowedDowntime(measurable, policy);

  // The minute the period first fell below target: where cumulative lost minutes reach
  // the fewest that miss it.
  let breachAtMs: number | null = null;
  let breachOutage: Outage | null = null;
  if (uptime.met === false) {
    const need = minutesToMiss(measurable, policy)!;
    let sum = 0;
    // Every lost minute is a down or no-data one.
    forEachRunOtherThan(service, UP, from, to, (start, end) => {
      for (let i = start; i < end; i++) {
        sum += counted[i]! + (policy.nodata === 'down' && service[i] === NODATA && !excluded[i] ? 1 : 0);
        if (sum < need) continue;
        const minute = p.startMinute + i - from;
        breachAtMs = (minute + 1) * MINUTE_MS;
        breachOutage = outageAt(s.outages, minute);
        return true;
      }
      return false;
    });
  }

  const fee = periodFee(policy, policy.period);
  const earned = availabilityCredit(uptime, policy, {
    lostMinutes: lost,
    periodMinutes: total,
    events: outagesStartingIn(s.outages, p.startMinute, p.endMinute).filter(
      (o) => o.qualifies && o.countedMinutes > 0,
    ).length,
    fee,
  });
  const checks = eligibilityChecks(policy, breachAtMs);
  const eligible = isEligible(checks);
  const percent = earned.percent === null ? null : eligible ? earned.percent : 0;
  const days = earned.days === null ? null : eligible ? earned.days : 0;
  const money =
    earned.amount !== null
      ? eligible
        ? earned.amount
        : 0
      : percent === null || fee === null
        ? null
        : moneyOf(fee, percent);
  const amount = money === null ? null : limitedAmount(policy, money);
  // A credit the limits bring to nothing needs no claim.
  const claim = creditOwed({ percent, days, amount })
    ? periodClaim(policy, calendar, p, breachOutage, breachAtMs, asOfStartMs, asOf)
    : NO_CLAIM;
  return {
    label: p.label,
    startMs: p.startMs,
    endMs: p.endMs,
    partial: nodata > 0,
    totalMinutes: total,
    excludedMinutes: excludedCount,
    downtimeMinutes: lost,
    nodataMinutes: nodata,
    uptimePercent: uptime.percent === null ? null : toNumber(uptime.percent),
    met: uptime.met,
    allowedDowntimeMinutes: allowed,
    downtimeLeftMinutes: allowed === null ? null : allowed - lost,
    credit: {
      percent,
      days,
      amount,
      currency: policy.fee.currency,
      eligible,
      checks,
    },
    claim,
    breachAtMs,
  };
}

/**
 * A period's credit within the contract's bounds on a period: "credits do not exceed the
 * next month's fee" and a cap per period. The yearly caps and the minimum follow once
 * every period is known (credit-limits.ts).
 */
function limitedAmount(policy: Policy, amount: number): number {
  const nextMonth = policy.eligibility.capAtNextMonthFee ? periodFee(policy, 'month') : null;
  const out = nextMonth === null ? amount : Math.min(amount, nextMonth);
  const cap = policy.creditLimits?.perPeriodAmount;
  return cap == null ? out : Math.min(out, cap);
}
