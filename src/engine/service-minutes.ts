// Service minutes (SPEC rules 1–4 and 14): which periods the inputs report, and the
// combined state of the monitors in scope for every minute of the evaluated range.
import type { EvaluationCache } from './cache';
import { outcomeRulesKey } from './check-outcomes';
import { type MinuteRange, piecesOf } from './held';
import { checkRuleOf, ruleKey } from './intervals';
import { checkRuns, eventActivity, eventStates, holdMinutes, probeActivity, probeRuns } from './minutes';
import type { EventMinutes, MonitorMinutes, ProbeMinutes } from './observations';
import { CALENDAR_START, type Period, periodsCovering } from './periods';
import type { Policy } from './policy';
import {
  combinationKey,
  combinationOf,
  combineRuns,
  runsCutAt,
  runsOfSeries,
  type StateRuns,
  seriesOfRuns,
} from './state-runs';
import { MINUTE_MS } from './time';

/** Default event-log coverage: the whole contract-zone months the events touch (SPEC §3). */
function eventCoverage(e: EventMinutes, zone: string): { startMs: number; endMs: number }[] {
  return e.spans.map((s) => {
    if (s.coverage) return s.coverage;
    const months = periodsCovering(zone, 'month', s.firstMs, s.lastMs);
    return { startMs: months[0]!.startMs, endMs: months[months.length - 1]!.endMs };
  });
}

/**
 * Rule 14: a period is reported when a row's time falls in it, or an event log covers it.
 * `incidentsAtMs` are the openings of tickets that are incidents of the credit (Kipu's
 * Level 0 and 1): the months they earn are in such a period whether or not a monitor
 * watched it.
 */
export function reportedPeriods(
  monitors: readonly MonitorMinutes[],
  policy: Policy,
  cache: EvaluationCache,
  incidentsAtMs: readonly number[] = [],
): Period[] {
  const zone = policy.timezone;
  const start = policy.periodStart ?? CALENDAR_START;
  const byStart = new Map<number, Period>();
  for (const ms of incidentsAtMs)
    for (const p of periodsCovering(zone, policy.period, ms, ms, start)) byStart.set(p.startMs, p);
  const checked: Float64Array[] = [];
  let firstMinute = Number.POSITIVE_INFINITY;
  let endMinute = Number.NEGATIVE_INFINITY;
  for (const m of monitors) {
    if (m.kind === 'events') {
      for (const c of eventCoverage(m, zone))
        for (const p of periodsCovering(zone, policy.period, c.startMs, c.endMs - 1, start))
          byStart.set(p.startMs, p);
      continue;
    }
    const runs = checkRuns(m, cache);
    if (runs.length === 0) continue;
    checked.push(runs);
    firstMinute = Math.min(firstMinute, runs[0]!);
    endMinute = Math.max(endMinute, runs[runs.length - 1]!);
  }
  // The periods are worked out once over every probe monitor's span (each costs two
  // readings of the zone), then kept where any monitor has a check in them.
  if (checked.length > 0)
    for (const p of periodsCovering(
      zone,
      policy.period,
      firstMinute * MINUTE_MS,
      (endMinute - 1) * MINUTE_MS,
      start,
    ))
      if (!byStart.has(p.startMs) && checked.some((runs) => hasChecks(runs, p.startMinute, p.endMinute)))
        byStart.set(p.startMs, p);
  return [...byStart.values()].sort((a, b) => a.startMs - b.startMs);
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
export function carryEndMinute(m: MonitorMinutes, cache: EvaluationCache): number {
  if (m.kind === 'events') return 0;
  const hold = holdMinutes(m);
  const runs = checkRuns(m, cache);
  if (!Number.isFinite(hold) || runs.length === 0) return 0;
  return runs[runs.length - 1]! - 1 + hold;
}

/**
 * Where the monitors may have a state (flat [start, end) minute pairs, +∞ for a log that
 * holds forever): a range over them must hold these minutes, and every other minute has
 * no data whatever the combination.
 */
export function monitorActivity(
  monitors: readonly MonitorMinutes[],
  policy: Policy,
  cache: EvaluationCache,
): number[] {
  const rule = checkRuleOf(policy);
  return monitors.flatMap((m) =>
    m.kind === 'events'
      ? eventActivity(eventCoverage(m, policy.timezone), rule)
      : probeActivity(m, rule, cache),
  );
}

/**
 * The service series depends only on the monitors, the range and a few policy fields, so
 * re-evaluating the same inputs after another policy change takes it from the cache.
 */
export function serviceStates(
  monitors: readonly MonitorMinutes[],
  policy: Policy,
  range: MinuteRange,
  cache: EvaluationCache,
): Uint8Array {
  const rule = checkRuleOf(policy);
  const combine = combinationOf(policy);
  const held = piecesOf(range)
    .map((p) => `${p.startMinute}-${p.endMinute}`)
    .join(',');
  const key = `${range.firstMinute}:${range.endMinute}:${held}:${ruleKey(rule)}:${outcomeRulesKey(policy)}:${combinationKey(combine)}:${policy.timezone}`;
  const cached = cache.service.get(monitors);
  if (cached?.key === key) return cached.service;
  let runs: StateRuns;
  if (monitors.length && monitors.every((m) => m.kind !== 'events')) {
    runs = ownService(monitors as readonly ProbeMinutes[], policy, cache);
  } else {
    // An event log's states follow its coverage in the contract's zone: laid out over the
    // range, then taken as runs like the others.
    runs = combineRuns(
      monitors.map((m) =>
        m.kind === 'events'
          ? runsOfSeries(eventStates(m, eventCoverage(m, policy.timezone), range, rule), range)
          : probeRuns(m, rule, policy, cache),
      ),
      combine,
    );
  }
  const service = seriesOfRuns(runs, range);
  cache.service.set(monitors, { key, service });
  return service;
}

/**
 * Check and state logs combined over the minutes their data speaks of, independent of the
 * zone and period kind, so a change of either only lays it out over the new range.
 */
function ownService(monitors: readonly ProbeMinutes[], policy: Policy, cache: EvaluationCache): StateRuns {
  const rule = checkRuleOf(policy);
  const combine = combinationOf(policy);
  const key = `${ruleKey(rule)}:${outcomeRulesKey(policy)}:${combinationKey(combine)}`;
  let cached = cache.ownService.get(monitors);
  const hit = cached?.get(key);
  if (hit) return hit;
  // Past the end of the monitors' spans and holds only logs that hold forever still have
  // a state: the one each shows in the last minute before it.
  let spanEnd = Number.NEGATIVE_INFINITY;
  for (const m of monitors) {
    const hold = holdMinutes(m);
    spanEnd = Math.max(spanEnd, m.firstMinute + m.spanMinutes + (Number.isFinite(hold) ? hold : 0));
  }
  const runs = combineRuns(
    monitors.map((m) =>
      runsCutAt(probeRuns(m, rule, policy, cache), spanEnd, !Number.isFinite(holdMinutes(m))),
    ),
    combine,
  );
  if (!cached) cache.ownService.set(monitors, (cached = new Map()));
  cached.set(key, runs);
  return runs;
}
