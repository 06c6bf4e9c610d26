// Clarus LIS section 2: Business Hours exclude "Egyptian public holidays". Every day of a
// feast of several days is one: a ticket opened and answered on the second day of Eid
// al-Fitr, or the third of Eid al-Adha, has used none of its business hours.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/cli/args';
import { runSla } from '../src/cli/run';
import type { SlaReport } from '../src/engine/report';

const dir = mkdtempSync(join(tmpdir(), 'sla-feast-'));
const tickets = join(dir, 'tickets.csv');
writeFileSync(
  tickets,
  [
    'id,severity,opened_at,first_response_at',
    'E1,P2,2025-03-31 10:00,2025-03-31 16:00',
    'E2,P2,2025-06-08 10:00,2025-06-08 16:00',
    'W1,P2,2025-06-10 10:00,2025-06-10 16:00',
  ].join('\n'),
);

describe('the built-in Egyptian holidays on a Clarus LIS ticket', () => {
  it('count every day of Eid al-Fitr and Eid al-Adha, and only those', async () => {
    const report = JSON.parse(
      await runSla(
        parseArgs([
          '--policy',
          'clarus-lis',
          '--tickets',
          tickets,
          '--as-of',
          '2025-06-30',
          '--format',
          'json',
        ]),
        new Date('2025-06-30T12:00:00Z'),
      ),
    ) as SlaReport;
    expect(report.tickets.map((t) => [t.id, t.elapsedMinutes, t.targetMinutes, t.met])).toEqual([
      ['E1', 0, 240, true],
      ['E2', 0, 240, true],
      ['W1', 360, 240, false],
    ]);
  });
});
