// Check outcomes read straight from UTF-8 bytes on the import's hot path, settling only
// plain codes, numbers and status words with status.ts's tables and functions and
// leaving anything else (odd characters, unknown values, empty cells) to classifyCheck,
// which also words every reason.
import { OUTCOME_TIMEOUT } from '../engine/check-outcomes';
import { isSpace, QUOTE } from './scan-bytes';
import { checkOutcome, codeOutcome, STATUS_WORDS, statusNumberOutcome, wordOutcome } from './status';

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

const WORD_KEYS = new Map<number, number>();
for (const [word, down] of STATUS_WORDS) {
  const codes = Array.from(word, (ch) => ch.charCodeAt(0));
  WORD_KEYS.set(wordKey(codes, 0, codes.length), wordOutcome(down));
}

/** The outcome of each number 0–999 in a cell, by the shared functions (-1 unknown). */
function readings(outcome: (n: number) => number): Int16Array {
  const table = new Int16Array(1000);
  for (let n = 0; n < table.length; n++) table[n] = outcome(n);
  return table;
}

/** What the numbers 0–999 of a code cell and of a status cell say: the same for every file. */
const CODE_READINGS = readings(codeOutcome);
const STATUS_READINGS = readings(statusNumberOutcome);

export class CheckReader {
  /** The outcome of the status word `cell` last read. */
  private word = -1;

  /**
   * The check's outcome class, or -1 when classifyCheck must decide; column indexes are
   * -1 when the file has no such column.
   */
  read(
    buf: Uint8Array,
    starts: Int32Array,
    ends: Int32Array,
    code: number,
    status: number,
    error: number,
  ): number {
    let codePart = -1;
    let statusPart = -1;
    if (code >= 0) {
      const n = this.cell(buf, starts[code]!, ends[code]!);
      if (n >= 0) {
        codePart = CODE_READINGS[n]!;
        if (codePart < 0) return UNSURE;
      } else if (n === EMPTY) {
        if (error >= 0) {
          const e = this.cell(buf, starts[error]!, ends[error]!);
          if (e === UNSURE) return UNSURE;
          // An empty code with an error text is a timeout or connection failure.
          if (e !== EMPTY) codePart = OUTCOME_TIMEOUT;
        }
      } else return UNSURE;
    }
    if (status >= 0) {
      const n = this.cell(buf, starts[status]!, ends[status]!);
      if (n >= 0) {
        statusPart = STATUS_READINGS[n]!;
        if (statusPart < 0) return UNSURE;
      } else if (n === WORD) statusPart = this.word;
      else if (n !== EMPTY) return UNSURE;
    }
    return codePart < 0 && statusPart < 0 ? UNSURE : checkOutcome(codePart, statusPart);
  }

  /**
   * What a cell of 1–3 plain digits says in a file whose one check column is an HTTP code
   * (or a status number): its outcome class, or -1 when `read` must decide.
   */
  numberReadings(isCode: boolean): Int16Array {
    return isCode ? CODE_READINGS : STATUS_READINGS;
  }

  /** A number of 1–3 digits, EMPTY, WORD (a known status word, its outcome in `word`), or UNSURE. */
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
    const outcome = key < 0 ? undefined : WORD_KEYS.get(key);
    if (outcome === undefined) return UNSURE;
    this.word = outcome;
    return WORD;
  }
}
