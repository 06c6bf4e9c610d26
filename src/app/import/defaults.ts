// What a new import of a contract starts from: the contract's zone for zone-less times
// and the policy's obligations (an obligation log may name only these), and the country
// whose holiday rules the evaluation after the import will load. Which checks are down is
// the policy's to say when the contract is evaluated, not the import's.
import { obligationTerms } from '../../engine/obligations';
import { effectivePolicy } from '../../engine/policy';
import type { ContractSession } from '../state/session';
import { until } from '../state/until';
import type { ImportDefaults } from './queue';

/**
 * The defaults once the contract and its policy have been read. Files dropped the moment a
 * contract opens would otherwise be planned with no zone of the policy and no obligations,
 * and a log naming the contract's obligations would be refused.
 */
export function importDefaults(s: ContractSession): Promise<Required<ImportDefaults>> {
  const defaults = (): Required<ImportDefaults> => {
    const p = s.policy();
    const eff = p ? effectivePolicy(p) : null;
    return {
      zone: s.zone(),
      obligations: eff ? obligationTerms(eff.obligations) : [],
      holidayCountry: s.contract()?.holidays ? null : (eff?.calendar.holidayCountry ?? null),
    };
  };
  if (s.loaded()) return Promise.resolve(defaults());
  return until(s.loaded).then(defaults);
}
