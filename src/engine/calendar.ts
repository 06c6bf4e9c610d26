// Business calendars: the contract zone's weekly working hours and holidays, for notice
// counted in business days and for business-time deadlines. All arithmetic goes through
// local wall times, so DST changes shorten or lengthen nothing but the elapsed clock.
import type { Policy } from './policy';
import {
  addDays,
  DAY_MS,
  firstInstantFrom,
  formatDate,
  isoWeekday,
  localDate,
  MINUTE_MS,
  naiveMs,
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

const toMinutes = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
};

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

  const businessMinutesBetween = (aMs: number, bMs: number) => {
    if (!(bMs > aMs) || byWeekday.size === 0) return 0;
    let total = 0;
    const last = localDate(zone, bMs);
    for (let day = localDate(zone, aMs); naiveMs(day) <= naiveMs(last); day = addDays(day, 1))
      for (const i of workingIntervals(day)) {
        const s = Math.max(i.startMs, aMs);
        const e = Math.min(i.endMs, bMs);
        if (e > s) total += e - s;
      }
    return total / MINUTE_MS;
  };

  const addBusinessMinutes = (fromMs: number, minutes: number) => {
    if (byWeekday.size === 0) throw new Error('the calendar has no working hours');
    let left = minutes * MINUTE_MS;
    for (let day = localDate(zone, fromMs), guard = 0; guard < 3660; day = addDays(day, 1), guard++)
      for (const i of workingIntervals(day)) {
        const s = Math.max(i.startMs, fromMs);
        if (i.endMs <= s) continue;
        if (s + left <= i.endMs) return s + left;
        left -= i.endMs - s;
      }
    throw new Error('no business time within ten years');
  };

  const nextBusinessDay = (day: LocalDay) => {
    let d = addDays(day, 1);
    for (let guard = 0; !isBusinessDay(d); guard++) {
      if (guard > 3660) throw new Error('the calendar has no business days');
      d = addDays(d, 1);
    }
    return d;
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
