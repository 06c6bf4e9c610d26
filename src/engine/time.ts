// Wall-clock arithmetic in IANA zones through Intl alone: contracts measure months,
// notice and deadlines in local time, while every instant in the engine is UTC epoch ms.

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** A calendar date or local wall time, month 1-based. */
export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

/**
 * A zone's formatter, and whether its plain text can be read for the wall time: that text
 * is about three times cheaper to make than `formatToParts`'s objects, and the offset of
 * every hour a record touches is read twice (16 700 readings for the benchmark's ten
 * monitor-years).
 */
interface ZoneFormatter {
  format: Intl.DateTimeFormat;
  textReadable: boolean;
}

const formatters = new Map<string, ZoneFormatter>();

/**
 * Instants whose fields all differ, in both eras: the text is read only where it gives
 * what the labelled parts give, so a runtime whose en-US pattern differs (another order,
 * other digits) keeps the labelled reading.
 */
const TEXT_PROBES = [Date.UTC(2001, 10, 12, 13, 14, 15), Date.UTC(-43, 2, 15, 9, 26, 37)];

function formatterFor(zone: string): ZoneFormatter {
  let f = formatters.get(zone);
  if (!f) {
    const format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    f = {
      format,
      textReadable: TEXT_PROBES.every((ms) => wallOfText(format, ms) === wallOfParts(format, ms)),
    };
    formatters.set(zone, f);
  }
  return f;
}

/** True when the runtime knows the zone. */
export function isValidZone(zone: string): boolean {
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

// Offsets change at most at whole minutes in every zone in use since 1970, and the
// offset of an instant only depends on the instant, so a per-zone cache of the last
// answered hour makes bulk conversion of sorted rows cheap.
const offsetCache = new Map<string, Map<number, number>>();

/** The zone's offset from UTC at the instant, in ms (east positive). */
export function zoneOffsetMs(zone: string, utcMs: number): number {
  const hourKey = Math.floor(utcMs / HOUR_MS);
  let cache = offsetCache.get(zone);
  if (!cache) {
    cache = new Map();
    offsetCache.set(zone, cache);
  }
  // Transitions happen on quarter hours at the finest, so an hour bucket is only safe
  // when both its ends agree; otherwise compute exactly.
  const cached = cache.get(hourKey);
  if (cached !== undefined) return cached;
  const start = hourKey * HOUR_MS;
  const a = rawOffsetMs(zone, start);
  const b = rawOffsetMs(zone, start + HOUR_MS - 1);
  if (a === b) {
    if (cache.size > 200_000) cache.clear();
    cache.set(hourKey, a);
    return a;
  }
  return rawOffsetMs(zone, utcMs);
}

function rawOffsetMs(zone: string, utcMs: number): number {
  const f = formatterFor(zone);
  let wall = f.textReadable ? wallOfText(f.format, utcMs) : Number.NaN;
  if (Number.isNaN(wall)) wall = wallOfParts(f.format, utcMs);
  return wall - Math.floor(utcMs / 1000) * 1000;
}

/**
 * The wall time, written as if it were UTC, to the second, from en-US's "M/D/Y era,
 * HH:MM:SS" ("BC" before Christ); NaN unless the text holds six numbers.
 */
function wallOfText(format: Intl.DateTimeFormat, utcMs: number): number {
  const text = format.format(utcMs);
  const n: number[] = [];
  let value = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c >= 48 && c <= 57) value = (value < 0 ? 0 : value * 10) + c - 48;
    else if (value >= 0) {
      n.push(value);
      value = -1;
    }
  }
  const year = text.includes('B') ? 1 - n[2]! : n[2]!;
  return n.length === 6 ? Date.UTC(year, n[0]! - 1, n[1]!, n[3]!, n[4]!, n[5]!) : Number.NaN;
}

function wallOfParts(format: Intl.DateTimeFormat, utcMs: number): number {
  const parts = format.formatToParts(utcMs);
  const field = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const year = parts.some((p) => p.type === 'era' && p.value[0] === 'B') ? 1 - field('year') : field('year');
  return Date.UTC(year, field('month') - 1, field('day'), field('hour'), field('minute'), field('second'));
}

/** The local wall time of an instant in the zone. */
export function toLocal(zone: string, utcMs: number): LocalDateTime {
  const off = zoneOffsetMs(zone, utcMs);
  const d = new Date(utcMs + off);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
  };
}

/** Local wall time written as if it were UTC, in ms: the "naive" time line. */
export function naiveMs(t: Partial<LocalDateTime> & { year: number; month: number; day: number }): number {
  const ms = Date.UTC(
    t.year,
    t.month - 1,
    t.day,
    t.hour ?? 0,
    t.minute ?? 0,
    t.second ?? 0,
    t.millisecond ?? 0,
  );
  // Date.UTC maps years 0-99 to 1900-1999.
  if (t.year >= 0 && t.year < 100) return new Date(ms).setUTCFullYear(t.year);
  return ms;
}

/**
 * The instant at which the zone's clocks show the naive wall time. A wall time that a
 * spring-forward gap skips has no instant (null); one a fall-back repeats resolves to
 * its first occurrence (SPEC rule 14).
 */
export function localToUtc(zone: string, naive: number): number | null {
  // Any zone changes its offset at most once within a day either side of a wall time,
  // so the two offsets found a day away cover every candidate.
  const before = zoneOffsetMs(zone, naive - DAY_MS);
  const after = zoneOffsetMs(zone, naive + DAY_MS);
  let best: number | null = null;
  for (const off of before === after ? [before] : [before, after]) {
    const t = naive - off;
    if (zoneOffsetMs(zone, t) === off && (best === null || t < best)) best = t;
  }
  if (best !== null) return best;
  // A zone whose offset changed twice within two days (rare historic cases): search
  // the offsets actually in force around the wall time.
  for (let h = -48; h <= 48; h++) {
    const off = zoneOffsetMs(zone, naive + h * HOUR_MS);
    const t = naive - off;
    if (zoneOffsetMs(zone, t) === off && (best === null || t < best)) best = t;
  }
  return best;
}

/**
 * The first instant at or after the naive wall time: the wall time itself, or the moment
 * the clocks resume when a gap skips it. A gap can be a whole day (Pacific/Apia went from
 * 2011-12-29 straight to 2011-12-31), so a skipped date begins where the next one does.
 */
export function firstInstantFrom(zone: string, naive: number): number {
  for (let m = 0; m <= 180; m++) {
    const t = localToUtc(zone, naive + m * MINUTE_MS);
    if (t !== null) return t;
  }
  // Clocks resume on a quarter hour at the finest: find that quarter, then its first minute.
  for (let m = 195; m <= 50 * 60; m += 15) {
    if (localToUtc(zone, naive + m * MINUTE_MS) === null) continue;
    for (let k = m - 14; k <= m; k++) {
      const t = localToUtc(zone, naive + k * MINUTE_MS);
      if (t !== null) return t;
    }
  }
  throw new RangeError(`no instant at or after ${new Date(naive).toISOString().slice(0, 16)} in ${zone}`);
}

/** Local midnight at the start of the given date; a midnight or a whole date skipped means the first instant after it. */
export function startOfLocalDay(zone: string, year: number, month: number, day: number): number {
  return firstInstantFrom(zone, naiveMs({ year, month, day }));
}

/**
 * The zone's offset at noon UTC of `count` consecutive days from `firstDay` (days since
 * 1970-01-01): one lookup a day, for finding the days near an offset change.
 */
export function noonOffsets(zone: string, firstDay: number, count: number): Float64Array {
  const out = new Float64Array(count);
  for (let i = 0; i < count; i++) out[i] = rawOffsetMs(zone, (firstDay + i) * DAY_MS + DAY_MS / 2);
  return out;
}

/** Calendar date arithmetic on (year, month, day), independent of zones. */
export function addDays(
  date: { year: number; month: number; day: number },
  days: number,
): { year: number; month: number; day: number } {
  const d = new Date(naiveMs(date) + days * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: { year: number; month: number; day: number }): number {
  const w = new Date(naiveMs(date)).getUTCDay();
  return w === 0 ? 7 : w;
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const pad4 = (n: number) => (n < 0 ? '-' + String(-n).padStart(6, '0') : String(n).padStart(4, '0'));

export function formatDate(date: { year: number; month: number; day: number }): string {
  return `${pad4(date.year)}-${pad2(date.month)}-${pad2(date.day)}`;
}

/** Parses YYYY-MM-DD strictly; null when the text is not a real calendar date. */
/**
 * Dates are read from 1970 to 2199: far beyond any contract's life, and a bound on every
 * calendar and holiday year the engine builds (a date of year 1 or 9999 would make it
 * build thousands of years of them).
 */
export const FIRST_YEAR = 1970;
export const LAST_YEAR = 2199;
/** The readable instants: [1970-01-01T00:00Z, 2200-01-01T00:00Z). */
export const FIRST_MS = Date.UTC(FIRST_YEAR, 0, 1);
export const END_MS = Date.UTC(LAST_YEAR + 1, 0, 1);
export const isReadableInstant = (ms: number) => ms >= FIRST_MS && ms < END_MS;

export function parseDate(text: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (date.year < FIRST_YEAR || date.year > LAST_YEAR) return null;
  const back = addDays(date, 0);
  if (back.year !== date.year || back.month !== date.month || back.day !== date.day) return null;
  return date;
}

/** An instant as ISO 8601 in the zone, to the second, with the zone's offset ("Z" never used). */
export function formatInstant(zone: string, utcMs: number): string {
  // Reports write the same whole minutes (outage starts and ends) at every re-evaluation:
  // their texts are kept, so a report of tens of thousands of outages makes no new strings.
  if (utcMs % MINUTE_MS !== 0) return instantText(zone, utcMs);
  let texts = minuteTexts.get(zone);
  if (texts === undefined) {
    texts = new MinuteTexts();
    minuteTexts.set(zone, texts);
  }
  return texts.get(zone, utcMs);
}

/**
 * One zone's texts of whole minutes, in a 1440-slot array per UTC day: outages come in
 * time order, so lookups stay in one day's array rather than hop about a large hash table.
 */
class MinuteTexts {
  private readonly days = new Map<number, (string | undefined)[]>();
  private lastDay = Number.NaN;
  private last: (string | undefined)[] = [];

  get(zone: string, utcMs: number): string {
    const minute = utcMs / MINUTE_MS;
    const day = Math.floor(minute / 1440);
    if (day !== this.lastDay) {
      let texts = this.days.get(day);
      if (texts === undefined) {
        if (this.days.size >= MAX_TEXT_DAYS) this.days.clear();
        texts = new Array<string | undefined>(1440).fill(undefined);
        this.days.set(day, texts);
      }
      this.last = texts;
      this.lastDay = day;
    }
    const slot = minute - day * 1440;
    let text = this.last[slot];
    if (text === undefined) {
      text = instantText(zone, utcMs);
      this.last[slot] = text;
    }
    return text;
  }
}

/** About 11 KB a day: 10 years of days per zone. */
const MAX_TEXT_DAYS = 3660;
const minuteTexts = new Map<string, MinuteTexts>();

function instantText(zone: string, utcMs: number): string {
  const secondMs = Math.floor(utcMs / 1000) * 1000;
  const off = zoneOffsetMs(zone, secondMs);
  const local = secondMs + off;
  const day = Math.floor(local / DAY_MS);
  const secondOfDay = (local - day * DAY_MS) / 1000;
  return (
    `${dayText(day)}T${pad2(Math.floor(secondOfDay / 3600))}:${pad2(Math.floor(secondOfDay / 60) % 60)}:` +
    `${pad2(secondOfDay % 60)}${offsetText(off)}`
  );
}

// Reports write tens of thousands of instants; their dates and offsets repeat.
const dayTexts = new Map<number, string>();
const offsetTexts = new Map<number, string>();

function dayText(day: number): string {
  let text = dayTexts.get(day);
  if (text === undefined) {
    const d = new Date(day * DAY_MS);
    text = `${pad4(d.getUTCFullYear())}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
    if (dayTexts.size > 100_000) dayTexts.clear();
    dayTexts.set(day, text);
  }
  return text;
}

function offsetText(off: number): string {
  let text = offsetTexts.get(off);
  if (text === undefined) {
    const abs = Math.abs(off) / MINUTE_MS;
    text = `${off < 0 ? '-' : '+'}${pad2(Math.floor(abs / 60))}:${pad2(Math.round(abs % 60))}`;
    offsetTexts.set(off, text);
  }
  return text;
}

/** The local calendar date of an instant. */
export function localDate(zone: string, utcMs: number): { year: number; month: number; day: number } {
  const t = toLocal(zone, utcMs);
  return { year: t.year, month: t.month, day: t.day };
}
