// The whole evaluation, stage after stage: service minutes → exclusions → outages →
// period figures → credits → claims → termination → obligations. Pure: `asOf` is the
// only clock.
import { EvaluationCache, type Measured } from './cache';
import { businessCalendar } from './calendar';
import { creditOfParts } from './claims';
import { applyCreditLimits, remediesOwed } from './credit-limits';
import { excludedMinutes, heldRange, judgeExclusions, overCapMinutes } from './exclusions';
import { forEachHeld, indexOfMinute, pieceOfIndex, wholeRange } from './held';
import { incidentCredits, incidentExclusions } from './incident-credits';
import { DOWN, type MinuteRange, NODATA, UP } from './minutes';
import type { Evaluation, ExclusionFinding, OutageFinding } from './model';
import { judgeObligations, type ObligationEntry, ticketObligations } from './obligations';
import type { ExclusionRecord, InputSummary, MonitorMinutes } from './observations';
import { findOutages, type Outage } from './outages';
import { periodFigures } from './period-figures';
import type { Period } from './periods';
import { effectivePolicy, inScope, type Policy, scopeTerms } from './policy';
import { carryEndMinute, monitorActivity, reportedPeriods, serviceStates } from './service-minutes';
import { terminationRights } from './termination';
import { severityCompliance, type TicketRecord, ticketOutcomes, untargetedTickets } from './tickets';
import { addDays, MINUTE_MS, parseDate, startOfLocalDay } from './time';
import { vendorComparison } from './vendor-comparison';

export { EvaluationCache } from './cache';
export { withContract } from './contract-terms';
export type { Evaluation } from './model';

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
   * treated as up (their ids).
   */
  whatIf?: { exclusionsOff?: readonly number[]; outagesOff?: readonly number[] };
  /** Logged events of the contract's other promises. */
  obligations?: readonly ObligationEntry[];
  /** The report's date, YYYY-MM-DD in the contract's zone. */
  asOf: string;
  /**
   * Series kept from earlier evaluations of the same input objects; without one, each
   * evaluation starts afresh.
   */
  cache?: EvaluationCache;
}

export function evaluate(input: EvaluationInput): Evaluation {
  const policy = effectivePolicy(input.policy);
  const evaluation = evaluateTerms(policy, input);
  if (policy.scopes?.length) {
    const scopes = policy.scopes;
    // Monitors no scope takes are measured in the whole service's figures only, which earn
    // nothing where the contract credits each part on its own: the reader is told which.
    evaluation.unscopedMonitors = [
      ...new Set(input.monitors.map((m) => m.monitor).filter((m) => !scopes.some((s) => inScope(s, m)))),
    ].sort();
    evaluation.scopes = scopes.map((scope) => {
      const monitors = input.monitors.filter((m) => inScope(scope, m.monitor));
      // A scope needs its periods and outages only: tickets, promises and the rest are the contract's.
      const own = measure(scopeTerms(policy, scope), { ...input, monitors });
      return {
        id: scope.id,
        name: scope.name,
        monitors: [...new Set(monitors.map((m) => m.monitor))].sort(),
        patterns: [...scope.monitors],
        target: scope.target ?? policy.target,
        period: scope.period ?? policy.period,
        periods: own.figures,
        outages: reportedOutages(own.outages, own.periods),
      };
    });
  }
  return evaluation;
}

/**
 * Service minutes → exclusions → outages → period figures and credits, for terms already
 * resolved (plan and readings applied): what the contract and each of its scopes measure.
 */
function measure(policy: Policy, input: EvaluationInput) {
  const zone = policy.timezone;
  const asOfDate = parseDate(input.asOf);
  if (!asOfDate) throw new RangeError(`asOf: expected a date YYYY-MM-DD, got "${input.asOf}"`);
  const asOfStartMs = startOfLocalDay(zone, asOfDate.year, asOfDate.month, asOfDate.day);
  const next = addDays(asOfDate, 1);
  const asOfEndMs = startOfLocalDay(zone, next.year, next.month, next.day);
  const calendar = businessCalendar(policy, input.holidays ?? []);

  const cache = input.cache ?? new EvaluationCache();
  const measured = measuredSeries(policy, input, calendar, cache);
  const figures = measured.periods.map((p) =>
    periodFigures(policy, calendar, p, measured, asOfStartMs, input.asOf),
  );
  applyCreditLimits(policy, figures);
  return { asOfStartMs, asOfEndMs, calendar, cache, figures, ...measured };
}

/**
 * The terms the minute series depend on: the whole policy but for what only the period
 * figures and what follows them read (the target, credits, fees, claims, termination,
 * responses and other promises). A target or credit changed reuses the series; anything
 * else, including a field added later, measures again.
 */
function seriesKey(policy: Policy, input: EvaluationInput, incidentsAtMs: readonly number[]): string {
  const {
    schema,
    id,
    name,
    source,
    target,
    roundDecimals,
    formula,
    credit,
    creditLimits,
    remedies,
    fee,
    eligibility,
    claim,
    termination,
    responseTargets,
    plan,
    plans,
    obligations,
    citations,
    interpretations,
    ...series
  } = policy;
  return JSON.stringify([series, input.holidays ?? [], input.whatIf ?? {}, incidentsAtMs]);
}

/** When the tickets that are incidents of the credit were opened (SPEC rule 9, `incidents`). */
function incidentTicketTimes(policy: Policy, input: EvaluationInput): number[] {
  const c = policy.credit;
  if (c.kind !== 'incidents') return [];
  const severities = new Set(c.levels.map((l) => l.severity));
  return (input.tickets ?? []).filter((t) => severities.has(t.severity)).map((t) => t.openedAtMs);
}

/**
 * Reported periods, the held range and its per-minute service, exclusions and counted
 * Downtime, and the outages: rules 1–6 and 14, the same for every target and credit. They
 * are kept in the cache for the monitors and exclusion records they were measured from,
 * and shared by every evaluation that reuses them, so they are read-only to callers.
 */
function measuredSeries(
  policy: Policy,
  input: EvaluationInput,
  calendar: ReturnType<typeof businessCalendar>,
  cache: EvaluationCache,
): Measured {
  // The periods the credit's incident tickets report are part of what is measured.
  const incidentsAtMs = incidentTicketTimes(policy, input);
  const key = seriesKey(policy, input, incidentsAtMs);
  const kept = cache.measured.get(input.monitors);
  if (kept && kept.key === key && kept.exclusions === input.exclusions) return kept.measured;
  const measured = measureSeries(policy, input, calendar, cache, incidentsAtMs);
  cache.measured.set(input.monitors, { key, exclusions: input.exclusions, measured });
  return measured;
}

function measureSeries(
  policy: Policy,
  input: EvaluationInput,
  calendar: ReturnType<typeof businessCalendar>,
  cache: EvaluationCache,
  incidentsAtMs: readonly number[],
): Measured {
  const periods = reportedPeriods(input.monitors, policy, cache, incidentsAtMs);
  // Minutes carried past the last reported period are data there (rule 14): the range
  // runs on to where carrying ends, so an outage running into them keeps its length. It
  // holds only the reported periods and the minutes the monitors may have a state in (and
  // any cap's periods those touch): the rest of it has no data, so the cost follows the
  // data and not the span between its first and last minute.
  const range: MinuteRange = periods.length
    ? heldRange(
        policy,
        periods[0]!.startMinute,
        Math.max(
          periods[periods.length - 1]!.endMinute,
          ...input.monitors.map((m) => carryEndMinute(m, cache)),
        ),
        [
          ...periods.flatMap((p) => [p.startMinute, p.endMinute]),
          ...monitorActivity(input.monitors, policy, cache),
        ],
      )
    : wholeRange(0, 0);

  let service = serviceStates(input.monitors, policy, range, cache);
  // What-if: an outage switched off counts as up, as if the vendor had not been down.
  const outagesOff = input.whatIf?.outagesOff ?? [];
  if (outagesOff.length) {
    service = service.slice();
    for (const start of outagesOff) {
      const i = indexOfMinute(range, start);
      if (i < 0) continue;
      const piece = pieceOfIndex(range, i);
      const end = piece.at + piece.endMinute - piece.startMinute;
      for (let k = i; k < end && service[k] === DOWN; k++) service[k] = UP;
    }
  }

  const exclusionsOff = new Set(input.whatIf?.exclusionsOff ?? []);
  const verdicts = judgeExclusions(input.exclusions, policy, calendar).map((v, i) =>
    exclusionsOff.has(i) ? { ...v, excluded: false, switchedOff: true } : { ...v, switchedOff: false },
  );
  const excluded = excludedMinutes(verdicts, policy, range);
  const { outages, counted } = findOutages(service, excluded, range, policy.minOutageMinutes);
  return { periods, range, service, verdicts, excluded, outages, counted };
}

/** The outages that touch a reported period, as the evaluation gives them. */
function reportedOutages(outages: readonly Outage[], periods: readonly Period[]): OutageFinding[] {
  // Asked in time order (each outage's start, then its last minute, outage after outage),
  // as the periods are laid out: one walk through them answers every question.
  let periodAt = 0;
  const reportedMinute = (minute: number) => {
    while (periodAt < periods.length && periods[periodAt]!.endMinute <= minute) periodAt++;
    return periodAt < periods.length && periods[periodAt]!.startMinute <= minute;
  };
  return outages
    .filter((o) => reportedMinute(o.startMinute) || reportedMinute(o.endMinute - 1))
    .map((o) => ({
      id: o.startMinute,
      startMs: o.startMinute * MINUTE_MS,
      endMs: o.endMinute * MINUTE_MS,
      minutes: o.minutes,
      qualifies: o.qualifies,
      excludedMinutes: o.excludedMinutes,
      countedMinutes: o.countedMinutes,
    }));
}

/** One evaluation of terms already resolved (plan and readings applied). */
function evaluateTerms(policy: Policy, input: EvaluationInput): Evaluation {
  const zone = policy.timezone;
  const {
    asOfStartMs,
    asOfEndMs,
    calendar,
    cache,
    periods,
    range,
    service,
    verdicts,
    excluded,
    outages,
    counted,
    figures,
  } = measure(policy, input);

  const overCap = overCapMinutes(verdicts, policy, range, excluded);
  const tickets = input.tickets ?? [];
  // A severity with a clock of its own ("P1 around the clock") is measured on it.
  const severityCalendars = new Map(
    policy.responseTargets.flatMap((r) =>
      r.calendar
        ? [
            [
              r.severity,
              businessCalendar(
                { timezone: zone, calendar: r.calendar },
                r.calendar.holidayCountry === policy.calendar.holidayCountry ? (input.holidays ?? []) : [],
              ),
            ] as const,
          ]
        : [],
    ),
  );
  const calendarOf = (severity: string) => severityCalendars.get(severity) ?? calendar;
  const responses = ticketOutcomes(tickets, policy, calendarOf, asOfEndMs, 'response');
  const resolutions = ticketOutcomes(tickets, policy, calendarOf, asOfEndMs, 'resolution');
  const incidentMonths = incidentCredits(
    policy,
    outages,
    tickets,
    periods,
    asOfStartMs,
    asOfEndMs,
    input.asOf,
    (level) =>
      level.excludedKinds?.length
        ? incidentExclusions(range, excluded, input.exclusions, new Set(level.excludedKinds))
        : null,
  );
  // Incident credits are earned per month, each claimed on its own.
  if (policy.credit.kind === 'incidents')
    for (const f of figures) {
      const { amount, claimable, lapsed } = creditOfParts(incidentMonths.filter((m) => m.period === f.label));
      f.credit.amount = amount;
      f.credit.claimable = { ...f.credit.claimable, amount: claimable };
      f.credit.lapsed = { ...f.credit.lapsed, amount: lapsed };
    }

  return {
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
      size: i.size ?? null,
      sha256: i.sha256 ?? null,
      rows: i.rows,
      skippedRows: i.skippedRows,
      monitors: [...i.monitors],
      skipped: i.skipped.map((s) => ({ line: s.line, reason: s.reason })),
      ...(i.layout ? { layout: i.layout } : {}),
    })),
    periods: figures,
    outages: reportedOutages(outages, periods),
    exclusions: verdicts.map(
      (v, i): ExclusionFinding => ({
        startMs: v.record.startMs,
        endMs: v.record.endMs,
        kind: v.record.kind,
        excluded: v.excluded,
        reason: v.reason,
        overCapMinutes: overCap[i]!,
        switchedOff: v.switchedOff,
        announcedAtMs: v.record.announcedAtMs,
        note: v.record.note,
        source: v.record.source,
        line: v.record.line,
      }),
    ),
    incidentMonths,
    tickets: responses,
    resolutions,
    untargetedTickets: untargetedTickets(tickets, policy),
    ticketCompliance: [
      ...severityCompliance(responses, 'response'),
      ...severityCompliance(resolutions, 'resolution'),
    ],
    termination: terminationRights(policy, figures, periods, incidentMonths, {
      date: input.asOf,
      startMs: asOfStartMs,
      endMs: asOfEndMs,
    }),
    obligations: judgeObligations(
      withTicketObligations(input.obligations ?? [], ticketObligations(tickets, policy.obligations)),
      policy.obligations,
      calendar,
      asOfEndMs,
    ),
    comparison: vendorComparison(input.monitors, input.inputs, policy, range, periods, cache),
    ...(policy.remedies?.length ? { remedies: remediesOwed(policy, figures) } : {}),
    range,
    service,
    excluded,
    counted,
    periodBounds: periods,
    periodsAfterAsOf: periods.filter((p) => p.startMs >= asOfEndMs).map((p) => p.label),
    periodsRunningPastAsOf: periods
      .filter(
        (p) => p.startMs < asOfEndMs && p.endMs > asOfEndMs && holdsData(range, service, asOfEndMs, p.endMs),
      )
      .map((p) => p.label),
  };
}

/** Whether any minute of [fromMs, toMs) has a state (up, down or excluded), not only no data. */
function holdsData(range: MinuteRange, service: Uint8Array, fromMs: number, toMs: number): boolean {
  let found = false;
  forEachHeld(range, Math.ceil(fromMs / MINUTE_MS), Math.ceil(toMs / MINUTE_MS), (start, end, at) => {
    for (let k = at; !found && k < at + end - start; k++) if (service[k] !== NODATA) found = true;
  });
  return found;
}

/** Logged entries, plus those tickets start that no logged entry already covers. */
function withTicketObligations(
  logged: readonly ObligationEntry[],
  fromTickets: readonly ObligationEntry[],
): ObligationEntry[] {
  const seen = new Set(logged.map((e) => `${e.obligation}@${e.startedAtMs}`));
  return [...logged, ...fromTickets.filter((e) => !seen.has(`${e.obligation}@${e.startedAtMs}`))];
}
