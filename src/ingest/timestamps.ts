// Timestamps as exports write them (SPEC §3): ISO 8601 with Z or an offset, local
// date-times read in the file's source time zone, and Unix epoch seconds or milliseconds.
// This is the one reader of them: the CSV byte scanner reads cells in place with it, and
// every other reader (PapaParse's rows, JSON values, tickets, obligations, the app's forms)
// hands it a string through parseTimestamp. A new form is added here and nowhere else; the
// fast byte source's fixed-place reading (cell-times.ts, and the check lane's WebAssembly
// loop) takes only "YYYY-MM-DDTHH:MM:SS[.sss]Z" and leaves any other cell to this.
import { FIRST_YEAR, isReadableInstant, LAST_YEAR, localToUtc } from '../engine/time';
import { plainText } from './plain-text';
import { COLON, COMMA, DOT, MINUS, PLUS, SPACE, twoDigits } from './scan-bytes';

export type TimeResult = { ok: true; ms: number } | { ok: false; reason: string };

/** Epoch values of 10^11 or more are milliseconds (rule 14); smaller ones seconds. */
const EPOCH_MS_FROM = 1e11;
/**
 * Epoch seconds below this (26 April 1970) are refused: no monitoring log holds the first
 * months of 1970, but a spreadsheet's serial dates (days since 1900: 46 143 is 1 May 2026,
 * 2 958 465 the last day of 9999) read as epoch seconds fall there, a few hours into 1970,
 * and were read so without a word.
 */
const EPOCH_SECONDS_FROM = 1e7;
/** Epoch values have at most 16 digits before an optional fraction. */
const EPOCH_DIGITS = 16;
/** An epoch fraction, like an ISO time's, goes no finer than nanoseconds. */
const EPOCH_FRACTION_DIGITS = 9;

/** Days in the month (1-based), as `Date.UTC` counts them (it reads years 0–99 as 1900–1999). */
function daysInMonth(year: number, month: number): number {
  if (year < 100 || month < 1 || month > 12) return new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** False for a date no calendar shows (30 February, month 13). */
function isPossibleDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** False for a time of day no clock shows (24:00, second 60). */
export function isPossibleTimeOfDay(hour: number, minute: number, second: number): boolean {
  return hour <= 23 && minute <= 59 && second <= 59;
}

function isPossibleOffset(hours: number, minutes: number): boolean {
  return hours <= 23 && minutes <= 59;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
const T = 84;
const U = 85;
const C = 67;
const Z = 90;
const z = 122;

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function epochDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/**
 * Zone-less wall times → instants. Every wall-clock hour that maps to one offset
 * throughout (no DST change inside it) is resolved once and then reused, which is
 * exactly what localToUtc gives for each time in it: zones change offset at most once
 * within an hour.
 */
export class LocalClock {
  private hour = Number.NaN;
  /** NaN while the current hour holds a change of offset: then each time is resolved alone. */
  private offset = Number.NaN;
  private readonly hours = new Map<number, number>();

  constructor(readonly zone: string) {}

  /** The instant, or NaN for a wall time that a DST gap skips. */
  toUtc(naive: number): number {
    const hour = Math.floor(naive / HOUR_MS);
    if (hour !== this.hour) {
      this.offset = this.offsetOfHour(hour);
      this.hour = hour;
    }
    if (!Number.isNaN(this.offset)) return naive - this.offset;
    return localToUtc(this.zone, naive) ?? Number.NaN;
  }

  private offsetOfHour(hour: number): number {
    const known = this.hours.get(hour);
    if (known !== undefined) return known;
    const start = hour * HOUR_MS;
    const end = start + HOUR_MS - 1;
    const a = localToUtc(this.zone, start);
    const b = localToUtc(this.zone, end);
    const offset = a !== null && b !== null && start - a === end - b ? start - a : Number.NaN;
    if (this.hours.size >= 100_000) this.hours.clear();
    this.hours.set(hour, offset);
    return offset;
  }
}

/** Why `read` or `parse` gave NaN (TimeReader.failure). */
const FAILED = {
  none: 0,
  /** A quoted cell whose quoting is not a plain pair around it: its text, not its bytes, is to be read. */
  quoted: 1,
  empty: 2,
  unreadable: 3,
  impossible: 4,
  offset: 5,
  gap: 6,
  outside: 7,
  /** A bare number too small to be an epoch time: a spreadsheet's serial date, most likely. */
  small: 8,
} as const;

/** The bytes of the white space at `i` as trim() and \s see it (ASCII and Unicode), 0 when none. */
function spaceAt(buf: Uint8Array, i: number, e: number): number {
  const b = buf[i]!;
  if (b === SPACE || (b >= 9 && b <= 13)) return 1;
  if (b < 0xc2) return 0;
  const b1 = i + 1 < e ? buf[i + 1]! : 0;
  if (b === 0xc2) return b1 === 0xa0 ? 2 : 0;
  const b2 = i + 2 < e ? buf[i + 2]! : 0;
  // U+1680, U+2000–200A, U+2028, U+2029, U+202F, U+205F, U+3000, U+FEFF.
  if (b === 0xe1) return b1 === 0x9a && b2 === 0x80 ? 3 : 0;
  if (b === 0xe2)
    return (b1 === 0x80 && ((b2 >= 0x80 && b2 <= 0x8a) || b2 === 0xa8 || b2 === 0xa9 || b2 === 0xaf)) ||
      (b1 === 0x81 && b2 === 0x9f)
      ? 3
      : 0;
  if (b === 0xe3) return b1 === 0x80 && b2 === 0x80 ? 3 : 0;
  if (b === 0xef) return b1 === 0xbb && b2 === 0xbf ? 3 : 0;
  return 0;
}

/** The bytes of the white space that ends buf[s, e), 0 when none. */
function spaceBefore(buf: Uint8Array, s: number, e: number): number {
  if (spaceAt(buf, e - 1, e) === 1) return 1;
  if (e - s >= 2 && spaceAt(buf, e - 2, e) === 2) return 2;
  if (e - s >= 3 && spaceAt(buf, e - 3, e) === 3) return 3;
  return 0;
}

const isDigit = (b: number) => b >= 48 && b <= 57;

/**
 * Reads times as bytes; remembers the last date, which most rows share. A time it cannot
 * read gives NaN and `failure` says why (parseTimestamp words it).
 */
export class TimeReader {
  private readonly clock: LocalClock;
  /** The last date seen, as YYYYMMDD, and its day since 1970-01-01. */
  private lastDate = -1;
  protected lastDay = 0;
  /** Why the last `read` or `parse` gave NaN (a FAILED value). */
  failure: number = FAILED.none;
  /** Whether the last time `parse` read said its own instant: an epoch, or a time with Z or an offset. */
  zoned = false;

  constructor(readonly zone: string) {
    this.clock = new LocalClock(zone);
  }

  /** UTC midnight of a possible date, or NaN. */
  protected dayMs(year: number, month: number, day: number): number {
    const date = (year * 100 + month) * 100 + day;
    if (date !== this.lastDate) {
      if (!isPossibleDate(year, month, day)) return Number.NaN;
      this.lastDate = date;
      this.lastDay = epochDay(year, month, day);
    }
    return this.lastDay * DAY_MS;
  }

  /** Epoch ms of the text buf[s, e) (no CSV quoting), or NaN. */
  parse(buf: Uint8Array, start: number, end: number): number {
    let s = start;
    let e = end;
    // Cells mostly start with a digit and end with one or a letter: white space is looked for only then.
    if (s < e && !isDigit(buf[s]!))
      for (let n = spaceAt(buf, s, e); n > 0; n = s < e ? spaceAt(buf, s, e) : 0) s += n;
    if (e > s && (buf[e - 1]! <= SPACE || buf[e - 1]! >= 0x80))
      for (let n = spaceBefore(buf, s, e); n > 0; n = e > s ? spaceBefore(buf, s, e) : 0) e -= n;
    if (s === e) return this.fail(FAILED.empty);
    let i = s;
    let value = 0;
    for (; i < e; i++) {
      const d = buf[i]! - 48;
      if (d < 0 || d > 9) break;
      value = value * 10 + d;
    }
    const digits = i - s;
    if (digits >= 1 && digits <= EPOCH_DIGITS && (i === e || buf[i] === DOT)) {
      let j = i + 1;
      while (j < e && isDigit(buf[j]!)) j++;
      // Up to 15 digits the sum is exact, so it equals Number(text); beyond, or with a fraction, Number decides.
      // A fraction finer than nanoseconds is refused as it is in ISO times, which also keeps
      // the cell short enough to be spread into one call.
      if (i === e || (j === e && j > i + 1 && j - i - 1 <= EPOCH_FRACTION_DIGITS)) {
        const v = i === e && digits <= 15 ? value : Number(String.fromCharCode(...buf.subarray(s, e)));
        if (v < EPOCH_SECONDS_FROM) return this.fail(FAILED.small);
        this.zoned = true;
        return this.readable(v >= EPOCH_MS_FROM ? Math.round(v) : Math.round(v * 1000));
      }
    }
    if (digits !== 4 || i === e || buf[i] !== MINUS) return this.fail(FAILED.unreadable);
    return this.iso(buf, s, e, value);
  }

  private iso(buf: Uint8Array, s: number, e: number, year: number): number {
    if (s + 10 > e || buf[s + 7] !== MINUS) return this.fail(FAILED.unreadable);
    const month = twoDigits(buf, s + 5);
    const day = twoDigits(buf, s + 8);
    if (month < 0 || day < 0) return this.fail(FAILED.unreadable);
    let p = s + 10;
    let hour = 0;
    let minute = 0;
    let second = 0;
    let millisecond = 0;
    // "T" or a space and HH:MM; without them the date stands alone (a space may then lead to a zone).
    if (p + 6 <= e && (buf[p] === T || buf[p] === SPACE) && buf[p + 3] === COLON) {
      const h = twoDigits(buf, p + 1);
      const m = twoDigits(buf, p + 4);
      if (h >= 0 && m >= 0) {
        hour = h;
        minute = m;
        p += 6;
        const sec = p + 3 <= e && buf[p] === COLON ? twoDigits(buf, p + 1) : -1;
        if (sec >= 0) {
          second = sec;
          p += 3;
          if (p + 1 < e && (buf[p] === DOT || buf[p] === COMMA) && isDigit(buf[p + 1]!)) {
            const from = ++p;
            let head = 0;
            for (; p < e && isDigit(buf[p]!); p++) if (p - from < 3) head = head * 10 + buf[p]! - 48;
            const fraction = p - from;
            if (fraction > 9) return this.fail(FAILED.unreadable);
            // floor(Number("0." + digits) * 1000) is the first three digits: checked for
            // every 1–3 digit fraction, and longer ones sit at least 1e-6 from the next integer.
            millisecond = fraction === 1 ? head * 100 : fraction === 2 ? head * 10 : head;
          }
        }
      }
    }
    if (p < e) for (let n = spaceAt(buf, p, e); n > 0; n = p < e ? spaceAt(buf, p, e) : 0) p += n;
    let offsetMs = Number.NaN;
    let offsetPossible = true;
    if (p < e) {
      const c = buf[p]!;
      if ((c === Z || c === z) && p + 1 === e) offsetMs = 0;
      else if (c === U && p + 3 === e && buf[p + 1] === T && buf[p + 2] === C) offsetMs = 0;
      else if (c === PLUS || c === MINUS) {
        const hours = p + 3 <= e ? twoDigits(buf, p + 1) : -1;
        let minutes = -1;
        if (p + 3 === e) minutes = 0;
        else if (p + 6 === e && buf[p + 3] === COLON) minutes = twoDigits(buf, p + 4);
        else if (p + 5 === e) minutes = twoDigits(buf, p + 3);
        if (hours < 0 || minutes < 0) return this.fail(FAILED.unreadable);
        offsetPossible = isPossibleOffset(hours, minutes);
        offsetMs = (c === MINUS ? -1 : 1) * (hours * 60 + minutes) * 60_000;
      } else return this.fail(FAILED.unreadable);
    }
    const midnight = this.dayMs(year, month, day);
    if (Number.isNaN(midnight) || !isPossibleTimeOfDay(hour, minute, second))
      return this.fail(FAILED.impossible);
    if (!offsetPossible) return this.fail(FAILED.offset);
    const naive = midnight + ((hour * 60 + minute) * 60 + second) * 1000 + millisecond;
    this.zoned = !Number.isNaN(offsetMs);
    if (this.zoned) return this.readable(naive - offsetMs);
    const utc = this.clock.toUtc(naive);
    return Number.isNaN(utc) ? this.fail(FAILED.gap) : this.readable(utc);
  }

  /**
   * Times are read from 1970-01-01 to the end of 2199 (UTC), the engine's years (time.ts):
   * a row outside them is skipped with its reason, so one stray epoch cannot make an import
   * or an evaluation span thousands of years.
   */
  private readable(ms: number): number {
    return isReadableInstant(ms) ? ms : this.fail(FAILED.outside);
  }

  /** NaN for a CSV cell whose quoting leaves its text, not its bytes, to be read. */
  protected unsettled(): number {
    return this.fail(FAILED.quoted);
  }

  private fail(why: number): number {
    this.failure = why;
    return Number.NaN;
  }
}

const encoder = new TextEncoder();
let scratch = new Uint8Array(64);

/** A text's UTF-8 bytes: ASCII (nearly every time) copied into a reused buffer, anything else encoded. */
function utf8Of(raw: string): Uint8Array {
  if (scratch.length < raw.length) scratch = new Uint8Array(2 * raw.length);
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 0x80) return encoder.encode(raw);
    scratch[i] = c;
  }
  return scratch.subarray(0, raw.length);
}
/** Readers by zone, for strings: each keeps its zone's hours resolved. */
const readers = new Map<string, TimeReader>();

function readerFor(zone: string): TimeReader {
  let reader = readers.get(zone);
  if (reader === undefined) {
    if (readers.size >= 64) readers.clear();
    reader = new TimeReader(zone);
    readers.set(zone, reader);
  }
  return reader;
}

/** Whether a time cell's text is a time that says its own instant (an epoch, or Z or an offset), whatever zone it is read in. */
export function carriesZone(raw: string): boolean {
  const reader = readerFor('UTC');
  const bytes = utf8Of(raw);
  return !Number.isNaN(reader.parse(bytes, 0, bytes.length)) && reader.zoned;
}

/** A time cell's text (quotes already removed), read by TimeReader, with the reason when it is no time. */
export function parseTimestamp(raw: string, sourceZone: string): TimeResult {
  const reader = readerFor(sourceZone);
  const bytes = utf8Of(raw);
  const ms = reader.parse(bytes, 0, bytes.length);
  if (!Number.isNaN(ms)) return { ok: true, ms };
  // The reason says what is wrong, never the cell's text: a cell may hold anything (a
  // secret pasted in the wrong column), and the line number already points at it.
  const reason =
    reader.failure === FAILED.empty
      ? 'empty time'
      : reader.failure === FAILED.impossible
        ? 'impossible time (no such date or time of day)'
        : reader.failure === FAILED.offset
          ? 'impossible offset (expected hours up to 23 and minutes up to 59)'
          : reader.failure === FAILED.gap
            ? `local time does not exist in ${sourceZone} (DST gap)`
            : reader.failure === FAILED.outside
              ? `time outside the years ${FIRST_YEAR}–${LAST_YEAR}`
              : reader.failure === FAILED.small
                ? 'a number below 10 000 000, too small for epoch seconds: a spreadsheet serial date? ' +
                  'save the column formatted as a date and time'
                : unreadableTime(raw.trim());
  return { ok: false, reason };
}

/** A date written day or month first, as spreadsheets save them in one locale or another. */
const DAY_MONTH_DATE = /^\d{1,2}([./-])\d{1,2}\1\d{2,4}(?:$|[\sT,])/;
/** A date and time followed by a zone's abbreviation instead of its offset. */
const ZONE_WORD = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*[A-Za-z]{2,5}$/;

/**
 * Why a time is unreadable, naming the two forms a spreadsheet or a log writes that are
 * not guessed at: a day-or-month-first date (01/02/2026 is 1 February in one country and
 * 2 January in another) and a zone abbreviation (CST is three zones, IST three more).
 */
function unreadableTime(text: string): string {
  if (DAY_MONTH_DATE.test(text))
    return (
      'a date written day or month first (01/02/2026 is 1 February or 2 January): ' +
      'save the times as YYYY-MM-DD HH:MM'
    );
  if (ZONE_WORD.test(text))
    return (
      "a zone's abbreviation (CST is three zones), not its offset: write the offset (+02:00), " +
      'or leave it out and read the times in their zone'
    );
  return 'unreadable time (expected a date and time, or epoch seconds or milliseconds)';
}

// IMF-fixdate, the form RFC 9110 §5.6.7 requires of a sender: `Sun, 31 May 2026 21:05:07 GMT`.
const IMF_FIXDATE = /^[A-Z][a-z]{2}, (\d{2}) ([A-Z][a-z]{2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The instant of an HTTP Date header (what dates a scrape of Uptime Kuma's /metrics), or
 * NaN. Not a form of a time cell: no export writes its times this way.
 */
export function httpDateMs(value: string): number {
  const m = IMF_FIXDATE.exec(value.trim());
  if (!m) return Number.NaN;
  const month = MONTHS.indexOf(m[2]!) + 1;
  const [year, day, hour, minute, second] = [m[3], m[1], m[4], m[5], m[6]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || !isPossibleDate(year, month, day) || !isPossibleTimeOfDay(hour, minute, second))
    return Number.NaN;
  const ms = epochDay(year, month, day) * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000;
  return isReadableInstant(ms) ? ms : Number.NaN;
}

/** A name from a file (a column, a key, a monitor) as a message may give it: plain, and at most `max` characters. */
export function clip(text: string, max = 40): string {
  const plain = plainText(text);
  return plain.length > max ? `${plain.slice(0, max)}…` : plain;
}
