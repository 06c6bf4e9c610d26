// Byte-level helpers shared by the UTF-8 fast path: ASCII constants, white space as
// String.prototype.trim sees it in ASCII, and cell text decoding with CSV quoting undone.

const TAB = 9;
export const LF = 10;
export const CR = 13;
export const SPACE = 32;
export const QUOTE = 34;
export const PLUS = 43;
export const COMMA = 44;
export const MINUS = 45;
export const DOT = 46;
export const COLON = 58;

/** ASCII white space as `trim()` removes it (tab, LF, VT, FF, CR, space). */
export function isSpace(b: number): boolean {
  return b === SPACE || (b >= TAB && b <= CR);
}

/** Four copies of a delimiter byte, for `fieldEndBytes`. */
export const repeated = (byte: number) => byte * 0x01010101;

/**
 * SWAR over four bytes of a little-endian word: a high bit set in each byte that is the
 * delimiter or below 35 (LF, CR and the quote are all below), 0 when none is. The lowest
 * flagged byte is always a true one (a false flag can only sit above a true one).
 */
export function fieldEndBytes(word: number, delimiters: number): number {
  const x = word ^ delimiters;
  return (((x - 0x01010101) & ~x) | ((word - 0x23232323) & ~word)) & 0x80808080;
}

/** A DataView over the chunk being read, for word reads at any byte; made again only for a new chunk. */
export class ChunkView {
  private chunk: Uint8Array | null = null;
  private view: DataView<ArrayBufferLike> = new DataView(new ArrayBuffer(0));

  of(buf: Uint8Array): DataView<ArrayBufferLike> {
    if (buf !== this.chunk) {
      this.chunk = buf;
      this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    }
    return this.view;
  }
}

/** Two ASCII digits at `i` as a number, or -1. */
export function twoDigits(buf: Uint8Array, i: number): number {
  const a = buf[i]! - 48;
  const b = buf[i + 1]! - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

// No BOM stripping here: a U+FEFF at the start of a cell is the cell's content.
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
let scratch = new Uint8Array(256);

/**
 * A cell's text as the CSV means it: an opening quote removed with its closing one,
 * doubled quotes undone, line breaks inside quotes read as LF, and white space after
 * the closing quote dropped (as PapaParse does); anything else after it is kept.
 */
export function cellText(buf: Uint8Array, start: number, end: number): string {
  if (start === end) return '';
  if (buf[start] !== QUOTE) return utf8.decode(buf.subarray(start, end));
  if (scratch.length < end - start) scratch = new Uint8Array(2 * (end - start));
  let n = 0;
  let i = start + 1;
  let quoted = true;
  let closedAt = -1;
  while (i < end) {
    const b = buf[i]!;
    if (quoted && b === QUOTE) {
      if (i + 1 < end && buf[i + 1] === QUOTE) {
        scratch[n++] = QUOTE;
        i += 2;
        continue;
      }
      quoted = false;
      closedAt = n;
      i++;
      continue;
    }
    if (quoted && b === CR) {
      scratch[n++] = LF;
      i += i + 1 < end && buf[i + 1] === LF ? 2 : 1;
      continue;
    }
    scratch[n++] = b;
    i++;
  }
  if (closedAt >= 0) {
    let tail = closedAt;
    while (tail < n && (scratch[tail] === SPACE || scratch[tail] === TAB)) tail++;
    if (tail === n) n = closedAt;
  }
  return utf8.decode(scratch.subarray(0, n));
}

/** Masks keeping a word's first 0–4 bytes. */
const FIRST_BYTES = [0, 0xff, 0xffff, 0xffffff, -1];

/**
 * What short cells that recur (monitor names, filter columns) stand for, worked out from
 * their trimmed text once and then found by their bytes, without decoding each row. Cells
 * of up to 8 bytes (most monitor names) are keyed by two words, compared at once.
 */
export class CellCache<T> {
  private readonly shortWords = new Int32Array(512);
  private readonly shortLengths = new Int32Array(256).fill(-1);
  private readonly shortValues: T[] = new Array<T>(256);
  private readonly keys: (Uint8Array | null)[] = new Array<Uint8Array | null>(256).fill(null);
  private readonly values: T[] = [];
  private readonly words = new ChunkView();

  constructor(private readonly make: (text: string) => T) {}

  get(buf: Uint8Array, start: number, end: number): T {
    const length = end - start;
    if (length > 8 || start + 8 > buf.length) return this.long(buf, start, end);
    const view = this.words.of(buf);
    const w0 = view.getInt32(start, true) & FIRST_BYTES[Math.min(length, 4)]!;
    const w1 = length > 4 ? view.getInt32(start + 4, true) & FIRST_BYTES[length - 4]! : 0;
    const slot = Math.imul(w0 ^ Math.imul(w1, 0x85ebca6b) ^ length, 0x9e3779b1) >>> 24;
    if (
      this.shortLengths[slot] === length &&
      this.shortWords[2 * slot] === w0 &&
      this.shortWords[2 * slot + 1] === w1
    )
      return this.shortValues[slot]!;
    return this.remember(buf, start, end, slot, w0, w1);
  }

  // Misses are kept out of `get`, whose hit path is then small enough to be inlined.
  private remember(buf: Uint8Array, start: number, end: number, slot: number, w0: number, w1: number): T {
    const value = this.make(cellText(buf, start, end).trim());
    this.shortLengths[slot] = end - start;
    this.shortWords[2 * slot] = w0;
    this.shortWords[2 * slot + 1] = w1;
    this.shortValues[slot] = value;
    return value;
  }

  private long(buf: Uint8Array, start: number, end: number): T {
    const length = end - start;
    if (length > 64) return this.make(cellText(buf, start, end).trim());
    let h = length;
    for (let i = start; i < end; i++) h = (Math.imul(h, 31) + buf[i]!) | 0;
    const slot = (h ^ (h >>> 8) ^ (h >>> 16)) & 255;
    const key = this.keys[slot];
    if (key !== null && key !== undefined && key.length === length) {
      let same = true;
      for (let j = 0; j < length; j++)
        if (key[j] !== buf[start + j]) {
          same = false;
          break;
        }
      if (same) return this.values[slot]!;
    }
    const value = this.make(cellText(buf, start, end).trim());
    this.keys[slot] = buf.slice(start, end);
    this.values[slot] = value;
    return value;
  }
}
