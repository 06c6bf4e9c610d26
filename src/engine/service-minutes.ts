// Service minutes (SPEC rules 1–4 and 14): which periods the inputs report, and the
// combined state of the monitors in scope for every minute of the evaluated range.
import type { EvaluationCache, OwnService } from './cache';
import { checkedMinutes, outcomeRulesKey } from './check-outcomes';
import { checkRuleOf, ruleKey } from './intervals';
import {
  combinationKey,
  combinationOf,
  combineStates,
  eventStates,
  holdMinutes,
  type MinuteRange,
  NODATA,
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

/** Runs of minutes holding checks, as [start, end) minute pairs; computed once per monitor. */
function checkRuns(m: ProbeMinutes, cache: EvaluationCache): Float64Array {
  const cached = cache.checkRuns.get(m);
  if (cached) return cached;
  const runs: number[] = [];
  let open = -1;
  const checked = checkedMinutes(m);
  const length = checked.length;
  for (let i = 0; i < length; i++) {
    const has = checked[i] === 1;
    if (has && open < 0) open = i;
    else if (!has && open >= 0) {
      runs.push(m.firstMinute + open, m.firstMinute + i);
      open = -1;
    }
  }
  if (open >= 0) runs.push(m.firstMinute + open, m.firstMinute + length);
  const out = Float64Array.from(runs);
  cache.checkRuns.set(m, out);
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
export function carryEndMinute(m: MonitorMinutes, cache: EvaluationCache): number {
  if (m.kind === 'events') return 0;
  const hold = holdMinutes(m);
  const runs = checkRuns(m, cache);
  if (!Number.isFinite(hold) || runs.length === 0) return 0;
  return runs[runs.length - 1]! - 1 + hold;
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
  const key = `${range.firstMinute}:${range.endMinute}:${ruleKey(rule)}:${outcomeRulesKey(policy)}:${combinationKey(combine)}:${policy.timezone}`;
  const cached = cache.service.get(monitors);
  if (cached?.key === key) return cached.service;
  const length = range.endMinute - range.firstMinute;
  let service: Uint8Array;
  if (monitors.length && monitors.every((m) => m.kind !== 'events')) {
    service = placeInRange(ownService(monitors as readonly ProbeMinutes[], policy, cache), range);
  } else {
    const states = monitors.map((m) =>
      m.kind === 'events'
        ? eventStates(m, eventCoverage(m, policy.timezone), range, rule)
        : probeStates(m, range, rule, policy, cache),
    );
    service = states.length ? combineStates(states, length, combine) : new Uint8Array(length);
  }
  cache.service.set(monitors, { key, service });
  return service;
}

/**
 * Check and state logs combined over their own span, independent of the zone and period
 * kind, so a change of either only copies it into the new range.
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
  const span = { firstMinute: Math.min(...monitors.map((m) => m.firstMinute)), endMinute: Math.max(...ends) };
  const length = span.endMinute - span.firstMinute;
  const states = combineStates(
    monitors.map((m) => probeStates(m, span, rule, policy, cache)),
    length,
    combine,
  );
  // Past the span only monitors that hold forever still have a state: their last one.
  const lastStates = monitors.map((m) => {
    const s = probeStates(m, span, rule, policy, cache);
    return Uint8Array.of(!Number.isFinite(holdMinutes(m)) && s.length ? s[s.length - 1]! : NODATA);
  });
  const tail = combineStates(lastStates, 1, combine)[0]!;
  const own = { span, states, tail };
  if (!cached) cache.ownService.set(monitors, (cached = new Map()));
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
