// The claims a report lists (availability periods and incident months that carry a claim
// status), ordered for reading: open soonest first, then automatic, then expired, latest first.
import type { CreditReport, SlaReport } from '../../engine/report';

export interface ClaimItem {
  key: string;
  /** A reported period, or a month of incident credits (Kipu). */
  source: 'period' | 'incidents';
  label: string;
  credit: CreditReport | { percent: number; amount: number | null; currency: string };
  claimBy: string | null;
  status: 'open' | 'expired' | 'automatic';
  daysLeft: number | null;
}

const RANK = { open: 0, automatic: 1, expired: 2 } as const;

export function claimItems(report: SlaReport): ClaimItem[] {
  const items: ClaimItem[] = [];
  for (const p of report.periods)
    if (p.claimStatus)
      items.push({
        key: `p-${p.label}`,
        source: 'period',
        label: p.label,
        credit: p.credit,
        claimBy: p.claimBy,
        status: p.claimStatus,
        daysLeft: p.claimDaysLeft,
      });
  for (const m of report.incidentCredits)
    if (m.claimStatus)
      items.push({
        key: `i-${m.label}`,
        source: 'incidents',
        label: m.label,
        credit: { percent: m.percent, amount: m.amount, currency: m.currency },
        claimBy: m.claimBy,
        status: m.claimStatus,
        daysLeft: m.claimDaysLeft,
      });
  return items.sort(
    (a, b) =>
      RANK[a.status] - RANK[b.status] ||
      (a.status === 'open'
        ? (a.daysLeft ?? 0) - (b.daysLeft ?? 0)
        : (b.claimBy ?? b.label).localeCompare(a.claimBy ?? a.label)),
  );
}
