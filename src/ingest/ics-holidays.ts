// Holidays from an ICS calendar: each event gives its days (DTEND is exclusive), a
// repeating one each occurrence to the end of 2199. ical.js only parses the text; dates,
// durations and repeats are read here from its jCal, so that every value is checked against
// 1970–2199 and no message of ical.js, which quotes the file's lines, reaches the user.
import ICAL from 'ical.js';
import { FIRST_YEAR, formatDate, LAST_YEAR } from '../engine/time';
import type { Holiday } from './holiday-files';
import { MAX_EVENT_DAYS, MAX_EXAMINED_DAYS, MAX_HOLIDAY_DAYS } from './holiday-limits';
import { type DayBudget, daysInMonth, epochDay, RuleProblem, readDayRule, ruleDays } from './recurrence-days';
import { InputError } from './stream-input';

const DAY_MS = 86_400_000;
const FIRST_DAY = epochDay(FIRST_YEAR, 1, 1);
const LAST_DAY = epochDay(LAST_YEAR, 12, 31);

type JCalProperty = [string, Record<string, unknown>, string, ...unknown[]];
type JCalComponent = [string, JCalProperty[], JCalComponent[]];

export function holidaysFromIcs(name: string, text: string): Holiday[] {
  const { eventLines, lineWithoutValue, properties } = scanLines(text);
  if (lineWithoutValue !== null)
    throw new InputError(name, lineWithoutValue, 'not a readable ICS calendar: a line without NAME:value');
  let parsed: unknown;
  try {
    parsed = ICAL.parse(text);
  } catch {
    // ical.js's messages quote the offending line: the reason stays ours, and the line is
    // the first property ical.js cannot read alone.
    const bad = properties.find(({ text: property }) => {
      try {
        ICAL.parse.property(property);
        return false;
      } catch {
        return true;
      }
    });
    throw new InputError(name, bad?.line ?? null, 'not a readable ICS calendar');
  }
  const tops = (isComponent(parsed) ? [parsed] : Array.isArray(parsed) ? parsed : []).filter(isComponent);
  const events = tops
    .filter((c) => c[0] === 'vcalendar')
    .flatMap((c) => c[2].filter((e) => isComponent(e) && e[0] === 'vevent'));
  if (events.length === 0) throw new InputError(name, null, 'the calendar has no events');

  const out = new Map<string, string>();
  const budget: DayBudget = { left: MAX_EXAMINED_DAYS };
  let given = 0;
  events.forEach((event, i) => {
    // The event's BEGIN line when the scan found the same events as ical.js.
    const line = eventLines.length === events.length ? eventLines[i]! : null;
    const give = (day: number, summary: string) => {
      if (++given > MAX_HOLIDAY_DAYS)
        throw new InputError(
          name,
          line,
          `the calendar gives more than ${MAX_HOLIDAY_DAYS} holiday days (a daily repeat or a long event, most likely); SLA Witness reads at most ${MAX_HOLIDAY_DAYS}`,
        );
      const date = formatDate(dateOf(day));
      if (!out.has(date)) out.set(date, summary);
    };
    try {
      eventDays(event, budget, give);
    } catch (e) {
      if (e instanceof InputError) throw e;
      if (e instanceof RuleProblem) throw new InputError(name, line, e.message);
      throw new InputError(name, line, 'an event that cannot be read');
    }
  });
  return [...out].sort(([a], [b]) => a.localeCompare(b)).map(([date, holiday]) => ({ date, name: holiday }));
}

function eventDays(event: JCalComponent, budget: DayBudget, give: (day: number, summary: string) => void) {
  const props = event[1];
  const all = (key: string) => props.filter((p) => p[0] === key);
  const first = (key: string) => all(key)[0];
  const summaryValue = first('summary')?.[3];
  const summary = typeof summaryValue === 'string' ? summaryValue : '';

  const dtstart = first('dtstart');
  if (!dtstart) throw new RuleProblem('an event without a DTSTART');
  const start = holidayMoment(dtstart[3], 'DTSTART');
  let endDay: number | null = null;
  const dtend = first('dtend');
  const duration = first('duration');
  if (dtend) endDay = holidayMoment(dtend[3], 'DTEND').day;
  else if (duration) {
    const ms = durationMs(duration[3]);
    if (ms === null) throw new RuleProblem('DURATION is not a duration such as P1D or PT8H');
    endDay = Math.floor((start.wallMs + ms) / DAY_MS);
  }
  if (endDay !== null && endDay < start.day) throw new RuleProblem('the event ends before it starts');
  // An event within one day, or one ending on the day it starts, still gives that day.
  const spanDays = endDay === null ? 1 : Math.max(1, endDay - start.day);
  if (spanDays > MAX_EVENT_DAYS)
    throw new RuleProblem(
      `the event spans ${spanDays} days; a holiday event may span at most ${MAX_EVENT_DAYS}`,
    );

  const starts = new Set<number>();
  const rules = all('rrule');
  if (rules.length === 0) starts.add(start.day);
  for (const p of rules) {
    const recur = p[3];
    if (typeof recur !== 'object' || recur === null) throw new RuleProblem('an RRULE that cannot be read');
    const rule = readDayRule(recur as Record<string, unknown>, (v) => momentOf(v)?.day ?? null);
    const finished = ruleDays(start.day, rule, LAST_DAY, budget, (day) => {
      starts.add(day);
      if (starts.size * spanDays > MAX_HOLIDAY_DAYS)
        throw new RuleProblem(
          `the event repeats on more than ${MAX_HOLIDAY_DAYS} holiday days (a daily repeat, most likely); SLA Witness reads at most ${MAX_HOLIDAY_DAYS}`,
        );
    });
    if (!finished)
      throw new RuleProblem(
        `the calendar's repeating events ask for more than ${MAX_EXAMINED_DAYS} days to be examined; end them with UNTIL or COUNT`,
      );
  }
  for (const p of all('rdate')) for (const v of p.slice(3)) starts.add(holidayMoment(v, 'RDATE').day);
  for (const p of all('exdate'))
    for (const v of p.slice(3)) {
      const moment = momentOf(v);
      if (moment === null) throw new RuleProblem('EXDATE is not a date');
      starts.delete(moment.day);
    }
  for (const day of [...starts].sort((a, b) => a - b))
    for (let k = 0; k < spanDays && day + k <= LAST_DAY; k++) give(day + k, summary);
}

interface Moment {
  /** Days since 1970-01-01 of the value's own (wall) date. */
  day: number;
  /** Its wall time as if UTC, for durations shorter than a day. */
  wallMs: number;
}

/** A DATE ("2026-07-04") or DATE-TIME ("2026-07-04T09:00:00", "…Z") of jCal: any real date. */
function momentOf(value: unknown): Moment | null {
  const m =
    typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})Z?)?$/.exec(value) : null;
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0)) as number[];
  if (y! < 1 || mo! < 1 || mo! > 12 || d! < 1 || d! > daysInMonth(y!, mo!) || h! > 23 || mi! > 59 || s! > 60)
    return null;
  const wall = new Date(0);
  wall.setUTCFullYear(y!, mo! - 1, d!);
  wall.setUTCHours(h!, mi!, s!, 0);
  return { day: Math.floor(wall.getTime() / DAY_MS), wallMs: wall.getTime() };
}

/** A date that can be a holiday: real, and within the years every date is read in. */
function holidayMoment(value: unknown, property: string): Moment {
  const moment = momentOf(value);
  if (moment === null || moment.day < FIRST_DAY || moment.day > LAST_DAY)
    throw new RuleProblem(`${property} is not a date from ${FIRST_YEAR} to ${LAST_YEAR}`);
  return moment;
}

/** RFC 5545 §3.3.6, as jCal writes it ("P1D", "PT8H", "P2W"); null when unreadable or negative. */
function durationMs(value: unknown): number | null {
  const m =
    typeof value === 'string'
      ? /^\+?P(?:(\d{1,9})W|(?:(\d{1,9})D)?(?:T(?:(\d{1,9})H)?(?:(\d{1,9})M)?(?:(\d{1,9})S)?)?)$/.exec(value)
      : null;
  if (!m || value === 'P' || (value as string).endsWith('T')) return null;
  const [w, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0)) as number[];
  return (((w! * 7 + d!) * 24 + h!) * 60 + mi!) * 60_000 + s! * 1000;
}

const dateOf = (day: number) => {
  const t = new Date(day * DAY_MS);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
};

function isComponent(v: unknown): v is JCalComponent {
  return Array.isArray(v) && typeof v[0] === 'string' && Array.isArray(v[1]) && Array.isArray(v[2]);
}

/**
 * The line of each event's BEGIN:VEVENT directly inside a VCALENDAR (the events ical.js
 * gives, in the same order), the first line that has no NAME:value at all, and every
 * property line, to find the one ical.js could not read. Folded
 * lines (RFC 5545 §3.1: a continuation starts with a space or tab) belong to the line before.
 */
function scanLines(text: string): {
  eventLines: number[];
  lineWithoutValue: number | null;
  properties: { line: number; text: string }[];
} {
  const eventLines: number[] = [];
  const properties: { line: number; text: string }[] = [];
  const open: string[] = [];
  let lineWithoutValue: number | null = null;
  let logical = '';
  let logicalLine = 0;
  const finish = () => {
    if (logicalLine === 0) return;
    const m = /^(BEGIN|END):([^\s;:]*)\s*$/i.exec(logical);
    if (m) {
      const component = m[2]!.toUpperCase();
      if (m[1]!.toUpperCase() === 'BEGIN') {
        if (component === 'VEVENT' && open.length === 1 && open[0] === 'VCALENDAR')
          eventLines.push(logicalLine);
        open.push(component);
      } else open.pop();
    } else if (logical.includes(':')) properties.push({ line: logicalLine, text: logical });
    else if (logical.trim() !== '' && !logical.includes(':') && lineWithoutValue === null)
      lineWithoutValue = logicalLine;
  };
  const lines = text.split(/\r\n|\n|\r/);
  for (let i = 0; i < lines.length; i++) {
    const physical = lines[i]!;
    if ((physical.startsWith(' ') || physical.startsWith('\t')) && logicalLine !== 0) {
      logical += physical.slice(1);
      continue;
    }
    finish();
    logical = physical;
    logicalLine = i + 1;
  }
  finish();
  return { eventLines, lineWithoutValue, properties };
}
