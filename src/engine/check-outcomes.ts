// Check outcomes (SPEC §3) as import keeps them, and which of them the policy counts as
// down. Import records what each check said, not whether it was down, so the policy's
// down codes and timeout reading apply when the contract is evaluated and a change of
// either changes the verdict at once, with no file read again.
import type { EvaluationCache } from './cache';
import type { ProbeMinutes } from './observations';

/**
 * An outcome class is a small integer:
 * - 0: a timeout or connection error (code 0, or an empty code with an error text);
 * - 100–599: that HTTP status code (in a code column, or a status column's number);
 * - OUTCOME_UP / OUTCOME_DOWN: up or down whatever the policy says (a status word, or
 *   Uptime Kuma's 0–3);
 * - above 1000: a check whose code and status columns each leave it to the policy (say a
 *   timeout with an HTTP status beside it), down when either part is; see `bothOutcomes`.
 * Every part a policy can rule on stays distinguishable, and nothing else is kept.
 */
export const OUTCOME_TIMEOUT = 0;
export const OUTCOME_UP = 1;
export const OUTCOME_DOWN = 2;

/** The policy fields that decide whether a check was down. */
export interface OutcomeRules {
  downCodes: readonly { from: number; to: number }[];
  timeoutIsDown: boolean;
}

/** Checks per minute that were up and down under one set of rules (saturating at 65 535). */
export interface CheckCounts {
  up: Uint16Array;
  down: Uint16Array;
}

const MAX_COUNT = 65_535;
const PAIR = 1000;

/** A check two of whose parts leave it to the policy: down when either part is down. */
export function bothOutcomes(a: number, b: number): number {
  if (a === b) return a;
  return a < b ? PAIR * (a + 1) + b : PAIR * (b + 1) + a;
}

/** An HTTP status or a timeout: a part of a check the policy rules on. */
const isRuledPart = (n: number) => n === OUTCOME_TIMEOUT || (n >= 100 && n <= 599);

/** Whether a number is an outcome class (as stored data must hold). */
export function isOutcome(n: number): boolean {
  if (!Number.isInteger(n) || n < 0) return false;
  if (n < PAIR) return n === OUTCOME_UP || n === OUTCOME_DOWN || isRuledPart(n);
  const a = Math.floor(n / PAIR) - 1;
  const b = n % PAIR;
  return a < b && isRuledPart(a) && isRuledPart(b);
}

/** Whether a check of this outcome class is down under the rules. */
export function isDownOutcome(outcome: number, rules: OutcomeRules): boolean {
  if (outcome >= PAIR)
    return isDownOutcome(Math.floor(outcome / PAIR) - 1, rules) || isDownOutcome(outcome % PAIR, rules);
  if (outcome === OUTCOME_TIMEOUT) return rules.timeoutIsDown;
  if (outcome === OUTCOME_UP) return false;
  if (outcome === OUTCOME_DOWN) return true;
  return rules.downCodes.some((r) => outcome >= r.from && outcome <= r.to);
}

/** The rules as a cache key: two sets of rules with one key judge every check alike. */
export function outcomeRulesKey(rules: OutcomeRules): string {
  return `${rules.downCodes.map((r) => `${r.from}-${r.to}`).join(',')}/${rules.timeoutIsDown ? 't' : ''}`;
}

/** Minutes a monitor's counts span (every class's array is as long). */
export function countedMinutes(p: ProbeMinutes): number {
  return p.counts[0]?.length ?? 0;
}

/** Whether any check fell in minute `i` of the monitor's arrays. */
export function hasChecksAt(p: ProbeMinutes, i: number): boolean {
  for (const c of p.counts) if (c[i]! > 0) return true;
  return false;
}

/**
 * The monitor's checks per minute that were up and down under the rules: the sum of the
 * counts of the classes the rules call up, and of those they call down. Kept in the cache
 * for the last rules asked, so a change of anything else reuses them. The arrays may be
 * the monitor's own: read them, never change them.
 */
export function checkCounts(p: ProbeMinutes, rules: OutcomeRules, cache: EvaluationCache): CheckCounts {
  const key = outcomeRulesKey(rules);
  const hit = cache.checkCounts.get(p);
  if (hit?.key === key) return hit.counts;
  const up: Uint16Array[] = [];
  const down: Uint16Array[] = [];
  p.outcomes.forEach((o, k) => {
    (isDownOutcome(o, rules) ? down : up).push(p.counts[k]!);
  });
  const length = countedMinutes(p);
  const counts = { up: summed(up, length), down: summed(down, length) };
  cache.checkCounts.set(p, { key, counts });
  return counts;
}

/** The saturating sum of same-length count arrays; a lone array is returned as it is. */
function summed(arrays: readonly Uint16Array[], length: number): Uint16Array {
  if (arrays.length === 1) return arrays[0]!;
  const out = new Uint16Array(length);
  for (const a of arrays)
    for (let i = 0; i < length; i++) {
      out[i] = Math.min(out[i]! + a[i]!, MAX_COUNT);
    }
  return out;
}
