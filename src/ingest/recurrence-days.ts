// The days a repeating calendar event (RRULE, RFC 5545 §3.3.10) falls on, stepped by our own
// code, whole day by whole day, from DTSTART to a last day. ical.js's iterator searches for
// the next occurrence in a loop with no bound (FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31 never
// returns) that no guard between calls can interrupt, and telling every impossible
// combination of parts apart beforehand is a puzzle without end. Stepping period by period
// up to a fixed last day ends by construction, and a budget of days examined bounds the
// work of a whole file. Holidays are whole days, so parts finer than a day are refused.

/** A reason that names the rule's part, never its value (the file's content). */
export class RuleProblem extends Error {}

type DayFreq = 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';

/** A weekday 0 = Sunday … 6 = Saturday; `nth` 0 means every such weekday of the period. */
interface WeekdayRule {
  nth: number;
  weekday: number;
}

export interface DayRule {
  freq: DayFreq;
  interval: number;
  count: number | null;
  /** The last day an occurrence may start on (epoch day, inclusive), or null. */
  untilDay: number | null;
  byMonth: number[] | null;
  byMonthDay: number[] | null;
  byYearDay: number[] | null;
  byWeekNo: number[] | null;
  byDay: WeekdayRule[] | null;
  bySetPos: number[] | null;
  weekStart: number;
}

/** Days (epoch days, UTC) examined so far may not exceed `left`. */
export interface DayBudget {
  left: number;
}

const DAY_MS = 86_400_000;
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

export const epochDay = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day) / DAY_MS;
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
export const daysInMonth = (y: number, m: number) =>
  m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
/** 1970-01-01 was a Thursday. */
const weekdayOf = (day: number) => (((day + 4) % 7) + 7) % 7;

function dateOf(day: number): { year: number; month: number; day: number } {
  const t = new Date(day * DAY_MS);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/**
 * The rule of a jCal `recur` value as ical.js parses it (lower-case keys, numbers or lists
 * of them, BYDAY as "1MO"); `untilDay` reads UNTIL, which the caller knows how to date.
 */
export function readDayRule(
  recur: Record<string, unknown>,
  untilDay: (value: unknown) => number | null,
): DayRule {
  for (const key of Object.keys(recur))
    if (!READ_PARTS.has(key))
      throw new RuleProblem(
        key === 'byhour' || key === 'byminute' || key === 'bysecond'
          ? 'a holiday repeats by whole days: an RRULE with BYHOUR, BYMINUTE or BYSECOND is not read'
          : 'an RRULE with a part SLA Witness does not read (it reads FREQ, INTERVAL, COUNT, UNTIL, WKST and BYMONTH, BYMONTHDAY, BYYEARDAY, BYWEEKNO, BYDAY, BYSETPOS)',
      );
  const freq = recur.freq;
  if (freq !== 'DAILY' && freq !== 'WEEKLY' && freq !== 'MONTHLY' && freq !== 'YEARLY')
    throw new RuleProblem(
      'a holiday repeats daily, weekly, monthly or yearly: an RRULE of a finer or unknown FREQ is not read',
    );
  const interval = recur.interval === undefined ? 1 : recur.interval;
  if (!Number.isInteger(interval) || (interval as number) < 1)
    throw new RuleProblem('an RRULE whose INTERVAL is not a whole number from 1');
  const count = recur.count === undefined ? null : recur.count;
  if (count !== null && (!Number.isInteger(count) || (count as number) < 1))
    throw new RuleProblem('an RRULE whose COUNT is not a whole number from 1');
  let until: number | null = null;
  if (recur.until !== undefined) {
    until = untilDay(recur.until);
    if (until === null) throw new RuleProblem('an RRULE whose UNTIL is not a date');
  }
  const byDay = recur.byday === undefined ? null : list(recur.byday).map(weekdayRule);
  const byWeekNo = numbers(recur.byweekno, 'BYWEEKNO', 53);
  if (byWeekNo && freq !== 'YEARLY') throw new RuleProblem('an RRULE with BYWEEKNO that is not yearly');
  if (byDay?.some((d) => d.nth !== 0) && (freq === 'DAILY' || freq === 'WEEKLY' || byWeekNo))
    throw new RuleProblem('an RRULE with a numbered BYDAY (such as 1MO) that is not monthly or yearly');
  // ical.js numbers WKST from 1 = Sunday.
  const wkst = recur.wkst === undefined ? 2 : recur.wkst;
  if (!Number.isInteger(wkst) || (wkst as number) < 1 || (wkst as number) > 7)
    throw new RuleProblem('an RRULE whose WKST is not a weekday');
  return {
    freq,
    interval: interval as number,
    count: count as number | null,
    untilDay: until,
    byMonth: numbers(recur.bymonth, 'BYMONTH', 12, false),
    byMonthDay: numbers(recur.bymonthday, 'BYMONTHDAY', 31),
    byYearDay: numbers(recur.byyearday, 'BYYEARDAY', 366),
    byWeekNo,
    byDay,
    bySetPos: numbers(recur.bysetpos, 'BYSETPOS', 366),
    weekStart: (wkst as number) - 1,
  };
}

const READ_PARTS = new Set([
  'freq',
  'interval',
  'count',
  'until',
  'wkst',
  'bymonth',
  'bymonthday',
  'byyearday',
  'byweekno',
  'byday',
  'bysetpos',
]);

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : [v]);

function numbers(v: unknown, part: string, max: number, negative = true): number[] | null {
  if (v === undefined) return null;
  const out = list(v).map(Number);
  for (const n of out)
    if (!Number.isInteger(n) || n === 0 || Math.abs(n) > max || (!negative && n < 0))
      throw new RuleProblem(
        `an RRULE whose ${part} is not a whole number from 1 to ${max}${negative ? ` or -${max} to -1` : ''}`,
      );
  return [...new Set(out)].sort((a, b) => a - b);
}

function weekdayRule(v: unknown): WeekdayRule {
  const m = typeof v === 'string' ? /^([+-]?\d{1,2})?(SU|MO|TU|WE|TH|FR|SA)$/.exec(v) : null;
  const nth = m?.[1] === undefined ? 0 : Number(m[1]);
  if (!m || Math.abs(nth) > 53 || (m[1] !== undefined && nth === 0))
    throw new RuleProblem('an RRULE whose BYDAY is not a weekday such as MO, 1MO or -1FR');
  return { nth, weekday: WEEKDAYS.indexOf(m[2]!) };
}

/**
 * The days from `startDay` to `lastDay` the rule's occurrences start on, in order. DTSTART
 * counts only when the rule matches it, as in ical.js, which read these files before. False
 * when the budget ran out first.
 */
export function ruleDays(
  startDay: number,
  rule: DayRule,
  lastDay: number,
  budget: DayBudget,
  emit: (day: number) => void,
): boolean {
  const last = rule.untilDay === null ? lastDay : Math.min(lastDay, rule.untilDay);
  const start = dateOf(startDay);
  const startWeekday = weekdayOf(startDay);
  const dayParts = rule.byWeekNo ?? rule.byYearDay ?? rule.byMonthDay ?? rule.byDay;
  let emitted = 0;
  const take = (day: number): boolean => {
    if (rule.count !== null && emitted >= rule.count) return false;
    emitted++;
    emit(day);
    return true;
  };

  /** Whether a month can hold a day of the rule: the cheap test that skips whole months. */
  const monthCan = (m: number, dim: number): boolean =>
    (!rule.byMonth || rule.byMonth.includes(m)) &&
    (!rule.byMonthDay || rule.byMonthDay.some((v) => Math.abs(v) <= dim)) &&
    (dayParts !== null ||
      (rule.freq !== 'MONTHLY' && rule.freq !== 'YEARLY') ||
      (start.day <= dim && (rule.freq === 'MONTHLY' || rule.byMonth !== null || m === start.month)));

  const matches = (day: number, y: number, m: number, d: number, dim: number, yearDay: number): boolean => {
    if (rule.byMonthDay && !rule.byMonthDay.some((v) => (v > 0 ? v : dim + 1 + v) === d)) return false;
    const yearDays = isLeap(y) ? 366 : 365;
    if (rule.byYearDay && !rule.byYearDay.some((v) => (v > 0 ? v : yearDays + 1 + v) === yearDay))
      return false;
    if (rule.byWeekNo && !rule.byWeekNo.some((v) => weekNoMatches(day, y, v, rule.weekStart))) return false;
    const weekday = weekdayOf(day);
    if (rule.byDay) {
      // A numbered weekday counts within the month when the rule is monthly or names its
      // months, otherwise within the year.
      const inMonth = rule.freq === 'MONTHLY' || rule.byMonth !== null;
      const pos = inMonth ? d : yearDay;
      const len = inMonth ? dim : yearDays;
      const ok = rule.byDay.some(
        (r) =>
          r.weekday === weekday &&
          (r.nth === 0 ||
            (r.nth > 0
              ? Math.floor((pos - 1) / 7) + 1 === r.nth
              : Math.floor((len - pos) / 7) + 1 === -r.nth)),
      );
      if (!ok) return false;
    }
    // The parts a rule leaves out are DTSTART's (RFC 5545 §3.3.10: "information, not
    // contained in the rule, necessary to determine the various recurrence instance start
    // time and dates are derived from the Start Time").
    if (rule.freq === 'WEEKLY' && !rule.byDay && weekday !== startWeekday) return false;
    if (rule.freq === 'MONTHLY' && !dayParts && d !== start.day) return false;
    if (rule.freq === 'YEARLY' && !dayParts && (d !== start.day || (!rule.byMonth && m !== start.month)))
      return false;
    if (rule.freq === 'YEARLY' && rule.byWeekNo && !rule.byDay && !rule.byMonthDay && !rule.byYearDay)
      return weekday === startWeekday;
    return true;
  };

  /**
   * Visits the matching days from `from` to `to` in order, keeping the date's fields by
   * counting rather than asking Date each day, and skipping months that cannot match. Each
   * day visited and each month skipped costs the budget one; null when it ran out, false
   * when `visit` says stop.
   */
  const walk = (from: number, to: number, visit: (day: number) => boolean): boolean | null => {
    let { year: y, month: m, day: d } = dateOf(from);
    let dim = daysInMonth(y, m);
    let yearDay = from - epochDay(y, 1, 1) + 1;
    let day = from;
    while (day <= to) {
      if (--budget.left < 0) return null;
      if (d === 1 || day === from) {
        if (!monthCan(m, dim)) {
          const skip = dim - d + 1;
          day += skip;
          yearDay += skip;
          d = dim + 1;
        } else {
          if (matches(day, y, m, d, dim, yearDay) && !visit(day)) return false;
          day++;
          yearDay++;
          d++;
        }
      } else {
        if (matches(day, y, m, d, dim, yearDay) && !visit(day)) return false;
        day++;
        yearDay++;
        d++;
      }
      if (d > dim) {
        d = 1;
        if (++m > 12) {
          m = 1;
          y++;
          yearDay = 1;
        }
        dim = daysInMonth(y, m);
      }
    }
    return true;
  };

  /** One period's matching days in order, through BYSETPOS: false to stop (COUNT or the last day). */
  const period = (days: number[]): boolean => {
    let chosen = days;
    if (rule.bySetPos) {
      const n = days.length;
      chosen = [...new Set(rule.bySetPos.map((p) => days[p > 0 ? p - 1 : n + p]))]
        .filter((d): d is number => d !== undefined)
        .sort((a, b) => a - b);
    }
    for (const day of chosen) {
      if (day > last) return false;
      if (day >= startDay && !take(day)) return false;
    }
    return true;
  };

  /** Every period from `first`, `length(p)` days long, the next `next(p)`: false when the budget ran out. */
  const periods = (first: number, next: (from: number) => number, end: (from: number) => number): boolean => {
    for (let from = first; from <= last; from = next(from)) {
      const days: number[] = [];
      const done = walk(from, Math.min(end(from), last), (day) => {
        days.push(day);
        return true;
      });
      if (done === null) return false;
      if (!period(days)) return true;
    }
    return true;
  };

  switch (rule.freq) {
    case 'DAILY': {
      // Each day is its own period; one walk over the whole span rather than one per day.
      const setPosKeeps = !rule.bySetPos || rule.bySetPos.includes(1) || rule.bySetPos.includes(-1);
      if (!setPosKeeps) return true;
      return walk(startDay, last, (day) => (day - startDay) % rule.interval !== 0 || take(day)) !== null;
    }
    case 'WEEKLY':
      return periods(
        startDay - ((startWeekday - rule.weekStart + 7) % 7),
        (from) => from + 7 * rule.interval,
        (from) => from + 6,
      );
    case 'MONTHLY': {
      const monthStart = (index: number) => epochDay(Math.floor(index / 12), (index % 12) + 1, 1);
      const indexOf = (day: number) => {
        const { year, month } = dateOf(day);
        return year * 12 + month - 1;
      };
      return periods(
        monthStart(start.year * 12 + start.month - 1),
        (from) => monthStart(indexOf(from) + rule.interval),
        (from) => monthStart(indexOf(from) + 1) - 1,
      );
    }
    case 'YEARLY':
      return periods(
        epochDay(start.year, 1, 1),
        (from) => epochDay(dateOf(from).year + rule.interval, 1, 1),
        (from) => epochDay(dateOf(from).year, 12, 31),
      );
  }
}

/** ISO 8601 week numbering with the rule's first weekday (RFC 5545: week 1 has 4 days of the year). */
function weekNoMatches(day: number, year: number, want: number, weekStart: number): boolean {
  const firstWeek = (y: number) => {
    const jan4 = epochDay(y, 1, 4);
    return jan4 - ((weekdayOf(jan4) - weekStart + 7) % 7);
  };
  let weekYear = year;
  if (day < firstWeek(year)) weekYear = year - 1;
  else if (day >= firstWeek(year + 1)) weekYear = year + 1;
  const first = firstWeek(weekYear);
  const weeks = (firstWeek(weekYear + 1) - first) / 7;
  const no = Math.floor((day - first) / 7) + 1;
  return want > 0 ? no === want : no === weeks + 1 + want;
}
