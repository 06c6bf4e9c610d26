// The policy document: a contract's SLA terms as data. Presets and user policies go
// through the same runtime validation, whose messages name the offending field, and
// policies the engine could not honour in full are refused the same way.
import * as v from 'valibot';
import { forbiddenKeyPath, isForbiddenKey } from './json-keys';
import { keyText, pathText, shapeProblem } from './policy-limits';
import { POLICY_VERSION, type Policy, PolicySchema, type Scope } from './policy-schema';

export type {
  Interpretation,
  NoticeRule,
  Obligation,
  Policy,
  RecurringWindow,
  Scope,
} from './policy-schema';
export { EXCLUSION_KINDS } from './policy-values';

export class PolicyError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
    this.name = 'PolicyError';
  }
}

/**
 * Policies saved or shared in an earlier version, brought to today's. Version 2 only
 * added optional terms whose absence reads as version 1 did, so a version 1 document
 * needs nothing but its new version; the step stays explicit for the versions to come.
 */
function migratePolicy(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
  const doc = input as Record<string, unknown>;
  if (doc.schema === 'sla-policy/1') return { ...doc, schema: POLICY_VERSION };
  return input;
}

/**
 * One issue in our words. Valibot's own messages quote the value they received, which may
 * be anything the file holds, so none reaches the user: the strict objects' issues (the
 * only schemas without a message of ours) are told apart here.
 */
function issueLine(issue: v.BaseIssue<unknown>, prefix: readonly { key: unknown }[] = []): string {
  const at = pathText([...prefix, ...(issue.path ?? [])]);
  if (issue.type === 'strict_object') {
    if (issue.expected === 'never') return `${at}: unknown field`;
    if (issue.received === 'undefined') return `${at}: missing field`;
    return `${at}: expected an object`;
  }
  return issue.message.startsWith('expected ') ? `${at}: ${issue.message}` : `${at}: not a valid value`;
}

/** The schema's problems with `input`, one line each, named from the policy's root. */
function schemaProblems(
  schema: v.GenericSchema,
  input: unknown,
  prefix: readonly { key: unknown }[] = [],
): string[] {
  const result = v.safeParse(schema, input, { abortPipeEarly: true });
  if (result.success) return [];
  return [...new Set(result.issues.map((issue) => issueLine(issue, prefix)))];
}

function problemsOf(input: unknown): string[] {
  const shape = shapeProblem(input);
  if (shape !== null) return [shape];
  const forbidden = forbiddenKeyPath(input);
  if (forbidden !== null)
    return [`${forbidden}: a key that is not allowed (__proto__, constructor or prototype)`];
  const problems = schemaProblems(PolicySchema, input);
  return problems.length ? problems : semanticProblems(input as Policy);
}

/**
 * A claim rule the engine evaluates for the credit kind: incident credits are earned row
 * by row within a month, so their claims run from the moment a row was reached ("within
 * N days after eligibility"); the period and incident rules date from an availability
 * period and the outage at which it fell below target.
 */
function claimProblems(p: Policy): string[] {
  const claim = p.claim.kind;
  if (claim === 'none' || claim === 'automatic' || p.credit.kind === 'none') return [];
  if (p.credit.kind === 'incidents' && claim !== 'afterEligibility')
    return [
      `claim.kind: "${claim}" is not evaluated for incident credits; expected "afterEligibility", "automatic" or "none"`,
    ];
  return [];
}

/**
 * An "incidents per month" right counts the incidents of one severity, and only incident
 * credits say what an incident of each severity is: under another credit, or with no level
 * of that severity, the right could never be reached.
 */
function terminationProblems(p: Policy): string[] {
  const credit = p.credit;
  const severities = credit.kind === 'incidents' ? credit.levels.map((l) => l.severity) : [];
  return p.termination.flatMap((rule, i) => {
    if (rule.kind !== 'incidentsPerMonth') return [];
    if (credit.kind !== 'incidents')
      return [
        `termination[${i}].kind: "incidentsPerMonth" counts the incidents that credit.levels define; expected credit.kind "incidents", not "${credit.kind}"`,
      ];
    if (!severities.includes(rule.severity))
      return [
        `termination[${i}].severity: expected a severity credit.levels define (${severities.join(', ') || 'none'}), not "${rule.severity}"`,
      ];
    return [];
  });
}

function duplicateIds(list: string, ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  ids.forEach((id, i) => {
    if (seen.has(id)) out.push(`${list}[${i}].id: "${id}" is used twice`);
    seen.add(id);
  });
  return out;
}

function measurementProblems(p: Policy): string[] {
  const m = p.measurement;
  if (!m) return [];
  const out: string[] = [];
  if (m.rule === 'errorRate' && m.errorRatePercent === null)
    out.push('measurement.errorRatePercent: expected the error rate above which an interval is down');
  if (m.rule !== 'errorRate' && (m.errorRatePercent !== null || m.minChecks !== null))
    out.push(
      `measurement.rule: an error rate or request minimum is only read by the "errorRate" rule, not "${m.rule}"`,
    );
  return out;
}

/**
 * The terms of a credit on lost minutes. Minutes beyond the target's allowance are lost
 * only in a missed period, so such a credit is written as owed only then: one way to write
 * one contract. A lost-time credit in whole blocks names the block and how a part of one
 * counts together; the blocks are counted on the period's lost minutes ("each full or
 * partial hour of downtime"), which no single outage owns, so they are not priced outage
 * by outage.
 */
function lostMinutesCreditProblems(c: Policy['credit']): string[] {
  if (c.kind !== 'lostTime' && c.kind !== 'serviceDays' && c.kind !== 'perBlock') return [];
  const out: string[] = [];
  if (c.beyondAllowance && !c.whenMissed) out.push('credit.beyondAllowance: expected credit.whenMissed true');
  if (c.kind !== 'lostTime') return out;
  if (c.perMinutes !== undefined && c.rounding === undefined) out.push('credit.rounding: missing field');
  if (c.rounding !== undefined && c.perMinutes === undefined) out.push('credit.perMinutes: missing field');
  if (c.perMinutes !== undefined && c.capPerOutagePercent != null)
    out.push('credit.perMinutes: expected no credit.capPerOutagePercent');
  return out;
}

/**
 * Incident credits are earned by the whole service and claimed month by month, each on its
 * own; bounds on a period's or a year's money would have to choose which months to cut,
 * which no contract here words.
 */
function incidentCreditProblems(p: Policy): string[] {
  if (p.credit.kind !== 'incidents') return [];
  const out: string[] = [];
  if (p.scopes?.length)
    out.push('scopes: incident credits are earned by the whole service; expected no scopes');
  if (p.creditLimits && Object.values(p.creditLimits).some((limit) => limit !== null))
    out.push(
      'creditLimits: incident credits are earned and claimed month by month; expected no limits (credit.capPercent bounds each month)',
    );
  if (p.eligibility.capAtNextMonthFee)
    out.push(
      'eligibility.capAtNextMonthFee: incident credits are earned and claimed month by month; expected false (credit.capPercent bounds each month)',
    );
  return out;
}

/** A business-time rule anywhere in a part of the policy: each has a kind naming it. */
const BUSINESS_KIND = /"kind":"(business|endOfNextBusinessDay)/;

/** The policy as written, and its top-level fields that hold a business-time rule. */
interface Written {
  policy: Policy;
  businessFields: Set<string>;
}

/**
 * The top-level fields of `p` holding a business-time rule; a field a plan, scope or
 * reading left as written is not read again.
 */
function businessFields(p: Policy, written?: Written): Set<string> {
  const out = new Set<string>();
  for (const [key, value] of Object.entries(p)) {
    const same = written !== undefined && (written.policy as Record<string, unknown>)[key] === value;
    if (same ? written.businessFields.has(key) : BUSINESS_KIND.test(JSON.stringify(value) ?? ''))
      out.add(key);
  }
  return out;
}

/** Checks the schema cannot express. */
function semanticProblems(p: Policy, written?: Written): string[] {
  const out: string[] = [];
  p.downCodes.forEach((r, i) => {
    if (r.from > r.to) out.push(`downCodes[${i}].to: expected a status not below "from" (${r.from})`);
  });
  const bands =
    p.credit.kind === 'bands' ? p.credit.bands : p.credit.kind === 'dayBands' ? p.credit.dayBands : [];
  bands.forEach((b, i) => {
    if (b.below > p.target)
      out.push(`credit.${p.credit.kind}[${i}].below: expected a bound not above the target ${p.target}`);
  });
  p.calendar.weekly.forEach((w, i) => {
    if (w.from >= w.to) out.push(`calendar.weekly[${i}].to: expected a time after "from" (${w.from})`);
  });
  out.push(...lostMinutesCreditProblems(p.credit));
  out.push(...claimProblems(p));
  out.push(...terminationProblems(p));
  out.push(...measurementProblems(p));
  const planIds = (p.plans ?? []).map((plan) => plan.id);
  if (p.plan != null && !planIds.includes(p.plan))
    out.push(`plan: expected one of the plan ids (${planIds.join(', ') || 'no plans'})`);
  out.push(...duplicateIds('plans', planIds));
  out.push(
    ...duplicateIds(
      'scopes',
      (p.scopes ?? []).map((s) => s.id),
    ),
  );
  out.push(
    ...duplicateIds(
      'eligibility.conditions',
      (p.eligibility.conditions ?? []).map((c) => c.id),
    ),
  );
  out.push(...incidentCreditProblems(p));
  // Every business-time rule (targets, notice, claims, obligations, in any reading) has a
  // kind naming it; with no working hours none of them could ever be reached.
  if (p.calendar.weekly.length === 0 && businessFields(p, written).size > 0)
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
export function parsePolicy(document: unknown): Policy {
  const input = migratePolicy(document);
  const problems = problemsOf(input);
  if (problems.length) throw new PolicyError(problems);
  const policy = input as Policy;
  const written: Written = { policy, businessFields: businessFields(policy) };
  // Every plan and every scope, too, must give a valid policy. Their own fields were
  // validated with the document; what is left is how they sit with the rest of it.
  for (const [i, plan] of (policy.plans ?? []).entries()) {
    const nested = semanticProblems(withPlan({ ...policy }, plan.id), written);
    if (nested.length) throw new PolicyError(nested.map((n) => `plans[${i}] → ${n}`));
  }
  for (const [i, scope] of (policy.scopes ?? []).entries()) {
    const nested = semanticProblems(withScope({ ...policy }, scope), written);
    if (nested.length) throw new PolicyError(nested.map((n) => `scopes[${i}] → ${n}`));
  }
  // Every reading must itself give a valid policy, so a user can switch freely.
  for (const [i, it] of policy.interpretations.entries()) {
    for (const [j, option] of it.options.entries()) {
      const at = `interpretations[${i}].options[${j}].patch → `;
      const nested = readingProblems(policy, option.patch, written);
      if (nested.length) throw new PolicyError(nested.map((n) => at + n));
    }
  }
  return structuredClone(policy);
}

/**
 * A reading's problems: the schema is checked on what its patch sets (the smallest part
 * of the policy its schema can judge alone), the checks across fields on the result.
 */
function readingProblems(policy: Policy, patch: Record<string, unknown>, written: Written): string[] {
  let withOption: Policy;
  try {
    withOption = applyPatch(policy, patch);
  } catch (e) {
    if (e instanceof PolicyError) return e.problems;
    throw e;
  }
  const problems = Object.keys(patch).flatMap((path) => patchedProblems(withOption, path.split('.')));
  return problems.length ? [...new Set(problems)] : semanticProblems(withOption, written);
}

type AnySchema = v.GenericSchema & {
  type: string;
  entries?: Record<string, v.GenericSchema>;
  item?: v.GenericSchema;
  value?: v.GenericSchema;
  wrapped?: v.GenericSchema;
};

/**
 * The schema's problems with the part of `policy` a patch path set: the path is followed
 * down the schema through objects, lists and records, and the value is validated where
 * the path ends or where a schema must see a whole value (a credit chosen by its kind).
 */
function patchedProblems(policy: Policy, keys: string[]): string[] {
  let schema = PolicySchema as unknown as AnySchema;
  let value: unknown = policy;
  const path: { key: unknown }[] = [];
  for (const key of keys) {
    while (schema.wrapped && value !== null && value !== undefined) schema = schema.wrapped as AnySchema;
    let next: v.GenericSchema | undefined;
    if (schema.type === 'strict_object') {
      if (!Object.hasOwn(schema.entries!, key)) return [`${pathText([...path, { key }])}: unknown field`];
      next = schema.entries![key];
    } else if (schema.type === 'array') next = schema.item;
    else if (schema.type === 'record') next = schema.value;
    if (!next) break;
    const index = Array.isArray(value) ? Number(key) : key;
    path.push({ key: index });
    schema = next as AnySchema;
    value = (value as Record<string | number, unknown>)[index];
  }
  return schemaProblems(schema, value, path);
}

/**
 * Sets the fields a reading names, on a copy: only the objects along each path are copied,
 * the rest is shared with `policy`. A path may only lead through fields the policy already
 * has (its own properties, never a prototype's), so a patch from a shared link can touch
 * the policy's declared fields and nothing else; the result is validated by the caller.
 */
function applyPatch(policy: Policy, patch: Record<string, unknown>): Policy {
  const out = { ...policy } as unknown as Record<string, unknown>;
  const copies = new WeakSet<object>([out]);
  for (const [path, value] of Object.entries(patch)) {
    const keys = path.split('.');
    // The path is named up to the step that leads nowhere: from there on it is only the
    // file's text, which a message never repeats.
    const noSuchField = (known: number) =>
      new PolicyError([
        `${[...keys.slice(0, known).map((k) => (/^\d{1,9}$/.test(k) ? k : keyText(k))), '…'].join('.')}: no such field`,
      ]);
    if (keys.some((k) => k === '' || isForbiddenKey(k))) throw noSuchField(0);
    let target = out;
    for (const [n, key] of keys.slice(0, -1).entries()) {
      const next = Object.hasOwn(target, key) ? target[key] : undefined;
      if (typeof next !== 'object' || next === null) throw noSuchField(next === undefined ? n : n + 1);
      if (!copies.has(next)) {
        const copy = Array.isArray(next) ? [...next] : { ...next };
        copies.add(copy);
        target[key] = copy;
      }
      target = target[key] as Record<string, unknown>;
    }
    const last = keys[keys.length - 1]!;
    if (Array.isArray(target) && !(Object.hasOwn(target, last) && /^(0|[1-9]\d*)$/.test(last)))
      throw noSuchField(keys.length - 1);
    target[last] = structuredClone(value);
  }
  return out as unknown as Policy;
}

/** A monitor name a scope lists, or one its prefix pattern ("eu-*") matches. */
export function inScope(scope: Scope, monitor: string): boolean {
  return scope.monitors.some((m) => (m.endsWith('*') ? monitor.startsWith(m.slice(0, -1)) : m === monitor));
}

/** The contract's terms as one scope has them: its own target, period, credit and fee. */
export function scopeTerms(policy: Policy, scope: Scope): Policy {
  return withScope(structuredClone(policy), scope);
}

/** A scope's terms laid over `out`, which is changed. */
function withScope(out: Policy, scope: Scope): Policy {
  delete out.scopes;
  if (scope.target !== undefined) out.target = scope.target;
  if (scope.period) out.period = scope.period;
  if (scope.credit) out.credit = structuredClone(scope.credit);
  if (scope.fee) out.fee = { ...scope.fee };
  return out;
}

/** The terms a plan overrides, laid over the policy's own. */
function withPlan(policy: Policy, planId: string | null | undefined): Policy {
  const plan = policy.plans?.find((p) => p.id === planId);
  if (!plan) return policy;
  if (plan.target !== undefined) policy.target = plan.target;
  if (plan.credit) policy.credit = structuredClone(plan.credit);
  if (plan.claim) policy.claim = structuredClone(plan.claim);
  if (plan.calendar) policy.calendar = structuredClone(plan.calendar);
  if (plan.responseTargets) policy.responseTargets = structuredClone(plan.responseTargets);
  return policy;
}

/**
 * The policy as evaluated: the chosen plan's terms, then each interpretation's chosen
 * reading. A reading may itself pick the plan or change a plan's terms ("Enterprise:
 * 99.95 %"), so the plan is the one the readings leave; the readings then go over its
 * terms as over the policy's own (a patch sets values, so setting them twice is once).
 */
export function effectivePolicy(policy: Policy): Policy {
  const read = withReadings(structuredClone(policy), policy.interpretations);
  return withReadings(withPlan(read, read.plan), policy.interpretations);
}

/** The top-level fields ("claim", "credit") that a chosen reading sets, wholly or in part. */
export function fieldsSetByReadings(policy: Policy): Set<string> {
  const out = new Set<string>();
  for (const it of policy.interpretations) {
    const option = it.options.find((o) => o.id === it.chosen);
    for (const path of Object.keys(option?.patch ?? {})) out.add(path.split('.')[0]!);
  }
  return out;
}

/** `policy` with the chosen reading of each of `interpretations` laid over it, which wins over the field's own value. */
export function withReadings(policy: Policy, interpretations: Policy['interpretations']): Policy {
  let out = policy;
  for (const it of interpretations) {
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
