// A second, deliberately naive reading of SPEC §4 (rules 1–9 and 14, with §3's state-change
// logs and event-log coverage), written from the text alone so the engine can be checked
// against something that shares none of its code: every minute is visited in a plain loop and
// every comparison with a target is done in integers.

export type Check = { word: 'up' | 'down' } | { code: number | null; error: boolean };

export interface OracleProbe {
  ms: number;
  monitor: string;
  check: Check;
}

export interface OracleExclusion {
  startMs: number;
  endMs: number;
  kind: string;
  announcedMs: number | null;
}

export interface OracleEvent {
  startMs: number;
  endMs: number;
}

export type OracleCredit =
  | { kind: 'bands'; bands: { below: string; inclusive: boolean; percent: number }[]; capPercent: number }
  | { kind: 'perStep'; percentPerStep: number; step: string; capPercent: number }
  | { kind: 'extensionDays'; daysPerStep: number; step: string; capDays: number };

export interface OracleTerms {
  timezone: string;
  /** Decimal text, read exactly ("99.9" is 999/10, not the nearest double). */
  target: string;
  roundDecimals: number | null;
  formula: 'total' | 'excludeFromTotal';
  minOutageMinutes: number;
  minuteRule: 'any' | 'majority';
  combine: 'any' | 'all';
  nodata: 'available' | 'down' | 'exclude';
  downCodes: { from: number; to: number }[];
  timeoutIsDown: boolean;
  period: 'month' | 'quarter' | 'year';
  /**
   * Notice each kind needs, by the record's length: the last tier whose `fromMinutes` the
   * record reaches applies; no tiers, no notice needed.
   */
  kinds: Record<string, { excluded: boolean; notice: { fromMinutes: number; hours: number }[] }>;
  /**
   * Recurring local windows, "HH:MM" to "HH:MM", possibly across midnight, starting on the
   * given ISO weekdays (every day when none).
   */
  windows: { start: string; end: string; weekdays: number[] }[];
  /** Rule 9: credits are "on the period's fee; the annual fee ÷ 12 where the contract prices annually". */
  fee: { amount: number | null; per: 'month' | 'year' };
  /** Null where the credit is not a plain function of the uptime (Kipu's incidents). */
  credit: OracleCredit | null;
}

export interface OraclePeriod {
  label: string;
  start: string;
  end: string;
  partial: boolean;
  totalMinutes: number;
  excludedMinutes: number;
  downtimeMinutes: number;
  nodataMinutes: number;
  uptimePercent: number | null;
  met: boolean | null;
  creditPercent: number | null;
  creditDays: number | null;
  creditAmount: number | null;
}

export interface OracleOutage {
  start: string;
  end: string;
  minutes: number;
  qualifies: boolean;
  excludedMinutes: number;
  countedMinutes: number;
}

// Minute states as small numbers so a year of minutes fits in a typed array.
const NODATA = 0;
const UP = 1;
const DOWN = 2;
type State = typeof NODATA | typeof UP | typeof DOWN;
const MINUTE = 60_000;

// --- the contract's zone, by asking Intl for each quarter hour (every real offset change falls on one)

const offsetCache = new Map<string, Map<number, number>>();
const formatters = new Map<string, Intl.DateTimeFormat>();

function offsetMinutes(zone: string, ms: number): number {
  const quarter = Math.floor(ms / (15 * MINUTE));
  let cache = offsetCache.get(zone);
  if (!cache) {
    cache = new Map();
    offsetCache.set(zone, cache);
  }
  const known = cache.get(quarter);
  if (known !== undefined) return known;
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(zone, f);
  }
  const at = quarter * 15 * MINUTE;
  const part = (type: string) => Number(f.formatToParts(at).find((p) => p.type === type)!.value);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
  const offset = (wall - at) / MINUTE;
  cache.set(quarter, offset);
  return offset;
}

/** Wall-clock minute of `m` in the zone, counted like a UTC minute index. */
export const wallMinute = (zone: string, m: number) => m + offsetMinutes(zone, m * MINUTE);

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** ISO 8601 to the second with the zone's offset at that instant. */
export function isoInZone(zone: string, ms: number): string {
  const off = offsetMinutes(zone, ms);
  const d = new Date(ms + off * MINUTE);
  const sign = off < 0 ? '-' : '+';
  const a = Math.abs(off);
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}` +
    `${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`
  );
}

/**
 * The instant a zone-less local reading of `ms` names: its first occurrence when a DST
 * fall-back repeats it (rule 14). Every real offset change is a multiple of 15 minutes and
 * at most two hours, so the earlier candidates are few.
 */
export function firstOccurrence(zone: string, ms: number): number {
  const wall = ms + offsetMinutes(zone, ms) * MINUTE;
  let first = ms;
  for (let k = 1; k <= 8; k++) {
    const earlier = ms - k * 15 * MINUTE;
    if (earlier + offsetMinutes(zone, earlier) * MINUTE === wall) first = earlier;
  }
  return first;
}

/** The zone's wall-clock reading of `ms` as "YYYY-MM-DD HH:mm:ss". */
export function localText(zone: string, ms: number): string {
  return isoInZone(zone, ms).slice(0, 19).replace('T', ' ');
}

/** The first minute whose wall-clock time in the zone is at or after local midnight of the 1st. */
/**
 * The first minute whose wall-clock reading is at or after `wall` (a local minute counted like
 * a UTC one): a time repeated by a fall-back is its first occurrence (rule 14), a time skipped
 * by a spring-forward becomes the end of the gap.
 */
export function firstMinuteAtWall(zone: string, wall: number): number {
  for (let m = wall - 15 * 60; ; m++) if (wallMinute(zone, m) >= wall) return m;
}

const monthStartMinute = (zone: string, year: number, month0: number) =>
  firstMinuteAtWall(zone, Date.UTC(year, month0, 1) / MINUTE);

function monthOf(zone: string, ms: number): { year: number; month0: number } {
  const d = new Date(ms + offsetMinutes(zone, ms) * MINUTE);
  return { year: d.getUTCFullYear(), month0: d.getUTCMonth() };
}

const monthsIn = { month: 1, quarter: 3, year: 12 } as const;

// --- exact numbers

const TEN = 10n;

/** A decimal text as a fraction n/d. */
function decimal(text: string): [bigint, bigint] {
  const [whole, frac = ''] = text.split('.');
  return [BigInt(whole + frac), TEN ** BigInt(frac.length)];
}

const atLeast = (a: [bigint, bigint], b: [bigint, bigint]) => a[0] * b[1] >= b[0] * a[1];

/** n/d rounded half away from zero to an integer (n, d ≥ 0). */
const roundHalfUp = (n: bigint, d: bigint) => (2n * n + d) / (2n * d);
const ceilDiv = (n: bigint, d: bigint) => (n <= 0n ? 0n : (n + d - 1n) / d);

// --- rules 1 and 2: one monitor's minutes

function isDown(check: Check, terms: OracleTerms): boolean {
  if ('word' in check) return check.word === 'down';
  const timeout = check.code === 0 || (check.code === null && check.error);
  if (timeout) return terms.timeoutIsDown;
  return terms.downCodes.some((r) => check.code! >= r.from && check.code! <= r.to);
}

function medianSeconds(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function holdMinutes(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  const gaps: number[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const gap = (sorted[i]! - sorted[i - 1]!) / 1000;
    if (gap > 0) gaps.push(gap);
  }
  if (gaps.length === 0) return 1;
  return Math.max(1, Math.ceil((2 * medianSeconds(gaps)) / 60));
}

/** Rule 1: the state of a minute holding these probes. */
function probeMinuteState(inMinute: OracleProbe[], terms: OracleTerms): State {
  const down = inMinute.filter((p) => isDown(p.check, terms)).length;
  const isDownMinute = terms.minuteRule === 'any' ? down > 0 : 2 * down > inMinute.length;
  return isDownMinute ? DOWN : UP;
}

// --- rule 4: the service

function serviceState(down: number, up: number, combine: 'any' | 'all'): State {
  if (combine === 'any') {
    if (down > 0) return DOWN;
    return up > 0 ? UP : NODATA;
  }
  // "down if at least one monitor has data and every monitor with data is down"
  if (down > 0 && up === 0) return DOWN;
  return up > 0 ? UP : NODATA;
}

// --- rule 5: exclusions

export function isValidExclusion(x: OracleExclusion, terms: OracleTerms): boolean {
  const kind = terms.kinds[x.kind];
  if (!kind?.excluded) return false;
  if (kind.notice.length === 0) return true;
  // "one hour or more" includes exactly 60 minutes (rule 14): lengths compare in ms.
  const tier = kind.notice.filter((t) => x.endMs - x.startMs >= t.fromMinutes * MINUTE).at(-1)!;
  return x.announcedMs !== null && x.startMs - x.announcedMs >= tier.hours * 3_600_000;
}

const clockMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * Each recurring window as the instants it runs between, day by day over [lo, hi): a window
 * from a local time to a local time is an interval of time, its ends placed like any local
 * time (firstMinuteAtWall), so on a fall-back night a window ending in the repeated hour ends
 * at its first occurrence.
 */
function windowIntervals(terms: OracleTerms, lo: number, hi: number): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  const zone = terms.timezone;
  // 1 January 1970 was a Thursday, ISO weekday 4.
  const weekday = (d: number) => ((((d + 3) % 7) + 7) % 7) + 1;
  const firstDay = Math.floor(wallMinute(zone, lo) / 1440) - 1;
  const lastDay = Math.floor(wallMinute(zone, hi) / 1440) + 1;
  for (let day = firstDay; day <= lastDay; day++)
    for (const w of terms.windows) {
      if (w.weekdays.length > 0 && !w.weekdays.includes(weekday(day))) continue;
      const from = clockMinutes(w.start);
      const to = clockMinutes(w.end);
      const endDay = from < to ? day : day + 1;
      out.push({
        from: firstMinuteAtWall(zone, day * 1440 + from),
        to: firstMinuteAtWall(zone, endDay * 1440 + to),
      });
    }
  return out;
}

function isExcludedMinute(
  exclusions: OracleExclusion[],
  inWindow: boolean,
  terms: OracleTerms,
  m: number,
): boolean {
  const lo = m * MINUTE;
  const hi = lo + MINUTE;
  if (inWindow) return true;
  return exclusions.some((x) => x.startMs < hi && x.endMs > lo && isValidExclusion(x, terms));
}

// --- the whole evaluation

export interface OracleResult {
  periods: OraclePeriod[];
  outages: OracleOutage[];
}

export function referenceEvaluation(
  terms: OracleTerms,
  probes: OracleProbe[],
  exclusions: OracleExclusion[],
  /** A state-change log's rows hold until the monitor's next row: rule 2 with hold = ∞ (SPEC §3). */
  kind: 'probes' | 'states' = 'probes',
  /** One event log's outages, all of one monitor (rule 3). */
  events: OracleEvent[] = [],
): OracleResult {
  const zone = terms.timezone;
  const monitors = [...new Set(probes.map((p) => p.monitor))].sort();
  const byMonitor = monitors.map((name) => probes.filter((p) => p.monitor === name));

  // Rule 14: a period is reported when an input row's time falls in it, or an event log's
  // coverage includes it.
  const labels = new Map<string, { year: number; month0: number }>();
  const report = (mo: { year: number; month0: number }) => {
    if (terms.period === 'year') labels.set(String(mo.year), { year: mo.year, month0: 0 });
    else if (terms.period === 'quarter') {
      const quarter = Math.floor(mo.month0 / 3);
      labels.set(`${mo.year}-Q${quarter + 1}`, { year: mo.year, month0: 3 * quarter });
    } else labels.set(`${mo.year}-${pad(mo.month0 + 1)}`, mo);
  };
  for (const p of probes) report(monthOf(zone, p.ms));
  // SPEC §3: coverage defaults to "the whole calendar months, in the contract's zone, that the
  // events span": from the first event's month to the month holding the last one's final instant.
  let coverage: { from: number; to: number } | null = null;
  if (events.length) {
    let mo = monthOf(zone, Math.min(...events.map((e) => e.startMs)));
    const last = monthOf(zone, Math.max(...events.map((e) => e.endMs)) - 1);
    const from = monthStartMinute(zone, mo.year, mo.month0);
    for (;;) {
      report(mo);
      if (mo.year === last.year && mo.month0 === last.month0) break;
      mo = mo.month0 === 11 ? { year: mo.year + 1, month0: 0 } : { year: mo.year, month0: mo.month0 + 1 };
    }
    const to = monthStartMinute(zone, last.year + (last.month0 === 11 ? 1 : 0), (last.month0 + 1) % 12);
    coverage = { from, to };
  }
  const months = monthsIn[terms.period];
  const periods = [...labels.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([label, mo]) => {
      const next = mo.month0 + months;
      return {
        label,
        start: monthStartMinute(zone, mo.year, mo.month0),
        end: monthStartMinute(zone, mo.year + Math.floor(next / 12), next % 12),
      };
    });

  const lastProbe = Math.max(...probes.map((p) => Math.floor(p.ms / MINUTE)));
  const firstProbe = Math.min(...probes.map((p) => Math.floor(p.ms / MINUTE)));
  const lo = Math.min(periods[0]!.start, firstProbe);
  const hi = Math.max(
    periods.at(-1)!.end,
    lastProbe +
      1 +
      (kind === 'states' ? 0 : Math.max(...byMonitor.map((ps) => holdMinutes(ps.map((p) => p.ms))))),
  );

  const service = new Uint8Array(hi - lo);
  const excluded = new Uint8Array(hi - lo);
  const eventStates = coverage ? [eventMinuteStates(events, coverage, lo, hi)] : [];
  const monitorStates = byMonitor.map((ps) =>
    minuteStates(
      ps,
      terms,
      lo,
      hi,
      kind === 'states' ? Number.POSITIVE_INFINITY : holdMinutes(ps.map((p) => p.ms)),
      kind,
    ),
  );
  const allStates = [...monitorStates, ...eventStates];
  const windowed = new Uint8Array(hi - lo);
  for (const w of windowIntervals(terms, lo, hi))
    for (let m = Math.max(w.from, lo); m < Math.min(w.to, hi); m++) windowed[m - lo] = 1;
  for (let m = lo; m < hi; m++) {
    let down = 0;
    let up = 0;
    for (const states of allStates) {
      if (states[m - lo] === DOWN) down++;
      if (states[m - lo] === UP) up++;
    }
    service[m - lo] = serviceState(down, up, terms.combine);
    excluded[m - lo] = isExcludedMinute(exclusions, windowed[m - lo] === 1, terms, m) ? 1 : 0;
  }

  // Rule 6: maximal runs of down minutes, excluded ones included.
  const outages: OracleOutage[] = [];
  const counted = new Uint8Array(hi - lo);
  for (let i = 0; i < service.length; ) {
    if (service[i] !== DOWN) {
      i++;
      continue;
    }
    let j = i;
    while (j < service.length && service[j] === DOWN) j++;
    const minutes = j - i;
    const qualifies = minutes >= terms.minOutageMinutes;
    let excludedMinutes = 0;
    for (let k = i; k < j; k++) {
      if (excluded[k]) excludedMinutes++;
      else if (qualifies) counted[k] = 1;
    }
    outages.push({
      start: isoInZone(zone, (lo + i) * MINUTE),
      end: isoInZone(zone, (lo + j) * MINUTE),
      minutes,
      qualifies,
      excludedMinutes,
      countedMinutes: qualifies ? minutes - excludedMinutes : 0,
    });
    i = j;
  }

  return {
    outages,
    periods: periods.map((p) => periodFigures(terms, p, service, excluded, counted, lo)),
  };
}

/** Rule 3: inside the coverage, down where an event overlaps the minute for a positive length. */
function eventMinuteStates(
  events: OracleEvent[],
  coverage: { from: number; to: number },
  lo: number,
  hi: number,
): Uint8Array {
  const out = new Uint8Array(hi - lo);
  for (let m = lo; m < hi; m++) {
    if (m < coverage.from || m >= coverage.to) continue;
    const down = events.some((e) => e.startMs < (m + 1) * MINUTE && e.endMs > m * MINUTE);
    out[m - lo] = down ? DOWN : UP;
  }
  return out;
}

/** Rules 1 and 2 for one monitor over [lo, hi). */
function minuteStates(
  probes: OracleProbe[],
  terms: OracleTerms,
  lo: number,
  hi: number,
  hold: number,
  kind: 'probes' | 'states',
): Uint8Array {
  const buckets = new Map<number, OracleProbe[]>();
  for (const p of probes) {
    const m = Math.floor(p.ms / MINUTE);
    buckets.set(m, [...(buckets.get(m) ?? []), p]);
  }
  const out = new Uint8Array(hi - lo);
  let last: { minute: number; state: State } | null = null;
  for (let m = lo; m < hi; m++) {
    const here = buckets.get(m);
    if (here) {
      out[m - lo] = probeMinuteState(here, terms);
      // "each row's state holds until the next row" (SPEC §3): what a state-change log carries
      // is its latest row's state, even where an earlier row made the minute itself down.
      const latest = here.reduce((a, b) => (b.ms >= a.ms ? b : a));
      const carried = isDown(latest.check, terms) ? DOWN : UP;
      last = { minute: m, state: kind === 'states' ? carried : (out[m - lo] as State) };
    } else if (last && m - last.minute < hold) out[m - lo] = last.state;
    else out[m - lo] = NODATA;
  }
  return out;
}

function periodFigures(
  terms: OracleTerms,
  period: { label: string; start: number; end: number },
  service: Uint8Array,
  excluded: Uint8Array,
  counted: Uint8Array,
  lo: number,
): OraclePeriod {
  let total = 0;
  let excludedMinutes = 0;
  let downtime = 0;
  let nodata = 0;
  let nodataNotExcluded = 0;
  for (let m = period.start; m < period.end; m++) {
    const i = m - lo;
    total++;
    if (excluded[i]) excludedMinutes++;
    if (counted[i]) downtime++;
    if (service[i] === NODATA) {
      nodata++;
      if (!excluded[i]) nodataNotExcluded++;
    }
  }

  // Rule 8: numerator and denominator in whole minutes.
  // "count as available unless the policy says nodata: down": such minutes are then
  // reported as downtime, except where an exclusion already covers them.
  if (terms.nodata === 'down') downtime += nodataNotExcluded;
  const lost = downtime;
  let base = terms.formula === 'total' ? total : total - excludedMinutes;
  // An excluded minute stays an excluded minute "whatever the service state" (rule 14), so
  // only nodata minutes outside exclusions leave the fraction.
  if (terms.nodata === 'exclude') base -= nodataNotExcluded;
  const available = base - lost;

  let uptimePercent: number | null = null;
  let met: boolean | null = null;
  let uptime: [bigint, bigint] | null = null;
  // Rule 14: "Uptime and met are null for a period that is wholly excluded", whatever the formula.
  if (base > 0 && excludedMinutes < total) {
    if (terms.roundDecimals === null) {
      uptime = [100n * BigInt(available), BigInt(base)];
      uptimePercent = (100 * available) / base;
    } else {
      const scale = TEN ** BigInt(terms.roundDecimals);
      const k = roundHalfUp(100n * scale * BigInt(available), BigInt(base));
      uptime = [k, scale];
      uptimePercent = Number(k) / Number(scale);
    }
    met = atLeast(uptime, decimal(terms.target));
  }

  let creditPercent: number | null = null;
  let creditDays: number | null = null;
  const credit = terms.credit;
  if (credit && (!uptime || met)) {
    // A wholly excluded period has no uptime to fall short with, so it owes nothing.
    if (credit.kind === 'extensionDays') creditDays = 0;
    else creditPercent = 0;
  } else if (credit && uptime) {
    const [un, ud] = uptime;
    if (credit.kind === 'bands') {
      let best = 0;
      for (const b of credit.bands) {
        const [bn, bd] = decimal(b.below);
        const applies = b.inclusive ? un * bd <= bn * ud : un * bd < bn * ud;
        if (applies && b.percent > best) best = b.percent;
      }
      creditPercent = Math.min(best, credit.capPercent);
    } else {
      // steps = (target − uptime) / step, rounded up.
      const [tn, td] = decimal(terms.target);
      const [sn, sd] = decimal(credit.step);
      const steps = ceilDiv((tn * ud - un * td) * sd, td * ud * sn);
      if (credit.kind === 'perStep')
        creditPercent = Math.min(Number(steps) * credit.percentPerStep, credit.capPercent);
      else creditDays = Math.min(Number(steps) * credit.daysPerStep, credit.capDays);
    }
  }

  return {
    label: period.label,
    start: isoInZone(terms.timezone, period.start * MINUTE),
    end: isoInZone(terms.timezone, period.end * MINUTE),
    partial: nodata > 0,
    totalMinutes: total,
    excludedMinutes,
    downtimeMinutes: downtime,
    nodataMinutes: nodata,
    uptimePercent,
    met,
    creditPercent,
    creditDays,
    // The period's fee is its months' fees; money is owed in whole cents, exact until then.
    creditAmount:
      creditPercent === null || terms.fee.amount === null
        ? null
        : Number(
            roundHalfUp(
              BigInt(creditPercent) * BigInt(terms.fee.amount) * BigInt(monthsIn[terms.period]) * 100n,
              100n * (terms.fee.per === 'year' ? 12n : 1n),
            ),
          ) / 100,
  };
}
