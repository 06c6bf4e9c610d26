// Field paths in a policy document: the same text parsePolicy uses in its messages
// ("credit.bands[0].below"), reading and immutably writing a value at a path.
import { isForbiddenKey } from '../../engine/json-keys';

export type Path = readonly (string | number)[];

export function pathText(path: Path): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${key}` : key;
  }
  return out;
}

/** The path with array indexes blanked ("credit.bands[].below"), for per-field metadata. */
export function shapeOf(path: Path): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += '[]';
    else out += out ? `.${key}` : key;
  }
  return out;
}

export function getAt(doc: unknown, path: Path): unknown {
  let v: unknown = doc;
  for (const key of path) {
    if (typeof v !== 'object' || v === null || !Object.hasOwn(v, key)) return undefined;
    v = (v as Record<string | number, unknown>)[key];
  }
  return v;
}

/** A copy of `doc` with the value at `path` replaced (or removed when `value` is undefined). */
export function setAt(doc: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  // A form path never names a prototype; refusing it keeps a crafted document's keys inert.
  if (isForbiddenKey(key)) throw new Error(`the field name "${key}" is not allowed`);
  if (Array.isArray(doc)) {
    const copy = [...doc];
    if (value === undefined && rest.length === 0) copy.splice(key as number, 1);
    else copy[key as number] = setAt(copy[key as number], rest, value);
    return copy;
  }
  const copy = { ...((doc ?? {}) as Record<string, unknown>) };
  if (value === undefined && rest.length === 0) delete copy[key as string];
  else copy[key as string] = setAt(copy[key as string], rest, value);
  return copy;
}

/** A path's text ("scopes[1].credit.bands[0].below") as its keys. */
export function parsePath(text: string): Path {
  const out: (string | number)[] = [];
  for (const m of text.matchAll(/\[(\d+)\]|([^.[\]]+)/g)) out.push(m[1] !== undefined ? Number(m[1]) : m[2]!);
  return out;
}

/**
 * parsePolicy's "path: message" lines grouped by the field they are shown beside ("(policy)"
 * for the document itself). A plan's or a scope's problem ("scopes[1] → credit.bands[0].below:
 * …") belongs to the field inside it; where the draft has no such field (a scope without a
 * credit of its own, checked with the policy's) it goes to the nearest field the draft has,
 * the rest of its path kept in the message.
 */
export function problemsByPath(problems: readonly string[], draft?: unknown): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of problems) {
    const parts = p.split(' → ');
    const last = parts.pop() ?? '';
    const cut = last.indexOf(': ');
    let path = cut > 0 ? [...parts, last.slice(0, cut)].join('.') : '(policy)';
    let message = cut > 0 ? last.slice(cut + 2) : p;
    if (draft !== undefined && path !== '(policy)') {
      const keys = parsePath(path);
      let n = keys.length;
      while (n > 1 && getAt(draft, keys.slice(0, n)) === undefined) n--;
      if (n < keys.length) message = `${pathText(keys.slice(n)).replace(/^\./, '')}: ${message}`;
      path = pathText(keys.slice(0, n));
    }
    const list = out.get(path);
    if (list) list.push(message);
    else out.set(path, [message]);
  }
  return out;
}

/** Words from a field name: "minOutageMinutes" → "Min outage minutes"; list items are numbered. */
export function labelOf(key: string | number): string {
  if (typeof key === 'number') return `#${key + 1}`;
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
