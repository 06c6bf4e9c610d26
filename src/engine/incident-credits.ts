// Kipu-style credits (SPEC rule 9, incidents): per month and severity, the highest row
// whose count of incidents or aggregate hours is reached; Level 0 also from long outages.
import { claimAfterEligibility, NO_CLAIM } from './claims';
import { moneyOf, periodFee } from './credits';
import { eligibilityChecks, isEligible } from './eligibility';
import type { ClaimOutcome, IncidentMonth } from './model';
import type { Outage } from './outages';
import { type Period, periodsCovering } from './periods';
import type { Policy } from './policy';
import type { TicketRecord } from './tickets';
import { MINUTE_MS } from './time';

export function incidentCredits(
  policy: Policy,
  outages: readonly Outage[],
  tickets: readonly TicketRecord[],
  periods: readonly Period[],
  asOfStartMs: number,
  asOfEndMs: number,
  asOf: string,
): IncidentMonth[] {
  const c = policy.credit;
  if (c.kind !== 'incidents' || periods.length === 0) return [];
  const zone = policy.timezone;
  const out: IncidentMonth[] = [];
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
      const eligible = isEligible(eligibilityChecks(policy, top.eligibleAtMs));
      const percent = eligible ? Math.min(top?.percent ?? 0, c.capPercent) : 0;
      const fee = periodFee(policy, 'month');
      let claim: ClaimOutcome = NO_CLAIM;
      if (percent > 0 && top.eligibleAtMs !== null && policy.claim.kind === 'afterEligibility')
        claim = claimAfterEligibility(zone, top.eligibleAtMs, policy.claim.days, asOfStartMs, asOf);
      else if (percent > 0 && policy.claim.kind === 'automatic')
        claim = { claimByMs: null, status: 'automatic', daysLeft: null };
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
        eligibleAtMs: top.eligibleAtMs === null || percent === 0 ? null : top.eligibleAtMs,
        claim,
      });
    }
  return out;
}
