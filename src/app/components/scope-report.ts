// One scope of a contract read as a report of its own: the scope's target, period kind,
// periods and outages over the contract's other fields, so the period table, the
// formatters and the claim letter show it exactly as they show the whole service.
import type { SlaReport } from '../../engine/report';

export function scopeReport(report: SlaReport, scopeId: string | undefined): SlaReport | null {
  const scope = scopeId ? report.scopes?.find((s) => s.id === scopeId) : undefined;
  if (!scope) return null;
  return {
    ...report,
    contract: { ...report.contract, target: scope.target, period: scope.period },
    periods: scope.periods,
    outages: scope.outages,
    // Incident credits and the vendor's record are the whole service's.
    incidentCredits: [],
    comparison: null,
  };
}
