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

/**
 * The credit the letter claims: for a credit earned outage by outage whose earlier outages'
 * windows have closed, only the part still claimable, as the engine splits it.
 */
export function claimedCreditOf(c: LetterClaim): ReturnType<typeof creditOf> {
  const credit = creditOf(c);
  return c.source === 'period' && c.claim.lapsedWindows
    ? { ...credit, ...c.period.credit.claimable }
    : credit;
}

/** The part of a period's credit whose claim window has closed, as the engine splits it. */
export const lapsedOf = (c: LetterClaim) =>
  c.source === 'period' ? c.period.credit.lapsed : { percent: 0, days: null, amount: 0 };

export const hasCredit = (credit: ReturnType<typeof creditOf>) =>
  (credit.percent ?? 0) > 0 || (credit.days ?? 0) > 0 || (credit.amount ?? 0) > 0;
