// The text report names each input's first skipped rows with their line (a JSON file's
// record) and reason, then how many more, as the app's import result lists them: a row
// left out changes the figures, and "6 skipped" alone does not say which or why.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/cli/args';
import { runSla } from '../src/cli/run';
import type { SlaReport } from '../src/engine/report';

const dir = mkdtempSync(join(tmpdir(), 'sla-skipped-'));
const today = new Date('2026-12-31T12:00:00Z');

/** Zone-less times in New York across the spring-forward gap of 8 March 2026 (02:00–02:59 never happens). */
const CSV = join(dir, 'dst.csv');
writeFileSync(
  CSV,
  [
    'time,status',
    '2026-03-08 01:57:00,200',
    '2026-03-08 01:58:00,200',
    'not a time,200',
    '2026-03-08 01:59:00,200',
    '2026-03-08 02:00:00,503',
    '2026-03-08 02:15:00,503',
    '2026-03-08 02:30:00,503',
    '2026-03-08 02:45:00,503',
    '2026-03-08 03:00:00,200',
    '2026-03-08 03:01:00,',
    '2026-03-08 03:02:00,200',
    '',
  ].join('\n'),
);

/** A Prometheus range query whose second sample is NaN (docs/querying/api.md: samples as [time, "value"]). */
const QUERY = join(dir, 'query.json');
writeFileSync(
  QUERY,
  JSON.stringify({
    status: 'success',
    data: {
      resultType: 'matrix',
      result: [
        {
          metric: { __name__: 'probe_success', instance: 'https://api.example.com', job: 'blackbox' },
          values: [
            [1780260600, '1'],
            [1780260660, 'NaN'],
            [1780260720, '0'],
            [1780260780, '1'],
          ],
        },
      ],
    },
  }),
);

const argv = (format: 'text' | 'json', ...files: string[]) => [
  '--policy',
  'kipu',
  ...files,
  '--source-tz',
  'America/New_York',
  '--as-of',
  '2026-12-31',
  '--format',
  format,
];

const GAP = 'time: local time does not exist in America/New_York (DST gap)';

describe('skipped rows in the text report', () => {
  it('lists the first five of a file with line and reason, then how many more', async () => {
    const lines = (await runSla(parseArgs(argv('text', '--probes', CSV)), today)).split('\n');
    expect(lines[1]).toBe('  probes dst.csv: 5 rows, 6 skipped, monitors dst');
    expect(lines.slice(4, 11)).toEqual([
      '    skipped line 4: time: unreadable time (expected a date and time, or epoch seconds or milliseconds)',
      `    skipped line 6: ${GAP}`,
      `    skipped line 7: ${GAP}`,
      `    skipped line 8: ${GAP}`,
      `    skipped line 9: ${GAP}`,
      '    …and 1 more skipped (--format json lists up to 50 with their reasons)',
      '',
    ]);
    // The sixth is the JSON report's, with its reason.
    const report = JSON.parse(await runSla(parseArgs(argv('json', '--probes', CSV)), today)) as SlaReport;
    expect(report.inputs[0]!.skipped).toHaveLength(6);
    expect(report.inputs[0]!.skipped[5]!.line).toBe(11);
  });

  it("counts a JSON file's skipped samples by record, the layout's names being record 1", async () => {
    const lines = (await runSla(parseArgs(argv('text', QUERY)), today)).split('\n');
    expect(lines[1]).toBe(
      '  probes query.json: 3 rows, 1 skipped, monitors probe_success{instance="https://api.example.com", job="blackbox"}',
    );
    expect(lines[4]).toBe(
      '    skipped record 3: a NaN sample: the query gave no number at this step (e.g. 0/0), so no check',
    );
    expect(lines[5]).toBe('');
  });

  it('adds no line for a file without skipped rows, and numbers each file its own way', async () => {
    const lines = (await runSla(parseArgs(argv('text', '--probes', CSV, QUERY)), today)).split('\n');
    expect(lines.filter((l) => l.startsWith('    skipped ') || l.startsWith('    …and'))).toEqual([
      expect.stringMatching(/^ {4}skipped line 4: /),
      expect.stringMatching(/^ {4}skipped line 6: /),
      expect.stringMatching(/^ {4}skipped line 7: /),
      expect.stringMatching(/^ {4}skipped line 8: /),
      expect.stringMatching(/^ {4}skipped line 9: /),
      '    …and 1 more skipped (--format json lists up to 50 with their reasons)',
      expect.stringMatching(/^ {4}skipped record 3: a NaN sample/),
    ]);
    const clean = (
      await runSla(
        parseArgs(['--policy', 'kipu', 'public/samples/kipu/probes.csv', '--format', 'text']),
        today,
      )
    ).split('\n');
    expect(clean.some((l) => l.startsWith('    skipped') || l.startsWith('    …and'))).toBe(false);
  });
});
