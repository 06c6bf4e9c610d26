// A contract card's one-line verdict for the current period: met, at risk (three
// quarters or more of the downtime allowance used), breached, or no data yet.
import type { Evaluation, PeriodFigures } from '../../engine/model';

type CardState = 'met' | 'risk' | 'breached' | 'nodata';

export interface CardStatus {
  state: CardState;
  period: PeriodFigures | null;
  allowed: number;
  left: number;
}

export function cardStatus(evaluation: Evaluation | null): CardStatus {
  const period = evaluation?.periods[evaluation.periods.length - 1] ?? null;
  if (!evaluation || !period) return { state: 'nodata', period: null, allowed: 0, left: 0 };
  const allowed = period.allowedDowntimeMinutes ?? 0;
  const left = period.downtimeLeftMinutes ?? 0;
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
