// How large and how deep a policy document may be, measured before any of it is validated
// or copied, and how a place in it is named in a message: the bounds keep validation of
// every plan, scope and reading well under a second, and the names never repeat a key
// that could carry anything the file holds.
import { MAX_INTERPRETATIONS, MAX_PLANS, MAX_SCOPES, MAX_WINDOWS } from './policy-schema';

/** The presets nest at most 10 levels; an interpretation's patch value adds a few more. */
const MAX_POLICY_DEPTH = 32;
/** Values (objects, lists, texts, numbers) in a policy; the presets hold at most about 300. */
const MAX_POLICY_VALUES = 20_000;

/** A key shown as written: a field name or field path of reasonable length. */
const PLAIN_KEY = /^[A-Za-z_$][\w$.-]{0,39}$/;

/** One step of a field path as messages show it; any other key reads "…". */
export function keyText(key: unknown): string {
  if (typeof key === 'number') return `[${key}]`;
  return typeof key === 'string' && PLAIN_KEY.test(key) ? key : '…';
}

export function pathText(path: readonly { key: unknown }[] | undefined): string {
  if (!path || path.length === 0) return '(policy)';
  let out = '';
  for (const item of path) {
    const step = keyText(item.key);
    out += step.startsWith('[') || !out ? step : `.${step}`;
  }
  return out;
}

/**
 * What makes a document no policy at all, or too large or deep to validate: found with an
 * explicit stack (so a value nested 200 000 lists deep cannot overflow the call stack) and
 * before anything copies the document.
 */
export function shapeProblem(input: unknown): string | null {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return '(policy): expected a JSON object';
  const oversized = oversizedList(input);
  if (oversized !== null) return oversized;
  const stack: { value: object; depth: number; path: { key: unknown }[] }[] = [
    { value: input, depth: 1, path: [] },
  ];
  let values = 1;
  while (stack.length > 0) {
    const { value, depth, path } = stack.pop()!;
    if (depth > MAX_POLICY_DEPTH)
      return `${pathText(path.slice(0, 6))}…: expected values nested at most ${MAX_POLICY_DEPTH} levels deep`;
    const children = Array.isArray(value) ? [...value.entries()] : Object.entries(value);
    // Counted before they are stacked, so a list of millions is refused without walking it.
    values += children.length;
    if (values > MAX_POLICY_VALUES) return `(policy): expected at most ${MAX_POLICY_VALUES} values`;
    for (const [key, child] of children)
      if (typeof child === 'object' && child !== null)
        stack.push({ value: child, depth: depth + 1, path: [...path, { key }] });
  }
  return null;
}

/** The capped lists, measured before any of their items is validated. */
function oversizedList(input: unknown): string | null {
  const doc = input as {
    interpretations?: unknown;
    plans?: unknown;
    scopes?: unknown;
    exclusions?: { windows?: unknown };
  };
  if (Array.isArray(doc.interpretations) && doc.interpretations.length > MAX_INTERPRETATIONS)
    return `interpretations: expected at most ${MAX_INTERPRETATIONS} interpretations`;
  if (Array.isArray(doc.plans) && doc.plans.length > MAX_PLANS)
    return `plans: expected at most ${MAX_PLANS} plans`;
  if (Array.isArray(doc.scopes) && doc.scopes.length > MAX_SCOPES)
    return `scopes: expected at most ${MAX_SCOPES} scopes`;
  const windows =
    typeof doc.exclusions === 'object' && doc.exclusions !== null ? doc.exclusions.windows : null;
  if (Array.isArray(windows) && windows.length > MAX_WINDOWS)
    return `exclusions.windows: expected at most ${MAX_WINDOWS} windows`;
  return null;
}
