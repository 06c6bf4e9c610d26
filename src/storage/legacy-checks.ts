// Checks stored before outcomes were kept (schema version 2 and older, bundles before
// sla-bundle/3): each was counted as up or down with the rules of the contract when its
// file was imported. They are kept as the two outcome classes that no rule changes, and
// their dataset says which rules they were read with.
import { compactCounts, OUTCOME_DOWN, OUTCOME_UP } from '../engine/check-outcomes';
import { effectivePolicy, type Policy } from '../engine/policy';
import { storedCounts } from './counts-codec';
import type { CheckRules, PolicySource, StoredOutcomeCounts } from './rows';

/** What the import used when a contract had no readable policy: SPEC §3's defaults. */
const DEFAULT_RULES: CheckRules = { downCodes: [{ from: 500, to: 599 }], timeoutIsDown: true };

/** A series row's up and down counts (Uint16, one a minute) as its outcome classes, each in its smaller form. */
export function classesOfUpDown(
  up: ArrayBuffer,
  down: ArrayBuffer,
): { minutes: number; classes: StoredOutcomeCounts[] } {
  const classes: StoredOutcomeCounts[] = [];
  for (const [outcome, counts] of [
    [OUTCOME_UP, up],
    [OUTCOME_DOWN, down],
  ] as const) {
    const c = compactCounts(outcome, new Uint16Array(counts));
    if (c !== null) classes.push(storedCounts(c));
  }
  return { minutes: up.byteLength / 2, classes };
}

/**
 * The down codes and timeout rule of a policy document, as the import took them from the
 * contract's policy with its chosen readings; the defaults when the document is unreadable.
 */
export function checkRulesOf(policy: unknown): CheckRules {
  try {
    const eff = effectivePolicy(policy as Policy);
    return { downCodes: eff.downCodes.map((r) => ({ ...r })), timeoutIsDown: eff.timeoutIsDown };
  } catch {
    return {
      downCodes: DEFAULT_RULES.downCodes.map((r) => ({ ...r })),
      timeoutIsDown: DEFAULT_RULES.timeoutIsDown,
    };
  }
}

/** The policy document a stored contract evaluates (null when it names a policy that is gone). */
export function policyDocumentOf(
  source: PolicySource,
  customPolicies: ReadonlyMap<number, unknown>,
  presets: Readonly<Record<string, Policy>>,
): unknown {
  if (source.kind === 'preset') return presets[source.presetId] ?? null;
  if (source.kind === 'custom') return customPolicies.get(source.policyId) ?? null;
  return source.policy;
}
