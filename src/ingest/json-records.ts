// The JSON reader: bytes in any chunks → a streaming parser that hands out one value of
// the layout's paths at a time (never the whole document) → the layout's rows → the
// same RecordSink as CSV records, with the layout's header first.
import { JSONParser } from '@streamparser/json';
import { MAX_MONITOR_CHARS } from './columns';
import type { TextEncoding } from './decode';
import { JsonGuard } from './json-guard';
import type { JsonLayout, JsonPath, JsonRowReader } from './json-layouts';
import { NOT_A_JSON_VALUE } from './json-shape';
import { CUT_MID_CHARACTER, InputError } from './stream-input';
import { type RecordSink, StringCells } from './stream-rows';

/** What the rows go to; a value the layout skips is reported to it where it counts them (the RowHandler). */
type JsonSink = RecordSink & { skipRecord?(line: number, reason: string): void };

/**
 * Skipped rows of a JSON file are numbered by record (the header is record 1), as a JSON
 * document has no lines to speak of.
 */
export class JsonRecords {
  private readonly decoder: TextDecoder;
  private readonly parser: JSONParser;
  private readonly reader: JsonRowReader;
  private record = 1;
  private failure: string | null = null;
  private refusal: unknown = null;
  private readonly guard: JsonGuard;
  /** The monitor's place in a row, -1 where the layout has no monitor column. */
  private readonly monitorAt: number;

  constructor(
    private readonly name: string,
    encoding: TextEncoding,
    private readonly layout: JsonLayout,
    private readonly sink: JsonSink,
    maxStringChars: number,
  ) {
    this.decoder = new TextDecoder(encoding, { ignoreBOM: true });
    this.guard = new JsonGuard(maxStringChars);
    this.monitorAt =
      layout.columns.monitor === undefined ? -1 : layout.header.indexOf(layout.columns.monitor);
    this.reader = layout.reader();
    this.parser = new JSONParser({ paths: layout.paths, keepStack: false });
    this.parser.onValue = ({ value, key, stack }) => {
      const path: JsonPath = [...stack.map((s) => s.key), key];
      try {
        for (const row of this.reader.rows(value, path)) {
          if (Array.isArray(row)) this.emit(row);
          else this.sink.skipRecord?.(this.record++, row.skip);
        }
      } catch (e) {
        // The parser takes what its handler throws for its own failure: a refusal of the
        // rows (a limit reached) is kept to be given as it is.
        this.refusal ??= e;
        throw e;
      }
    };
    this.parser.onError = (e) => {
      this.failure ??= e.message;
    };
    this.sink.record(new StringCells(layout.header), this.record++);
  }

  private emit(row: readonly string[]): void {
    if ((row[this.monitorAt]?.length ?? 0) > MAX_MONITOR_CHARS) {
      this.sink.skipRecord?.(this.record++, `monitor name longer than ${MAX_MONITOR_CHARS} characters`);
      return;
    }
    this.sink.record(new StringCells(row), this.record++);
  }

  push(chunk: Uint8Array): void {
    const text = this.decoder.decode(chunk, { stream: true });
    this.write(text);
  }

  private write(text: string): void {
    if (text === '' || this.failure !== null) return;
    if (this.parser.isEnded) {
      const next = text.search(/\S/);
      // White space after the document counts its lines, for a cut in it.
      if (next < 0) this.guard.scan(text);
      else {
        this.failure = AFTER_THE_END;
        this.failureLine = this.guard.line + (text.slice(0, next).match(/\n/g)?.length ?? 0);
      }
      return;
    }
    // Bounded before the parser sees the text: its cost grows with the square of the depth.
    const lineBefore = this.guard.line;
    const problem = this.guard.scan(text);
    if (problem !== null)
      throw new InputError(
        this.name,
        this.guard.line,
        `the ${this.layout.name} JSON ${problem}, at character ${this.guard.character} of the line; nothing was imported`,
      );
    this.parser.write(text);
    if (this.failure !== null && this.failureLine === null)
      this.failureLine = failureLineIn(this.failure, text, lineBefore) ?? -this.guard.line;
    this.check();
  }

  finish(): void {
    // The decoder gives up bytes it held back for a character only when the text ends there.
    if (this.decoder.decode() !== '' && this.failure === null)
      throw new InputError(this.name, this.guard.line, CUT_MID_CHARACTER);
    if (this.failure === null && !this.parser.isEnded) this.parser.end();
    this.check(true);
    for (const row of this.reader.end?.() ?? []) this.emit(row);
  }

  /** The line the parser failed on; negative: it failed by that line, the end of the text it was given. */
  private failureLine: number | null = null;

  private check(atEnd = false): void {
    if (this.refusal !== null) throw this.refusal;
    const failure = this.failure;
    if (failure === null) return;
    // The parser's own message may quote the text: say what is wrong, never what is there.
    const truncated = atEnd && /ended in the middle|ended in mid-parsing|not all the data/i.test(failure);
    const line = this.failureLine;
    if (truncated || line === null)
      throw new InputError(
        this.name,
        null,
        truncated
          ? `the ${this.layout.name} JSON ends before it is complete (a cut-off download?); nothing was imported`
          : `not valid JSON (read as ${this.layout.name}); nothing was imported`,
      );
    throw new InputError(
      this.name,
      Math.abs(line),
      `${line < 0 ? invalidJsonBy(failure) : invalidJson(failure)} (read as ${this.layout.name}); nothing was imported`,
    );
  }
}

/**
 * Where a JSON document read whole breaks JSON's grammar (an object where a key belongs,
 * two values without a comma between them, a line dropped): its line and what is wrong,
 * or null where nothing does. The shape's scan reads leniently, to tell an export by a head
 * that may end anywhere; a damaged small file of no known layout would otherwise be called
 * an unknown export, or an empty one, when what is wrong is on one of its lines. The parser
 * is given a line at a time, as it names no place for a token out of order. The caller has
 * held the text to the guard's bounds (`headEnd`): beyond them its work grows with the square
 * of the depth.
 */
export function jsonDamage(text: string): { line: number; reason: string } | null {
  let failure: string | null = null;
  const parser = new JSONParser({ paths: ['$'], keepStack: false });
  parser.onValue = () => {};
  parser.onError = (e) => {
    failure ??= e.message;
  };
  let line = 1;
  // A second document after the first is not damage to it: the shape names documents one after another.
  for (let at = 0; at < text.length && failure === null && !parser.isEnded; line++) {
    const lf = text.indexOf('\n', at);
    const next = lf < 0 ? text.length : lf + 1;
    parser.write(text.slice(at, next));
    at = next;
  }
  if (failure === null || / in state ENDED\b/.test(failure)) return null;
  return {
    line: line - 1,
    reason: /chunk position/.test(failure) ? invalidJson(failure) : invalidJsonBy(failure),
  };
}

/** The failure of a document that ended before the file did (the parser's own words for it differ). */
const AFTER_THE_END = 'Unexpected text in state ENDED';

/**
 * What is wrong on the line where the parser failed, by the kind of its failure: the
 * parser's message quotes the character it met, which is not repeated. The common
 * non-JSON of hand-edited or concatenated files is named; anything else is "not valid JSON".
 */
function invalidJson(failure: string): string {
  if (/^Unexpected "\/"/.test(failure)) return 'not valid JSON: a comment, which JSON does not have';
  if (/ in state ENDED\b/.test(failure))
    return (
      'a second JSON document starts on this line, after the first ended (JSON Lines, or answers saved one ' +
      'after another): give each answer as a file of its own'
    );
  if (/^Unexpected "[NI]"/.test(failure))
    return 'not valid JSON: NaN or Infinity, which JSON does not have (null does)';
  // The tokenizer is between values: the character it met begins none.
  if (/^Unexpected ".*" at chunk position .* in state START$/.test(failure)) return NOT_A_JSON_VALUE;
  return 'not valid JSON';
}

/** The same where the parser names no place: it failed by the end of the text it was given. */
function invalidJsonBy(failure: string): string {
  return /^Unexpected (RIGHT_BRACKET|RIGHT_BRACE)\b.* in state (VALUE|KEY)$/.test(failure)
    ? 'not valid JSON by this line: a closing bracket where a value was expected (a trailing comma?)'
    : 'not valid JSON by this line';
}

/**
 * The line of a text chunk at which the parser's tokenizer failed: it names the byte of the
 * chunk ("at chunk position "17""), never quoted back; null when the failure names none.
 */
function failureLineIn(failure: string, text: string, firstLine: number): number | null {
  const at = /chunk position "(\d+)"/.exec(failure);
  if (!at) return null;
  const bytes = new TextEncoder().encode(text).subarray(0, Number(at[1]));
  let line = firstLine;
  for (const b of bytes) if (b === 10) line++;
  return line;
}
