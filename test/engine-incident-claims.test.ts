// Kipu's credits are earned month by month (its incident table) and each month's claim runs
// "within thirty (30) days" of the month's eligibility: a year's credit is the sum of its
// months', still claimable where a month's window is open and lapsed where it has closed.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/cli/args';
import { runSla } from '../src/cli/run';
import type { SlaReport } from '../src/engine/report';

const KIPU = 'public/samples/kipu';

async function report(argv: string[]): Promise<SlaReport> {
  const all = ['--policy', 'kipu', ...argv, '--as-of', '2026-11-21'];
  return JSON.parse(await runSla(parseArgs(all), new Date('2026-11-21T12:00:00Z'))) as SlaReport;
}

describe("a year of Kipu's monthly incident credits", () => {
  it('is claimable for the months whose windows are open and lapsed for the others', async () => {
    const r = await report([
      `${KIPU}/probes.csv`,
      '--exclusions',
      `${KIPU}/maintenance.csv`,
      '--tickets',
      `${KIPU}/tickets.csv`,
      '--fee',
      '1000',
    ]);
    // March (25 %) and September (50 %) expired; October (50 %) and November (25 %) open.
    expect(
      r.incidentCredits.filter((m) => m.percent > 0).map((m) => [m.label, m.amount, m.claimStatus]),
    ).toEqual([
      ['2026-03', 250, 'expired'],
      ['2026-09', 500, 'expired'],
      ['2026-10', 500, 'open'],
      ['2026-11', 250, 'open'],
    ]);
    const year = r.periods[0]!.credit;
    expect([year.amount, year.claimable.amount, year.lapsed.amount]).toEqual([1500, 750, 750]);
  });

  it('is nothing, not unknown, for a year without incidents and with no fee entered', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sla-kipu-'));
    writeFileSync(
      join(dir, 'probes.csv'),
      'time,monitor,status\n2026-03-01T00:00:00Z,app,up\n2026-03-01T00:01:00Z,app,up\n',
    );
    const r = await report([join(dir, 'probes.csv')]);
    const year = r.periods[0]!;
    expect([year.met, year.credit.amount, year.credit.claimable.amount, year.credit.lapsed.amount]).toEqual([
      true,
      0,
      0,
      0,
    ]);
  });

  // Kipu: "within thirty (30) days from the time Customer becomes eligible". Level 1's 4 hours
  // on 2 March and Level 0's hour on 20 March each earn 25 %: the customer was eligible
  // from 2 March, whichever severity reached it.
  it("runs from the first level to earn the month's credit when two earn the same", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sla-kipu-tie-'));
    writeFileSync(join(dir, 'events.csv'), 'start,end\n2026-03-25 10:00,2026-03-25 10:05\n');
    // Each severity first in turn: Level 1's 4 hours, or Level 0's hour, on 2 March.
    const cases = [
      [
        'P1',
        '2026-03-02 14:00',
        'P0',
        '2026-03-20 11:00',
        '2026-03-02T14:00:00-05:00',
        '2026-04-01T14:00:00-04:00',
      ],
      [
        'P0',
        '2026-03-02 11:00',
        'P1',
        '2026-03-20 14:00',
        '2026-03-02T11:00:00-05:00',
        '2026-04-01T11:00:00-04:00',
      ],
    ] as const;
    for (const [first, firstEnd, second, secondEnd, eligibleAt, claimBy] of cases) {
      const tickets = join(dir, `tickets-${first}.csv`);
      writeFileSync(
        tickets,
        [
          'id,severity,opened_at,resolved_at',
          `A,${first},2026-03-02 10:00,${firstEnd}`,
          `B,${second},2026-03-20 10:00,${secondEnd}`,
        ].join('\n'),
      );
      const r = JSON.parse(
        await runSla(
          parseArgs([
            '--policy',
            'kipu',
            '--events',
            join(dir, 'events.csv'),
            '--tickets',
            tickets,
            '--as-of',
            '2026-04-15',
            '--fee',
            '1000',
          ]),
          new Date('2026-04-15T12:00:00Z'),
        ),
      ) as SlaReport;
      const march = r.incidentCredits.find((m) => m.label === '2026-03')!;
      expect(
        [
          march.levels.map((l) => l.percent),
          march.percent,
          march.eligibleAt,
          march.claimBy,
          march.claimStatus,
        ],
        first,
      ).toEqual([[25, 25], 25, eligibleAt, claimBy, 'expired']);
    }
  });

  // SPEC rule 9: Level 0 incidents come from outages and from tickets, Level 1 from tickets.
  // A tickets file alone earns the months its incidents fall in, and the termination right.
  it('are earned from a tickets file alone, without a monitor', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sla-kipu-tickets-'));
    const tickets = join(dir, 'tickets.csv');
    writeFileSync(
      tickets,
      [
        'id,severity,opened_at,resolved_at',
        ...['2026-03-02', '2026-03-03', '2026-03-04', '2026-04-06', '2026-04-07', '2026-04-08'].map(
          (day, i) => `T${i},P0,${day} 10:00,${day} 11:00`,
        ),
      ].join('\n'),
    );
    const r = JSON.parse(
      await runSla(
        parseArgs(['--policy', 'kipu', '--tickets', tickets, '--as-of', '2026-05-01', '--fee', '1000']),
        new Date('2026-05-01T12:00:00Z'),
      ),
    ) as SlaReport;
    expect(
      r.incidentCredits.filter((m) => m.percent > 0).map((m) => [m.label, m.percent, m.claimStatus]),
    ).toEqual([
      ['2026-03', 50, 'expired'],
      ['2026-04', 50, 'open'],
    ]);
    expect(r.termination.map((t) => [t.triggered, t.periods, t.noticeBy])).toEqual([
      [true, ['2026-03', '2026-04'], '2026-05-06T00:00:00-04:00'],
    ]);
  });
});
