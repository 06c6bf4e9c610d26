// A naive reading of SPEC §4 rules 10–12 (claim deadlines, termination rights, response and
// resolution targets) and of the seeds' own clauses, written from the text alone: business
// time is counted minute by minute on the contract's wall clock, dates are stepped one by one.

import { firstMinuteAtWall, isoInZone, wallMinute } from './reference-oracle';

const MINUTE = 60_000;
const DAY_MINUTES = 1440;

export interface OracleCalendar {
  timezone: string;
  /** ISO weekdays that are working days. */
  weekdays: number[];
  /** Working hours, "HH:MM" to "HH:MM" on the wall clock. */
  open: string;
  close: string;
  /** Local dates, YYYY-MM-DD, that are not working days. */
  holidays: string[];
}

const clock = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Days since 1970-01-01 of a local date. */
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / (DAY_MINUTES * MINUTE);
const dateOfDay = (day: number) => new Date(day * DAY_MINUTES * MINUTE).toISOString().slice(0, 10);
// 1 January 1970 was a Thursday, ISO weekday 4.
const isoWeekday = (day: number) => ((((day + 3) % 7) + 7) % 7) + 1;

export const addDays = (date: string, n: number) => dateOfDay(dayNumber(date) + n);
export const daysBetween = (from: string, to: string) => dayNumber(to) - dayNumber(from);

/** The local date, in the zone, of the minute holding `ms`. */
export const localDate = (zone: string, ms: number) =>
  dateOfDay(Math.floor(wallMinute(zone, Math.floor(ms / MINUTE)) / DAY_MINUTES));

/** The instant of local midnight starting `date` (its first occurrence). */
export const localMidnight = (zone: string, date: string) =>
  firstMinuteAtWall(zone, dayNumber(date) * DAY_MINUTES) * MINUTE;

export const isBusinessDay = (cal: OracleCalendar, date: string) =>
  cal.weekdays.includes(isoWeekday(dayNumber(date))) && !cal.holidays.includes(date);

/** Rule 12: "business time on the contract's calendar (time zone, weekly working hours, holidays)". */
function isBusinessMinute(cal: OracleCalendar, m: number): boolean {
  const wall = wallMinute(cal.timezone, m);
  const day = Math.floor(wall / DAY_MINUTES);
  const ofDay = wall - day * DAY_MINUTES;
  return isBusinessDay(cal, dateOfDay(day)) && ofDay >= clock(cal.open) && ofDay < clock(cal.close);
}

/** Business time in [from, to), in minutes, one minute at a time: the part of each business minute the span covers. */
export function businessMinutes(cal: OracleCalendar, fromMs: number, toMs: number): number {
  let ms = 0;
  for (let m = Math.floor(fromMs / MINUTE); m * MINUTE < toMs; m++)
    if (isBusinessMinute(cal, m)) ms += Math.min(toMs, (m + 1) * MINUTE) - Math.max(fromMs, m * MINUTE);
  return ms / MINUTE;
}

// --- rule 12: tickets

export type OracleTarget =
  | { clock: '24x7' | 'business'; minutes: number }
  /** "by end of the next business day": to the end of working hours of the first business day after the day opened. */
  | { clock: 'business'; nextBusinessDay: true };

export interface OracleTicketOutcome {
  id: string;
  severity: string;
  clock: '24x7' | 'business';
  elapsedMinutes: number;
  targetMinutes: number;
  met: boolean | null;
  marginMinutes: number;
  pending: boolean;
}

/**
 * Rule 12: elapsed on the severity's clock; "A target is met when elapsed ≤ target. A ticket with
 * no response yet is measured up to the end of the asOf day (local midnight): met is false once
 * that passes the target, else null (pending)."
 */
export function ticketOutcome(
  cal: OracleCalendar,
  target: OracleTarget,
  ticket: { id: string; severity: string; openedMs: number; doneMs: number | null },
  asOf: string,
): OracleTicketOutcome {
  const pending = ticket.doneMs === null;
  const untilMs = ticket.doneMs ?? localMidnight(cal.timezone, addDays(asOf, 1));
  const elapsed =
    target.clock === '24x7'
      ? (untilMs - ticket.openedMs) / MINUTE
      : businessMinutes(cal, ticket.openedMs, untilMs);
  let targetMinutes: number;
  if ('minutes' in target) targetMinutes = target.minutes;
  else {
    let next = addDays(localDate(cal.timezone, ticket.openedMs), 1);
    while (!isBusinessDay(cal, next)) next = addDays(next, 1);
    const endOfHours =
      firstMinuteAtWall(cal.timezone, dayNumber(next) * DAY_MINUTES + clock(cal.close)) * MINUTE;
    targetMinutes = businessMinutes(cal, ticket.openedMs, endOfHours);
  }
  // Compared exactly, in whole milliseconds, then written to hundredths of a minute on the
  // side of the target the ticket is on (the report's convention): a reply 4 s short of a day
  // after a 60-minute target is 1439.94 and 1379.94 over, not 1439.93.
  const elapsedMs = Math.round(elapsed * MINUTE);
  const targetMs = Math.round(targetMinutes * MINUTE);
  const over = elapsedMs > targetMs;
  const hundredths = (ms: number, to: (x: number) => number) => to((ms * 100) / MINUTE) / 100 + 0;
  return {
    id: ticket.id,
    severity: ticket.severity,
    clock: target.clock,
    elapsedMinutes: over
      ? Math.max(hundredths(elapsedMs, Math.ceil), (Math.round((targetMs * 100) / MINUTE) + 1) / 100)
      : Math.min(hundredths(elapsedMs, Math.round), hundredths(targetMs, Math.round)),
    targetMinutes: hundredths(targetMs, Math.round),
    met: pending ? (over ? false : null) : !over,
    marginMinutes: over
      ? Math.min(hundredths(targetMs - elapsedMs, Math.floor), -0.01)
      : Math.max(hundredths(targetMs - elapsedMs, Math.round), 0),
    pending,
  };
}

// --- rule 10: claims

export type OracleClaim =
  | { kind: 'automatic' }
  /** "within 30 days of the end of the month": calendar days in the contract's zone. */
  | { kind: 'daysAfterPeriodEnd'; days: number }
  /** "within five (5) business days from date of incident". */
  | { kind: 'businessDaysAfterIncident'; days: number };

export interface OracleClaimStatus {
  claimBy: string | null;
  claimStatus: 'open' | 'expired' | 'automatic';
  claimDaysLeft: number | null;
}

/**
 * The claim for a period with a credit: the deadline is the local midnight ending its last day,
 * open (the days to it, the asOf day counting) while the asOf day is before it, then expired.
 */
export function claimStatus(
  cal: OracleCalendar,
  claim: OracleClaim,
  period: { endMs: number; incidentMs: number },
  asOf: string,
): OracleClaimStatus {
  if (claim.kind === 'automatic') return { claimBy: null, claimStatus: 'automatic', claimDaysLeft: null };
  const zone = cal.timezone;
  let lastDay: string;
  if (claim.kind === 'daysAfterPeriodEnd') lastDay = addDays(localDate(zone, period.endMs), claim.days - 1);
  else {
    let day = localDate(zone, period.incidentMs);
    for (let n = 0; n < claim.days; ) {
      day = addDays(day, 1);
      if (isBusinessDay(cal, day)) n++;
    }
    lastDay = day;
  }
  const byDate = addDays(lastDay, 1);
  const left = daysBetween(asOf, byDate);
  return {
    claimBy: isoInZone(zone, localMidnight(zone, byDate)),
    claimStatus: left > 0 ? 'open' : 'expired',
    // Rule 10 gives days left only to an open claim; an expired one has none left.
    claimDaysLeft: Math.max(left, 0),
  };
}

// --- rule 11: termination

export interface OracleTermination {
  triggered: boolean;
  periods: string[];
  noticeBy: string | null;
  noticeStatus: 'open' | 'expired' | null;
  noticeDaysLeft: number | null;
}

/**
 * "N consecutive periods" that each pass `hit`. Without a notice window ("three or more
 * consecutive months below target") a run is one right, named by the N months that completed
 * it. With one ("within five (5) days following the end of the second consecutive calendar
 * month in which there were three"), every later month that again closes N in a row is a
 * second consecutive month of its own, so each N-month stretch is a right with its own window
 * of `noticeDays` days after the end of its last month.
 */
export function consecutiveMonths(
  zone: string,
  months: { label: string; hit: boolean }[],
  n: number,
  noticeDays: number | null,
  asOf: string,
): OracleTermination[] {
  const next = (label: string) => {
    const [y, m] = label.split('-').map(Number) as [number, number];
    return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  };
  const rights: OracleTermination[] = [];
  let run: string[] = [];
  for (const month of months) {
    if (!month.hit) run = [];
    else if (run.length > 0 && next(run.at(-1)!) !== month.label) run = [month.label];
    else run.push(month.label);
    if (run.length < n) continue;
    const periods = run.slice(-n);
    if (noticeDays === null) {
      if (run.length === n)
        rights.push({ triggered: true, periods, noticeBy: null, noticeStatus: null, noticeDaysLeft: null });
      continue;
    }
    const byDate = addDays(`${next(periods.at(-1)!)}-01`, noticeDays);
    const left = daysBetween(asOf, byDate);
    rights.push({
      triggered: true,
      periods,
      noticeBy: isoInZone(zone, localMidnight(zone, byDate)),
      noticeStatus: left > 0 ? 'open' : 'expired',
      noticeDaysLeft: Math.max(left, 0),
    });
  }
  return rights.length > 0
    ? rights
    : [{ triggered: false, periods: [], noticeBy: null, noticeStatus: null, noticeDaysLeft: null }];
}

// --- Kipu's incident credits (rule 9 `incidents`, the seed's schedule)

export interface OracleIncidentMonth {
  label: string;
  levels: { severity: string; incidents: number; hours: number; percent: number }[];
  percent: number;
  amount: number | null;
  eligibleAt: string | null;
  claimBy: string | null;
  claimStatus: 'open' | 'expired' | null;
  claimDaysLeft: number | null;
}

/**
 * The schedule, by level: "0: Any incident exceeding 0.72 hours (99.99% uptime) 25%; 3
 * incidents or 3 hours 50%; 5+ incidents or 6 hours 100%. 1: 3 incidents or 4 hours 25%; 5+
 * incidents or 8 hours 50%". A row is reached by a count or an aggregate time (rule 9: "the
 * highest row whose count of incidents or aggregate hours in the month is reached").
 */
function rowPercent(severity: 'P0' | 'P1', minutes: number[]): number {
  const total = minutes.reduce((a, b) => a + b, 0);
  if (severity === 'P1') {
    if (minutes.length >= 5 || total >= 8 * 60) return 50;
    return minutes.length >= 3 || total >= 4 * 60 ? 25 : 0;
  }
  if (minutes.length >= 5 || total >= 6 * 60) return 100;
  if (minutes.length >= 3 || total >= 3 * 60) return 50;
  // 0.72 hours is 43.2 minutes: exceeded by 44 whole minutes, not by 43.
  return minutes.some((m) => m * 100 > 72 * 60) ? 25 : 0;
}

interface Incident {
  severity: 'P0' | 'P1';
  startMs: number;
  endMs: number;
}

/**
 * Each month of `months` with the incidents that start in it. Level 0 is "a continuous period
 * lasting greater than fifteen (15) minutes" of the service down, so outages of 16 whole
 * minutes or more, and (rule 9) "tickets of that severity"; a Level 0 ticket opened while such
 * an outage is under way reports that interruption rather than another one. Level 1 comes from
 * tickets. A ticket lasts from its opening to its resolution, an unresolved one (rule 12) to
 * the end of the asOf day. Across levels "the highest credit applies".
 *
 * "Customer must notify Kipu within thirty (30) days from the time Customer becomes eligible to
 * receive a Service Credit": the month's one credit is its highest row, so eligible when the
 * incident ends after which the month's ended incidents first reach it (not an earlier, lower
 * row the month went on past); the claim runs thirty days on the contract's calendar to the
 * same wall-clock time, open on the asOf date while that day is not after the deadline's.
 */
export function kipuIncidentMonths(
  zone: string,
  months: string[],
  outages: { startMs: number; endMs: number }[],
  tickets: { severity: 'P0' | 'P1'; openedMs: number; resolvedMs: number | null }[],
  feePerMonth: number | null,
  asOf: string,
): OracleIncidentMonth[] {
  const endOfAsOf = localMidnight(zone, addDays(asOf, 1));
  const level0 = outages.filter((o) => o.endMs - o.startMs >= 16 * MINUTE);
  const incidents: Incident[] = [
    ...level0.map((o) => ({ severity: 'P0' as const, ...o })),
    ...tickets
      .filter(
        (t) => t.severity === 'P1' || !level0.some((o) => o.startMs <= t.openedMs && t.openedMs < o.endMs),
      )
      .map((t) => ({ severity: t.severity, startMs: t.openedMs, endMs: t.resolvedMs ?? endOfAsOf })),
  ];
  const minutesOf = (list: Incident[], severity: 'P0' | 'P1') =>
    list.filter((x) => x.severity === severity).map((x) => (x.endMs - x.startMs) / MINUTE);
  const percentOf = (list: Incident[]) =>
    Math.max(rowPercent('P0', minutesOf(list, 'P0')), rowPercent('P1', minutesOf(list, 'P1')));
  return months.map((label) => {
    const inMonth = incidents
      .filter((x) => localDate(zone, x.startMs).startsWith(label))
      .sort((a, b) => a.endMs - b.endMs);
    const percent = percentOf(inMonth);
    let eligibleMs: number | null = null;
    for (let k = 1; k <= inMonth.length && eligibleMs === null; k++)
      if (percent > 0 && percentOf(inMonth.slice(0, k)) === percent) eligibleMs = inMonth[k - 1]!.endMs;
    let claim: Pick<OracleIncidentMonth, 'claimBy' | 'claimStatus' | 'claimDaysLeft'> = {
      claimBy: null,
      claimStatus: null,
      claimDaysLeft: null,
    };
    if (eligibleMs !== null) {
      const wall = wallMinute(zone, eligibleMs / MINUTE);
      const byMs = firstMinuteAtWall(zone, wall + 30 * DAY_MINUTES) * MINUTE;
      // The deadline's own day counts: the last day any of which is before it.
      const left = daysBetween(asOf, localDate(zone, byMs - MINUTE)) + 1;
      claim = {
        claimBy: isoInZone(zone, byMs),
        claimStatus: left > 0 ? 'open' : 'expired',
        claimDaysLeft: Math.max(left, 0),
      };
    }
    return {
      label,
      levels: (['P0', 'P1'] as const).map((severity) => {
        const minutes = minutesOf(inMonth, severity);
        return {
          severity,
          incidents: minutes.length,
          // The report writes hours to six decimals (58 minutes: 0.966667).
          hours: Math.round((minutes.reduce((a, b) => a + b, 0) / 60) * 1e6) / 1e6,
          percent: rowPercent(severity, minutes),
        };
      }),
      percent,
      amount: feePerMonth === null ? null : (feePerMonth * percent) / 100,
      eligibleAt: eligibleMs === null ? null : isoInZone(zone, eligibleMs),
      ...claim,
    };
  });
}
