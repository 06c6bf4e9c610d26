// Shared by the ingest tests: a monitor's checks per minute that were up and down, as the
// engine counts them from the stored outcome classes under a policy's down codes and
// timeout rule (SPEC §3's defaults unless given).
import { EvaluationCache } from '../../src/engine/cache';
import { type CheckCounts, checkCounts, type OutcomeRules } from '../../src/engine/check-outcomes';
import type { ProbeMinutes } from '../../src/engine/observations';

export const DEFAULT_RULES: OutcomeRules = { downCodes: [{ from: 500, to: 599 }], timeoutIsDown: true };

export const upDown = (m: ProbeMinutes, rules: OutcomeRules = DEFAULT_RULES): CheckCounts =>
  checkCounts(m, rules, new EvaluationCache());
