// A seeded generator for the randomised tests that hold a fast path to a plain one: the
// same numbers on every run and machine, so a failing trial can be replayed by its number.

/** A linear congruential generator of numbers in [0, 1) from `seed`. */
export function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 4_294_967_296;
  };
}
