// What a computation allocates in typed arrays, counted at every constructor call: a
// structural measure of memory (which arrays were made, how long), not a timing.
const TYPED = ['Uint8Array', 'Uint16Array', 'Uint32Array', 'Float64Array'] as const;

export interface Allocations<T> {
  value: T;
  /** The longest array made, in elements. */
  longest: number;
  /** Bytes of every array made with a length (arrays over an existing buffer take none). */
  bytes: number;
}

export function typedArraysWhile<T>(run: () => T): Allocations<T> {
  const g = globalThis as unknown as Record<string, new (...args: unknown[]) => ArrayBufferView>;
  const originals = TYPED.map((name) => [name, g[name]!] as const);
  let longest = 0;
  let bytes = 0;
  for (const [name, ctor] of originals)
    g[name] = new Proxy(ctor, {
      construct(target, args, newTarget) {
        const made = Reflect.construct(target, args, newTarget) as ArrayBufferView & { length: number };
        const [first] = args;
        if (typeof first === 'number' || ArrayBuffer.isView(first) || Array.isArray(first)) {
          longest = Math.max(longest, made.length);
          bytes += made.byteLength;
        }
        return made;
      },
    });
  try {
    return { value: run(), longest, bytes };
  } finally {
    for (const [name, ctor] of originals) g[name] = ctor;
  }
}
