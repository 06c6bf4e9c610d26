// Which quoted clauses no longer describe a contract's terms. A clause copied with a preset
// or an example policy was written for that policy's value of its field; once the contract
// sets another value, quoting the clause beside figures computed from the new one would
// contradict them. Pure: two policy documents in, field paths out.
import { type Policy, withReadings } from './policy';

/**
 * Parts of a field that hold the customer's own facts (their plan tier, when their
 * agreement took effect, their answers to the conditions), not the terms a clause states.
 */
function termsOnly(path: string, value: unknown): unknown {
  if (path !== 'eligibility' || typeof value !== 'object' || value === null) return value;
  const { tier: _tier, effectiveDate: _effective, conditions, ...terms } = value as Policy['eligibility'];
  return {
    ...terms,
    conditions: conditions?.map(({ answer: _answer, ...condition }) => condition),
  };
}

/** The value at a dotted field path ("exclusions.kinds.planned"); undefined where there is none. */
function valueAt(policy: Policy, path: string): unknown {
  let value: unknown = policy;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return termsOnly(path, value);
}

/** Equal as terms: lists in order, objects whatever their key order, an unset key as no key. */
function sameTerm(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => sameTerm(x, b[i]));
  const keys = (o: object) =>
    Object.entries(o)
      .filter(([, v]) => v !== undefined)
      .map(([k]) => k);
  const ka = keys(a);
  return (
    ka.length === keys(b).length &&
    ka.every(
      (k) =>
        Object.hasOwn(b, k) && sameTerm((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
    )
  );
}

/**
 * The fields whose quoted clause is the one `base` (the preset or example policy the
 * contract follows) quotes, word for word, while the contract's value of the field is no
 * longer the base's. With no base, or a clause the user wrote or edited, the clause is the
 * user's own and stays. In the order of `policy.citations`.
 */
export function changedClauses(policy: Policy, base: Policy | null): string[] {
  if (!base) return [];
  // Terms as the figures use them: a chosen reading sets its fields over the typed value
  // (Google's claim window "monthend" keeps 30 days whatever the claim days say), and
  // choosing another reading of the same clause is not a change of the term.
  const used = withReadings(policy, policy.interpretations);
  const agreed = withReadings(base, policy.interpretations);
  return Object.entries(policy.citations)
    .filter(
      ([path, clause]) =>
        base.citations[path] === clause && !sameTerm(valueAt(used, path), valueAt(agreed, path)),
    )
    .map(([path]) => path);
}

/** The clauses that still describe the contract's terms, and the fields whose term was changed. */
export function clausesInForce(
  policy: Policy,
  base: Policy | null,
): { citations: Record<string, string>; changed: string[] } {
  const changed = changedClauses(policy, base);
  const citations = Object.fromEntries(
    Object.entries(policy.citations).filter(([k]) => !changed.includes(k)),
  );
  return { citations, changed };
}
