// Business calendars: the contract zone's weekly working hours and holidays, for notice
// counted in business days and for business-time deadlines. All arithmetic goes through
// local wall times, so DST changes shorten or lengthen nothing but the elapsed clock.
import { DaySums } from './day-sums';
import type { Policy } from './policy';
import {
  addDays,
  DAY_MS,
  END_MS,
  FIRST_MS,
  firstInstantFrom,
  formatDate,
  isoWeekday,
  localDate,
  MINUTE_MS,
  naiveMs,
  noonOffsets,
} from './time';

type LocalDay = { year: number; month: number; day: number };

export interface BusinessCalendar {
  zone: string;
  /** Length of a working day in minutes ("1 business day" of SPEC §5). */
  workingDayMinutes: number;
  isBusinessDay(day: LocalDay): boolean;
  /** Working intervals of a local date as [start, end) instants. */
  workingIntervals(day: LocalDay): { startMs: number; endMs: number }[];
  /** Business time between two instants, in minutes (0 when b ≤ a). */
  businessMinutesBetween(aMs: number, bMs: number): number;
  /** Whole working days of business time between two instants. */
  businessDaysBetween(aMs: number, bMs: number): number;
  /** The instant `minutes` of business time after `fromMs`. */
  addBusinessMinutes(fromMs: number, minutes: number): number;
  /** The first business day after `day`. */
  nextBusinessDay(day: LocalDay): LocalDay;
  /** The local date `days` business days after `day` (skipping non-business days). */
  addBusinessDays(day: LocalDay, days: number): LocalDay;
}

/**
 * A calendar that cannot answer: its holidays leave no business day to count to. The
 * reason names no source, since the caller knows where the holidays came from.
 */
export class CalendarError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'CalendarError';
  }
}

const toMinutes = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
};

const EPOCH_DAY: LocalDay = { year: 1970, month: 1, day: 1 };
const dayNumber = (day: LocalDay) => Math.round(naiveMs(day) / DAY_MS);
const dayOf = (n: number) => addDays(EPOCH_DAY, n);
// Tables cover the readable dates and a week either side unless a question reaches further.
const DAY_BOUND_LO = Math.floor(FIRST_MS / DAY_MS) - 7;
const DAY_BOUND_HI = Math.ceil(END_MS / DAY_MS) + 7;
/** How far the next business day may lie: ten years and then some. */
const NEXT_BUSINESS_DAY_LIMIT = 3662;

export function businessCalendar(
  policy: Pick<Policy, 'timezone' | 'calendar'>,
  extraHolidays: readonly string[] = [],
): BusinessCalendar {
  const zone = policy.timezone;
  const holidays = new Set([...policy.calendar.holidays.map((h) => h.date), ...extraHolidays]);
  const byWeekday = new Map<number, { from: number; to: number }[]>();
  for (const w of policy.calendar.weekly) {
    const list = byWeekday.get(w.weekday) ?? [];
    list.push({ from: toMinutes(w.from), to: toMinutes(w.to) });
    list.sort((a, b) => a.from - b.from);
    byWeekday.set(w.weekday, list);
  }
  // The typical working day: the most frequent daily total, the longer one on a tie.
  const totals = new Map<number, number>();
  for (const list of byWeekday.values()) {
    const total = list.reduce((s, i) => s + (i.to - i.from), 0);
    totals.set(total, (totals.get(total) ?? 0) + 1);
  }
  let workingDayMinutes = 0;
  let best = 0;
  for (const [total, count] of totals)
    if (count > best || (count === best && total > workingDayMinutes))
      [workingDayMinutes, best] = [total, count];

  const isBusinessDay = (day: LocalDay) => byWeekday.has(isoWeekday(day)) && !holidays.has(formatDate(day));

  // Working hours that a DST gap removes start when the clocks resume; on a date the zone
  // skipped altogether they start and end at once.
  const wall = (day: LocalDay, minuteOfDay: number) =>
    firstInstantFrom(zone, naiveMs(day) + minuteOfDay * MINUTE_MS);

  const workingIntervals = (day: LocalDay) =>
    isBusinessDay(day)
      ? (byWeekday.get(isoWeekday(day)) ?? []).map((i) => ({
          startMs: wall(day, i.from),
          endMs: wall(day, i.to),
        }))
      : [];

  // Business time of an instant's span within one local date.
  const clippedMs = (day: LocalDay, aMs: number, bMs: number) => {
    let total = 0;
    for (const i of workingIntervals(day)) {
      const s = Math.max(i.startMs, aMs);
      const e = Math.min(i.endMs, bMs);
      if (e > s) total += e - s;
    }
    return total;
  };

  // The nominal hours of each weekday, right for every date far from an offset change.
  const weekdayMs = new Map(
    [...byWeekday].map(([weekday, list]) => [
      weekday,
      list.reduce((s, i) => s + Math.max(0, i.to - i.from), 0) * MINUTE_MS,
    ]),
  );

  // Working time of whole dates. A date's working hours are found from the offsets within
  // a day or so of it; sampled once a day, a date with the same offset for four days either
  // side has its nominal hours (no zone has changed its offset and back within one day).
  const workMs = new DaySums(
    (fromDay, toDay) => {
      const out = new Float64Array(toDay - fromDay);
      const offsets = noonOffsets(zone, fromDay - 5, toDay - fromDay + 10);
      const changesBefore = new Int32Array(offsets.length);
      for (let j = 1; j < offsets.length; j++)
        changesBefore[j] = changesBefore[j - 1]! + (offsets[j] !== offsets[j - 1] ? 1 : 0);
      for (let i = 0; i < out.length; i++) {
        const day = dayOf(fromDay + i);
        if (!isBusinessDay(day)) continue;
        const nearChange = changesBefore[i + 10]! !== changesBefore[i + 1]!;
        out[i] = nearChange ? clippedMs(day, -Infinity, Infinity) : (weekdayMs.get(isoWeekday(day)) ?? 0);
      }
      return out;
    },
    DAY_BOUND_LO,
    DAY_BOUND_HI,
  );

  // Only the first and last dates of a span can hold working time outside it: offsets
  // differ by less than two days, so from the third date in, every working hour is in it.
  const EDGE_DAYS = 3;
  const businessMinutesBetween = (aMs: number, bMs: number) => {
    if (!(bMs > aMs) || byWeekday.size === 0) return 0;
    const first = dayNumber(localDate(zone, aMs));
    const last = dayNumber(localDate(zone, bMs));
    let total = 0;
    if (last - first < 2 * EDGE_DAYS) {
      for (let d = first; d <= last; d++) total += clippedMs(dayOf(d), aMs, bMs);
    } else {
      for (let k = 0; k < EDGE_DAYS; k++)
        total += clippedMs(dayOf(first + k), aMs, bMs) + clippedMs(dayOf(last - k), aMs, bMs);
      total += workMs.sum(first + EDGE_DAYS, last - EDGE_DAYS + 1);
    }
    return total / MINUTE_MS;
  };

  const addBusinessMinutes = (fromMs: number, minutes: number) => {
    if (byWeekday.size === 0) throw new CalendarError('the calendar has no working hours');
    let left = minutes * MINUTE_MS;
    for (let day = localDate(zone, fromMs), guard = 0; guard < 3660; day = addDays(day, 1), guard++)
      for (const i of workingIntervals(day)) {
        const s = Math.max(i.startMs, fromMs);
        if (i.endMs <= s) continue;
        if (s + left <= i.endMs) return s + left;
        left -= i.endMs - s;
      }
    throw new CalendarError('the holidays leave no business time within ten years');
  };

  const businessDays = new DaySums(
    (fromDay, toDay) => {
      const out = new Float64Array(toDay - fromDay);
      for (let i = 0; i < out.length; i++) out[i] = isBusinessDay(dayOf(fromDay + i)) ? 1 : 0;
      return out;
    },
    DAY_BOUND_LO,
    DAY_BOUND_HI,
  );

  const nextBusinessDay = (day: LocalDay) => {
    const n = dayNumber(day);
    const found = businessDays.firstNonZero(n + 1, n + 1 + NEXT_BUSINESS_DAY_LIMIT);
    if (found === null) throw new CalendarError('the holidays leave no business day within ten years');
    return dayOf(found);
  };

  return {
    zone,
    workingDayMinutes,
    isBusinessDay,
    workingIntervals,
    businessMinutesBetween,
    businessDaysBetween: (a, b) =>
      workingDayMinutes > 0 ? Math.floor(businessMinutesBetween(a, b) / workingDayMinutes) : 0,
    addBusinessMinutes,
    nextBusinessDay,
    addBusinessDays: (day, days) => {
      let d = day;
      for (let i = 0; i < days; i++) d = nextBusinessDay(d);
      return d;
    },
  };
}

/** Local days between two dates (b − a), DST-proof because it works on calendar dates. */
export function daysBetween(a: LocalDay, b: LocalDay): number {
  return Math.round((naiveMs(b) - naiveMs(a)) / DAY_MS);
}
