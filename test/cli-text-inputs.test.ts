// The command line's text report names each input with its size and SHA-256, as `wc -c`
// and `sha256sum` print them for the Clarus LIS sample files (the same figures as the JSON
// report's inputs[] and test/fixtures/sample-fingerprints.ts).
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/cli/args';
import { runSla } from '../src/cli/run';
import { reportText } from '../src/cli/text';
import type { SlaReport } from '../src/engine/report';

const today = new Date('2026-04-15T12:00:00Z');
const SAMPLE = 'public/samples/clarus-lis';
const argv = (format: 'text' | 'json') => [
  '--policy',
  'clarus-lis',
  `${SAMPLE}/probes.csv`,
  '--exclusions',
  `${SAMPLE}/maintenance.csv`,
  '--tickets',
  `${SAMPLE}/tickets.csv`,
  '--obligations',
  `${SAMPLE}/obligations.csv`,
  '--as-of',
  '2026-04-15',
  '--format',
  format,
];

const ZONED =
  "CSV mapped by column names; times carry their zone (any without one: Africa/Cairo, the contract's zone)";

describe('inputs in the text report', () => {
  it('lists each file with its size in bytes and its SHA-256', async () => {
    const out = await runSla(parseArgs(argv('text')), today);
    expect(out.split('\n').slice(0, 14)).toEqual([
      'Clarus LIS (clarus-lis) — target 99.9 % per month, Africa/Cairo, as of 2026-04-15',
      '  probes probes.csv: 36195 rows, 0 skipped, monitors api, lis',
      '    1365504 bytes, SHA-256 d61049086000aeb94099b455fcbcaa115ef8c6964a7c9a2ab41c84195630ecff',
      `    ${ZONED}`,
      '  exclusions maintenance.csv: 6 rows, 0 skipped',
      '    659 bytes, SHA-256 c9ee3037d5601245fcc0ae1974f81c2e403e1f5f402eaff500abca6bec102c29',
      `    ${ZONED}`,
      '  tickets tickets.csv: 6 rows, 0 skipped',
      '    537 bytes, SHA-256 df62169a9a7c42a8189c28161fc7960e5649d8e02124d3da787b741e0979cb60',
      "    tickets file; times carry their zone (any without one: Africa/Cairo, the contract's zone)",
      '  obligations obligations.csv: 4 rows, 0 skipped',
      '    427 bytes, SHA-256 963cadbe6edc7372492e8aab2ebc6ed4c2b0622a65083bfa4a6ba804bd9cf987',
      "    obligations file; times carry their zone (any without one: Africa/Cairo, the contract's zone)",
      '',
    ]);
  });

  it('says which periods had not begun on the report date, below the period table', async () => {
    const lines = (await runSla(parseArgs(argv('text')), today)).split('\n');
    const table = lines.findIndex((l) => l.startsWith('period '));
    expect(lines.slice(table + 2, table + 5)).toEqual([
      expect.stringMatching(/^2026-09 /),
      expect.stringMatching(/^2026-10 /),
      'Data runs past the report date 2026-04-15: 2026-09, 2026-10 had not begun on it (shown as the data has them; no claim for them was due yet)',
    ]);
    const later = argv('text').map((a) => (a === '2026-04-15' ? '2026-11-21' : a));
    expect(await runSla(parseArgs(later), today)).not.toContain('Data runs past the report date');
  });

  it('says a SHA-256 not yet computed, and prints no line for inputs read from no file', async () => {
    const report = JSON.parse(await runSla(parseArgs(argv('json')), today)) as SlaReport;
    report.inputs[0]!.sha256 = null;
    report.inputs[1]!.size = null;
    report.inputs[1]!.sha256 = null;
    expect(reportText(report).split('\n').slice(1, 6)).toEqual([
      '  probes probes.csv: 36195 rows, 0 skipped, monitors api, lis',
      '    1365504 bytes, SHA-256 not computed',
      `    ${ZONED}`,
      '  exclusions maintenance.csv: 6 rows, 0 skipped',
      `    ${ZONED}`,
    ]);
  });

  it('says a file whose every time carries its zone owed nothing to --source-tz, and one of zone-less times was read in it', async () => {
    const out = await runSla(
      parseArgs([
        '--policy',
        'kipu',
        'test/fixtures/layouts/prometheus-query-range.json',
        'test/fixtures/layouts/grafana-wide.csv',
        '--source-tz',
        'America/New_York',
        '--as-of',
        '2026-12-31',
        '--format',
        'text',
      ]),
      today,
    );
    expect(out.split('\n').filter((l) => l.includes('times '))).toEqual([
      '    recognised as Prometheus range query (matrix); times carry their zone (any without one: America/New_York, from --source-tz)',
      '    recognised as Grafana panel data, series joined by time; times without a zone read in America/New_York (--source-tz)',
    ]);
  });
});
