// The contracts here that follow a custom policy, each with it, for a shared policy's offer to
// compare with its terms; loaded with the offer, not with the first screen.
import type { Policy } from '../../engine/policy';
import { appStore } from '../state/db';

export async function followers(): Promise<{ name: string; policy: Policy }[]> {
  const store = await appStore();
  const [contracts, policies] = await Promise.all([store.listContracts(), store.listPolicies()]);
  const byId = new Map(policies.map((row) => [row.id, row.policy]));
  return contracts.flatMap((c) => {
    const policy = c.policy.kind === 'custom' ? byId.get(c.policy.policyId) : undefined;
    return policy ? [{ name: c.name, policy }] : [];
  });
}
