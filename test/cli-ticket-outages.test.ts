// Downtime counted from the customer's ticket (docs/policy.md, "What no field says exactly
// yet"): the ticket log read as an event log, each P1 ticket an outage from its opening to
// its resolution, as the reference's command shows.
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/cli/args';
import { runSla } from '../src/cli/run';
import type { SlaReport } from '../src/engine/report';

const run = async (argv: string[]) =>
  JSON.parse(
    await runSla(parseArgs([...argv, '--as-of', '2026-11-30']), new Date('2026-11-30T12:00:00Z')),
  ) as SlaReport;

/** The Clarus LIS sample's tickets read as an event log, each from its opening to its resolution. */
const TICKETS_AS_EVENTS = [
  '--policy',
  'clarus-lis',
  '--events',
  'public/samples/clarus-lis/tickets.csv',
  '--map',
  'start=opened_at',
  '--map',
  'end=resolved_at',
];

describe('a ticket log read as outages', () => {
  it('counts each P1 ticket from opened_at to resolved_at, and only the P1 tickets', async () => {
    const report = await run([...TICKETS_AS_EVENTS, '--where', 'severity=P1']);
    expect(report.outages.map((o) => [o.start, o.end, o.minutes])).toEqual([
      ['2026-09-07T10:20:00+03:00', '2026-09-07T11:10:00+03:00', 50],
      ['2026-10-12T10:20:00+03:00', '2026-10-12T15:40:00+03:00', 320],
    ]);
    expect(report.periods.map((p) => [p.label, p.downtimeMinutes])).toEqual([
      ['2026-09', 50],
      ['2026-10', 320],
    ]);
  });
});

describe('filters that leave nothing', () => {
  it('refuses the file saying every row was left out by the filters, and which filters', async () => {
    await expect(
      run([...TICKETS_AS_EVENTS, '--where', 'severity=P0,P9', '--where-not', 'severity=P1']),
    ).rejects.toThrow(
      // The sample's six tickets: P1, P2, P3 and P4.
      'tickets.csv: all 6 rows were left out by the filters (severity=P0,P9, severity≠P1); nothing to import',
    );
  });
});
