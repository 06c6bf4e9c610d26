// One scope of a contract read as a contract of its own: the scope's target and period
// kind over the contract's other terms, so the period table, the formatters and the claim
// letter word it exactly as they word the whole service.
import type { Evaluation, ScopeEvaluation } from '../../engine/model';

export function scopeOf(evaluation: Evaluation, scopeId: string | undefined): ScopeEvaluation | null {
  return (scopeId && evaluation.scopes?.find((s) => s.id === scopeId)) || null;
}

export function scopeContract(
  contract: Evaluation['contract'],
  scope: ScopeEvaluation,
): Evaluation['contract'] {
  return { ...contract, target: scope.target, period: scope.period };
}
