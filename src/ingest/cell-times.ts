// Time cells read in place by the fast byte source: a CSV cell's quoting undone, and the
// form most exports write, "YYYY-MM-DDTHH:MM:SS[.sss]Z", read at fixed places a word at a
// time for the check lane. Any other cell goes to the one reader of timestamps
// (timestamps.ts), whose checks this shortcut keeps.
import { FIRST_YEAR, LAST_YEAR } from '../engine/time';
import { ChunkView, COLON, DOT, MINUS, QUOTE } from './scan-bytes';
import { isPossibleTimeOfDay, TimeReader } from './timestamps';

/** Byte → its digit's value, or NOT_DIGIT. */
const NOT_DIGIT = 256;
const DIGIT = new Uint16Array(256).fill(NOT_DIGIT);
for (let d = 0; d <= 9; d++) DIGIT[48 + d] = d;

const DAY_MS = 86_400_000;
const T = 84;
const Z = 90;

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

export class CellTimeReader extends TimeReader {
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
  /**
   * Epoch ms of the CSV cell buf[start, end) as it stands in the file (an enclosing pair
   * of quotes is the cell's quoting), or NaN.
   */
  read(buf: Uint8Array, start: number, end: number): number {
    const length = end - start;
    if (length === 24 || length === 20) {
      const ms = this.zuluAt(buf, start, length === 24);
      if (!Number.isNaN(ms)) return ms;
    }
    let s = start;
    let e = end;
    if (s < e && buf[s] === QUOTE) {
      if (e - s < 2 || buf[e - 1] !== QUOTE) return this.unsettled();
      s++;
      e--;
      for (let i = s; i < e; i++) if (buf[i] === QUOTE) return this.unsettled();
    }
    return this.parse(buf, s, e);
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
    const year = y1 * 1000 + y2 * 100 + y3 * 10 + y4;
    if (year < FIRST_YEAR || year > LAST_YEAR) return false;
    const day = this.dayMs(year, mo1 * 10 + mo2, d1 * 10 + d2);
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
}
