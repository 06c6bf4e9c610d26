// The claims an evaluation lists (availability periods, each scope's periods and incident
// months that owe a credit, and the whole service's missed periods that owe only a
// remedy), ordered for reading: open soonest first, then those the contract sets no
// deadline for, then remedies alone, then automatic, then expired, latest first.
import { creditOwed } from '../../engine/credits';
import type { ClaimOutcome, ClaimStatus, CreditFigures, Evaluation, PeriodFigures } from '../../engine/model';
import type { PeriodKind } from '../../engine/periods';

export interface ClaimItem {
  key: string;
  /** A reported period, or a month of incident credits (Kipu). */
  source: 'period' | 'incidents';
  label: string;
  /** The scope a period's claim belongs to; null for the whole service. */
  scope: { id: string; name: string; period: PeriodKind } | null;
  credit: CreditFigures | { percent: number; amount: number | null; currency: string };
  claimByMs: number | null;
  /**
   * `noDeadline`: a credit owed under a contract that sets no time to claim it; `remedy`: a
   * missed period that owes no credit but the contract's remedies.
   */
  status: NonNullable<ClaimStatus> | 'noDeadline' | 'remedy';
  daysLeft: number | null;
}

const RANK = { open: 0, noDeadline: 1, remedy: 2, automatic: 3, expired: 4 } as const;

/**
 * A credit owed gets listed: by its claim status, or as owed with no deadline where the
 * contract sets none. A credit with neither (a year's sum of monthly incident credits, each
 * claimed on its own) is not a claim.
 */
function statusOf(claim: ClaimOutcome, credit: Parameters<typeof creditOwed>[0]): ClaimItem['status'] | null {
  return claim.status ?? (claim.noDeadline && creditOwed(credit) ? 'noDeadline' : null);
}

/**
 * What a period's claim is for: all of its credit, or, where earlier outages' windows have
 * closed, the part still claimable, as the engine splits it.
 */
const claimedCredit = (p: PeriodFigures): CreditFigures =>
  p.claim.lapsedWindows ? { ...p.credit, ...p.credit.claimable } : p.credit;

export function claimItems(evaluation: Evaluation): ClaimItem[] {
  const items: ClaimItem[] = [];
  // Remedies are owed for the whole service's missed periods, credit or none.
  const remedied = new Set((evaluation.remedies ?? []).map((r) => r.period));
  for (const p of evaluation.periods) {
    const status = statusOf(p.claim, p.credit) ?? (remedied.has(p.label) ? 'remedy' : null);
    if (status)
      items.push({
        key: `p-${p.label}`,
        source: 'period',
        label: p.label,
        scope: null,
        credit: claimedCredit(p),
        claimByMs: p.claim.claimByMs,
        status,
        daysLeft: p.claim.daysLeft,
      });
  }
  for (const sc of evaluation.scopes ?? [])
    for (const p of sc.periods) {
      const status = statusOf(p.claim, p.credit);
      if (status)
        items.push({
          key: `s-${sc.id}-${p.label}`,
          source: 'period',
          label: p.label,
          scope: { id: sc.id, name: sc.name, period: sc.period },
          credit: claimedCredit(p),
          claimByMs: p.claim.claimByMs,
          status,
          daysLeft: p.claim.daysLeft,
        });
    }
  for (const m of evaluation.incidentMonths) {
    const status = statusOf(m.claim, { percent: m.percent, days: null, amount: m.amount });
    if (status)
      items.push({
        key: `i-${m.label}`,
        source: 'incidents',
        label: m.label,
        scope: null,
        credit: { percent: m.percent, amount: m.amount, currency: m.currency },
        claimByMs: m.claim.claimByMs,
        status,
        daysLeft: m.claim.daysLeft,
      });
  }
  return items.sort(
    (a, b) =>
      RANK[a.status] - RANK[b.status] ||
      (a.status === 'open'
        ? (a.daysLeft ?? 0) - (b.daysLeft ?? 0)
        : a.claimByMs !== null && b.claimByMs !== null
          ? b.claimByMs - a.claimByMs
          : b.label.localeCompare(a.label)),
  );
}
