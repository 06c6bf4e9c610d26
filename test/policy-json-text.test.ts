// A policy file that is not JSON is refused with the line and column where it stops being
// JSON, never with the text around it (which the engines' own messages quote).
import { describe, expect, it } from 'vitest';
import { jsonSyntaxProblem, parseJsonText } from '../src/engine/json-text';

describe('JSON text problems', () => {
  it.each([
    ['{"name": "x", "target": HUNTER2X_password_here}', 'unexpected character at line 1, column 25'],
    ['{\n  "a": 1,\n  "b": [1, 2,, 3]\n}', 'unexpected character at line 3, column 14'],
    ['{"a": "HUNTER2X\u0001"}', 'unexpected character at line 1, column 16'],
    ['{"a": "\\x"}', 'unexpected character at line 1, column 8'],
    ['{"a": 01}', 'unexpected character at line 1, column 8'],
    ['{"a": 1} HUNTER2X', 'unexpected character at line 1, column 10'],
    ['{"a": 1,}', 'unexpected character at line 1, column 9'],
    ['\uFEFF{}', 'unexpected character at line 1, column 1'],
    ['{"target": "HUNTER2X', 'the text ends before the JSON is complete'],
    ['[[[', 'the text ends before the JSON is complete'],
    [' \n ', 'the text is empty'],
  ])('%j', (text, says) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonSyntaxProblem(text)).toBe(says);
    expect(() => parseJsonText(text)).toThrow(new SyntaxError(says));
  });

  it('reads what JSON.parse reads', () => {
    const text = '{"a": [1, -2.5e3, true, false, null, "x\\u00e9\\n"], "b": {}, "c": []}';
    expect(parseJsonText(text)).toEqual(JSON.parse(text));
  });
});
