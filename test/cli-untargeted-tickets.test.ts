// A ticket of a severity the contract sets no target for (Clarus LIS targets P1–P4, section
// 6) is said to be judged against nothing, in the JSON report and the text report, where it
// was left out unseen; Kipu's P0 tickets are its Level 0 incidents, and so are not.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/cli/args';
import { runSla } from '../src/cli/run';
import type { SlaReport } from '../src/engine/report';

const dir = mkdtempSync(join(tmpdir(), 'sla-untargeted-'));
const tickets = join(dir, 'tickets.csv');
writeFileSync(
  tickets,
  [
    'id,severity,opened_at,first_response_at',
    'CLR-300,P0,2026-10-20T10:20:00+03:00,2026-10-20T10:50:00+03:00',
    'CLR-301,P1,2026-10-21T10:20:00+03:00,2026-10-21T10:40:00+03:00',
  ].join('\n'),
);
const today = new Date('2026-11-21T12:00:00Z');
const run = (preset: string, format: 'json' | 'text') =>
  runSla(
    parseArgs(['--policy', preset, '--tickets', tickets, '--as-of', '2026-11-21', '--format', format]),
    today,
  );

describe('tickets of a severity the contract sets no target for', () => {
  it('are listed with their file and line, and judged against nothing', async () => {
    const report = JSON.parse(await run('clarus-lis', 'json')) as SlaReport;
    expect(report.tickets.map((t) => t.id)).toEqual(['CLR-301']);
    expect(report.untargetedTickets).toEqual([{ id: 'CLR-300', severity: 'P0', source: 'tickets.csv:2' }]);
    expect((await run('clarus-lis', 'text')).split('\n')).toContain(
      'Tickets of a severity the contract sets no target for, judged against nothing: CLR-300 (P0, tickets.csv:2)',
    );
  });

  it('leave out a severity that counts as incidents', async () => {
    const report = JSON.parse(await run('kipu', 'json')) as SlaReport;
    expect(report.untargetedTickets).toEqual([]);
  });
});
