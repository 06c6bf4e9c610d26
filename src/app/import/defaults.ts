// What a new import of a contract starts from: the contract's zone for zone-less times
// and the policy's obligations (an obligation log may name only these). Which checks are
// down is the policy's to say when the contract is evaluated, not the import's.
import { effectivePolicy } from '../../engine/policy';
import type { ContractSession } from '../state/session';
import type { ImportDefaults } from './queue';

export function importDefaults(s: ContractSession): Required<ImportDefaults> {
  const p = s.policy();
  const eff = p ? effectivePolicy(p) : null;
  return {
    zone: s.zone(),
    obligationIds: eff ? eff.obligations.map((o) => o.id) : [],
  };
}
