// Check outcomes read straight from UTF-8 bytes on the import's hot path, settling only
// plain codes, numbers and status words with status.ts's tables and predicates and
// leaving anything else (odd characters, unknown values, empty cells) to classifyCheck,
// which also words every reason.
import { isSpace, QUOTE } from './scan-bytes';
import {
  codeSaysDown,
  isKnownCode,
  isKnownStatusNumber,
  type ProbeRules,
  STATUS_WORDS,
  statusNumberSaysDown,
} from './status';

const UNSURE = -1;
/** Cell content kinds read by `cell`. */
const EMPTY = -2;
const WORD = -3;

/** A status word of ASCII letters and `_` as a number (base 28, at most 11 letters), or -1. */
function wordKey(buf: ArrayLike<number>, start: number, end: number): number {
  if (end - start > 11) return -1;
  let key = 0;
  for (let i = start; i < end; i++) {
    const b = buf[i]!;
    let v: number;
    if (b >= 97 && b <= 122) v = b - 96;
    else if (b >= 65 && b <= 90) v = b - 64;
    else if (b === 95) v = 27;
    else return -1;
    key = key * 28 + v;
  }
  return key;
}

const WORD_KEYS = new Map<number, boolean>();
for (const [word, down] of STATUS_WORDS) {
  const codes = Array.from(word, (ch) => ch.charCodeAt(0));
  WORD_KEYS.set(wordKey(codes, 0, codes.length), down);
}

/** What each number 0–999 means in a cell, by the shared predicates: -1 unknown, 0 up, 1 down. */
function readings(isKnown: (n: number) => boolean, saysDown: (n: number) => boolean): Int8Array {
  const table = new Int8Array(1000);
  for (let n = 0; n < table.length; n++) table[n] = isKnown(n) ? (saysDown(n) ? 1 : 0) : -1;
  return table;
}

export class CheckReader {
  private wordDown = false;
  private readonly codes: Int8Array;
  private readonly statusNumbers: Int8Array;

  constructor(private readonly rules: ProbeRules) {
    this.codes = readings(isKnownCode, (n) => codeSaysDown(n, rules));
    this.statusNumbers = readings(isKnownStatusNumber, (n) => statusNumberSaysDown(n, rules));
  }

  /**
   * 1 down, 0 up, or -1 when classifyCheck must decide; column indexes are -1 when the
   * file has no such column.
   */
  read(
    buf: Uint8Array,
    starts: Int32Array,
    ends: Int32Array,
    code: number,
    status: number,
    error: number,
  ): number {
    let known = false;
    let down = false;
    if (code >= 0) {
      const n = this.cell(buf, starts[code]!, ends[code]!);
      if (n >= 0) {
        const reading = this.codes[n]!;
        if (reading < 0) return UNSURE;
        down = reading === 1;
        known = true;
      } else if (n === EMPTY) {
        if (error >= 0) {
          const e = this.cell(buf, starts[error]!, ends[error]!);
          if (e === UNSURE) return UNSURE;
          // An empty code with an error text is a timeout or connection failure.
          if (e !== EMPTY) {
            down = this.rules.timeoutIsDown;
            known = true;
          }
        }
      } else return UNSURE;
    }
    if (status >= 0) {
      const n = this.cell(buf, starts[status]!, ends[status]!);
      if (n >= 0) {
        const reading = this.statusNumbers[n]!;
        if (reading < 0) return UNSURE;
        down ||= reading === 1;
        known = true;
      } else if (n === WORD) {
        down ||= this.wordDown;
        known = true;
      } else if (n !== EMPTY) return UNSURE;
    }
    return known ? (down ? 1 : 0) : UNSURE;
  }

  /**
   * What a cell of 1–3 plain digits means in a file whose one check column is an HTTP code
   * (or a status number): 1 down, 0 up, -1 when `read` must decide.
   */
  numberReadings(isCode: boolean): Int8Array {
    return isCode ? this.codes : this.statusNumbers;
  }

  /** A number of 1–3 digits, EMPTY, WORD (a known status word, its reading in wordDown), or UNSURE. */
  private cell(buf: Uint8Array, start: number, end: number): number {
    let s = start;
    let e = end;
    if (s < e && buf[s] === QUOTE) {
      if (e - s < 2 || buf[e - 1] !== QUOTE) return UNSURE;
      s++;
      e--;
    }
    while (s < e && isSpace(buf[s]!)) s++;
    while (e > s && isSpace(buf[e - 1]!)) e--;
    if (s === e) return EMPTY;
    const first = buf[s]! - 48;
    if (first >= 0 && first <= 9) {
      if (e - s > 3) return UNSURE;
      let n = 0;
      for (let i = s; i < e; i++) {
        const d = buf[i]! - 48;
        if (d < 0 || d > 9) return UNSURE;
        n = n * 10 + d;
      }
      return n;
    }
    const key = wordKey(buf, s, e);
    const down = key < 0 ? undefined : WORD_KEYS.get(key);
    if (down === undefined) return UNSURE;
    this.wordDown = down;
    return WORD;
  }
}
