// What a JSON file looks like from its first bytes alone (which may end mid-value): the
// key paths near the top and their first scalar values, enough to tell one tool's export
// from another and to say in one line what an unknown file is, without echoing it.
import { isTokenLike } from './plain-text';
import { clip } from './timestamps';

/** Paths are dotted keys with `[]` for array items: `data.result[].metric.job`. */
export interface JsonShape {
  top: 'object' | 'array';
  /** Every key path seen, in the order first seen. */
  paths: string[];
  /** The first scalar value seen at each path (strings as they are, others as JSON). */
  scalars: Map<string, string>;
  /** The kind of the first items of a top-level array ('object', 'number', …). */
  itemKinds: string[];
  /** The head ended before the document did. */
  truncated: boolean;
  /** More than white space follows the document: another one (JSON Lines, or answers saved one after another). */
  followed: boolean;
}

const MAX_DEPTH = 6;

interface Frame {
  kind: 'object' | 'array';
  path: string;
  /** In an object: the key whose value comes next (null while a key is expected). */
  key: string | null;
}

const child = (frame: Frame): string =>
  frame.kind === 'array' ? `${frame.path}[]` : frame.path ? `${frame.path}.${frame.key}` : `${frame.key}`;

/**
 * Scans JSON text leniently: it records what it has seen and stops quietly at the end
 * of the text or at the first byte that cannot be JSON (then `truncated` or null).
 * Returns null when the text does not start as a JSON object or array.
 */
export function jsonShape(text: string): JsonShape | null {
  return scanShape(text).shape;
}

/** Why text that starts as JSON is refused where the scan stops: what is there is no value. */
export const NOT_A_JSON_VALUE =
  'not valid JSON: text that is no JSON value (neither in quotes nor a number, true, false or null), as where a line was pasted in or the file damaged';

/** The start of a number, true, false or null that the end of the text cut short. */
const VALUE_BEGUN = /^(?:-?(?:\d+(?:\.\d*)?(?:[eE][+-]?\d*)?)?|t|tr|tru|f|fa|fal|fals|n|nu|nul)$/;

/**
 * The line of the first text that cannot be JSON, in text that starts as a JSON object or
 * array (a line pasted in, a document broken before or after its first keys); null where
 * all of it can be JSON or the text does not start as JSON.
 */
export function notJsonLine(text: string): number | null {
  const { stoppedAt } = scanShape(text);
  if (stoppedAt === null) return null;
  let line = 1;
  for (let at = text.indexOf('\n'); at >= 0 && at < stoppedAt; at = text.indexOf('\n', at + 1)) line++;
  return line;
}

/** An object's first key (`"…":`), or an array's first item that is an object or array, past white space. */
const OBJECT_INSIDE = /^\s*"(?:[^"\\\r\n]|\\.)*"\s*:/;
const ARRAY_INSIDE = /^\s*[{[]/;

/** Why a JSON document is refused whose opening bracket is not what the rest of it opens with. */
export const DAMAGED_JSON_START =
  'a JSON document whose opening { or [ is damaged or missing, as where a byte was changed in copying; nothing was imported';

/**
 * Whether `text`, whose first character past white space is at `start`, is a JSON document
 * whose opening bracket was damaged (another character in its place, the other bracket or a
 * quote included) or lost: what follows is the inside of an object (a key in quotes, a
 * colon) or of an array of objects or arrays (an object and a comma, where the bracket was
 * lost), and with the right bracket it is JSON with keys as far as it goes. Read on, it
 * would be a CSV of one column named by its first line; a CSV, or a JSON document whose
 * bracket fits its inside, never reads that way.
 */
export function damagedJsonStart(text: string, start: number): boolean {
  const first = text[start];
  // An array's first object, then a comma: the array lost its bracket (documents saved one
  // after another have none between them).
  if (first === '{' && scanShape(text).next === ',') return fixedHasKeys(`[${text.slice(start)}`);
  // A quote may open the first key of an object that lost its bracket.
  const whole = text.slice(start);
  if (first === '"' && OBJECT_INSIDE.test(whole) && fixedHasKeys(`{${whole}`)) return true;
  const after = text.slice(start + 1);
  const open = OBJECT_INSIDE.test(after) ? '{' : ARRAY_INSIDE.test(after) ? '[' : null;
  return open !== null && open !== first && fixedHasKeys(open + after);
}

/** Whether the text, its bracket put right, is JSON with keys as far as it goes. */
function fixedHasKeys(fixed: string): boolean {
  return (jsonShape(fixed)?.paths.length ?? 0) > 0 && notJsonLine(fixed) === null;
}

/** The scan's shape, where it stopped at text that is no JSON, and what follows the document where it ended. */
/** Where a string's plain characters stop: its closing quote or an escape. */
const STRING_STOP = /["\\]/g;

function scanShape(text: string): { shape: JsonShape | null; stoppedAt: number | null; next?: string } {
  let i = 0;
  const n = text.length;
  const skipSpace = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i++;
  };
  skipSpace();
  if (i >= n || (text[i] !== '{' && text[i] !== '[')) return { shape: null, stoppedAt: null };
  const shape: JsonShape = {
    top: text[i] === '{' ? 'object' : 'array',
    paths: [],
    scalars: new Map(),
    itemKinds: [],
    truncated: false,
    followed: false,
  };
  const seen = new Set<string>();
  const note = (path: string) => {
    if (!seen.has(path)) {
      seen.add(path);
      shape.paths.push(path);
    }
  };
  const stack: Frame[] = [];
  const readString = (): string | null => {
    let out = '';
    i++;
    // A run of plain characters is taken whole: a response body may be megabytes long.
    for (;;) {
      STRING_STOP.lastIndex = i;
      const stop = STRING_STOP.exec(text);
      if (stop === null) {
        i = n;
        return null;
      }
      out += text.slice(i, stop.index);
      i = stop.index;
      if (text[i] === '"') {
        i++;
        return out;
      }
      const e = text[i + 1];
      if (e === undefined) return null;
      if (e === 'u') {
        const hex = text.slice(i + 2, i + 6);
        if (hex.length < 4) return null;
        out += String.fromCharCode(Number.parseInt(hex, 16));
        i += 6;
      } else {
        out += e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' ? '\r' : e;
        i += 2;
      }
    }
  };
  const valueStarted = (kind: string, scalar: string | null) => {
    const frame = stack[stack.length - 1];
    if (!frame) return;
    const path = child(frame);
    if (stack.length === 1 && frame.kind === 'array' && shape.itemKinds.length < 20)
      shape.itemKinds.push(kind);
    if (scalar !== null && stack.length <= MAX_DEPTH && !shape.scalars.has(path))
      shape.scalars.set(path, scalar);
    if (frame.kind === 'object') frame.key = null;
  };
  while (true) {
    skipSpace();
    if (i >= n) {
      shape.truncated = stack.length > 0;
      return { shape, stoppedAt: null };
    }
    const c = text[i]!;
    const frame = stack[stack.length - 1];
    if (c === '{' || c === '[') {
      const kind = c === '{' ? 'object' : 'array';
      const path = frame ? child(frame) : '';
      valueStarted(kind, null);
      stack.push({ kind, path, key: null });
      i++;
      continue;
    }
    if (c === '}' || c === ']') {
      stack.pop();
      i++;
      if (stack.length === 0) {
        skipSpace();
        shape.followed = i < n;
        return { shape, stoppedAt: null, next: text[i] };
      }
      continue;
    }
    if (c === ',') {
      i++;
      continue;
    }
    if (c === ':') {
      i++;
      continue;
    }
    if (c === '"') {
      const s = readString();
      if (s === null) {
        shape.truncated = true;
        return { shape, stoppedAt: null };
      }
      if (frame?.kind === 'object' && frame.key === null) {
        skipSpace();
        if (text[i] === ':' || i >= n) {
          frame.key = s;
          if (stack.length <= MAX_DEPTH) note(child(frame));
          continue;
        }
      }
      valueStarted('string', s);
      continue;
    }
    const m = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 40));
    if (!m) {
      // The head may end inside a number or a word; anything else there is not JSON.
      if (n - i <= 40 && VALUE_BEGUN.test(text.slice(i))) {
        shape.truncated = true;
        return { shape, stoppedAt: null };
      }
      return { shape: shape.paths.length === 0 && shape.itemKinds.length === 0 ? null : shape, stoppedAt: i };
    }
    const word = m[0];
    valueStarted(word === 'null' ? 'null' : word === 'true' || word === 'false' ? 'boolean' : 'number', word);
    i += word.length;
  }
}

/** The keys directly under the top (or under the first items of a top-level array). */
function topKeys(shape: JsonShape): string[] {
  const prefix = shape.top === 'array' ? '[].' : '';
  return shape.paths
    .filter(
      (p) =>
        p.startsWith(prefix) &&
        !p.slice(prefix.length).includes('.') &&
        !p.slice(prefix.length).includes('['),
    )
    .map((p) => p.slice(prefix.length))
    .filter((p) => p !== '');
}

/** One line saying what was recognised in a JSON file, naming keys but never values. */
export function describeShape(shape: JsonShape): string {
  // Keys, clipped and at most eight with a count of the rest: a file of thousands of long
  // keys must not make the message as large as its head.
  const all = topKeys(shape);
  // A key that looks like a token (an API key used as a key) is not repeated.
  const named = all.slice(0, 8).map((k) => `\`${isTokenLike(k) ? '••••' : clip(k)}\``);
  // Of a file read in part, the keys seen are not all it has: their count would mislead.
  const rest = shape.truncated ? 'more' : `${all.length - named.length} more`;
  const keys = all.length > named.length ? [...named.slice(0, -1), `${named.at(-1)} and ${rest}`] : named;
  if (shape.top === 'object')
    return keys.length ? `JSON with top-level keys ${keys.join(', ')}` : 'a JSON object with no keys';
  const kinds = [...new Set(shape.itemKinds)];
  if (kinds.length === 0) return 'an empty JSON array';
  if (kinds.length === 1 && kinds[0] === 'object')
    return keys.length
      ? `a JSON array of objects with keys ${keys.join(', ')}`
      : 'a JSON array of empty objects';
  return `a JSON array of ${kinds.map((k) => `${k}s`).join(' and ')}`;
}
