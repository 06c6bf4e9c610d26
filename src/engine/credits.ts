// Uptime against target and the credit it earns (SPEC rules 8 and 9), in exact arithmetic.
import {
  add,
  ceilOf,
  centsAtMost,
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
import { MONTHS_IN, type PeriodKind } from './periods';
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
  /** Money owed directly, for credits priced on lost time or per event. */
  amount: number | null;
}

/** What a period's credit is judged on besides its uptime. */
export interface CreditBasis {
  lostMinutes: number;
  /** Elapsed minutes of the period: the fee is spread over them for lost-time prices. */
  periodMinutes: number;
  /** The minutes uptime is measured over (its formula's denominator): what the target's allowance is a share of. */
  measurableMinutes: number;
  /** Counted outages that began in the period. */
  events: number;
  /** The lost minutes of each incident in the period, in time order (for a cap per outage). */
  lostByIncident?: readonly number[];
  /** The period's fee, exactly (an annual fee ÷ 12 is not a binary fraction); null when the contract does not state it. */
  fee: Ratio | null;
}

function steps(shortfall: Ratio, step: number, rounding: 'ceil' | 'floor'): number {
  const s = div(shortfall, ratioOfDecimal(step));
  return Number(rounding === 'ceil' ? ceilOf(s) : floorOf(s));
}

const NONE: CreditAmount = { percent: null, days: null, amount: null };

type LostMinutesCredit = Extract<Policy['credit'], { kind: 'lostTime' | 'serviceDays' | 'perBlock' }>;

/** The downtime the target allows, exactly: the measured minutes × (100 − target) ÷ 100. */
function allowanceOf(target: number, basis: CreditBasis): Ratio {
  const t = ratioOfDecimal(target);
  return { n: (100n * t.d - t.n) * BigInt(basis.measurableMinutes), d: 100n * t.d };
}

/** What is left of `minutes` once `allowance` is taken from them, never below 0. */
function beyond(minutes: Ratio, allowance: Ratio): Ratio {
  const left = sub(minutes, allowance);
  return left.n > 0n ? left : ratio(0);
}

/**
 * The lost minutes a credit is counted on, exactly: all of them, or under `beyondAllowance`
 * those beyond the downtime the target allows (0.1 % of a 31-day month is 44.64 minutes,
 * so 60 lost leave 15.36).
 */
function countedLost(c: LostMinutesCredit, target: number, basis: CreditBasis): Ratio {
  const lost = ratio(basis.lostMinutes);
  return c.beyondAllowance ? beyond(lost, allowanceOf(target, basis)) : lost;
}

/**
 * Each outage's lost minutes a credit capped per outage counts: under `beyondAllowance` the
 * allowance is used up by the period's earliest lost minutes, so the first outages give
 * their minutes to it and only what lies beyond it is each later one's own.
 */
function countedByIncident(c: LostTimeCredit, target: number, basis: CreditBasis): Ratio[] {
  const incidents = (basis.lostByIncident ?? [basis.lostMinutes]).map((m) => ratio(m));
  if (!c.beyondAllowance) return incidents;
  let left = allowanceOf(target, basis);
  return incidents.map((minutes) => {
    const own = beyond(minutes, left);
    left = beyond(left, minutes);
    return own;
  });
}

/** Blocks of `perMinutes` in the counted lost minutes, rounded as the credit says. */
function blocksOf(c: { perMinutes: number; rounding: 'ceil' | 'floor' }, lost: Ratio): number {
  const blocks = div(lost, ratio(c.perMinutes));
  return Number(c.rounding === 'ceil' ? ceilOf(blocks) : floorOf(blocks));
}

type LostTimeCredit = Extract<Policy['credit'], { kind: 'lostTime' }>;

const least = (a: Ratio, b: Ratio): Ratio => (compare(a, b) <= 0 ? a : b);

/**
 * Lost time priced outage by outage, each outage's price capped at `capPercent` of the
 * period's fee before they are added up ("the maximum amount of compensation for an
 * individual interruption"), then the period's own cap. Without a fee the shares of it
 * are capped the same way; with an hourly rate and no fee there is nothing to cap on.
 */
function lostTimeCappedPerOutage(
  c: LostTimeCredit,
  capPercent: number,
  target: number,
  basis: CreditBasis,
): CreditAmount {
  const multiple = ratioOfDecimal(c.multiple);
  const incidents = countedByIncident(c, target, basis);
  const cap = ratioOfDecimal(capPercent);
  if (c.hourlyRate === null && basis.fee === null) {
    // Percent of the fee: multiple × 100 × lost minutes ÷ the period's minutes, per outage.
    let share: Ratio = ratio(0);
    for (const minutes of incidents)
      share = add(
        share,
        least(
          { n: multiple.n * 100n * minutes.n, d: multiple.d * BigInt(basis.periodMinutes) * minutes.d },
          cap,
        ),
      );
    const percent = toNumber(share);
    return { ...NONE, percent: c.capPercent === null ? percent : Math.min(percent, c.capPercent) };
  }
  // Money per minute: the hourly rate ÷ 60, or the fee spread over the period's minutes.
  const perMinute =
    c.hourlyRate !== null
      ? div(ratioOfDecimal(c.hourlyRate), ratio(60))
      : div(basis.fee!, ratio(basis.periodMinutes));
  const outageCap = basis.fee === null ? null : { n: basis.fee.n * cap.n, d: basis.fee.d * cap.d * 100n };
  let total: Ratio = ratio(0);
  for (const minutes of incidents) {
    const price = { n: multiple.n * perMinute.n * minutes.n, d: multiple.d * perMinute.d * minutes.d };
    total = add(total, outageCap === null ? price : least(price, outageCap));
  }
  const amount = toNumber(roundHalfAway(total, 2));
  const periodCap = basis.fee === null || c.capPercent === null ? null : moneyOf(basis.fee, c.capPercent);
  return { ...NONE, amount: periodCap === null ? amount : Math.min(amount, periodCap) };
}

/** The availability credit a period earns. */
export function availabilityCredit(uptime: PeriodUptime, policy: Policy, basis: CreditBasis): CreditAmount {
  const c = policy.credit;
  const missed = uptime.met === false && uptime.percent !== null;
  switch (c.kind) {
    case 'none':
    case 'incidents':
      return NONE;
    case 'lostTime': {
      if (c.whenMissed && !missed) return { ...NONE, amount: 0 };
      if (c.capPerOutagePercent != null)
        return lostTimeCappedPerOutage(c, c.capPerOutagePercent, policy.target, basis);
      const counted = countedLost(c, policy.target, basis);
      // "Each full or partial hour of downtime": the counted minutes as whole blocks, priced
      // at their minutes (61 minutes in started hours are priced as 120).
      const lost =
        c.perMinutes !== undefined && c.rounding !== undefined
          ? ratio(blocksOf({ perMinutes: c.perMinutes, rounding: c.rounding }, counted) * c.perMinutes)
          : counted;
      // multiple × lost hours × hourly rate, the rate defaulting to the fee per hour of the period.
      const price =
        c.hourlyRate !== null
          ? ratio(1, 60)
          : basis.fee === null
            ? null
            : { n: 1n, d: BigInt(basis.periodMinutes) };
      // No fee yet: the time lost priced at the fee is that share of it, owed and claimable
      // now (multiple × lost minutes ÷ the period's minutes), its amount known once the fee is.
      if (price === null) {
        const multiple = ratioOfDecimal(c.multiple);
        const share = toNumber({
          n: multiple.n * 100n * lost.n,
          d: multiple.d * BigInt(basis.periodMinutes) * lost.d,
        });
        return { ...NONE, percent: c.capPercent === null ? share : Math.min(share, c.capPercent) };
      }
      const rate = c.hourlyRate !== null ? ratioOfDecimal(c.hourlyRate) : basis.fee!;
      const multiple = ratioOfDecimal(c.multiple);
      const exact = roundHalfAway(
        {
          n: multiple.n * rate.n * price.n * lost.n,
          d: multiple.d * rate.d * price.d * lost.d,
        },
        2,
      );
      const amount = toNumber(exact);
      const cap = basis.fee === null || c.capPercent === null ? null : moneyOf(basis.fee, c.capPercent);
      return { ...NONE, amount: cap === null ? amount : Math.min(amount, cap) };
    }
    case 'perEvent': {
      const total = scaled(basis.events, c.value);
      if (c.unit === 'amount') {
        // Money in cents: the events' sum rounded half away from zero, a cap taken down to the cent.
        const owed = roundHalfAway(total, 2).n;
        const cap = c.cap === null ? null : centsAtMost(ratioOfDecimal(c.cap));
        return { ...NONE, amount: Number(cap !== null && cap < owed ? cap : owed) / 100 };
      }
      const capped = c.cap === null ? toNumber(total) : Math.min(toNumber(total), c.cap);
      return c.unit === 'percent' ? { ...NONE, percent: capped } : { ...NONE, days: capped };
    }
    case 'serviceDays': {
      if (c.whenMissed && !missed) return { ...NONE, days: 0 };
      const n = blocksOf(c, countedLost(c, policy.target, basis));
      return { ...NONE, days: Math.min(toNumber(scaled(n, c.days)), c.capDays) };
    }
    case 'perBlock': {
      if (c.whenMissed && !missed) return { ...NONE, percent: 0 };
      const n = blocksOf(c, countedLost(c, policy.target, basis));
      return { ...NONE, percent: Math.min(toNumber(scaled(n, c.percent)), c.capPercent) };
    }
    case 'bands':
      if (!missed) return { ...NONE, percent: 0 };
      return {
        ...NONE,
        percent: Math.min(
          bandReached(uptime.percent!, c.bands, (b) => b.percent),
          c.capPercent,
        ),
      };
    case 'dayBands':
      if (!missed) return { ...NONE, days: 0 };
      return {
        ...NONE,
        days: Math.min(
          bandReached(uptime.percent!, c.dayBands, (b) => b.days),
          c.capDays,
        ),
      };
    case 'perStep': {
      if (!missed) return { ...NONE, percent: 0 };
      const n = steps(sub(ratioOfDecimal(policy.target), uptime.percent!), c.step, c.rounding);
      const percent = toNumber(scaled(n, c.percentPerStep));
      return { ...NONE, percent: Math.min(percent, c.capPercent) };
    }
    case 'extensionDays': {
      if (!missed) return { ...NONE, days: 0 };
      const n = steps(sub(ratioOfDecimal(policy.target), uptime.percent!), c.step, c.rounding);
      return { ...NONE, days: Math.min(toNumber(scaled(n, c.daysPerStep)), c.capDays) };
    }
  }
}

interface Band {
  below: number;
  inclusive: boolean;
}

/** What the single highest band the uptime falls in gives (0 where it falls in none). */
function bandReached<B extends Band>(uptime: Ratio, bands: readonly B[], gives: (band: B) => number): number {
  let best = 0;
  for (const b of bands) {
    const cmp = compare(uptime, ratioOfDecimal(b.below));
    if (cmp < 0 || (cmp === 0 && b.inclusive)) best = Math.max(best, gives(b));
  }
  return best;
}

const scaled = (n: number, per: number): Ratio => {
  const r = ratioOfDecimal(per);
  return { n: r.n * BigInt(n), d: r.d };
};

/** Whether a credit's figures owe the customer anything: its amount where it has one, else its percent or days. */
export function creditOwed(c: {
  percent: number | null;
  days: number | null;
  amount: number | null;
}): boolean {
  return c.amount !== null ? c.amount > 0 : (c.percent ?? 0) > 0 || (c.days ?? 0) > 0;
}

/** Money rounded to cents, half away from zero: `percent` of an exact fee. */
export function moneyOf(fee: Ratio, percent: number): number {
  const p = ratioOfDecimal(percent);
  return toNumber(roundHalfAway({ n: fee.n * p.n, d: fee.d * p.d * 100n }, 2));
}

/**
 * The fee a period is charged, exactly: the annual fee ÷ 12 per month where the contract
 * prices annually (10 001.40 a year is 833.45 a month, which a double cannot hold).
 */
export function exactPeriodFee(policy: Pick<Policy, 'fee'>, period: PeriodKind): Ratio | null {
  const fee = policy.fee.amount;
  if (fee === null) return null;
  const { n, d } = ratioOfDecimal(fee);
  const months = BigInt(MONTHS_IN[period]);
  return { n: n * months, d: policy.fee.per === 'month' ? d : d * 12n };
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
