import type { Evaluation, PeriodFigures } from '../../engine/model';

/**
 * The period a contract is judged by on its report date: the latest one begun by then. A
 * later one the data reaches had not begun on that date; only when every period is such
 * does the first of them stand.
 */
export function latestBegun(evaluation: Evaluation): PeriodFigures | null {
  const ps = evaluation.periods;
  const after = new Set(evaluation.periodsAfterAsOf);
  for (let i = ps.length - 1; i >= 0; i--) if (!after.has(ps[i]!.label)) return ps[i]!;
  return ps[0] ?? null;
}
