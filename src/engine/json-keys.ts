// Keys that reach an object's prototype when assigned or walked. Documents from outside
// (shared links, bundles, policy files) are refused when any key of theirs is one of these,
// so nothing they carry can be written into a shared prototype, in the page or the worker.
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export function isForbiddenKey(key: string | number): boolean {
  return typeof key === 'string' && FORBIDDEN_KEYS.has(key);
}

/**
 * Where the first forbidden key stands in a parsed JSON value ("a.b[2].__proto__"), or null.
 * A key that names a path ("downCodes.__proto__.0", as interpretation patches do) counts
 * when any of its dot-separated parts is forbidden. Walked with an explicit stack, so a
 * deeply nested document cannot overflow the call stack.
 */
export function forbiddenKeyPath(value: unknown): string | null {
  const stack: { value: unknown; path: string }[] = [{ value, path: '' }];
  while (stack.length > 0) {
    const { value: v, path } = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], path: `${path}[${i}]` });
      continue;
    }
    for (const key of Object.keys(v)) {
      const at = path ? `${path}.${key}` : key;
      if (key.split('.').some(isForbiddenKey)) return at;
      stack.push({ value: (v as Record<string, unknown>)[key], path: at });
    }
  }
  return null;
}

/**
 * A fixed table looked up by words from outside (a file's status or severity, a stored
 * preset id): without a prototype, "constructor" or "toString" finds nothing in it.
 */
export function lookupTable<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
