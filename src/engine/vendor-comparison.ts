// The vendor's word beside the customer's own measurement: when a contract has both the
// vendor's published incidents (a status page's record) and the user's own checks, each
// reported period shows the downtime the vendor admitted, the downtime measured, the
// outages measured that the vendor never posted and the posted incidents the checks did
// not see. Down minutes here are the raw states (before qualification and exclusions),
// since that is what both records speak of.
import type { EvaluationCache } from './cache';
import { DOWN, type MinuteRange, UP } from './minutes';
import type { ComparedSpan, PostedIncident, VendorComparison } from './model';
import type { EventMinutes, InputSummary, MonitorMinutes } from './observations';
import type { Period } from './periods';
import type { Policy } from './policy';
import { serviceStates } from './service-minutes';
import { MINUTE_MS } from './time';

/** Event monitors read from a file the detection knew as the vendor's own record. */
function vendorMonitorNames(inputs: readonly InputSummary[]): Set<string> {
  return new Set(
    inputs.filter((i) => i.kind === 'events' && i.layout?.vendorRecord).flatMap((i) => i.monitors),
  );
}

/** The posted incidents, one per distinct [start, end), with every component it names. */
function postedIncidents(vendor: readonly EventMinutes[]): PostedIncident[] {
  const byInterval = new Map<string, PostedIncident>();
  for (const m of vendor)
    for (let k = 0; k + 1 < m.intervals.length; k += 2) {
      const startMs = m.intervals[k]!;
      const endMs = m.intervals[k + 1]!;
      const key = `${startMs}:${endMs}`;
      const seen = byInterval.get(key);
      if (seen) {
        if (!seen.monitors.includes(m.monitor)) seen.monitors.push(m.monitor);
        continue;
      }
      const minutes = Math.ceil(endMs / MINUTE_MS) - Math.floor(startMs / MINUTE_MS);
      byInterval.set(key, { startMs, endMs, minutes, monitors: [m.monitor] });
    }
  return [...byInterval.values()].sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
}

/** The minutes of [startMs, endMs) in the range, as indexes into it (rule 3: a positive overlap). */
function indexesOf(startMs: number, endMs: number, range: MinuteRange): [number, number] {
  const from = Math.max(Math.floor(startMs / MINUTE_MS), range.firstMinute) - range.firstMinute;
  const to = Math.min(Math.ceil(endMs / MINUTE_MS), range.endMinute) - range.firstMinute;
  return [from, Math.max(from, to)];
}

/** Null unless the contract has both the vendor's record and a measurement of its own. */
export function vendorComparison(
  monitors: readonly MonitorMinutes[],
  inputs: readonly InputSummary[],
  policy: Policy,
  range: MinuteRange,
  periods: readonly Period[],
  cache: EvaluationCache,
): VendorComparison | null {
  const names = vendorMonitorNames(inputs);
  const isVendor = (m: MonitorMinutes): m is EventMinutes => m.kind === 'events' && names.has(m.monitor);
  const vendor = monitors.filter(isVendor);
  const own = monitors.filter((m) => !isVendor(m));
  if (vendor.length === 0 || own.length === 0 || range.endMinute <= range.firstMinute) return null;

  const measured = serviceStates(own, policy, range, cache);
  const incidents = postedIncidents(vendor);
  const admitted = new Uint8Array(measured.length);
  for (const i of incidents) {
    const [from, to] = indexesOf(i.startMs, i.endMs, range);
    admitted.fill(1, from, to);
  }

  // Measured outages (maximal runs of down minutes) that no posted incident touches.
  const unposted: ComparedSpan[] = [];
  for (let i = 0; i < measured.length; ) {
    if (measured[i] !== DOWN) {
      i++;
      continue;
    }
    const start = i;
    let posted = false;
    for (; i < measured.length && measured[i] === DOWN; i++) posted ||= admitted[i] === 1;
    if (!posted)
      unposted.push({
        startMs: (range.firstMinute + start) * MINUTE_MS,
        endMs: (range.firstMinute + i) * MINUTE_MS,
        minutes: i - start,
      });
  }
  // Posted incidents the checks measured as up, never down, while they lasted.
  const unseen = incidents.filter((incident) => {
    const [from, to] = indexesOf(incident.startMs, incident.endMs, range);
    let up = false;
    for (let i = from; i < to; i++) {
      if (measured[i] === DOWN) return false;
      up ||= measured[i] === UP;
    }
    return up;
  });

  const inPeriod = (p: Period) => (ms: number) => ms >= p.startMs && ms < p.endMs;
  return {
    vendorMonitors: [...new Set(vendor.map((m) => m.monitor))],
    measuredMonitors: [...new Set(own.map((m) => m.monitor))],
    periods: periods.map((p) => {
      const [from, to] = indexesOf(p.startMs, p.endMs, range);
      let admittedMinutes = 0;
      let measuredMinutes = 0;
      let unadmittedMinutes = 0;
      for (let i = from; i < to; i++) {
        admittedMinutes += admitted[i]!;
        if (measured[i] === DOWN) {
          measuredMinutes++;
          unadmittedMinutes += 1 - admitted[i]!;
        }
      }
      const starts = inPeriod(p);
      return {
        label: p.label,
        admittedMinutes,
        measuredMinutes,
        unadmittedMinutes,
        unpostedOutages: unposted.filter((o) => starts(o.startMs)),
        unseenIncidents: unseen.filter((o) => starts(o.startMs)),
      };
    }),
  };
}
