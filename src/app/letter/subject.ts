// What one claim letter is about: an availability period's credit or a month's incident
// credit, with the figures every letter states (credit, claim deadline and status).
import type { ClaimOutcome, Evaluation, IncidentMonth, PeriodFigures } from '../../engine/model';

export interface LetterSubject {
  source: 'period' | 'incidents';
  /** A reported period's label, or an incident month's. */
  label: string;
}

export type LetterClaim =
  | { source: 'period'; label: string; period: PeriodFigures; claim: ClaimOutcome }
  | { source: 'incidents'; label: string; month: IncidentMonth; claim: ClaimOutcome };

/** The subject's figures in the evaluation; null when the evaluation no longer has it. */
export function letterClaim(evaluation: Evaluation, subject: LetterSubject): LetterClaim | null {
  if (subject.source === 'incidents') {
    const month = evaluation.incidentMonths.find((m) => m.label === subject.label);
    return month ? { source: 'incidents', label: month.label, month, claim: month.claim } : null;
  }
  const period = evaluation.periods.find((p) => p.label === subject.label);
  return period ? { source: 'period', label: period.label, period, claim: period.claim } : null;
}

/** The credit as its share, days and amount; `amount` null when the fee is not set. */
export function creditOf(c: LetterClaim): {
  percent: number | null;
  days: number | null;
  amount: number | null;
  currency: string;
} {
  if (c.source === 'incidents')
    return { percent: c.month.percent, days: null, amount: c.month.amount, currency: c.month.currency };
  return c.period.credit;
}

export const hasCredit = (credit: ReturnType<typeof creditOf>) =>
  (credit.percent ?? 0) > 0 || (credit.days ?? 0) > 0 || (credit.amount ?? 0) > 0;
