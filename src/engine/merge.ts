// Lists that are each sorted already, merged into one in pairs: n items in k lists take
// n·log k steps, where sorting them all together would take n·log n.

/** Merges the lists two at a time until one is left (null when there are none). */
export function mergedInPairs<T>(lists: readonly T[], merge: (a: T, b: T) => T): T | null {
  let level = [...lists];
  while (level.length > 1) {
    const next: T[] = [];
    for (let k = 0; k + 1 < level.length; k += 2) next.push(merge(level[k]!, level[k + 1]!));
    if (level.length % 2 === 1) next.push(level[level.length - 1]!);
    level = next;
  }
  return level[0] ?? null;
}

/** Two ascending arrays as one ascending array. */
export function mergedAscending(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) out[n++] = a[i]! <= b[j]! ? a[i++]! : b[j++]!;
  out.set(a.subarray(i), n);
  out.set(b.subarray(j), n + a.length - i);
  return out;
}
