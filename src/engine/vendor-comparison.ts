// The vendor's word beside the customer's own measurement: when a contract has both the
// vendor's published incidents (a status page's record) and the user's own checks, each
// reported period shows the downtime the vendor admitted, the downtime measured, the
// outages measured that the vendor never posted and the posted incidents the checks did
// not see. Down minutes here are the raw states (before qualification and exclusions),
// since that is what both records speak of.
import type { EvaluationCache } from './cache';
import { forEachHeld, piecesOf } from './held';
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

/** The held minutes [startMs, endMs) overlaps for a positive length (rule 3), visited piece by piece. */
function forEachMinuteOf(
  range: MinuteRange,
  startMs: number,
  endMs: number,
  visit: (from: number, to: number) => void,
) {
  const from = Math.max(Math.floor(startMs / MINUTE_MS), range.firstMinute);
  const to = Math.min(Math.ceil(endMs / MINUTE_MS), range.endMinute);
  forEachHeld(range, from, to, (start, end, at) => visit(at, at + end - start));
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
  for (const i of incidents)
    forEachMinuteOf(range, i.startMs, i.endMs, (from, to) => admitted.fill(1, from, to));

  // Measured outages (maximal runs of down minutes) that no posted incident touches; a run
  // never reaches across minutes the range does not hold.
  const unposted: ComparedSpan[] = [];
  for (const piece of piecesOf(range)) {
    const end = piece.at + piece.endMinute - piece.startMinute;
    for (let i = piece.at; i < end; ) {
      if (measured[i] !== DOWN) {
        i++;
        continue;
      }
      const start = i;
      let posted = false;
      for (; i < end && measured[i] === DOWN; i++) posted ||= admitted[i] === 1;
      if (!posted)
        unposted.push({
          startMs: (piece.startMinute + start - piece.at) * MINUTE_MS,
          endMs: (piece.startMinute + i - piece.at) * MINUTE_MS,
          minutes: i - start,
        });
    }
  }
  // Posted incidents the checks measured as up, never down, while they lasted.
  const unseen = incidents.filter((incident) => {
    let up = false;
    let down = false;
    forEachMinuteOf(range, incident.startMs, incident.endMs, (from, to) => {
      for (let i = from; i < to; i++) {
        down ||= measured[i] === DOWN;
        up ||= measured[i] === UP;
      }
    });
    return up && !down;
  });

  const inPeriod = (p: Period) => (ms: number) => ms >= p.startMs && ms < p.endMs;
  return {
    vendorMonitors: [...new Set(vendor.map((m) => m.monitor))],
    measuredMonitors: [...new Set(own.map((m) => m.monitor))],
    periods: periods.map((p) => {
      let admittedMinutes = 0;
      let measuredMinutes = 0;
      let unadmittedMinutes = 0;
      forEachMinuteOf(range, p.startMs, p.endMs, (from, to) => {
        for (let i = from; i < to; i++) {
          admittedMinutes += admitted[i]!;
          if (measured[i] === DOWN) {
            measuredMinutes++;
            unadmittedMinutes += 1 - admitted[i]!;
          }
        }
      });
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
