// What a new import of a contract starts from: the contract's zone for zone-less times,
// and the policy's rules for which checks are down (applied when the file is read).
import { effectivePolicy } from '../../engine/policy';
import type { ProbeRules } from '../../ingest/status';
import type { ContractSession } from '../state/session';

export function importDefaults(s: ContractSession): { zone: string; rules: ProbeRules } {
  const p = s.policy();
  const eff = p ? effectivePolicy(p) : null;
  return {
    zone: s.zone(),
    rules: eff
      ? { downCodes: eff.downCodes, timeoutIsDown: eff.timeoutIsDown }
      : { downCodes: [{ from: 500, to: 599 }], timeoutIsDown: true },
  };
}
