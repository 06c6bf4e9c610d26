// The whole evaluation: minutes → service → exclusions → outages → periods → credits,
// claims and termination, as the SPEC §6 report. Pure: `asOf` is the only clock.
import { businessCalendar, daysBetween } from './calendar';
import { availabilityCredit, minutesToMiss, moneyOf, uptimeOf } from './credits';
import { toNumber } from './exact';
import { excludedMinutes, judgeExclusions } from './exclusions';
import {
  combineStates,
  DOWN,
  eventStates,
  holdMinutes,
  type MinuteRange,
  NODATA,
  probeStates,
  UP,
} from './minutes';
import { judgeObligations, type ObligationEntry, ticketObligations } from './obligations';
import type {
  EventMinutes,
  ExclusionRecord,
  InputSummary,
  MonitorMinutes,
  ProbeMinutes,
} from './observations';
import { findOutages, type Outage } from './outages';
import { type Period, periodsCovering } from './periods';
import { effectivePolicy, type Policy } from './policy';
import type { CreditReport, IncidentMonthReport, PeriodReport, SlaReport, TerminationReport } from './report';
import { severityCompliance, type TicketRecord, ticketOutcomes } from './tickets';
import {
  addDays,
  DAY_MS,
  formatDate,
  formatInstant,
  localDate,
  localToUtc,
  MINUTE_MS,
  naiveMs,
  parseDate,
  startOfLocalDay,
  toLocal,
  zoneOffsetMs,
} from './time';

export interface EvaluationInput {
  /** The policy as written; its chosen interpretations are applied here. */
  policy: Policy;
  monitors: readonly MonitorMinutes[];
  exclusions: readonly ExclusionRecord[];
  inputs: readonly InputSummary[];
  tickets?: readonly TicketRecord[];
  /**
   * Holidays of the business calendar beside the policy's own list: the built-in
   * country list, or a list the user gave instead (YYYY-MM-DD local dates).
   */
  holidays?: readonly string[];
  /**
   * What-if switches: exclusion records left out (indexes into `exclusions`) and outages
   * treated as up (their first minute index, as in the report's outage start).
   */
  whatIf?: { exclusionsOff?: readonly number[]; outagesOff?: readonly number[] };
  /** Logged events of the contract's other promises. */
  obligations?: readonly ObligationEntry[];
  /** The report's date, YYYY-MM-DD in the contract's zone. */
  asOf: string;
}

export interface Evaluation {
  report: SlaReport;
  range: MinuteRange;
  /** Per minute of the range: service state, excluded flag, counted Downtime flag. */
  service: Uint8Array;
  excluded: Uint8Array;
  counted: Uint8Array;
  periods: Period[];
}

/** Default event-log coverage: the whole contract-zone months the events touch (SPEC §3). */
function eventCoverage(e: EventMinutes, zone: string): { startMs: number; endMs: number }[] {
  return e.spans.map((s) => {
    if (s.coverage) return s.coverage;
    const months = periodsCovering(zone, 'month', s.firstMs, s.lastMs);
    return { startMs: months[0]!.startMs, endMs: months[months.length - 1]!.endMs };
  });
}

/** Rule 14: a period is reported when a row's time falls in it, or an event log covers it. */
function reportedPeriods(monitors: readonly MonitorMinutes[], policy: Policy): Period[] {
  const zone = policy.timezone;
  const byStart = new Map<number, Period>();
  for (const m of monitors) {
    if (m.kind === 'events') {
      for (const c of eventCoverage(m, zone))
        for (const p of periodsCovering(zone, policy.period, c.startMs, c.endMs - 1))
          byStart.set(p.startMs, p);
      continue;
    }
    const runs = checkRuns(m);
    if (runs.length === 0) continue;
    const candidates = periodsCovering(
      zone,
      policy.period,
      runs[0]! * MINUTE_MS,
      (runs[runs.length - 1]! - 1) * MINUTE_MS,
    );
    for (const p of candidates)
      if (!byStart.has(p.startMs) && hasChecks(runs, p.startMinute, p.endMinute)) byStart.set(p.startMs, p);
  }
  return [...byStart.values()].sort((a, b) => a.startMs - b.startMs);
}

const runCache = new WeakMap<ProbeMinutes, Float64Array>();

/** Runs of minutes holding checks, as [start, end) minute pairs; computed once per monitor. */
function checkRuns(m: ProbeMinutes): Float64Array {
  const cached = runCache.get(m);
  if (cached) return cached;
  const runs: number[] = [];
  let open = -1;
  for (let i = 0; i < m.up.length; i++) {
    const has = m.up[i]! + m.down[i]! > 0;
    if (has && open < 0) open = i;
    else if (!has && open >= 0) {
      runs.push(m.firstMinute + open, m.firstMinute + i);
      open = -1;
    }
  }
  if (open >= 0) runs.push(m.firstMinute + open, m.firstMinute + m.up.length);
  const out = Float64Array.from(runs);
  runCache.set(m, out);
  return out;
}

/** Whether any run overlaps [from, to): a binary search for the first run ending after `from`. */
function hasChecks(runs: Float64Array, from: number, to: number): boolean {
  let lo = 0;
  let hi = runs.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runs[2 * mid + 1]! <= from) lo = mid + 1;
    else hi = mid;
  }
  return lo < runs.length / 2 && runs[2 * lo]! < to;
}

/** The minute after the last one a probe monitor's checks carry into; 0 for others. */
function carryEndMinute(m: MonitorMinutes): number {
  if (m.kind === 'events') return 0;
  const hold = holdMinutes(m);
  const runs = checkRuns(m);
  if (!Number.isFinite(hold) || runs.length === 0) return 0;
  return runs[runs.length - 1]! - 1 + hold;
}

// The service series depends only on the monitors, the range and a few policy fields, so
// re-evaluating the same inputs after another policy change reuses it.
const serviceCache = new WeakMap<readonly MonitorMinutes[], { key: string; service: Uint8Array }>();

function serviceStates(monitors: readonly MonitorMinutes[], policy: Policy, range: MinuteRange): Uint8Array {
  const key = `${range.firstMinute}:${range.endMinute}:${policy.minuteRule}:${policy.combine}:${policy.timezone}`;
  const cached = serviceCache.get(monitors);
  if (cached?.key === key) return cached.service;
  const length = range.endMinute - range.firstMinute;
  let service: Uint8Array;
  if (monitors.length && monitors.every((m) => m.kind !== 'events')) {
    service = placeInRange(ownService(monitors as readonly ProbeMinutes[], policy), range);
  } else {
    const states = monitors.map((m) =>
      m.kind === 'events'
        ? eventStates(m, eventCoverage(m, policy.timezone), range)
        : probeStates(m, range, policy.minuteRule),
    );
    service = states.length ? combineStates(states, length, policy.combine) : new Uint8Array(length);
  }
  serviceCache.set(monitors, { key, service });
  return service;
}

interface OwnService {
  span: MinuteRange;
  states: Uint8Array;
  /** The service state after the span: what monitors holding forever keep showing. */
  tail: number;
}

const ownServiceCache = new WeakMap<readonly MonitorMinutes[], Map<string, OwnService>>();

/**
 * Check and state logs combined over their own span, independent of the zone and period
 * kind, so a change of either only copies it into the new range.
 */
function ownService(monitors: readonly ProbeMinutes[], policy: Policy): OwnService {
  const key = `${policy.minuteRule}:${policy.combine}`;
  let cached = ownServiceCache.get(monitors);
  const hit = cached?.get(key);
  if (hit) return hit;
  const ends = monitors.map((m) => {
    const hold = holdMinutes(m);
    return m.firstMinute + m.up.length + (Number.isFinite(hold) ? hold : 0);
  });
  const span = { firstMinute: Math.min(...monitors.map((m) => m.firstMinute)), endMinute: Math.max(...ends) };
  const length = span.endMinute - span.firstMinute;
  const states = combineStates(
    monitors.map((m) => probeStates(m, span, policy.minuteRule)),
    length,
    policy.combine,
  );
  // Past the span only monitors that hold forever still have a state: their last one.
  const lastStates = monitors.map((m) => {
    const s = probeStates(m, span, policy.minuteRule);
    return Uint8Array.of(!Number.isFinite(holdMinutes(m)) && s.length ? s[s.length - 1]! : NODATA);
  });
  const tail = combineStates(lastStates, 1, policy.combine)[0]!;
  const own = { span, states, tail };
  if (!cached) ownServiceCache.set(monitors, (cached = new Map()));
  cached.set(key, own);
  return own;
}

function placeInRange(own: OwnService, range: MinuteRange): Uint8Array {
  const out = new Uint8Array(range.endMinute - range.firstMinute);
  const from = Math.max(own.span.firstMinute, range.firstMinute);
  const to = Math.min(own.span.endMinute, range.endMinute);
  if (to > from)
    out.set(
      own.states.subarray(from - own.span.firstMinute, to - own.span.firstMinute),
      from - range.firstMinute,
    );
  const tailFrom = Math.max(own.span.endMinute, range.firstMinute);
  if (own.tail !== NODATA && range.endMinute > tailFrom) out.fill(own.tail, tailFrom - range.firstMinute);
  return out;
}

/** Applies user contract values (zone, fee, tier, effective date) on top of a policy. */
export function withContract(
  policy: Policy,
  contract: {
    timezone?: string | null;
    feeAmount?: number | null;
    currency?: string | null;
    tier?: string | null;
    effectiveDate?: string | null;
  },
): Policy {
  const out = structuredClone(policy);
  if (contract.timezone) {
    out.timezone = contract.timezone;
    // An explicit zone overrides any zone reading of an interpretation.
    for (const it of out.interpretations)
      for (const o of it.options)
        if (Object.hasOwn(o.patch, 'timezone')) o.patch.timezone = contract.timezone;
  }
  if (contract.feeAmount !== undefined && contract.feeAmount !== null) out.fee.amount = contract.feeAmount;
  if (contract.currency) out.fee.currency = contract.currency;
  if (contract.tier !== undefined && contract.tier !== null) out.eligibility.tier = contract.tier;
  if (contract.effectiveDate) out.eligibility.effectiveDate = contract.effectiveDate;
  return out;
}

const monthsPerPeriod = { month: 1, quarter: 3, year: 12 } as const;

function periodFee(policy: Policy, months: number): number | null {
  const fee = policy.fee.amount;
  if (fee === null) return null;
  return policy.fee.per === 'month' ? fee * months : (fee * months) / 12;
}

interface EligibilityCheck {
  condition: string;
  met: boolean | null;
}

function eligibilityChecks(policy: Policy, breachAtMs: number | null): EligibilityCheck[] {
  const e = policy.eligibility;
  const checks: EligibilityCheck[] = [];
  if (e.noCreditTiers.length)
    checks.push({
      condition: `plan tier is not ${e.noCreditTiers.join(' or ')}`,
      met: e.tier === null ? null : !e.noCreditTiers.some((t) => t.toLowerCase() === e.tier!.toLowerCase()),
    });
  if (e.agreementFrom)
    checks.push({
      condition: `agreement effective on or after ${e.agreementFrom}`,
      met: e.effectiveDate === null ? null : e.effectiveDate >= e.agreementFrom,
    });
  if (e.minFeeAmount !== null)
    checks.push({
      condition: `fee at least ${e.minFeeAmount} ${policy.fee.currency} per ${policy.fee.per}`,
      met: policy.fee.amount === null ? null : policy.fee.amount >= e.minFeeAmount,
    });
  if (e.remediesAfterDays !== null) {
    const eff = e.effectiveDate ? parseDate(e.effectiveDate) : null;
    const from = eff ? addDays(eff, e.remediesAfterDays) : null;
    checks.push({
      condition: `breach on or after ${from ? formatDate(from) : `${e.remediesAfterDays} days after the effective date`}`,
      met:
        from === null || breachAtMs === null
          ? null
          : breachAtMs >= startOfLocalDay(policy.timezone, from.year, from.month, from.day),
    });
  }
  if (e.capAtNextMonthFee)
    checks.push({ condition: 'credit does not exceed the next month’s fee', met: true });
  return checks;
}

interface ClaimOutcome {
  claimBy: string | null;
  claimStatus: 'open' | 'expired' | 'automatic' | null;
  claimDaysLeft: number | null;
}

function claimStatusOf(deadlineMs: number, asOfStartMs: number, zone: string, asOf: string): ClaimOutcome {
  if (asOfStartMs >= deadlineMs)
    return { claimBy: formatInstant(zone, deadlineMs), claimStatus: 'expired', claimDaysLeft: 0 };
  const deadline = localDate(zone, deadlineMs - 1);
  return {
    claimBy: formatInstant(zone, deadlineMs),
    claimStatus: 'open',
    claimDaysLeft: daysBetween(parseDate(asOf)!, deadline) + 1,
  };
}

export function evaluate(input: EvaluationInput): Evaluation {
  const policy = effectivePolicy(input.policy);
  const zone = policy.timezone;
  const asOfDate = parseDate(input.asOf);
  if (!asOfDate) throw new RangeError(`asOf: expected a date YYYY-MM-DD, got "${input.asOf}"`);
  const asOfStartMs = startOfLocalDay(zone, asOfDate.year, asOfDate.month, asOfDate.day);
  const calendar = businessCalendar(policy, input.holidays ?? []);

  const periods = reportedPeriods(input.monitors, policy);
  // Minutes carried past the last reported period are data there (rule 14): the range
  // runs on to where carrying ends, so an outage running into them keeps its length.
  const range: MinuteRange = periods.length
    ? {
        firstMinute: periods[0]!.startMinute,
        endMinute: Math.max(periods[periods.length - 1]!.endMinute, ...input.monitors.map(carryEndMinute)),
      }
    : { firstMinute: 0, endMinute: 0 };

  let service = serviceStates(input.monitors, policy, range);
  // What-if: an outage switched off counts as up, as if the vendor had not been down.
  const outagesOff = input.whatIf?.outagesOff ?? [];
  if (outagesOff.length) {
    service = service.slice();
    for (const start of outagesOff)
      for (let i = start - range.firstMinute; i >= 0 && i < service.length && service[i] === DOWN; i++)
        service[i] = UP;
  }

  const exclusionsOff = new Set(input.whatIf?.exclusionsOff ?? []);
  const verdicts = judgeExclusions(input.exclusions, policy, calendar).map((v, i) =>
    exclusionsOff.has(i) ? { ...v, excluded: false, reason: `switched off (what-if); ${v.reason}` } : v,
  );
  const excluded = excludedMinutes(verdicts, policy, range);
  const { outages, counted } = findOutages(service, excluded, range.firstMinute, policy.minOutageMinutes);

  const periodReports: PeriodReport[] = [];
  const months = monthsPerPeriod[policy.period];
  for (const p of periods) {
    const from = p.startMinute - range.firstMinute;
    const to = p.endMinute - range.firstMinute;
    let excludedCount = 0;
    let downtime = 0;
    let nodata = 0;
    let nodataOutside = 0; // nodata minutes no exclusion already removes
    for (let i = from; i < to; i++) {
      const ex = excluded[i]!;
      excludedCount += ex;
      downtime += counted[i]!;
      if (service[i] === NODATA) {
        nodata++;
        if (!ex) nodataOutside++;
      }
    }
    const total = to - from;
    const nodataDown = policy.nodata === 'down' ? nodataOutside : 0;
    const nodataExcluded = policy.nodata === 'exclude' ? nodataOutside : 0;
    const measurable = total - nodataExcluded - (policy.formula === 'excludeFromTotal' ? excludedCount : 0);
    const lost = downtime + nodataDown;
    // A wholly excluded period has nothing to measure, whatever the formula (rule 14).
    const uptime =
      excludedCount >= total ? uptimeOf(0, 0, policy) : uptimeOf(measurable - lost, measurable, policy);

    // The minute the period first fell below target: where cumulative lost minutes
    // reach the fewest that miss it.
    let breachAtMs: number | null = null;
    let breachOutage: Outage | null = null;
    if (uptime.met === false) {
      const need = minutesToMiss(measurable, policy)!;
      let sum = 0;
      for (let i = from; i < to; i++) {
        sum += counted[i]! + (policy.nodata === 'down' && service[i] === NODATA && !excluded[i] ? 1 : 0);
        if (sum >= need) {
          breachAtMs = (range.firstMinute + i + 1) * MINUTE_MS;
          const minute = range.firstMinute + i;
          breachOutage = outages.find((o) => o.startMinute <= minute && minute < o.endMinute) ?? null;
          break;
        }
      }
    }

    const amount = availabilityCredit(uptime, policy);
    const checks = eligibilityChecks(policy, breachAtMs);
    const eligible = !checks.some((c) => c.met === false);
    const percent = amount.percent === null ? null : eligible ? amount.percent : 0;
    const days = amount.days === null ? null : eligible ? amount.days : 0;
    const fee = periodFee(policy, months);
    const credit: CreditReport = {
      percent,
      days,
      amount: percent === null || fee === null ? null : moneyOf(fee, percent),
      currency: policy.fee.currency,
      eligible,
      conditions: checks,
    };

    let claim: ClaimOutcome = { claimBy: null, claimStatus: null, claimDaysLeft: null };
    if ((percent ?? 0) > 0 || (days ?? 0) > 0)
      claim = periodClaim(policy, p, breachOutage, asOfStartMs, input.asOf);

    periodReports.push({
      label: p.label,
      start: formatInstant(zone, p.startMs),
      end: formatInstant(zone, p.endMs),
      partial: nodata > 0,
      totalMinutes: total,
      excludedMinutes: excludedCount,
      downtimeMinutes: lost,
      nodataMinutes: nodata,
      uptimePercent: uptime.percent === null ? null : toNumber(uptime.percent),
      met: uptime.met,
      credit,
      claimBy: claim.claimBy,
      claimStatus: claim.claimStatus,
      claimDaysLeft: claim.claimDaysLeft,
      breachAt: breachAtMs === null ? null : formatInstant(zone, breachAtMs),
    });

    function periodClaim(
      pol: Policy,
      period: Period,
      incident: Outage | null,
      asOfMs: number,
      asOf: string,
    ): ClaimOutcome {
      const c = pol.claim;
      switch (c.kind) {
        case 'automatic':
          return { claimBy: null, claimStatus: 'automatic', claimDaysLeft: null };
        case 'afterPeriodEnd': {
          const end = localDate(zone, period.endMs);
          const d = addDays(end, c.days);
          return claimStatusOf(startOfLocalDay(zone, d.year, d.month, d.day), asOfMs, zone, asOf);
        }
        case 'businessDaysAfterIncident': {
          if (!incident) return { claimBy: null, claimStatus: null, claimDaysLeft: null };
          const day = calendar.addBusinessDays(localDate(zone, incident.startMinute * MINUTE_MS), c.days);
          const next = addDays(day, 1);
          return claimStatusOf(startOfLocalDay(zone, next.year, next.month, next.day), asOfMs, zone, asOf);
        }
        default:
          return { claimBy: null, claimStatus: null, claimDaysLeft: null };
      }
    }
  }

  // Asked in time order (each outage's start, then its last minute, outage after outage),
  // as the periods are laid out: one walk through them answers every question.
  let periodAt = 0;
  const reportedMinute = (minute: number) => {
    while (periodAt < periods.length && periods[periodAt]!.endMinute <= minute) periodAt++;
    return periodAt < periods.length && periods[periodAt]!.startMinute <= minute;
  };
  const next = addDays(asOfDate, 1);
  const asOfEndMs = startOfLocalDay(zone, next.year, next.month, next.day);
  const tickets = input.tickets ?? [];
  const responses = ticketOutcomes(tickets, policy, calendar, asOfEndMs, 'response');
  const resolutions = ticketOutcomes(tickets, policy, calendar, asOfEndMs, 'resolution');
  const incidentMonths = incidentCredits(
    policy,
    outages,
    tickets,
    periods,
    asOfStartMs,
    asOfEndMs,
    input.asOf,
  );
  if (policy.credit.kind === 'incidents')
    for (const pr of periodReports) {
      const inPeriod = incidentMonths.filter((m) => m.period === pr.label);
      const amounts = inPeriod.map((m) => m.amount);
      pr.credit.amount = amounts.some((a) => a === null)
        ? null
        : Math.round(amounts.reduce<number>((sum, a) => sum + (a ?? 0), 0) * 100) / 100;
    }

  const report: SlaReport = {
    schema: 'sla-report/1',
    asOf: input.asOf,
    contract: {
      preset: policy.id,
      name: policy.name,
      timezone: zone,
      target: policy.target,
      period: policy.period,
      formula: policy.formula,
      minOutageMinutes: policy.minOutageMinutes,
      roundDecimals: policy.roundDecimals,
      fee: policy.fee.amount,
      feePer: policy.fee.per,
      currency: policy.fee.currency,
      tier: policy.eligibility.tier,
      effectiveDate: policy.eligibility.effectiveDate,
      interpretations: Object.fromEntries(input.policy.interpretations.map((i) => [i.id, i.chosen])),
    },
    inputs: input.inputs.map((i) => ({
      name: i.name,
      kind: i.kind,
      rows: i.rows,
      skippedRows: i.skippedRows,
      monitors: [...i.monitors],
      skipped: i.skipped.map((s) => ({ line: s.line, reason: s.reason })),
    })),
    periods: periodReports,
    outages: outages
      .filter((o) => reportedMinute(o.startMinute) || reportedMinute(o.endMinute - 1))
      .map((o) => ({
        start: formatInstant(zone, o.startMinute * MINUTE_MS),
        end: formatInstant(zone, o.endMinute * MINUTE_MS),
        minutes: o.minutes,
        qualifies: o.qualifies,
        excludedMinutes: o.excludedMinutes,
        countedMinutes: o.countedMinutes,
      })),
    exclusions: verdicts.map((v) => ({
      start: formatInstant(zone, v.record.startMs),
      end: formatInstant(zone, v.record.endMs),
      kind: v.record.kind,
      excluded: v.excluded,
      reason: v.reason,
      announcedAt: v.record.announcedAtMs === null ? null : formatInstant(zone, v.record.announcedAtMs),
      noticeHours: v.noticeHours === null ? null : Math.round(v.noticeHours * 100) / 100,
      noticeRequired: v.noticeRequired,
      note: v.record.note,
      source: `${v.record.source}:${v.record.line}`,
    })),
    incidentCredits: incidentMonths,
    tickets: responses,
    resolutions,
    ticketCompliance: [
      ...severityCompliance(responses, 'response'),
      ...severityCompliance(resolutions, 'resolution'),
    ],
    termination: terminationRights(policy, periodReports, periods, incidentMonths, zone),
    obligations: judgeObligations(
      withTicketObligations(input.obligations ?? [], ticketObligations(tickets, policy.obligations)),
      policy.obligations,
      calendar,
      asOfEndMs,
    ),
  };
  // A copy: the cached series must survive callers that transfer or change theirs.
  return { report, range, service: service.slice(), excluded, counted, periods };
}

/** Logged entries, plus those tickets start that no logged entry already covers. */
function withTicketObligations(
  logged: readonly ObligationEntry[],
  fromTickets: readonly ObligationEntry[],
): ObligationEntry[] {
  const seen = new Set(logged.map((e) => `${e.obligation}@${e.startedAtMs}`));
  return [...logged, ...fromTickets.filter((e) => !seen.has(`${e.obligation}@${e.startedAtMs}`))];
}

/** Kipu-style credits: incidents per month by severity; Level 0 from long outages (rule 9). */
function incidentCredits(
  policy: Policy,
  outages: readonly Outage[],
  tickets: readonly TicketRecord[],
  periods: readonly Period[],
  asOfStartMs: number,
  asOfEndMs: number,
  asOf: string,
): IncidentMonthReport[] {
  const c = policy.credit;
  if (c.kind !== 'incidents' || periods.length === 0) return [];
  const zone = policy.timezone;
  const out: IncidentMonthReport[] = [];
  for (const p of periods)
    for (const month of periodsCovering(zone, 'month', p.startMs, p.endMs - 1)) {
      const levels = c.levels.map((level) => {
        // Outages long enough for the level, and tickets of its severity, each an incident
        // with its length; unresolved tickets last to the end of the asOf day.
        const inMonth = (ms: number) => ms >= month.startMs && ms < month.endMs;
        const incidents: { startMs: number; endMs: number; minutes: number }[] = [];
        if (level.minOutageMinutes !== null)
          for (const o of outages)
            if (inMonth(o.startMinute * MINUTE_MS) && o.minutes - o.excludedMinutes >= level.minOutageMinutes)
              incidents.push({
                startMs: o.startMinute * MINUTE_MS,
                endMs: o.endMinute * MINUTE_MS,
                minutes: o.minutes - o.excludedMinutes,
              });
        for (const t of tickets)
          if (t.severity === level.severity && inMonth(t.openedAtMs)) {
            const endMs = Math.max(t.openedAtMs, t.resolvedAtMs ?? asOfEndMs);
            incidents.push({ startMs: t.openedAtMs, endMs, minutes: (endMs - t.openedAtMs) / MINUTE_MS });
          }
        incidents.sort((a, b) => a.endMs - b.endMs || a.startMs - b.startMs);
        // Walk incidents in order to find when each row was first reached.
        let count = 0;
        let minutes = 0;
        let percent = 0;
        let eligibleAtMs: number | null = null;
        for (const o of incidents) {
          count++;
          minutes += o.minutes;
          for (const row of level.rows) {
            const hours = minutes / 60;
            const byCount = row.minIncidents !== null && count >= row.minIncidents;
            const byHours =
              row.minHours !== null && (row.hoursStrict ? hours > row.minHours : hours >= row.minHours);
            if ((byCount || byHours) && row.percent > percent) {
              percent = row.percent;
              eligibleAtMs = o.endMs;
            }
          }
        }
        return { severity: level.severity, incidents: count, hours: minutes / 60, percent, eligibleAtMs };
      });
      const top = levels.reduce((a, b) => (b.percent > a.percent ? b : a), levels[0]!);
      const eligible = !eligibilityChecks(policy, top.eligibleAtMs).some((check) => check.met === false);
      const percent = eligible ? Math.min(top?.percent ?? 0, c.capPercent) : 0;
      const fee = periodFee(policy, 1);
      let claim: ClaimOutcome = { claimBy: null, claimStatus: null, claimDaysLeft: null };
      if (percent > 0 && top.eligibleAtMs !== null && policy.claim.kind === 'afterEligibility') {
        const t = toLocal(zone, top.eligibleAtMs);
        const d = addDays(t, policy.claim.days);
        // The same wall time N days later, in the offset in force then; a time a DST gap
        // skips moves to the end of the gap.
        const naive = naiveMs({ ...d, hour: t.hour, minute: t.minute, second: t.second });
        const deadline = localToUtc(zone, naive) ?? naive - zoneOffsetMs(zone, naive - DAY_MS);
        claim = claimStatusOf(deadline, asOfStartMs, zone, asOf);
      } else if (percent > 0 && policy.claim.kind === 'automatic') claim.claimStatus = 'automatic';
      out.push({
        label: month.label,
        period: p.label,
        levels: levels.map((l) => ({
          severity: l.severity,
          incidents: l.incidents,
          hours: Math.round(l.hours * 1e6) / 1e6,
          percent: l.percent,
        })),
        percent,
        amount: fee === null ? null : moneyOf(fee, percent),
        currency: policy.fee.currency,
        eligibleAt: top.eligibleAtMs === null || percent === 0 ? null : formatInstant(zone, top.eligibleAtMs),
        claimBy: claim.claimBy,
        claimStatus: claim.claimStatus,
        claimDaysLeft: claim.claimDaysLeft,
      });
    }
  return out;
}

/** Rule 11, for the rules the availability data alone decides. */
function terminationRights(
  policy: Policy,
  reports: readonly PeriodReport[],
  periods: readonly Period[],
  incidentMonths: readonly IncidentMonthReport[],
  zone: string,
): TerminationReport[] {
  return policy.termination.map((rule) => {
    switch (rule.kind) {
      case 'consecutivePeriodsMissed': {
        let run: string[] = [];
        for (let i = 0; i < reports.length; i++) {
          const adjacent = i > 0 && periods[i - 1]!.endMs === periods[i]!.startMs;
          if (reports[i]!.met === false)
            run = adjacent && run.length ? [...run, reports[i]!.label] : [reports[i]!.label];
          else run = [];
          if (run.length >= rule.periods)
            return {
              rule: `${rule.periods} consecutive ${policy.period}s below target`,
              triggered: true,
              periods: run,
              noticeBy: null,
            };
        }
        return {
          rule: `${rule.periods} consecutive ${policy.period}s below target`,
          triggered: false,
          periods: [],
          noticeBy: null,
        };
      }
      case 'incidentsPerMonth': {
        const label = `${rule.minIncidents} or more ${rule.severity} incidents in a month for ${rule.consecutiveMonths} consecutive months`;
        let run: IncidentMonthReport[] = [];
        for (const m of incidentMonths) {
          const level = m.levels.find((l) => l.severity === rule.severity);
          const prev = run[run.length - 1];
          const adjacent = prev !== undefined && nextMonthLabel(prev.label) === m.label;
          if (level && level.incidents >= rule.minIncidents) run = adjacent ? [...run, m] : [m];
          else run = [];
          if (run.length >= rule.consecutiveMonths) {
            // "within five (5) days following the end of the second consecutive calendar month"
            const [y, mo] = m.label.split('-').map(Number) as [number, number];
            const next = mo === 12 ? { year: y + 1, month: 1, day: 1 } : { year: y, month: mo + 1, day: 1 };
            const by = addDays(next, rule.noticeWithinDays ?? 0);
            const noticeBy =
              rule.noticeWithinDays === null
                ? null
                : formatInstant(zone, startOfLocalDay(zone, by.year, by.month, by.day));
            return { rule: label, triggered: true, periods: run.map((r) => r.label), noticeBy };
          }
        }
        return { rule: label, triggered: false, periods: [], noticeBy: null };
      }
      case 'claims': {
        const triggering = claimsTriggerPeriods(rule, reports, periods);
        return {
          rule: `claims in ${rule.consecutiveMonths} consecutive months, or ${rule.claimsWithin.count} claims within ${rule.claimsWithin.days} days`,
          triggered: triggering.length > 0,
          periods: triggering,
          noticeBy: null,
        };
      }
      default:
        throw new Error(`unknown termination rule ${(rule as { kind: string }).kind}`);
    }
  });
}

function nextMonthLabel(label: string): string {
  const [y, m] = label.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

type ClaimsRule = Extract<Policy['termination'][number], { kind: 'claims' }>;

/**
 * Months whose credit makes a claim possible, taken as the claims a customer would
 * file (one per month, dated at the breach).
 */
function claimsTriggerPeriods(
  rule: ClaimsRule,
  reports: readonly PeriodReport[],
  periods: readonly Period[],
): string[] {
  const claimed = reports.map((r) => (r.credit.percent ?? 0) > 0 || (r.credit.days ?? 0) > 0);
  let run: string[] = [];
  for (let i = 0; i < reports.length; i++) {
    const adjacent = i > 0 && periods[i - 1]!.endMs === periods[i]!.startMs;
    run = claimed[i] ? (adjacent && run.length ? [...run, reports[i]!.label] : [reports[i]!.label]) : [];
    if (run.length >= rule.consecutiveMonths) return run;
  }
  const dated = reports
    .filter((r, i) => claimed[i] && r.breachAt !== null)
    .map((r) => ({ label: r.label, at: Date.parse(r.breachAt!) }));
  for (let i = 0; i + rule.claimsWithin.count - 1 < dated.length; i++) {
    const window = dated.slice(i, i + rule.claimsWithin.count);
    if (window[window.length - 1]!.at - window[0]!.at <= rule.claimsWithin.days * 86_400_000)
      return window.map((w) => w.label);
  }
  return [];
}
