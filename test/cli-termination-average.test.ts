// A right on a rolling three-month average, run by the command line on a small state log:
// "If the Uptime SLA Percentage falls below 97% on a rolling three (3) months average …
// provided that such notice is given within sixty (60) days" (Espressive). Two days down
// in each of January, February and March 2026 (UTC): 29/31, 13/14 and 29/31 of the month
// up, whose mean is 1215/1302 = 93.3179… %.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/cli/args';
import { runSla } from '../src/cli/run';
import { blankPolicy } from '../src/engine/blank-policy';
import type { SlaReport } from '../src/engine/report';

const policy = join(mkdtempSync(join(tmpdir(), 'sla-average-')), 'espressive.json');
writeFileSync(
  policy,
  JSON.stringify({
    ...blankPolicy(),
    id: 'espressive',
    name: 'Espressive',
    termination: [
      { kind: 'averageBelow', periods: 3, belowPercent: 97, noticeDays: 30, noticeWithinDays: 60 },
    ],
  }),
);
const states = ['--states', 'test/fixtures/policies/espressive-states.csv'];
const run = (asOf: string, format: string[] = []) =>
  runSla(
    parseArgs(['--policy', policy, ...states, '--as-of', asOf, ...format]),
    new Date(`${asOf}T12:00:00Z`),
  );

const RULE = "average uptime of 3 consecutive months below 97 %, on 30 days' notice";

describe('a right on a rolling average, through the command line', () => {
  it('is reported with its average, and a month not over by the report date completes no window', async () => {
    // The log's last state holds past 15 April, so April has no minute without data; it
    // still has half a month to run, and the February–April window is not yet whole.
    const report = JSON.parse(await run('2026-04-15')) as SlaReport;
    expect(report.termination).toEqual([
      {
        rule: RULE,
        triggered: true,
        periods: ['2026-01', '2026-02', '2026-03'],
        noticeBy: '2026-05-31T00:00:00+00:00',
        noticeStatus: 'open',
        noticeDaysLeft: 46,
        averagePercent: (1215 / 1302) * 100,
      },
    ]);
    expect(await run('2026-04-15', ['--format', 'text'])).toContain(
      `Termination right — ${RULE}: TRIGGERED by 2026-01, 2026-02, 2026-03 (average 93.318 %); notify before 2026-05-31T00:00:00+00:00`,
    );
  });

  it('takes in a month once the report date reaches its last day', async () => {
    const report = JSON.parse(await run('2026-04-30')) as SlaReport;
    // February 13/14, March 29/31 and April wholly up: (13/14 + 29/31 + 1) / 3.
    expect(report.termination.map((t) => [t.periods, t.averagePercent, t.noticeBy])).toEqual([
      [['2026-01', '2026-02', '2026-03'], (1215 / 1302) * 100, '2026-05-31T00:00:00+00:00'],
      [
        ['2026-02', '2026-03', '2026-04'],
        ((13 * 31 + 29 * 14 + 434) / 1302) * 100,
        '2026-06-30T00:00:00+00:00',
      ],
    ]);
  });
});
