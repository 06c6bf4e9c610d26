// Kipu-style credits (SPEC rule 9, incidents): per month and severity, the highest row
// whose count of incidents or aggregate hours is reached; Level 0 also from long outages.
import { claimAfterEligibility, NO_CLAIM, NO_DEADLINE } from './claims';
import { exactPeriodFee, moneyOf } from './credits';
import { eligibilityChecks, isEligible } from './eligibility';
import { forEachHeld } from './held';
import { type MinuteRange, markMinutes } from './minutes';
import type { ClaimOutcome, IncidentFinding, IncidentMonth } from './model';
import type { ExclusionRecord } from './observations';
import type { Outage } from './outages';
import { type Period, periodsCovering } from './periods';
import type { Policy } from './policy';

type IncidentLevel = Extract<Policy['credit'], { kind: 'incidents' }>['levels'][number];

import type { TicketRecord } from './tickets';
import { HOUR_MS, MINUTE_MS } from './time';

/**
 * The minutes no outage may count as an incident: those availability leaves out, and
 * those a record of one of `kinds` covers, whatever notice it had. Kipu's Level 0 is "a
 * complete system failure … but excluding … any Force Majeure event or any event
 * resulting from any actions or inactions of Customer … or any third parties … and (iv)
 * Planned Downtime" (seeds/003, Severity Levels), a narrower event than lost availability.
 */
export interface IncidentExclusions {
  range: MinuteRange;
  /** Per held minute of `range`: 1 where the minute is not part of any incident. */
  mask: Uint8Array;
}

export function incidentExclusions(
  range: MinuteRange,
  availabilityExcluded: Uint8Array,
  records: readonly ExclusionRecord[],
  kinds: ReadonlySet<string>,
): IncidentExclusions {
  const mask = availabilityExcluded.slice();
  for (const r of records) if (kinds.has(r.kind)) markMinutes(mask, range, r.startMs, r.endMs, 1);
  return { range, mask };
}

/** An outage's minutes that may count towards an incident. */
function incidentMinutes(o: Outage, out: IncidentExclusions | null): number {
  if (!out) return o.minutes - o.excludedMinutes;
  const { range, mask } = out;
  let n = 0;
  const from = Math.max(o.startMinute, range.firstMinute);
  const to = Math.min(o.endMinute, range.endMinute);
  // An outage lies in held minutes: it has data.
  forEachHeld(range, from, to, (start, end, at) => {
    for (let i = at; i < at + end - start; i++) if (!mask[i]) n++;
  });
  // Minutes of the outage outside the mask's range are not left out by it.
  return n + Math.max(0, range.firstMinute - o.startMinute) + Math.max(0, o.endMinute - range.endMinute);
}

export function incidentCredits(
  policy: Policy,
  outages: readonly Outage[],
  tickets: readonly TicketRecord[],
  periods: readonly Period[],
  asOfStartMs: number,
  asOfEndMs: number,
  asOf: string,
  /** The minutes a level leaves out of its incidents, when it leaves out more than availability does. */
  exclusionsOf: (level: IncidentLevel) => IncidentExclusions | null = () => null,
): IncidentMonth[] {
  const c = policy.credit;
  if (c.kind !== 'incidents' || periods.length === 0) return [];
  const zone = policy.timezone;
  const countedBy = new Map(
    c.levels.map((level) => {
      const exclusions = exclusionsOf(level);
      return [level, outages.map((o) => incidentMinutes(o, exclusions))] as const;
    }),
  );
  // A ticket of a level's severity opened while one of the level's outages was under way
  // reports that outage: one interruption, measured by the monitor, is one incident
  // (seeds/003, "three (3) Level 0 Unplanned Service Interruptions"), however many ways it
  // was seen. When it was opened, not how long it stayed open: an unresolved ticket runs
  // to the report date, across outages it never spoke of.
  const reportedIn = new Map(
    c.levels.map((level) => {
      const counted = countedBy.get(level)!;
      const byOutage = new Map<number, string[]>();
      const reported = new Set<TicketRecord>();
      if (level.minOutageMinutes !== null)
        for (const t of tickets) {
          if (t.severity !== level.severity) continue;
          const i = outages.findIndex(
            (o, k) =>
              counted[k]! >= level.minOutageMinutes! &&
              o.startMinute * MINUTE_MS <= t.openedAtMs &&
              t.openedAtMs < o.endMinute * MINUTE_MS,
          );
          if (i < 0) continue;
          reported.add(t);
          byOutage.set(i, [...(byOutage.get(i) ?? []), t.id]);
        }
      return [level, { byOutage, reported }] as const;
    }),
  );
  const out: IncidentMonth[] = [];
  for (const p of periods)
    for (const month of periodsCovering(zone, 'month', p.startMs, p.endMs - 1)) {
      const found: IncidentFinding[] = [];
      const levels = c.levels.map((level) => {
        const counted = countedBy.get(level)!;
        const { byOutage, reported } = reportedIn.get(level)!;
        // Outages long enough for the level, and tickets of its severity, each an incident
        // with its length; unresolved tickets last to the end of the asOf day.
        const inMonth = (ms: number) => ms >= month.startMs && ms < month.endMs;
        const incidents: IncidentFinding[] = [];
        if (level.minOutageMinutes !== null)
          outages.forEach((o, i) => {
            if (inMonth(o.startMinute * MINUTE_MS) && counted[i]! >= level.minOutageMinutes!)
              incidents.push({
                severity: level.severity,
                startMs: o.startMinute * MINUTE_MS,
                endMs: o.endMinute * MINUTE_MS,
                minutes: counted[i]!,
                ticketId: null,
                reportedIn: byOutage.get(i) ?? [],
                open: false,
                resolvedByHand: false,
              });
          });
        for (const t of tickets)
          if (t.severity === level.severity && inMonth(t.openedAtMs) && !reported.has(t)) {
            const endMs = Math.max(t.openedAtMs, t.resolvedAtMs ?? asOfEndMs);
            incidents.push({
              severity: level.severity,
              startMs: t.openedAtMs,
              endMs,
              minutes: (endMs - t.openedAtMs) / MINUTE_MS,
              ticketId: t.id,
              reportedIn: [],
              open: t.resolvedAtMs === null,
              resolvedByHand: t.resolvedByHand === true,
            });
          }
        incidents.sort((a, b) => a.endMs - b.endMs || a.startMs - b.startMs);
        for (const i of incidents) found.push(i);
        // Walk incidents in order to find when each row was first reached. Time is summed in
        // whole milliseconds and compared with each row's hours in milliseconds: in hours, a
        // ticket of 43 min 12 s is 43.2 / 60 = 0.7200000000000001, which "exceeds 0.72 hours".
        let count = 0;
        let ms = 0;
        let percent = 0;
        let eligibleAtMs: number | null = null;
        for (const o of incidents) {
          count++;
          ms += Math.round(o.minutes * MINUTE_MS);
          for (const row of level.rows) {
            const limitMs = row.minHours === null ? 0 : Math.round(row.minHours * HOUR_MS);
            const byCount = row.minIncidents !== null && count >= row.minIncidents;
            const byHours = row.minHours !== null && (row.hoursStrict ? ms > limitMs : ms >= limitMs);
            if ((byCount || byHours) && row.percent > percent) {
              percent = row.percent;
              eligibleAtMs = o.endMs;
            }
          }
        }
        return { severity: level.severity, incidents: count, hours: ms / HOUR_MS, percent, eligibleAtMs };
      });
      // A credit without levels names no incident, so every month earns nothing. Where two
      // levels earn the same credit, the customer became eligible when the first did.
      const top = levels.reduce<{ percent: number; eligibleAtMs: number | null }>(
        (a, b) =>
          b.percent > a.percent ||
          (b.percent === a.percent &&
            b.eligibleAtMs !== null &&
            a.eligibleAtMs !== null &&
            b.eligibleAtMs < a.eligibleAtMs)
            ? b
            : a,
        { percent: 0, eligibleAtMs: null },
      );
      const eligible = isEligible(eligibilityChecks(policy, top.eligibleAtMs));
      const percent = eligible ? Math.min(top.percent, c.capPercent) : 0;
      const fee = exactPeriodFee(policy, 'month');
      let claim: ClaimOutcome = NO_CLAIM;
      if (percent > 0 && top.eligibleAtMs !== null && policy.claim.kind === 'afterEligibility')
        claim = claimAfterEligibility(zone, top.eligibleAtMs, policy.claim.days, asOfStartMs, asOf);
      else if (percent > 0 && policy.claim.kind === 'automatic')
        claim = { claimByMs: null, status: 'automatic', daysLeft: null };
      else if (percent > 0 && policy.claim.kind === 'none') claim = NO_DEADLINE;
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
        // Nothing earned is nothing whatever the fee.
        amount: percent === 0 ? 0 : fee === null ? null : moneyOf(fee, percent),
        currency: policy.fee.currency,
        eligibleAtMs: top.eligibleAtMs === null || percent === 0 ? null : top.eligibleAtMs,
        claim,
        incidents: found.sort((a, b) => a.startMs - b.startMs || a.severity.localeCompare(b.severity)),
      });
    }
  return out;
}
