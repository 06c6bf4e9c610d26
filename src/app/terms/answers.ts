// The two changes the dashboard makes to the contract's policy as written: the customer's
// answer to one of its conditions, and the plan the contract is on. Each returns a new
// policy, or null when the written policy has no such condition or plan.
import type { EligibilityCheck } from '../../engine/model';
import type { Policy } from '../../engine/policy';

export function withAnswer(policy: Policy, conditionId: string, answer: boolean | null): Policy | null {
  const index = policy.eligibility.conditions?.findIndex((c) => c.id === conditionId) ?? -1;
  if (index < 0) return null;
  const out = structuredClone(policy);
  out.eligibility.conditions![index]!.answer = answer;
  return out;
}

export function withPlan(policy: Policy, planId: string | null): Policy | null {
  if (planId !== null && !policy.plans?.some((p) => p.id === planId)) return null;
  return { ...structuredClone(policy), plan: planId };
}

/** The conditions the customer answers, once each, with the answer the evaluation used. */
export function customerConditions(
  checks: readonly EligibilityCheck[],
): { id: string; text: string; answer: boolean | null }[] {
  const seen = new Map<string, { id: string; text: string; answer: boolean | null }>();
  for (const { condition: c, met } of checks)
    if (c.code === 'customerCondition' && !seen.has(c.id))
      seen.set(c.id, { id: c.id, text: c.text, answer: met });
  return [...seen.values()];
}
