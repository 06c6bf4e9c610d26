// A help desk's tickets and an obligation log whose columns go by other names, mapped with
// --map beside the checks of the same run: each file takes the roles it has from the one list.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/cli/args';
import { runSla } from '../src/cli/run';
import type { SlaReport } from '../src/engine/report';

const dir = mkdtempSync(join(tmpdir(), 'sla-record-columns-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const run = async (argv: string[]) =>
  JSON.parse(
    await runSla(parseArgs([...argv, '--as-of', '2026-09-30']), new Date('2026-09-30T12:00:00Z')),
  ) as SlaReport;

describe('--map for a tickets file and an obligation log', () => {
  it('reads a help desk export with the columns named, and the checks beside it by their own', async () => {
    const tickets = file(
      'helpdesk.csv',
      [
        'Ticket #,Priority,Created,First reply,Solved',
        // P1: answered in 30 min of the 60 allowed (24x7).
        'ZD-1,P1,2026-09-07T10:20:00+03:00,2026-09-07T10:50:00+03:00,2026-09-07T12:00:00+03:00',
      ].join('\n'),
    );
    const report = await run([
      '--policy',
      'clarus-lis',
      'public/samples/clarus-lis/probes.csv',
      '--tickets',
      tickets,
      '--map',
      'id=Ticket #',
      '--map',
      'first_response_at=First reply',
      '--map',
      'resolved_at=Solved',
    ]);
    expect(
      report.tickets.map((t) => [t.id, t.severity, t.clock, t.elapsedMinutes, t.targetMinutes, t.met]),
    ).toEqual([['ZD-1', 'P1', '24x7', 30, 60, true]]);
    // The checks were read as without the ticket roles.
    const plain = await run(['--policy', 'clarus-lis', 'public/samples/clarus-lis/probes.csv']);
    expect(report.periods).toEqual(plain.periods);
  });

  it('reads an obligation log with its clock column named', async () => {
    const log = file(
      'obligations.csv',
      [
        'obligation,Requested,fulfilled_at',
        'breach-notification,2026-09-10T09:00:00+03:00,2026-09-11T08:00:00+03:00',
      ].join('\n'),
    );
    await expect(run(['--policy', 'clarus-lis', '--obligations', log])).rejects.toThrow(
      'obligations.csv:1: expected columns obligation, started_at (columns: obligation, Requested, fulfilled_at)',
    );
    const report = await run([
      '--policy',
      'clarus-lis',
      '--obligations',
      log,
      '--map',
      'started_at=Requested',
    ]);
    expect(report.obligations.map((o) => [o.obligation, o.status, o.marginHours])).toEqual([
      // Notified 23 h after the clock started, 49 h inside the 72 the clause allows.
      ['breach-notification', 'met', 49],
    ]);
  });
});
