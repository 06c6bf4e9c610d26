// Period figures (SPEC rules 8–10): each reported period's minutes, uptime against the
// target, the downtime it allows, the credit it earns and the claim that credit needs.
import type { BusinessCalendar } from './calendar';
import { creditSplit, NO_CLAIM, periodClaim } from './claims';
import {
  allowedDowntime,
  availabilityCredit,
  creditOwed,
  exactPeriodFee,
  minutesToMiss,
  moneyOf,
  uptimeOf,
} from './credits';
import { eligibilityChecks, isEligible, remediesFromMs } from './eligibility';
import { centsAtMost, ratioOfDecimal, toNumber } from './exact';
import { indexOfMinute } from './held';
import { type MinuteRange, NODATA, UP } from './minutes';
import type { CreditLimit, PeriodFigures } from './model';
import { type Outage, outageAt, outagesStartingIn } from './outages';
import type { Period } from './periods';
import type { Policy } from './policy';
import { countOther, forEachRunOtherThan } from './tally';
import { MINUTE_MS } from './time';

/** When a credit was earned, and the first minute of the incident that earned it. */
interface Earned {
  atMs: number;
  incidentMinute: number;
}

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

  // Lost minutes (down, or no data the policy counts down) in order, each with the running
  // count and the incident holding it: a run of minutes without data is its own incident,
  // and an outage may have begun before the period.
  const eachLost = (visit: (lostSoFar: number, at: Earned) => boolean): void => {
    let sum = 0;
    forEachRunOtherThan(service, UP, from, to, (start, end, state) => {
      const runMinute = p.startMinute + start - from;
      const incidentMinute =
        state === NODATA ? runMinute : (outageAt(s.outages, runMinute)?.startMinute ?? runMinute);
      for (let i = start; i < end; i++) {
        const lost = counted[i]! + (policy.nodata === 'down' && state === NODATA && !excluded[i] ? 1 : 0);
        if (lost === 0) continue;
        sum += lost;
        if (visit(sum, { atMs: (p.startMinute + i - from + 1) * MINUTE_MS, incidentMinute })) return true;
      }
      return false;
    });
  };
  // The minute the period first fell below target: where the lost minutes reach the fewest that miss it.
  let breach: Earned | null = null;
  if (uptime.met === false) {
    const need = minutesToMiss(measurable, policy)!;
    eachLost((sum, at) => {
      if (sum >= need) breach = at;
      return breach !== null;
    });
  }

  // A credit per outage, or on every lost minute whatever the uptime, is earned by each
  // outage that counts, not by the target's breach: its conditions are judged from the first
  // and its claim runs from each in turn. Outages before the date remedies start from earn
  // nothing ("none before effective + 30 days").
  const credit = policy.credit;
  const perOutage = credit.kind === 'perEvent';
  const everyLostMinute =
    (credit.kind === 'lostTime' || credit.kind === 'serviceDays' || credit.kind === 'perBlock') &&
    !credit.whenMissed;
  const qualified = (o: Outage): Earned => ({
    atMs: (o.startMinute + policy.minOutageMinutes) * MINUTE_MS,
    incidentMinute: o.startMinute,
  });
  const counting = outagesStartingIn(s.outages, p.startMinute, p.endMinute).filter(
    (o) => o.qualifies && o.countedMinutes > 0,
  );
  const remediesFrom = remediesFromMs(policy);
  const events =
    perOutage && remediesFrom !== null ? counting.filter((o) => qualified(o).atMs >= remediesFrom) : counting;
  // Each incident holding lost minutes, in order, with the lost minutes before it: what a
  // credit on every lost minute earns from, and what a cap per outage is measured on.
  const capped = credit.kind === 'lostTime' && credit.capPerOutagePercent != null;
  const incidents: { at: Earned; lostBefore: number }[] = [];
  let lostInIncidents = 0;
  if (everyLostMinute || capped)
    eachLost((sum, at) => {
      if (incidents[incidents.length - 1]?.at.incidentMinute !== at.incidentMinute)
        incidents.push({ at, lostBefore: lostInIncidents });
      lostInIncidents = sum;
      return false;
    });
  const lostBefore = incidents.map((i) => i.lostBefore);
  const lostByIncident = capped
    ? incidents.map((i, n) => (incidents[n + 1]?.lostBefore ?? lostInIncidents) - i.lostBefore)
    : [];
  const earnings: Earned[] = perOutage
    ? events.map(qualified)
    : everyLostMinute
      ? incidents.map((i) => i.at)
      : breach
        ? [breach]
        : [];
  // With no outage after the date remedies start, the first outage is what fails the condition.
  const earned = earnings[0] ?? (perOutage && counting[0] ? qualified(counting[0]) : null);

  const fee = exactPeriodFee(policy, policy.period);
  const checks = eligibilityChecks(policy, earned?.atMs ?? null);
  const eligible = isEligible(checks);
  // The credit the rule gives for some of the period's outages and lost minutes, within the
  // conditions and the bounds on a period.
  const creditFor = (lostMinutes: number, eventCount: number, byIncident: readonly number[]) => {
    const c = availabilityCredit(uptime, policy, {
      lostMinutes,
      periodMinutes: total,
      measurableMinutes: measurable,
      events: eventCount,
      fee,
      lostByIncident: byIncident,
    });
    const percent = c.percent === null ? null : eligible ? c.percent : 0;
    const days = c.days === null ? null : eligible ? c.days : 0;
    const money =
      c.amount !== null
        ? eligible
          ? c.amount
          : 0
        : percent === null || fee === null
          ? null
          : moneyOf(fee, percent);
    const limited = money === null ? null : limitedAmount(policy, money);
    return { percent, days, amount: limited?.amount ?? null, limitedBy: limited?.by ?? null };
  };
  const { percent, days, amount, limitedBy } = creditFor(lost, events.length, lostByIncident);
  // A credit the limits bring to nothing needs no claim. One earned by several outages is
  // claimed by the first deadline still open on the report date (the earlier ones' credit has
  // lapsed by then), or it has expired with the last.
  let claim = NO_CLAIM;
  let lapsed = 0;
  if (creditOwed({ percent, days, amount }))
    for (const at of earnings.length ? earnings : [null]) {
      claim = periodClaim(
        policy,
        calendar,
        p,
        at?.incidentMinute ?? null,
        at?.atMs ?? null,
        asOfStartMs,
        asOf,
      );
      if (claim.status !== 'expired') break;
      lapsed += 1;
    }
  if (claim.status === 'open' && lapsed > 0) claim = { ...claim, lapsedWindows: lapsed };
  // What is still claimable then is what the outages with open windows earn on their own.
  const open =
    claim.lapsedWindows === undefined
      ? null
      : perOutage
        ? creditFor(lost, events.length - lapsed, lostByIncident)
        : creditFor(
            lost - lostBefore[lapsed]!,
            events.length,
            lostAfter(lostByIncident, lostBefore[lapsed]!),
          );
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
      ...(limitedBy ? { limitedBy } : {}),
      ...creditSplit({ percent, days, amount }, claim, open),
    },
    claim,
    breachAtMs: (breach as Earned | null)?.atMs ?? null,
    earnedAtMs: earned?.atMs ?? null,
  };
}

/** Each incident's lost minutes once the period's first `minutes` are taken away. */
function lostAfter(byIncident: readonly number[], minutes: number): number[] {
  let left = minutes;
  const out: number[] = [];
  for (const m of byIncident) {
    const taken = Math.min(m, left);
    left -= taken;
    if (m > taken) out.push(m - taken);
  }
  return out;
}

/**
 * A period's credit within the contract's bounds on a period: "credits do not exceed the
 * next month's fee" and a cap per period, in whole cents. A bound that falls between cents
 * is taken down to the cent, as the yearly caps are, so it is never exceeded: a yearly fee
 * of 1 000.14 is 83.345 a month, which allows 83.34. The yearly caps and the minimum follow
 * once every period is known (credit-limits.ts).
 */
function limitedAmount(policy: Policy, amount: number): { amount: number; by: CreditLimit | null } {
  const fee = policy.eligibility.capAtNextMonthFee ? exactPeriodFee(policy, 'month') : null;
  const nextMonth = fee === null ? null : centsAtMost(fee);
  const limit = policy.creditLimits?.perPeriodAmount;
  const cap = limit == null ? null : centsAtMost(ratioOfDecimal(limit));
  // Money is already in cents (moneyOf and every credit kind round to them).
  const owed = BigInt(Math.round(amount * 100));
  const inMoney = (c: bigint) => Number(c) / 100;
  if (nextMonth !== null && nextMonth < owed && (cap === null || nextMonth <= cap))
    return { amount: inMoney(nextMonth), by: 'nextMonthFee' };
  if (cap !== null && cap < owed) return { amount: inMoney(cap), by: 'perPeriod' };
  return { amount, by: null };
}
