// Times a spreadsheet wrote as its serial dates (days since 1900, `46143.5`) when a column
// lost its date format: read as epoch seconds they were a few hours into 1970, so a month
// of checks became one 1970 period and a ticket answered in hours was met in 0 minutes.
// And durations a German spreadsheet writes with a thousands separator (`1.800`), which
// read as 1.8 seconds where they mean half an hour.
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/cli/args';
import { runSla } from '../src/cli/run';
import type { SlaReport } from '../src/engine/report';
import { scratchFiles } from './support/scratch';

const { file } = scratchFiles('sla-serial-dates-');
const run = (argv: string[]) =>
  runSla(parseArgs(['--policy', 'clarus-lis', '--as-of', '2026-11-21', ...argv]), new Date());
const REASON =
  'a number below 10 000 000, too small for epoch seconds: a spreadsheet serial date? save the column formatted as a date and time';

describe('serial dates from a spreadsheet', () => {
  it('are refused in checks, with the first line and the reason', async () => {
    const path = file('checks.csv', 'time,status\n46143,200\n46143.000694,500\n46143.001389,500\n');
    await expect(run([path])).rejects.toThrow(
      `${path}: no usable rows: all 3 skipped (first: line 2, time: ${REASON})`,
    );
  });

  it('are refused in tickets, where a response hours late read as met', async () => {
    const tickets = file('tickets.csv', 'id,severity,opened_at,first_response_at\nT1,P1,46272.43,46272.55\n');
    await expect(run(['public/samples/clarus-lis/probes.csv', '--tickets', tickets])).rejects.toThrow(
      `${tickets}: no usable rows: all 1 skipped (first: line 2, opened_at: ${REASON})`,
    );
  });
});

describe('a duration with a thousands separator', () => {
  it('is skipped with its reason, where 1.800 seconds made a 30-minute outage one minute long', async () => {
    const path = file(
      'events.csv',
      'start;duration\n2026-05-01T00:00:00Z;1.800\n2026-05-02T00:00:00Z;1800\n',
    );
    const r = JSON.parse(await run(['--events', path, '--format', 'json'])) as SlaReport;
    expect([r.inputs[0]!.rows, r.inputs[0]!.skipped]).toEqual([
      1,
      [
        {
          line: 2,
          reason:
            'a duration such as 1.800, which is 1.8 or 1 800 as the spreadsheet that wrote it reads it: write it without a thousands separator',
        },
      ],
    ]);
    expect(r.outages.map((o) => [o.start, o.minutes])).toEqual([['2026-05-02T03:00:00+03:00', 30]]);
  });
});
