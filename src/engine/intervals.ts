// The measurement grid (SPEC rules 1–2, extended): when the checks of a minute, or of an
// interval of N minutes aligned to the hour, make it down. "Any failed check", "most
// checks failed", "every check failed" and "an error rate above X % over at least N
// requests" are the rules real SLAs write.
import { type Ratio, ratioOfDecimal } from './exact';
import type { Policy } from './policy';

export const NODATA = 0;
export const UP = 1;
export const DOWN = 2;

export interface CheckRule {
  rule: 'any' | 'majority' | 'all' | 'errorRate';
  /** errorRate: the failed share an interval must exceed, as an exact percentage. */
  errorRate: Ratio | null;
  /** errorRate: fewer checks than this never make an interval down. */
  minChecks: number;
  intervalMinutes: number;
}

export function checkRuleOf(policy: Pick<Policy, 'minuteRule' | 'measurement'>): CheckRule {
  const m = policy.measurement;
  if (!m) return { rule: policy.minuteRule, errorRate: null, minChecks: 1, intervalMinutes: 1 };
  return {
    rule: m.rule,
    errorRate: m.errorRatePercent === null ? null : ratioOfDecimal(m.errorRatePercent),
    minChecks: m.minChecks ?? 1,
    intervalMinutes: m.intervalMinutes,
  };
}

export const ruleKey = (r: CheckRule) =>
  `${r.rule}:${r.errorRate ? `${r.errorRate.n}/${r.errorRate.d}` : ''}:${r.minChecks}:${r.intervalMinutes}`;

/** Whether `down` failed checks among `up + down` make a minute or interval down. */
export function isDown(r: CheckRule, up: number, down: number): boolean {
  const total = up + down;
  if (down === 0) return false;
  switch (r.rule) {
    case 'any':
      return true;
    case 'majority':
      return down * 2 > total;
    case 'all':
      return up === 0;
    case 'errorRate': {
      if (total < r.minChecks) return false;
      // down / total > n / d / 100, in integers (counts and the rate's digits are small).
      const rate = r.errorRate!;
      return BigInt(down) * 100n * rate.d > rate.n * BigInt(total);
    }
  }
}

/**
 * Judges each aligned interval holding checks as a whole and gives all its minutes that
 * state; intervals without checks keep the minute states they were given (carried or no
 * data). `counts(i)` is the checks of element i as [up, down].
 */
export function applyIntervals(
  states: Uint8Array,
  firstMinute: number,
  r: CheckRule,
  counts: (i: number) => readonly [number, number],
): void {
  const n = r.intervalMinutes;
  if (n <= 1) return;
  // Epoch minute 0 is on the hour, so multiples of a divisor of 60 are too.
  let from = -(((firstMinute % n) + n) % n);
  for (; from < states.length; from += n) {
    const to = Math.min(states.length, from + n);
    let up = 0;
    let down = 0;
    for (let i = Math.max(0, from); i < to; i++) {
      const [u, d] = counts(i);
      up += u;
      down += d;
    }
    if (up + down === 0) continue;
    states.fill(isDown(r, up, down) ? DOWN : UP, Math.max(0, from), to);
  }
}
