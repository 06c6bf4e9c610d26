// The first look shared by the whole-file readers of what a contract keeps beside its
// checks (tickets, obligation logs, holiday lists): a zip, a binary file, an empty file or
// a header of 40 000 columns gets the same words whichever of them it was dropped on, and
// a column named twice is refused before any row is read.
import { MAX_COLUMNS, tooManyColumns, twiceNamed } from './columns';
import { type CsvRecord, csvRecords, guessDelimiter } from './csv';
import { decodeText, detectEncoding, endsMidCharacter, linesOf, looksBinary, notTextProblem } from './decode';
import { InputError } from './load';
import { locateColumns } from './record-columns';
import { CUT_MID_CHARACTER } from './stream-input';

/** The file's text, refused whole when it is empty or not text at all (`what` it should be). */
export function smallFileText(name: string, bytes: Uint8Array, what: string): string {
  const text = decodeText(bytes);
  if (text.trim() === '') throw new InputError(name, null, 'the file is empty');
  // Its last row would be read without the rest of its last cell.
  const { encoding, bomBytes } = detectEncoding(bytes);
  if (endsMidCharacter(bytes.subarray(bomBytes), encoding) && !looksBinary(text.slice(0, -1)))
    throw new InputError(name, linesOf(text), CUT_MID_CHARACTER);
  // A zip or a binary file read as CSV would otherwise name its bytes as columns.
  const notText = notTextProblem(bytes, text, what);
  if (notText) throw new InputError(name, null, notText);
  return text;
}

export interface SmallTable<R extends string> {
  header: readonly string[];
  /** The header's line. */
  line: number;
  /** Each role's column, or -1. */
  at: Record<R, number>;
  rows: IterableIterator<CsvRecord>;
}

/**
 * Reads the header and finds each role's column by its names (the first is the one the
 * file's documentation uses, and names the role in messages and in `overrides`). `missing`
 * words the refusal when a `required` role has no column.
 */
export function smallTable<R extends string>(
  name: string,
  text: string,
  names: Readonly<Record<R, readonly string[]>>,
  required: readonly NoInfer<R>[],
  missing: (roles: readonly NoInfer<R>[], header: readonly string[]) => string,
  overrides: Readonly<Record<string, string>> = {},
): SmallTable<R> {
  const rows = csvRecords(name, text, guessDelimiter(text));
  const head = rows.next();
  if (head.done) throw new InputError(name, null, 'the file is empty');
  const { line, fields: header } = head.value;
  if (header.length > MAX_COLUMNS) throw new InputError(name, line, tooManyColumns(header.length));
  const roles = Object.keys(names) as R[];
  const { at, unknown } = locateColumns(header, names, overrides);
  if (unknown.length) throw new InputError(name, line, unknown.join('; '));
  const absent = required.filter((r) => at[r] < 0);
  if (absent.length) throw new InputError(name, line, missing(absent, header));
  const twice = twiceNamed(header, Object.fromEntries(roles.map((r) => [names[r][0]!, at[r]])));
  if (twice.length) throw new InputError(name, line, twice.join('; '));
  return { header, line, at, rows };
}
