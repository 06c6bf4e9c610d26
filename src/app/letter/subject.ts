// What one claim letter is about: an availability period's credit or a month's incident
// credit, with the figures every letter states (credit, claim deadline and status).
import type {
  ClaimOutcome,
  Evaluation,
  IncidentMonth,
  PeriodFigures,
  ScopeEvaluation,
} from '../../engine/model';
import { scopeOf } from '../components/scope-contract';

export interface LetterSubject {
  source: 'period' | 'incidents';
  /** A reported period's label, or an incident month's. */
  label: string;
  /** The scope whose period it is (its id); absent for the whole service. */
  scope?: string;
}

/** The key a claim's letter button carries, so focus returns to it when the letter closes. */
export const letterKey = (s: LetterSubject) => `${s.source}-${s.scope ? `${s.scope}-` : ''}${s.label}`;

export type LetterClaim =
  | {
      source: 'period';
      label: string;
      period: PeriodFigures;
      claim: ClaimOutcome;
      /** The scope measured, or null for the whole service. */
      scope: ScopeEvaluation | null;
    }
  | { source: 'incidents'; label: string; month: IncidentMonth; claim: ClaimOutcome };

/** The subject's figures in the evaluation; null when the evaluation no longer has it. */
export function letterClaim(evaluation: Evaluation, subject: LetterSubject): LetterClaim | null {
  if (subject.source === 'incidents') {
    const month = evaluation.incidentMonths.find((m) => m.label === subject.label);
    return month ? { source: 'incidents', label: month.label, month, claim: month.claim } : null;
  }
  const scope = scopeOf(evaluation, subject.scope);
  if (subject.scope && !scope) return null;
  const period = (scope?.periods ?? evaluation.periods).find((p) => p.label === subject.label);
  return period ? { source: 'period', label: period.label, period, claim: period.claim, scope } : null;
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
