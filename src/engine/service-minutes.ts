// Service minutes (SPEC rules 1–4 and 14): which periods the inputs report, and the
// combined state of the monitors in scope for every minute of the evaluated range.
import type { EvaluationCache, OwnService } from './cache';
import { outcomeRulesKey } from './check-outcomes';
import { forEachHeld, heldLength, type MinuteRange, piecesOf, rangeHolding, wholeRange } from './held';
import { checkRuleOf, ruleKey } from './intervals';
import {
  checkRuns,
  combinationKey,
  combinationOf,
  combineStates,
  eventActivity,
  eventStates,
  holdMinutes,
  NODATA,
  probeActivity,
  probeStates,
} from './minutes';
import type { EventMinutes, MonitorMinutes, ProbeMinutes } from './observations';
import { CALENDAR_START, type Period, periodsCovering } from './periods';
import type { Policy } from './policy';
import { MINUTE_MS } from './time';

/** Default event-log coverage: the whole contract-zone months the events touch (SPEC §3). */
function eventCoverage(e: EventMinutes, zone: string): { startMs: number; endMs: number }[] {
  return e.spans.map((s) => {
    if (s.coverage) return s.coverage;
    const months = periodsCovering(zone, 'month', s.firstMs, s.lastMs);
    return { startMs: months[0]!.startMs, endMs: months[months.length - 1]!.endMs };
  });
}

/** Rule 14: a period is reported when a row's time falls in it, or an event log covers it. */
export function reportedPeriods(
  monitors: readonly MonitorMinutes[],
  policy: Policy,
  cache: EvaluationCache,
): Period[] {
  const zone = policy.timezone;
  const start = policy.periodStart ?? CALENDAR_START;
  const byStart = new Map<number, Period>();
  for (const m of monitors) {
    if (m.kind === 'events') {
      for (const c of eventCoverage(m, zone))
        for (const p of periodsCovering(zone, policy.period, c.startMs, c.endMs - 1, start))
          byStart.set(p.startMs, p);
      continue;
    }
    const runs = checkRuns(m, cache);
    if (runs.length === 0) continue;
    const candidates = periodsCovering(
      zone,
      policy.period,
      runs[0]! * MINUTE_MS,
      (runs[runs.length - 1]! - 1) * MINUTE_MS,
      start,
    );
    for (const p of candidates)
      if (!byStart.has(p.startMs) && hasChecks(runs, p.startMinute, p.endMinute)) byStart.set(p.startMs, p);
  }
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
  const length = heldLength(range);
  let service: Uint8Array;
  if (monitors.length && monitors.every((m) => m.kind !== 'events')) {
    service = placeInRange(ownService(monitors as readonly ProbeMinutes[], policy, cache), range);
  } else {
    const stateOf = (k: number) => {
      const m = monitors[k]!;
      return m.kind === 'events'
        ? eventStates(m, eventCoverage(m, policy.timezone), range, rule)
        : probeStates(m, range, rule, policy, cache);
    };
    service = monitors.length
      ? combineStates(monitors.length, stateOf, length, combine)
      : new Uint8Array(length);
  }
  cache.service.set(monitors, { key, service });
  return service;
}

/**
 * Check and state logs combined over the minutes their data speaks of, independent of the
 * zone and period kind, so a change of either only copies it into the new range.
 */
function ownService(monitors: readonly ProbeMinutes[], policy: Policy, cache: EvaluationCache): OwnService {
  const rule = checkRuleOf(policy);
  const combine = combinationOf(policy);
  const key = `${ruleKey(rule)}:${outcomeRulesKey(policy)}:${combinationKey(combine)}`;
  let cached = cache.ownService.get(monitors);
  const hit = cached?.get(key);
  if (hit) return hit;
  const ends = monitors.map((m) => {
    const hold = holdMinutes(m);
    return m.firstMinute + m.spanMinutes + (Number.isFinite(hold) ? hold : 0);
  });
  const span = rangeHolding(
    Math.min(...monitors.map((m) => m.firstMinute)),
    Math.max(...ends),
    monitors.flatMap((m) => probeActivity(m, rule, cache)),
  );
  const states = combineStates(
    monitors.length,
    (k) => probeStates(monitors[k]!, span, rule, policy, cache),
    heldLength(span),
    combine,
  );
  // Past the span only monitors that hold forever still have a state: their last one.
  const last = wholeRange(span.endMinute - 1, span.endMinute);
  const lastStates = monitors.map((m) =>
    Number.isFinite(holdMinutes(m)) ? Uint8Array.of(NODATA) : probeStates(m, last, rule, policy, cache),
  );
  const tail = combineStates(lastStates.length, (k) => lastStates[k]!, 1, combine)[0]!;
  const own = { span, states, tail };
  if (!cached) cache.ownService.set(monitors, (cached = new Map()));
  cached.set(key, own);
  return own;
}

function placeInRange(own: OwnService, range: MinuteRange): Uint8Array {
  const out = new Uint8Array(heldLength(range));
  for (const piece of piecesOf(own.span))
    forEachHeld(range, piece.startMinute, piece.endMinute, (start, end, at) => {
      const from = piece.at + start - piece.startMinute;
      out.set(own.states.subarray(from, from + end - start), at);
    });
  if (own.tail !== NODATA)
    forEachHeld(range, own.span.endMinute, range.endMinute, (start, end, at) =>
      out.fill(own.tail, at, at + end - start),
    );
  return out;
}
