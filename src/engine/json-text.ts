// Where a JSON text stops being JSON, in our words. The engines' own JSON.parse messages
// quote the text around the fault, which may be anything a file holds; this names the
// line and column instead, found by a scan run only once JSON.parse has failed.

const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const WHITESPACE = /[ \t\n\r]*/y;

/** The offset of the first character JSON cannot read, or the text's length when it ends too soon. */
function faultAt(text: string): number {
  const closers: string[] = [];
  let want: 'value' | 'firstValue' | 'key' | 'firstKey' | 'colon' | 'after' = 'value';
  let i = 0;
  for (;;) {
    WHITESPACE.lastIndex = i;
    WHITESPACE.test(text);
    i = WHITESPACE.lastIndex;
    if (i >= text.length) return i;
    const c = text[i]!;
    if (want === 'after') {
      if (closers.length === 0) return i;
      if (c === ',') want = closers.at(-1) === '}' ? 'key' : 'value';
      else if (c === closers.at(-1)) closers.pop();
      else return i;
      i++;
      continue;
    }
    if (want === 'colon') {
      if (c !== ':') return i;
      i++;
      want = 'value';
      continue;
    }
    if ((want === 'firstKey' && c === '}') || (want === 'firstValue' && c === ']')) {
      closers.pop();
      i++;
      want = 'after';
      continue;
    }
    if (want === 'key' || want === 'firstKey') {
      if (c !== '"') return i;
      const end = stringEnd(text, i);
      if (end < 0) return -end - 1;
      i = end;
      want = 'colon';
      continue;
    }
    if (c === '{' || c === '[') {
      closers.push(c === '{' ? '}' : ']');
      want = c === '{' ? 'firstKey' : 'firstValue';
      i++;
      continue;
    }
    if (c === '"') {
      const end = stringEnd(text, i);
      if (end < 0) return -end - 1;
      i = end;
    } else if (text.startsWith('true', i) || text.startsWith('null', i)) i += 4;
    else if (text.startsWith('false', i)) i += 5;
    else {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) return i;
      i = NUMBER.lastIndex;
    }
    want = 'after';
  }
}

/** The offset after a string starting at `start`, or -(fault + 1). */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c < 0x20) return -(i + 1);
    if (c === 0x5c) {
      const e = text[i + 1];
      if (e === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return -(i + 1);
        i += 5;
      } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i++;
      else return -(i + 1);
    }
  }
  return -(text.length + 1);
}

/** Why `text` is not JSON, with the line and column: "unexpected character at line 3, column 12". */
export function jsonSyntaxProblem(text: string): string {
  const at = faultAt(text);
  if (at >= text.length)
    return text.trim() === '' ? 'the text is empty' : 'the text ends before the JSON is complete';
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `unexpected character at line ${line}, column ${at - lineStart + 1}`;
}

/** The JSON value of `text`; a SyntaxError names where it stops being JSON, never what is there. */
export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new SyntaxError(jsonSyntaxProblem(text));
  }
}
