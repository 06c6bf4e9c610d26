// A contract card's one-line verdict for the latest period begun by the report date: met, at risk (still running on
// the report date with three quarters or more of the downtime allowance used), breached,
// or no data yet.
import type { Evaluation, PeriodFigures } from '../../engine/model';
import { formatDate, localDate } from '../../engine/time';
import { latestBegun } from '../components/latest-period';

type CardState = 'met' | 'risk' | 'breached' | 'nodata';

export interface CardStatus {
  state: CardState;
  period: PeriodFigures | null;
  allowed: number;
  left: number;
}

export function cardStatus(evaluation: Evaluation | null): CardStatus {
  const period = evaluation ? latestBegun(evaluation) : null;
  if (!evaluation || !period) return { state: 'nodata', period: null, allowed: 0, left: 0 };
  const allowed = period.allowedDowntimeMinutes ?? 0;
  const left = period.downtimeLeftMinutes ?? 0;
  // A period over by the report date (its end, local midnight, falls on or before that day)
  // was met or missed: only one still running can be at risk.
  const over = formatDate(localDate(evaluation.contract.timezone, period.endMs)) <= evaluation.asOf;
  const state: CardState =
    period.met === false
      ? 'breached'
      : period.met === null
        ? 'nodata'
        : !over && period.downtimeMinutes >= allowed * 0.75 && period.downtimeMinutes > 0
          ? 'risk'
          : 'met';
  return { state, period, allowed, left };
}
