// Finding the few minutes that differ from a series' usual value several at a time: a
// down, excluded or no-data minute among up ones, where a minute series is one byte a
// minute, and a minute without checks among checked ones, where counts take two bytes.
// Minutes that all hold the usual value read as a 32-bit word that is passed over whole.
// Each test compares the same byte (or half) in every place, so it holds whatever the
// platform's byte order.

// Word positions are unsigned shifts, right for any buffer under 4 GiB (a minute series of a
// contract's whole range is a few megabytes).
const wordsOfBuffer = new WeakMap<ArrayBufferLike, Uint32Array>();
/** Bytes a check count takes. */
const COUNT = 2;

function wordsOf(buffer: ArrayBufferLike): Uint32Array {
  let words = wordsOfBuffer.get(buffer);
  if (!words) wordsOfBuffer.set(buffer, (words = new Uint32Array(buffer, 0, buffer.byteLength >>> 2)));
  return words;
}

/** The first index i in [from, to) where a[i] is not `usual` (0 to 255), else `to`. */
export function nextOther(a: Uint8Array, usual: number, from: number, to: number): number {
  const base = a.byteOffset;
  let i = from;
  while (i < to && ((base + i) & 3) !== 0) {
    if (a[i] !== usual) return i;
    i++;
  }
  const words = wordsOf(a.buffer);
  const repeated = (usual * 0x01010101) >>> 0;
  const endWord = (base + to) >>> 2;
  let w = (base + i) >>> 2;
  while (w < endWord && words[w] === repeated) w++;
  for (i = Math.max(i, w * 4 - base); i < to; i++) if (a[i] !== usual) return i;
  return to;
}

/**
 * Calls `run(start, end, value)` for each run of minutes in a[from, to) that hold one value
 * other than `usual`, in order; a call that returns true stops the search.
 */
export function forEachRunOtherThan(
  a: Uint8Array,
  usual: number,
  from: number,
  to: number,
  run: (start: number, end: number, value: number) => boolean,
): void {
  for (let i = nextOther(a, usual, from, to); i < to; i = nextOther(a, usual, i, to)) {
    const value = a[i]!;
    const start = i;
    // Most runs are a few minutes (an outage), read a byte at a time; a longer one's end
    // is found a word at a time, as a period without data is one run of half a million.
    const near = Math.min(to, i + 8);
    while (i < near && a[i] === value) i++;
    if (i === near) i = nextOther(a, value, i, to);
    if (run(start, i, value)) return;
  }
}

/** How many minutes of a[from, to) are not `usual`. */
export function countOther(a: Uint8Array, usual: number, from: number, to: number): number {
  let n = 0;
  forEachRunOtherThan(a, usual, from, to, (start, end) => {
    n += end - start;
    return false;
  });
  return n;
}

/**
 * The first index i in [from, counts.length) where counts[i] is 0, else counts.length. A
 * monitor's dense class has checks in nearly every minute: two counts at a time are passed
 * over while neither is 0 (a word has a zero half exactly when (w − 0x00010001) & ~w has
 * the top bit of that half set, the usual test for a zero byte, on halves).
 */
export function nextZeroCount(counts: Uint16Array, from: number): number {
  const base = counts.byteOffset;
  const end = counts.length;
  let i = from;
  while (i < end && ((base + COUNT * i) & 3) !== 0) {
    if (counts[i] === 0) return i;
    i++;
  }
  const words = wordsOf(counts.buffer);
  const endWord = (base + COUNT * end) >>> 2;
  let w = (base + COUNT * i) >>> 2;
  while (w < endWord) {
    const word = words[w]!;
    if (((word - 0x00010001) & ~word & 0x80008000) !== 0) break;
    w++;
  }
  for (i = Math.max(i, (w * 4 - base) / COUNT); i < end; i++) if (counts[i] === 0) return i;
  return end;
}
