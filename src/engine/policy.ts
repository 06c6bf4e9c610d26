// The policy document: a contract's SLA terms as data. Presets and user policies go
// through the same runtime validation, whose messages name the offending field, and
// policies the engine could not honour in full are refused the same way.
import * as v from 'valibot';
import { forbiddenKeyPath, isForbiddenKey } from './json-keys';
import { MAX_INTERPRETATIONS, MAX_WINDOWS, type Policy, PolicySchema } from './policy-schema';

export {
  type ClaimRule,
  type CreditRule,
  EXCLUSION_KINDS,
  type ExclusionKind,
  type Interpretation,
  MAX_INTERPRETATIONS,
  MAX_READINGS,
  MAX_WINDOWS,
  type NoticeRule,
  type Obligation,
  type Policy,
  PolicySchema,
  type RecurringWindow,
} from './policy-schema';

export class PolicyError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
    this.name = 'PolicyError';
  }
}

function pathText(path: readonly { key: unknown }[] | undefined): string {
  if (!path || path.length === 0) return '(policy)';
  let out = '';
  for (const item of path) {
    if (typeof item.key === 'number') out += `[${item.key}]`;
    else out += out ? `.${String(item.key)}` : String(item.key);
  }
  return out;
}

/** The capped lists, measured before any of their items is validated. */
function oversizedList(input: unknown): string | null {
  const doc = input as { interpretations?: unknown; exclusions?: { windows?: unknown } } | null;
  if (typeof doc !== 'object' || doc === null) return null;
  if (Array.isArray(doc.interpretations) && doc.interpretations.length > MAX_INTERPRETATIONS)
    return `interpretations: expected at most ${MAX_INTERPRETATIONS} interpretations`;
  const windows =
    typeof doc.exclusions === 'object' && doc.exclusions !== null ? doc.exclusions.windows : null;
  if (Array.isArray(windows) && windows.length > MAX_WINDOWS)
    return `exclusions.windows: expected at most ${MAX_WINDOWS} windows`;
  return null;
}

function problemsOf(input: unknown): string[] {
  const forbidden = forbiddenKeyPath(input);
  if (forbidden !== null)
    return [`${forbidden}: a key that is not allowed (__proto__, constructor or prototype)`];
  const oversized = oversizedList(input);
  if (oversized !== null) return [oversized];
  const result = v.safeParse(PolicySchema, input, { abortPipeEarly: true });
  if (result.success) return semanticProblems(result.output);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const issue of result.issues) {
    const line =
      issue.type === 'strict_object' && issue.path
        ? `${pathText(issue.path)}: unknown field`
        : `${pathText(issue.path)}: ${issue.message}`;
    if (!seen.has(line)) {
      seen.add(line);
      out.push(line);
    }
  }
  return out;
}

/**
 * A claim rule the engine evaluates for the credit kind: "within N days after
 * eligibility" dates a claim from the incident row that earned it, so only incident
 * credits have it; the period-end and business-day rules date from an availability
 * period and the outage at which it fell below target.
 */
function claimProblems(p: Policy): string[] {
  const claim = p.claim.kind;
  if (claim === 'none' || claim === 'automatic' || p.credit.kind === 'none') return [];
  if (p.credit.kind === 'incidents' && claim !== 'afterEligibility')
    return [
      `claim.kind: "${claim}" is not evaluated for incident credits; expected "afterEligibility", "automatic" or "none"`,
    ];
  if (p.credit.kind !== 'incidents' && claim === 'afterEligibility')
    return [
      `claim.kind: "afterEligibility" is evaluated for incident credits only; expected "afterPeriodEnd", "businessDaysAfterIncident", "automatic" or "none" for "${p.credit.kind}" credits`,
    ];
  return [];
}

/** Checks the schema cannot express. */
function semanticProblems(p: Policy): string[] {
  const out: string[] = [];
  p.downCodes.forEach((r, i) => {
    if (r.from > r.to) out.push(`downCodes[${i}].to: expected a status not below "from" (${r.from})`);
  });
  if (p.credit.kind === 'bands') {
    p.credit.bands.forEach((b, i) => {
      if (b.below > p.target)
        out.push(`credit.bands[${i}].below: expected a bound not above the target ${p.target}`);
    });
  }
  p.calendar.weekly.forEach((w, i) => {
    if (w.from >= w.to) out.push(`calendar.weekly[${i}].to: expected a time after "from" (${w.from})`);
  });
  out.push(...claimProblems(p));
  // Every business-time rule (targets, notice, claims, obligations, in any reading) has a
  // kind naming it; with no working hours none of them could ever be reached.
  if (p.calendar.weekly.length === 0 && /"kind":"(business|endOfNextBusinessDay)/.test(JSON.stringify(p)))
    out.push(
      'calendar.weekly: expected working hours on at least one weekday (the policy counts business time)',
    );
  p.interpretations.forEach((it, i) => {
    if (!it.options.some((o) => o.id === it.chosen))
      out.push(
        `interpretations[${i}].chosen: expected one of the option ids (${it.options.map((o) => o.id).join(', ')})`,
      );
  });
  return out;
}

/** Validates a policy document as written (before interpretations are applied). */
export function parsePolicy(input: unknown): Policy {
  const problems = problemsOf(input);
  if (problems.length) throw new PolicyError(problems);
  const policy = input as Policy;
  // Every reading must itself give a valid policy, so a user can switch freely.
  for (const [i, it] of policy.interpretations.entries()) {
    for (const [j, option] of it.options.entries()) {
      const at = `interpretations[${i}].options[${j}].patch → `;
      let withOption: Policy;
      try {
        withOption = applyPatch(structuredClone(policy), option.patch);
      } catch (e) {
        if (e instanceof PolicyError) throw new PolicyError(e.problems.map((n) => at + n));
        throw e;
      }
      const nested = problemsOf(withOption);
      if (nested.length) throw new PolicyError(nested.map((n) => at + n));
    }
  }
  return structuredClone(policy);
}

/**
 * Sets the fields a reading names. A path may only lead through fields the policy already
 * has (its own properties, never a prototype's), so a patch from a shared link can touch
 * the policy's declared fields and nothing else; the result is validated by the caller.
 */
function applyPatch(policy: Policy, patch: Record<string, unknown>): Policy {
  for (const [path, value] of Object.entries(patch)) {
    const keys = path.split('.');
    if (keys.some((k) => k === '' || isForbiddenKey(k))) throw new PolicyError([`${path}: no such field`]);
    let target: Record<string, unknown> = policy as unknown as Record<string, unknown>;
    for (const key of keys.slice(0, -1)) {
      const next = Object.hasOwn(target, key) ? target[key] : undefined;
      if (typeof next !== 'object' || next === null) throw new PolicyError([`${path}: no such field`]);
      target = next as Record<string, unknown>;
    }
    const last = keys[keys.length - 1]!;
    if (Array.isArray(target) && !(Object.hasOwn(target, last) && /^(0|[1-9]\d*)$/.test(last)))
      throw new PolicyError([`${path}: no such field`]);
    target[last] = structuredClone(value);
  }
  return policy;
}

/** The policy as evaluated: each interpretation's chosen reading applied. */
export function effectivePolicy(policy: Policy): Policy {
  let out = structuredClone(policy);
  for (const it of policy.interpretations) {
    const option = it.options.find((o) => o.id === it.chosen);
    if (option) out = applyPatch(out, option.patch);
  }
  return out;
}

/** A copy with one interpretation switched to another reading. */
export function chooseReading(policy: Policy, interpretationId: string, optionId: string): Policy {
  const out = structuredClone(policy);
  const it = out.interpretations.find((i) => i.id === interpretationId);
  if (!it) throw new PolicyError([`interpretations: no interpretation "${interpretationId}"`]);
  if (!it.options.some((o) => o.id === optionId))
    throw new PolicyError([`interpretations: "${interpretationId}" has no reading "${optionId}"`]);
  it.chosen = optionId;
  return out;
}
