// Uptime against target and the credit it earns (SPEC rules 8 and 9), in exact arithmetic.
import {
  ceilOf,
  compare,
  div,
  floorOf,
  type Ratio,
  ratio,
  ratioOfDecimal,
  roundHalfAway,
  sub,
  toNumber,
} from './exact';
import type { Policy } from './policy';

export interface PeriodUptime {
  /** Exact uptime percentage after the policy's rounding; null when nothing is measurable. */
  percent: Ratio | null;
  met: boolean | null;
}

/** Uptime as a percentage of available minutes over measurable minutes. */
export function uptimeOf(availableMinutes: number, measurableMinutes: number, policy: Policy): PeriodUptime {
  if (measurableMinutes <= 0) return { percent: null, met: null };
  let percent = ratio(100 * availableMinutes, measurableMinutes);
  if (policy.roundDecimals !== null) percent = roundHalfAway(percent, policy.roundDecimals);
  return { percent, met: compare(percent, ratioOfDecimal(policy.target)) >= 0 };
}

/**
 * The fewest downtime minutes that miss the target when `measurableMinutes` are
 * measured: the point at which a period "first falls below target".
 */
export function minutesToMiss(measurableMinutes: number, policy: Policy): number | null {
  let lo = 0;
  let hi = measurableMinutes;
  if (uptimeOf(measurableMinutes - hi, measurableMinutes, policy).met !== false) return null;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (uptimeOf(measurableMinutes - mid, measurableMinutes, policy).met === false) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export interface CreditAmount {
  percent: number | null;
  days: number | null;
}

function steps(shortfall: Ratio, step: number, rounding: 'ceil' | 'floor'): number {
  const s = div(shortfall, ratioOfDecimal(step));
  return Number(rounding === 'ceil' ? ceilOf(s) : floorOf(s));
}

/** The availability credit a period earns (bands, per step, extension days). */
export function availabilityCredit(uptime: PeriodUptime, policy: Policy): CreditAmount {
  const c = policy.credit;
  const missed = uptime.met === false && uptime.percent !== null;
  switch (c.kind) {
    case 'none':
    case 'incidents':
      return { percent: null, days: null };
    case 'bands': {
      if (!missed) return { percent: 0, days: null };
      let best = 0;
      for (const b of c.bands) {
        const cmp = compare(uptime.percent!, ratioOfDecimal(b.below));
        if (cmp < 0 || (cmp === 0 && b.inclusive)) best = Math.max(best, b.percent);
      }
      return { percent: Math.min(best, c.capPercent), days: null };
    }
    case 'perStep': {
      if (!missed) return { percent: 0, days: null };
      const n = steps(sub(ratioOfDecimal(policy.target), uptime.percent!), c.step, c.rounding);
      const percent = toNumber(scaled(n, c.percentPerStep));
      return { percent: Math.min(percent, c.capPercent), days: null };
    }
    case 'extensionDays': {
      if (!missed) return { percent: null, days: 0 };
      const n = steps(sub(ratioOfDecimal(policy.target), uptime.percent!), c.step, c.rounding);
      return { percent: null, days: Math.min(toNumber(scaled(n, c.daysPerStep)), c.capDays) };
    }
  }
}

const scaled = (n: number, per: number): Ratio => {
  const r = ratioOfDecimal(per);
  return { n: r.n * BigInt(n), d: r.d };
};

/** Money rounded to cents, half away from zero. */
export function moneyOf(fee: number, percent: number): number {
  const exact = roundHalfAway(
    {
      n: ratioOfDecimal(fee).n * ratioOfDecimal(percent).n,
      d: ratioOfDecimal(fee).d * ratioOfDecimal(percent).d * 100n,
    },
    2,
  );
  return toNumber(exact);
}

const MONTHS_PER_PERIOD = { month: 1, quarter: 3, year: 12 } as const;

/** The fee a period is charged: the annual fee ÷ 12 per month where the contract prices annually. */
export function periodFee(policy: Policy, period: keyof typeof MONTHS_PER_PERIOD): number | null {
  const fee = policy.fee.amount;
  if (fee === null) return null;
  const months = MONTHS_PER_PERIOD[period];
  return policy.fee.per === 'month' ? fee * months : (fee * months) / 12;
}

/**
 * The most lost minutes that still meet the target over `measurableMinutes`, after the
 * policy's rounding: one less than the fewest that miss it.
 */
export function allowedDowntime(measurableMinutes: number, policy: Policy): number | null {
  if (measurableMinutes <= 0) return null;
  const miss = minutesToMiss(measurableMinutes, policy);
  return miss === null ? measurableMinutes : miss - 1;
}
