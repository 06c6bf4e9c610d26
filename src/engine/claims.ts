// Claim deadlines (SPEC rule 10): when a credit must be claimed, in the contract's zone,
// and where the claim stands on the report's date.
import { type BusinessCalendar, daysBetween } from './calendar';
import type { ClaimOutcome } from './model';
import type { Outage } from './outages';
import type { Period } from './periods';
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
  incident: Outage | null,
  asOfStartMs: number,
  asOf: string,
): ClaimOutcome {
  const zone = policy.timezone;
  const c = policy.claim;
  switch (c.kind) {
    case 'automatic':
      return { claimByMs: null, status: 'automatic', daysLeft: null };
    case 'afterPeriodEnd': {
      const d = addDays(localDate(zone, period.endMs), c.days);
      return claimStatusOf(startOfLocalDay(zone, d.year, d.month, d.day), asOfStartMs, zone, asOf);
    }
    case 'businessDaysAfterIncident': {
      if (!incident) return NO_CLAIM;
      const day = calendar.addBusinessDays(localDate(zone, incident.startMinute * MINUTE_MS), c.days);
      const next = addDays(day, 1);
      return claimStatusOf(startOfLocalDay(zone, next.year, next.month, next.day), asOfStartMs, zone, asOf);
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
  // In the offset in force then; a time a DST gap skips moves to the end of the gap.
  const naive = naiveMs({ ...d, hour: t.hour, minute: t.minute, second: t.second });
  const deadline = localToUtc(zone, naive) ?? naive - zoneOffsetMs(zone, naive - DAY_MS);
  return claimStatusOf(deadline, asOfStartMs, zone, asOf);
}
