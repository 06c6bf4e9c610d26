// Bytes to text: UTF-8 with or without a BOM, or UTF-16 with a BOM (SPEC §3), the
// encoding told from the first bytes alone so that a stream can be read without the rest.
// First bytes that are not UTF-8 are Windows-1252, as Excel saves "CSV (Comma delimited)"
// on a Western Windows: read as UTF-8 its accented names would become U+FFFD, and two
// monitors ("café", "cafè") one.

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** The encoding a byte order mark names, with the mark's length; null without one. */
function byteOrderMark(head: Uint8Array): { encoding: TextEncoding; bomBytes: number } | null {
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomBytes: 2 };
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomBytes: 2 };
  if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf)
    return { encoding: 'utf-8', bomBytes: 3 };
  return null;
}

/**
 * UTF-16 written without a byte order mark (.NET's Encoding.Unicode.GetBytes writes none):
 * Latin text then has a zero byte on the same side of many pairs, which UTF-8 text (where a
 * zero is a NUL) does not have. Many, not all: a character beyond Latin-1 (an emoji, a
 * dash, an Arabic name) has no zero byte, and one such as U+2500 has it on the other side.
 * Read as UTF-8 such a file would be called binary data.
 */
function unmarkedUtf16(head: Uint8Array): { encoding: TextEncoding; bomBytes: number } | null {
  const pairs = Math.min(head.length, 4096) >> 1;
  if (pairs < 2) return null;
  let le = 0;
  let be = 0;
  for (let i = 0; i < pairs; i++) {
    const first = head[2 * i]!;
    const second = head[2 * i + 1]!;
    // U+0000 is in no text.
    if (first === 0 && second === 0) return null;
    if (second === 0) le++;
    else if (first === 0) be++;
  }
  // Over a quarter: a log of long Arabic monitor names keeps under half its characters Latin
  // (its times, digits, commas and spaces), where binary data with zeros has pairs of them.
  // A mark with one byte damaged (FF FF, FE FE: a noncharacter, an unassigned one) is a mark,
  // not the first letter of the first column's name.
  const bomBytes = head[0] === head[1] && head[0]! >= 0xfe ? 2 : 0;
  if (4 * le > pairs && 16 * be <= le) return { encoding: 'utf-16le', bomBytes };
  if (4 * be > pairs && 16 * le <= be) return { encoding: 'utf-16be', bomBytes };
  return null;
}

export function detectEncoding(head: Uint8Array): { encoding: TextEncoding; bomBytes: number } {
  return (
    byteOrderMark(head) ??
    unmarkedUtf16(head) ?? { encoding: isUtf8(head) ? 'utf-8' : 'windows-1252', bomBytes: 0 }
  );
}

/** Whether the bytes are UTF-8, a sequence cut by their end included. */
function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether the bytes stop inside a character of `encoding`: a UTF-8 sequence, a UTF-16 unit
 * or surrogate pair their end cuts short. A streaming decoder holds back just those bytes
 * and gives them up only as U+FFFD when told the text has ended; invalid bytes before the
 * end it gives at once. So the last 4 UTF-8 bytes decide as well as the whole text does.
 */
export function endsMidCharacter(bytes: Uint8Array, encoding: TextEncoding): boolean {
  const decoder = new TextDecoder(encoding, { ignoreBOM: true });
  decoder.decode(bytes, { stream: true });
  return decoder.decode() !== '';
}

/** The line a file's text ends on (LF, CRLF or CR line ends). */
export const linesOf = (text: string) => (text.match(/\r\n?|\n/g)?.length ?? 0) + 1;

/** A file read whole, as text: decoded once where it is UTF-8, rather than checked and then decoded. */
export function decodeText(bytes: Uint8Array): string {
  const bom = byteOrderMark(bytes) ?? unmarkedUtf16(bytes);
  if (bom) return new TextDecoder(bom.encoding).decode(bytes.subarray(bom.bomBytes));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8 throughout: a sequence cut by the file's end is still UTF-8 (the cut becomes U+FFFD).
    return new TextDecoder(isUtf8(bytes) ? 'utf-8' : 'windows-1252').decode(bytes);
  }
}

/** Files users give in place of an export, told by their first bytes. */
export type Container = 'zip' | 'gzip' | 'pdf' | 'sqlite' | 'xls';

const CONTAINERS: readonly { container: Container; magic: readonly number[]; problem: string }[] = [
  {
    container: 'zip',
    magic: [0x50, 0x4b, 0x03, 0x04],
    problem:
      'this is a ZIP archive (an Excel .xlsx workbook is one): save the sheet as CSV, or unzip the archive and give the file inside',
  },
  {
    container: 'gzip',
    magic: [0x1f, 0x8b],
    problem: 'this is gzip-compressed: decompress it first (gunzip)',
  },
  {
    container: 'pdf',
    magic: [0x25, 0x50, 0x44, 0x46, 0x2d],
    problem: "this is a PDF document: give the tool's data export (CSV or JSON), not a printed report",
  },
  {
    // "SQLite format 3\0", the database header (sqlite.org/fileformat.html).
    container: 'sqlite',
    magic: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x6d, 0x61, 0x74, 0x20, 0x33, 0x00],
    problem:
      'this is an SQLite database (Uptime Kuma\'s kuma.db is one): export its heartbeat table as CSV with sqlite3, as the README\'s "Where to get your data" shows',
  },
  {
    // The compound file header of Excel 97-2003 workbooks.
    container: 'xls',
    magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    problem: 'this is an Excel 97-2003 workbook (.xls): save the sheet as CSV',
  },
];

/** The container the first bytes open, with why it cannot be read; null for anything else. */
export function containerOf(head: Uint8Array): { container: Container; problem: string } | null {
  const hit = CONTAINERS.find((c) => c.magic.every((b, i) => head[i] === b));
  return hit ? { container: hit.container, problem: hit.problem } : null;
}

/** Why a whole file read for its records is not text, or is a web page: its container named where known. */
export function notTextProblem(bytes: Uint8Array, text: string, what: string): string | null {
  const container =
    containerOf(bytes)?.problem ?? (looksBinary(text) ? `this is not ${what} (binary data)` : null);
  return container ?? (looksLikeMarkup(text) ? MARKUP_PROBLEM : null);
}

/**
 * A web page or XML document where an export was expected: what `curl -o` or a browser's
 * "save as" keeps when the call fails (a proxy's 502 page, a sign-in form, an XML error).
 * Read as CSV it would be one column named by its first tag; it is said for what it is.
 */
export function looksLikeMarkup(text: string): boolean {
  return /^\s*<(?:!doctype\s+html|html|head|body|title|\?xml)[\s>?]/i.test(text.slice(0, 1024));
}

export const MARKUP_PROBLEM =
  'this is a web page (HTML or XML), not an export: a download saves one when the call fails ' +
  '(an error or sign-in page); nothing was imported: check the address and the credentials, and save the answer again';

/** True when the text looks like binary data rather than a CSV export. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  if (sample.length === 0) return false;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0 || c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13)) bad++;
  }
  return bad / sample.length > 0.05;
}
