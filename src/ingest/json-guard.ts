// The bounds a JSON export is held to before the streaming parser sees a character of it:
// how deep its values nest and how long one string is. @streamparser/json's work grows
// with the square of the depth (500 000 nested arrays kept it busy for minutes) and it
// holds a string whole however long, so both are counted here, in one pass over the text.

/** Real exports nest fewer than 10 levels; Prometheus's matrix, the deepest we read, 6. */
const MAX_JSON_DEPTH = 64;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;
const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;
const CLOSE_OBJECT = 0x7d;
const CLOSE_ARRAY = 0x5d;

/** Follows a JSON text chunk by chunk; says what first goes beyond a bound, and on which line. */
export class JsonGuard {
  private depth = 0;
  private inString = false;
  private escaped = false;
  private stringChars = 0;
  /** Where the scan has reached: the line, from 1, and the character in it, from 1. */
  line = 1;
  character = 0;

  constructor(private readonly maxStringChars: number) {}

  /**
   * Whether the text scanned so far stops inside a record: in a string, or within a value
   * of the top-level array or object (deeper than its own level).
   */
  get open(): boolean {
    return this.inString || this.depth > 1;
  }

  /** What the text first does beyond a bound ("nests …", "has …"), or null; after a problem the guard is not to be used again. */
  scan(text: string): string | null {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      this.character++;
      if (c === NEWLINE) {
        this.line++;
        this.character = 0;
      }
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === BACKSLASH) this.escaped = true;
        else if (c === QUOTE) {
          this.inString = false;
          continue;
        }
        if (++this.stringChars > this.maxStringChars)
          return `has a string longer than ${this.maxStringChars} characters`;
      } else if (c === QUOTE) {
        this.inString = true;
        this.stringChars = 0;
      } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
        if (++this.depth > MAX_JSON_DEPTH)
          return `nests more than ${MAX_JSON_DEPTH} levels deep (exports nest fewer than 10)`;
      } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) this.depth--;
    }
    return null;
  }
}

/**
 * How a first look at a JSON text ends: inside a string that may yet end within
 * `maxStringChars`, or inside a value of the top-level array or object (`open`: the keys
 * after it are unseen), past a bound (the reason and its line), or elsewhere (`closed`).
 */
export function headEnd(
  text: string,
  maxStringChars: number,
): 'open' | 'closed' | { line: number; reason: string } {
  const guard = new JsonGuard(maxStringChars);
  const problem = guard.scan(text);
  if (problem !== null)
    return { line: guard.line, reason: `the JSON ${problem}, at character ${guard.character} of the line` };
  return guard.open ? 'open' : 'closed';
}
