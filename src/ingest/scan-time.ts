// Timestamps read straight from UTF-8 bytes on the import's hot path, answering only for
// the forms of timestamps.ts it is sure of, with the same checks (isPossibleDate,
// isPossibleTimeOfDay, isPossibleOffset, EPOCH_MS_FROM), and NaN for anything else, which
// parseTimestamp then decides and words.
import { FIRST_YEAR, isReadableInstant, LAST_YEAR, localToUtc } from '../engine/time';
import { ChunkView, COLON, COMMA, DOT, isSpace, MINUS, PLUS, QUOTE, SPACE, twoDigits } from './scan-bytes';
import { EPOCH_MS_FROM, isPossibleDate, isPossibleOffset, isPossibleTimeOfDay } from './timestamps';

/** Byte → its digit's value, or NOT_DIGIT. */
const NOT_DIGIT = 256;
const DIGIT = new Uint16Array(256).fill(NOT_DIGIT);
for (let d = 0; d <= 9; d++) DIGIT[48 + d] = d;

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
const T = 84;
const U = 85;
const C = 67;
const Z = 90;
const z = 122;

/** A word's first and last bytes, and what they are in ":SS." and ":SSZ". */
const EDGES = 0xff0000ff;
const COLON_DOT = (DOT << 24) | COLON;
const COLON_Z = (Z << 24) | COLON;

/** Whether the bytes of `word` that `ones` marks (0x01 each; the others zero in `word`) are all ASCII digits. */
function allDigits(word: number, ones: number): boolean {
  const highs = ones * 0xf0;
  // 0x30–0x3f have high nibble 3, and stay below 0x40 after adding 6 only up to 0x39.
  return (word & highs) === ones * 0x30 && ((word + ones * 6) & highs) === ones * 0x30;
}

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

/** Reads one file's time cells; remembers the last date, which most rows share. */
export class TimeReader {
  private readonly clock: LocalClock;
  /** The last possible date seen, as YYYYMMDD, and its day since 1970-01-01. */
  private lastDate = -1;
  private lastDay = 0;
  /** The last possible "YYYY-MM-DDTHH:MM" read by zuluAt, as its bytes in four words, and what it means. */
  private prefix0 = 0;
  private prefix1 = 0;
  private prefix2 = 0;
  private prefix3 = 0;
  private prefixHour = 0;
  private prefixMinute = 0;
  /** ms from the prefix's midnight to its minute: a small integer, so no time read here needs a float. */
  private prefixOffset = 0;
  /** The day (since 1970-01-01) of the last time `zuluOffsetAt` read. */
  zuluDay = 0;
  private readonly words = new ChunkView();

  constructor(sourceZone: string) {
    this.clock = new LocalClock(sourceZone);
  }

  /** Epoch ms of the cell buf[start, end), or NaN when parseTimestamp must decide. */
  read(buf: Uint8Array, start: number, end: number): number {
    const length = end - start;
    if (length === 24 || length === 20) {
      const ms = this.zuluAt(buf, start, length === 24);
      if (!Number.isNaN(ms)) return ms;
    }
    const ms = this.general(buf, start, end);
    // Outside the readable years the reference says why.
    return isReadableInstant(ms) ? ms : Number.NaN;
  }

  /** UTC midnight of a possible date in the readable years, or NaN. */
  private dayMs(year: number, month: number, day: number): number {
    const date = (year * 100 + month) * 100 + day;
    if (date !== this.lastDate) {
      if (year < FIRST_YEAR || year > LAST_YEAR || !isPossibleDate(year, month, day)) return Number.NaN;
      this.lastDate = date;
      this.lastDay = epochDay(year, month, day);
    }
    return this.lastDay * DAY_MS;
  }

  /**
   * The form most exports write, YYYY-MM-DDTHH:MM:SS[.sss]Z, read at fixed places from `s`
   * (which has at least 20 or 24 bytes after it); NaN when it is not that.
   */
  zuluAt(buf: Uint8Array, s: number, withMillis: boolean): number {
    const offset = this.zuluOffsetAt(buf, this.words.of(buf), s, withMillis);
    return offset < 0 ? Number.NaN : this.zuluDay * DAY_MS + offset;
  }

  /**
   * `zuluAt` as ms since the midnight of day `zuluDay`, or -1; `view` is a DataView over
   * all of `buf`. Rows come seconds apart, so the "YYYY-MM-DDTHH:MM" of the last time read
   * is remembered as four words and, when the next time starts with the same bytes, only
   * its seconds are read, a word at a time. Every value here is a small integer, which the
   * hot path keeps unboxed.
   */
  zuluOffsetAt(buf: Uint8Array, view: DataView<ArrayBufferLike>, s: number, withMillis: boolean): number {
    const w0 = view.getInt32(s, true);
    const w1 = view.getInt32(s + 4, true);
    const w2 = view.getInt32(s + 8, true);
    const w3 = view.getInt32(s + 12, true);
    if (
      ((w0 ^ this.prefix0) | (w1 ^ this.prefix1) | (w2 ^ this.prefix2) | (w3 ^ this.prefix3)) !== 0 &&
      !this.readPrefix(buf, s, w0, w1, w2, w3)
    )
      return -1;
    // ":SS." or ":SSZ", then "sssZ".
    const tail = view.getInt32(s + 16, true);
    let millisecond = 0;
    if (withMillis) {
      if ((tail & EDGES) !== COLON_DOT) return -1;
      const fraction = view.getInt32(s + 20, true);
      if (fraction >>> 24 !== Z || !allDigits(fraction & 0xffffff, 0x010101)) return -1;
      millisecond = (fraction & 15) * 100 + ((fraction >> 8) & 15) * 10 + ((fraction >> 16) & 15);
    } else if ((tail & EDGES) !== COLON_Z) return -1;
    if (!allDigits(tail & 0xffff00, 0x010100)) return -1;
    const second = ((tail >> 8) & 15) * 10 + ((tail >> 16) & 15);
    if (!isPossibleTimeOfDay(this.prefixHour, this.prefixMinute, second)) return -1;
    return this.prefixOffset + second * 1000 + millisecond;
  }

  /**
   * Reads "YYYY-MM-DDTHH:MM" at `s` (the words w0–w3) into the remembered prefix; false
   * when it is not a possible one.
   */
  private readPrefix(buf: Uint8Array, s: number, w0: number, w1: number, w2: number, w3: number): boolean {
    if (buf[s + 4] !== MINUS || buf[s + 7] !== MINUS || buf[s + 10] !== T || buf[s + 13] !== COLON)
      return false;
    // Straight-line reads, a non-digit showing as bit 8 in the OR of all of them.
    const y1 = DIGIT[buf[s]!]!;
    const y2 = DIGIT[buf[s + 1]!]!;
    const y3 = DIGIT[buf[s + 2]!]!;
    const y4 = DIGIT[buf[s + 3]!]!;
    const mo1 = DIGIT[buf[s + 5]!]!;
    const mo2 = DIGIT[buf[s + 6]!]!;
    const d1 = DIGIT[buf[s + 8]!]!;
    const d2 = DIGIT[buf[s + 9]!]!;
    const h1 = DIGIT[buf[s + 11]!]!;
    const h2 = DIGIT[buf[s + 12]!]!;
    const mi1 = DIGIT[buf[s + 14]!]!;
    const mi2 = DIGIT[buf[s + 15]!]!;
    if ((y1 | y2 | y3 | y4 | mo1 | mo2 | d1 | d2 | h1 | h2 | mi1 | mi2) & NOT_DIGIT) return false;
    const hour = h1 * 10 + h2;
    const minute = mi1 * 10 + mi2;
    if (!isPossibleTimeOfDay(hour, minute, 0)) return false;
    const day = this.dayMs(y1 * 1000 + y2 * 100 + y3 * 10 + y4, mo1 * 10 + mo2, d1 * 10 + d2);
    if (Number.isNaN(day)) return false;
    this.prefixHour = hour;
    this.prefixMinute = minute;
    this.prefixOffset = (hour * 60 + minute) * 60_000;
    this.zuluDay = this.lastDay;
    this.prefix0 = w0;
    this.prefix1 = w1;
    this.prefix2 = w2;
    this.prefix3 = w3;
    return true;
  }

  private general(buf: Uint8Array, start: number, end: number): number {
    let s = start;
    let e = end;
    if (s < e && buf[s] === QUOTE) {
      if (e - s < 2 || buf[e - 1] !== QUOTE) return Number.NaN;
      s++;
      e--;
      for (let i = s; i < e; i++) if (buf[i] === QUOTE) return Number.NaN;
    }
    while (s < e && isSpace(buf[s]!)) s++;
    while (e > s && isSpace(buf[e - 1]!)) e--;
    // Empty cells get their reason from the reference; a non-ASCII edge may be Unicode white space.
    if (s === e || buf[s]! >= 0x80 || buf[e - 1]! >= 0x80) return Number.NaN;
    let i = s;
    let value = 0;
    for (; i < e; i++) {
      const d = buf[i]! - 48;
      if (d < 0 || d > 9) break;
      value = value * 10 + d;
    }
    if (i === e) {
      // Up to 15 digits the sum is exact, so it equals Number(text).
      if (e - s > 15) return Number.NaN;
      return value >= EPOCH_MS_FROM ? value : value * 1000;
    }
    if (i - s !== 4 || buf[i] !== MINUS || value < 100) return Number.NaN;
    return this.iso(buf, s, e, value);
  }

  private iso(buf: Uint8Array, s: number, e: number, year: number): number {
    if (s + 10 > e || buf[s + 7] !== MINUS) return Number.NaN;
    const month = twoDigits(buf, s + 5);
    const day = twoDigits(buf, s + 8);
    if (month < 0 || day < 0) return Number.NaN;
    let p = s + 10;
    let hour = 0;
    let minute = 0;
    let second = 0;
    let millisecond = 0;
    if (p < e && (buf[p] === T || buf[p] === SPACE)) {
      if (p + 6 > e || buf[p + 3] !== COLON) return Number.NaN;
      hour = twoDigits(buf, p + 1);
      minute = twoDigits(buf, p + 4);
      if (hour < 0 || minute < 0) return Number.NaN;
      p += 6;
      if (p < e && buf[p] === COLON) {
        if (p + 3 > e) return Number.NaN;
        second = twoDigits(buf, p + 1);
        if (second < 0) return Number.NaN;
        p += 3;
        if (p < e && (buf[p] === DOT || buf[p] === COMMA)) {
          const from = ++p;
          let head = 0;
          for (; p < e; p++) {
            const d = buf[p]! - 48;
            if (d < 0 || d > 9) break;
            if (p - from < 3) head = head * 10 + d;
          }
          const digits = p - from;
          if (digits === 0 || digits > 9) return Number.NaN;
          // floor(Number("0." + digits) * 1000) is the first three digits: checked for
          // every 1–3 digit fraction, and longer ones sit at least 1e-6 from the next integer.
          millisecond = digits === 1 ? head * 100 : digits === 2 ? head * 10 : head;
        }
      }
    }
    while (p < e && isSpace(buf[p]!)) p++;
    let offsetMs = Number.NaN;
    if (p < e) {
      const c = buf[p]!;
      if ((c === Z || c === z) && p + 1 === e) offsetMs = 0;
      else if (c === U && p + 3 === e && buf[p + 1] === T && buf[p + 2] === C) offsetMs = 0;
      else if (c === PLUS || c === MINUS) {
        if (p + 3 > e) return Number.NaN;
        const hours = twoDigits(buf, p + 1);
        let minutes = 0;
        if (p + 3 === e) minutes = 0;
        else if (p + 6 === e && buf[p + 3] === COLON) minutes = twoDigits(buf, p + 4);
        else if (p + 5 === e) minutes = twoDigits(buf, p + 3);
        else return Number.NaN;
        if (hours < 0 || minutes < 0 || !isPossibleOffset(hours, minutes)) return Number.NaN;
        offsetMs = (c === MINUS ? -1 : 1) * (hours * 60 + minutes) * 60_000;
      } else return Number.NaN;
    }
    if (!isPossibleTimeOfDay(hour, minute, second)) return Number.NaN;
    const naive = this.dayMs(year, month, day) + ((hour * 60 + minute) * 60 + second) * 1000 + millisecond;
    if (Number.isNaN(naive)) return Number.NaN;
    if (!Number.isNaN(offsetMs)) return naive - offsetMs;
    return this.clock.toUtc(naive);
  }
}
