// A contract card's one-line verdict for the current period: met, at risk (three
// quarters or more of the downtime allowance used), breached, or no data yet.
import type { PeriodReport, SlaReport } from '../../engine/report';
import { allowedDowntimeMinutes } from '../format';

export type CardState = 'met' | 'risk' | 'breached' | 'nodata';

export interface CardStatus {
  state: CardState;
  period: PeriodReport | null;
  allowed: number;
  left: number;
}

export function cardStatus(report: SlaReport | null): CardStatus {
  const period = report?.periods[report.periods.length - 1] ?? null;
  if (!report || !period) return { state: 'nodata', period: null, allowed: 0, left: 0 };
  const allowed = allowedDowntimeMinutes(period, report.contract);
  const left = allowed - period.downtimeMinutes;
  const state: CardState =
    period.met === false
      ? 'breached'
      : period.met === null
        ? 'nodata'
        : period.downtimeMinutes >= allowed * 0.75 && period.downtimeMinutes > 0
          ? 'risk'
          : 'met';
  return { state, period, allowed, left };
}
