// A JSON export whose first record holds a long string (a response body, a log) before the
// keys that tell which export it is: the first look, 64 KB, ends inside the string, so it
// reads on, 16 times as much each time, until the keys are seen or the string is longer
// than any the import reads. A first look past the import's bounds is refused by them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/cli/args';
import { runSla } from '../src/cli/run';
import type { SlaReport } from '../src/engine/report';
import { sniffFile } from '../src/ingest/sniff';
import { scratchFiles } from './support/scratch';

const { file } = scratchFiles('sla-json-long-');
const FIXTURE = 'test/fixtures/layouts/checkly-check-results-v2.json';
const run = async (path: string): Promise<SlaReport> =>
  JSON.parse(
    await runSla(
      parseArgs(['--policy', 'clarus-lis', '--as-of', '2026-07-01', '--format', 'json', path]),
      new Date(),
    ),
  );

/** Checkly's v2 page with a string of `length` characters as its first result's first key. */
const LONG_KEY = '      "description": "';
const withLongString = (length: number) =>
  readFileSync(FIXTURE, 'utf8').replace(
    '"entries": [\n    {\n',
    `"entries": [\n    {\n${LONG_KEY}${'x'.repeat(length)}",\n`,
  );

describe('a JSON export with a long string first', () => {
  it.each([300_000, 2_000_000])(
    'of %i characters is read as the export it is, as it is without the string',
    async (length) => {
      const text = withLongString(length);
      expect(text.indexOf('"checkId"')).toBeGreaterThan(length);
      const path = file(`long-${length}.json`, text);
      const [long, plain] = [await run(path), await run(FIXTURE)];
      expect(long.inputs[0]!.layout).toEqual(plain.inputs[0]!.layout);
      expect(long.inputs[0]).toMatchObject({ rows: 7, skippedRows: 1, monitors: ['API health'] });
      expect(long.periods).toEqual(plain.periods);
      expect(long.outages).toEqual(plain.outages);
      const sniff = await sniffFile(new File([text], 'results.json'));
      expect([sniff.problem, sniff.guess?.layout?.name, sniff.rows.length]).toEqual([
        null,
        plain.inputs[0]!.layout!.name,
        7,
      ]);
    },
  );

  it.each([
    // Its end within the longest first look: the export is told, and its reader refuses it.
    [16 * 1024 * 1024 + 10, 'the Checkly check results (API v2) JSON', false],
    // Its end beyond it: the first look refuses it, the export not yet told.
    [17_000_000, 'the JSON', true],
  ])(
    'of %i characters, longer than any the import reads, is refused on its line',
    async (length, what, byFirstLook) => {
      const text = withLongString(length);
      const reason = `${what} has a string longer than 16777216 characters, at character ${
        LONG_KEY.length + 16 * 1024 * 1024 + 1
      } of the line; nothing was imported`;
      const path = file(`longest-${length}.json`, text);
      await expect(run(path)).rejects.toThrow(`${path}:5: ${reason}`);
      const sniff = await sniffFile(new File([text], 'results.json'));
      expect([sniff.problem, sniff.problemText]).toEqual(
        byFirstLook ? ['json-unknown', `line 5: ${reason}`] : [null, null],
      );
    },
  );

  it.each([
    ['small', ''],
    ['longer than a first look', `\n${' '.repeat(70_000)}\n`],
  ])(
    'nesting deeper than the import reads is refused on its line by the first look, the file %s',
    async (size, tail) => {
      const text = `${'['.repeat(70)}1${']'.repeat(70)}${tail}`;
      const reason =
        'the JSON nests more than 64 levels deep (exports nest fewer than 10), at character 65 of the line; nothing was imported';
      const path = file(`deep-${tail.length}.json`, text);
      await expect(run(path)).rejects.toThrow(`${path}:1: ${reason}`);
      const sniff = await sniffFile(new File([text], 'deep.json'));
      expect([size, sniff.problem, sniff.problemText]).toEqual([size, 'json-unknown', `line 1: ${reason}`]);
    },
  );

  // Instatus's incident keeps its `components` after its `updates`: an incident with many
  // updates shows them only past the first look, wherever between two values it ends.
  it('of many values before the keys that tell it is read on, wherever the first look ends', async () => {
    const plain = JSON.parse(readFileSync('test/fixtures/layouts/instatus-incidents.json', 'utf8')) as {
      updates: { message: string }[];
    }[];
    const update = plain[0]!.updates[0]!;
    const expected = await run('test/fixtures/layouts/instatus-incidents.json');
    for (const pad of [0, 1, 7, 64, 333, 808]) {
      const incidents = structuredClone(plain);
      incidents[0]!.updates = Array.from({ length: 300 }, (_, i) => ({
        ...update,
        message: i === 0 ? `${update.message}${'x'.repeat(pad)}` : update.message,
      }));
      const text = JSON.stringify(incidents);
      expect(text.indexOf('"components"')).toBeGreaterThan(64 * 1024);
      const path = file(`instatus-${pad}.json`, text);
      const long = await run(path);
      expect([long.inputs[0]!.layout?.id, long.outages], `pad ${pad}`).toEqual([
        'instatus-incidents',
        expected.outages,
      ]);
      const sniff = await sniffFile(new File([text], 'incidents.json'));
      expect([sniff.problem, sniff.guess?.layout?.id], `pad ${pad}`).toEqual([null, 'instatus-incidents']);
    }
  });
});
