// JSON damaged by hand or by the shell: NaN written by a script, a trailing comma or a
// comment from an edit, answers saved one after another (`curl … >> file`, JSON Lines).
// Each is refused on its line, by the first look (the app's and the command line's) and by
// the streaming import of a file longer than the first look, naming the kind of damage and
// never the text.
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/cli/args';
import { runSla } from '../src/cli/run';
import { sniffFile } from '../src/ingest/sniff';
import { scratchFiles } from './support/scratch';

const { file } = scratchFiles('sla-json-damaged-');
const run = (argv: string[]) =>
  runSla(parseArgs(['--policy', 'clarus-lis', '--as-of', '2026-11-21', ...argv]), new Date());
const READ_AS = '(read as Prometheus range query (matrix)); nothing was imported';
const SECOND =
  'a second JSON document starts on this line, after the first ended (JSON Lines, or answers saved one after another): give each answer as a file of its own';

/** A Prometheus range query's answer, its samples a minute apart from 1 May 2026, one a line. */
const matrix = (samples: number, value = '"1"') =>
  `{"status":"success","data":{"resultType":"matrix","result":[{"metric":{"job":"api"},"values":[\n${Array.from(
    { length: samples },
    (_, i) => `[${1777593600 + 60 * i},${i === 1 ? value : '"1"'}]`,
  ).join(',\n')}\n]}]}}\n`;

describe('damaged JSON', () => {
  it.each([
    [
      'nan.json',
      matrix(3, 'NaN'),
      3,
      `not valid JSON: NaN or Infinity, which JSON does not have (null does) ${READ_AS}`,
    ],
    [
      'infinity.json',
      matrix(3, 'Infinity'),
      3,
      `not valid JSON: NaN or Infinity, which JSON does not have (null does) ${READ_AS}`,
    ],
    [
      'comment.json',
      matrix(3).replace('"1"]', '"1"] // first'),
      2,
      `not valid JSON: a comment, which JSON does not have ${READ_AS}`,
    ],
    ['appended.json', matrix(3) + matrix(3), 6, `${SECOND} ${READ_AS}`],
    [
      'trailing.json',
      matrix(3).replace('\n]}]}}', ',\n]}]}}'),
      6,
      `not valid JSON by this line: a closing bracket where a value was expected (a trailing comma?) ${READ_AS}`,
    ],
    // A brace closing an array is no trailing comma, and is not called one.
    ['mismatched.json', matrix(3).replace('\n]}]}}', '\n}}]}}'), 6, `not valid JSON by this line ${READ_AS}`],
  ])('%s is refused on line %i by the first look', async (name, text, line, reason) => {
    const path = file(name, text);
    await expect(run([path])).rejects.toThrow(`${path}:${line}: ${reason}`);
    const sniff = await sniffFile(new File([text], name));
    expect([sniff.problem, sniff.problemText]).toEqual(['json-refused', `line ${line}: ${reason}`]);
  });

  it('answers appended to a file longer than the first look are refused on the line the second starts', async () => {
    const first = matrix(4_000);
    const lines = first.split('\n').length - 1;
    expect(first.length).toBeGreaterThan(64 * 1024);
    const path = file('appended-long.json', first + matrix(3));
    await expect(run([path])).rejects.toThrow(`${path}:${lines + 1}: ${SECOND} ${READ_AS}`);
    // The second document starting inside a chunk the parser is given, not at its start.
    const spaced = file('appended-inline.json', `${first.trimEnd()} ${matrix(3)}`);
    await expect(run([spaced])).rejects.toThrow(`${spaced}:${lines}: ${SECOND} ${READ_AS}`);
  });

  it('JSON Lines of no known layout are named as documents one after another', async () => {
    const text =
      '{"time":"2026-05-01T00:00:00Z","status":200}\n{"time":"2026-05-01T00:01:00Z","status":500}\n';
    const sniff = await sniffFile(new File([text], 'checks.jsonl'));
    expect(sniff.problemText).toMatch(
      /^JSON documents one after another \(JSON Lines, or answers saved into one file\), the first with top-level keys `time`, `status`: not a layout SLA Witness knows \(it reads /,
    );
  });
});
