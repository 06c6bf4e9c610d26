// Claim deadlines (SPEC rule 10): when a credit must be claimed, in the contract's zone,
// and where the claim stands on the report's date.
import { type BusinessCalendar, daysBetween } from './calendar';
import { ratioOfDecimal, sub, toNumber } from './exact';
import type { ClaimOutcome, CreditShare } from './model';
import { CALENDAR_START, nextPeriod, type Period } from './periods';
import type { Policy } from './policy';
import {
  addDays,
  DAY_MS,
  localDate,
  localToUtc,
  MINUTE_MS,
  naiveMs,
  parseDate,
  startOfLocalDay,
  toLocal,
  zoneOffsetMs,
} from './time';

export const NO_CLAIM: ClaimOutcome = { claimByMs: null, status: null, daysLeft: null };
/** A credit the contract lets the customer claim at any time. */
export const NO_DEADLINE: ClaimOutcome = { ...NO_CLAIM, noDeadline: true };

/** Open with the days left (the deadline's own day counts), or expired, on `asOf`. */
export function claimStatusOf(
  deadlineMs: number,
  asOfStartMs: number,
  zone: string,
  asOf: string,
): ClaimOutcome {
  if (asOfStartMs >= deadlineMs) return { claimByMs: deadlineMs, status: 'expired', daysLeft: 0 };
  const deadline = localDate(zone, deadlineMs - 1);
  return { claimByMs: deadlineMs, status: 'open', daysLeft: daysBetween(parseDate(asOf)!, deadline) + 1 };
}

/** The claim for an availability period's credit. */
export function periodClaim(
  policy: Policy,
  calendar: BusinessCalendar,
  period: Period,
  /** First minute of the incident that earned the credit, for claims counted from it. */
  incidentMinute: number | null,
  /** When the credit was earned: the minute the period fell below target, or its first earning event. */
  earnedAtMs: number | null,
  asOfStartMs: number,
  asOf: string,
): ClaimOutcome {
  const zone = policy.timezone;
  const c = policy.claim;
  const endOfDayAfter = (day: { year: number; month: number; day: number }, days: number) => {
    const next = addDays(day, days + 1);
    return claimStatusOf(startOfLocalDay(zone, next.year, next.month, next.day), asOfStartMs, zone, asOf);
  };
  switch (c.kind) {
    case 'none':
      return NO_DEADLINE;
    case 'automatic':
      return { claimByMs: null, status: 'automatic', daysLeft: null };
    case 'afterPeriodEnd': {
      const d = addDays(localDate(zone, period.endMs), c.days);
      return claimStatusOf(startOfLocalDay(zone, d.year, d.month, d.day), asOfStartMs, zone, asOf);
    }
    case 'businessDaysAfterIncident': {
      if (incidentMinute === null) return NO_CLAIM;
      const day = calendar.addBusinessDays(localDate(zone, incidentMinute * MINUTE_MS), c.days);
      const next = addDays(day, 1);
      return claimStatusOf(startOfLocalDay(zone, next.year, next.month, next.day), asOfStartMs, zone, asOf);
    }
    case 'daysAfterIncident':
      return incidentMinute === null
        ? NO_CLAIM
        : endOfDayAfter(localDate(zone, incidentMinute * MINUTE_MS), c.days);
    case 'afterEligibility':
      // A period's credit is earned the minute it first falls below target.
      return earnedAtMs === null
        ? NO_CLAIM
        : claimAfterEligibility(zone, earnedAtMs, c.days, asOfStartMs, asOf);
    case 'monthsAfterPeriod': {
      // "Within two months": the same day of the month, or the month's last day when it has none.
      const end = localDate(zone, period.endMs);
      const index = end.year * 12 + end.month - 1 + c.months;
      const year = Math.floor(index / 12);
      const month = (index % 12) + 1;
      const day = Math.min(end.day, new Date(Date.UTC(year, month, 0)).getUTCDate());
      return claimStatusOf(startOfLocalDay(zone, year, month, day), asOfStartMs, zone, asOf);
    }
    case 'periodsAfterPeriod': {
      const start = policy.periodStart ?? CALENDAR_START;
      let p = period;
      for (let i = 0; i < c.periods; i++) p = nextPeriod(zone, policy.period, p, start);
      return claimStatusOf(p.endMs, asOfStartMs, zone, asOf);
    }
    default:
      return NO_CLAIM;
  }
}

/** "Within N days after eligibility": the same wall time N days after the credit was earned. */
export function claimAfterEligibility(
  zone: string,
  eligibleAtMs: number,
  days: number,
  asOfStartMs: number,
  asOf: string,
): ClaimOutcome {
  const t = toLocal(zone, eligibleAtMs);
  const d = addDays(t, days);
  // In the offset in force then; a wall time a DST gap skips is read in the offset before
  // the gap, so the deadline moves on by the gap's length (02:30 → 03:30).
  const naive = naiveMs({ ...d, hour: t.hour, minute: t.minute, second: t.second });
  const deadline = localToUtc(zone, naive) ?? naive - zoneOffsetMs(zone, naive - DAY_MS);
  return claimStatusOf(deadline, asOfStartMs, zone, asOf);
}

const nothingOf = (c: CreditShare): CreditShare => ({
  percent: c.percent === null ? null : 0,
  days: c.days === null ? null : 0,
  amount: c.amount === null ? null : 0,
});

/** a − b, exactly as the decimals are written (15 − 2.5 % is 12.5 %, money to the cent). */
const less = (a: number | null, b: number | null): number | null =>
  a === null ? null : toNumber(sub(ratioOfDecimal(a), ratioOfDecimal(b ?? 0)));
const least = (a: number | null, b: number | null): number | null =>
  a === null || b === null ? a : Math.min(a, b);

/**
 * A credit split by its claim on the report date: all of it still owed while the claim is
 * open (or needs none), nothing once it has expired; for a credit earned outage by outage
 * whose earlier windows have closed, the part the outages still open earn on their own
 * (`open`) is claimable and the rest has lapsed.
 */
export function creditSplit(
  credit: CreditShare,
  claim: ClaimOutcome,
  open: CreditShare | null,
): { claimable: CreditShare; lapsed: CreditShare } {
  const whole = { percent: credit.percent, days: credit.days, amount: credit.amount };
  if (claim.status === 'expired') return { claimable: nothingOf(whole), lapsed: whole };
  if (claim.lapsedWindows === undefined || open === null)
    return { claimable: whole, lapsed: nothingOf(whole) };
  const claimable = {
    percent: least(open.percent, credit.percent),
    days: least(open.days, credit.days),
    amount: least(open.amount, credit.amount),
  };
  return {
    claimable,
    lapsed: {
      percent: less(credit.percent, claimable.percent),
      days: less(credit.days, claimable.days),
      amount: less(credit.amount, claimable.amount),
    },
  };
}

/**
 * A credit earned in parts that are each claimed on their own (an incident credit's
 * months): the period's amount is the sum of its parts', claimable where the part's claim
 * has not expired and lapsed where it has. Unknown when any part's amount is (no fee).
 */
export function creditOfParts(parts: readonly { amount: number | null; claim: ClaimOutcome }[]): {
  amount: number | null;
  claimable: number | null;
  lapsed: number | null;
} {
  const sum = (ps: readonly { amount: number | null }[]) =>
    ps.some((p) => p.amount === null)
      ? null
      : Math.round(ps.reduce<number>((total, p) => total + (p.amount ?? 0), 0) * 100) / 100;
  return {
    amount: sum(parts),
    claimable: sum(parts.filter((p) => p.claim.status !== 'expired')),
    lapsed: sum(parts.filter((p) => p.claim.status === 'expired')),
  };
}
