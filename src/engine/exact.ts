// Exact arithmetic for comparisons a claim depends on: 216 down minutes of 43 200 is
// exactly 99.5 %, which binary floating point cannot promise.

/** A non-normalised rational n/d with d > 0. */
export interface Ratio {
  n: bigint;
  d: bigint;
}

/** The exact value of a decimal as written (99.99 → 9999/100). */
export function ratioOfDecimal(x: number): Ratio {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  const text = String(x);
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(text);
  if (!m) throw new RangeError(`cannot read ${text} as a decimal`);
  const digits = (m[2] ?? '') + (m[3] ?? '');
  let scale = (m[3] ?? '').length - Number(m[4] ?? 0);
  let n = BigInt(digits) * (m[1] ? -1n : 1n);
  if (scale < 0) {
    n *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { n, d: 10n ** BigInt(scale) };
}

export const ratio = (n: number | bigint, d: number | bigint = 1): Ratio => {
  const nn = BigInt(n);
  const dd = BigInt(d);
  return dd < 0n ? { n: -nn, d: -dd } : { n: nn, d: dd };
};

export function compare(a: Ratio, b: Ratio): number {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

export const add = (a: Ratio, b: Ratio): Ratio => ({ n: a.n * b.d + b.n * a.d, d: a.d * b.d });
export const sub = (a: Ratio, b: Ratio): Ratio => ({ n: a.n * b.d - b.n * a.d, d: a.d * b.d });
export const div = (a: Ratio, b: Ratio): Ratio => ratio(a.n * b.d, a.d * b.n);

export function floorOf(a: Ratio): bigint {
  const q = a.n / a.d;
  return a.n % a.d !== 0n && a.n < 0n ? q - 1n : q;
}

export function ceilOf(a: Ratio): bigint {
  const q = a.n / a.d;
  return a.n % a.d !== 0n && a.n > 0n ? q + 1n : q;
}

/** Whole cents at most `money`: a bound is never exceeded by rounding. */
export const centsAtMost = (money: Ratio): bigint => floorOf(ratio(money.n * 100n, money.d));

/** Rounds to `decimals` places, half away from zero, as a ratio over 10^decimals. */
export function roundHalfAway(a: Ratio, decimals: number): Ratio {
  const scale = 10n ** BigInt(decimals);
  const scaled = a.n * scale;
  const neg = scaled < 0n;
  const abs = neg ? -scaled : scaled;
  const q = (2n * abs + a.d) / (2n * a.d);
  return { n: neg ? -q : q, d: scale };
}

/** The nearest double: one correctly rounded division where the values allow it. */
export function toNumber(a: Ratio): number {
  const max = BigInt(Number.MAX_SAFE_INTEGER);
  if (a.n <= max && a.n >= -max && a.d <= max) return Number(a.n) / Number(a.d);
  // Reduce by the gcd first; large terms only arise from products of small decimals.
  let x = a.n < 0n ? -a.n : a.n;
  let y = a.d;
  while (y) [x, y] = [y, x % y];
  const n = a.n / x;
  const d = a.d / x;
  return Number(n) / Number(d);
}
