// What a new import of a contract starts from: the contract's zone for zone-less times,
// the policy's rules for which checks are down (applied when the file is read), and the
// policy's obligations (an obligation log may name only these).
import { effectivePolicy } from '../../engine/policy';
import type { ContractSession } from '../state/session';
import type { ImportDefaults } from './queue';

export function importDefaults(s: ContractSession): Required<ImportDefaults> {
  const p = s.policy();
  const eff = p ? effectivePolicy(p) : null;
  return {
    zone: s.zone(),
    rules: eff
      ? { downCodes: eff.downCodes, timeoutIsDown: eff.timeoutIsDown }
      : { downCodes: [{ from: 500, to: 599 }], timeoutIsDown: true },
    obligationIds: eff ? eff.obligations.map((o) => o.id) : [],
  };
}
