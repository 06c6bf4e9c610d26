// The command line on every file of the real monitoring records, against figures
// computed independently (a separate minute-set script over the same CSVs).
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArgs } from '../src/cli/args';
import { runSla } from '../src/cli/run';
import type { SlaReport } from '../src/engine/report';
import { SLA_BUNDLE, sla } from './support/sla-process';

const REAL = 'test/fixtures/realdata';
const today = new Date('2026-11-21T12:00:00Z');
const report = async (argv: string[]) =>
  JSON.parse(await runSla(parseArgs([...argv, '--as-of', '2026-11-21']), today)) as SlaReport;
const rows = (r: SlaReport) =>
  r.periods.map((p) => [
    p.label,
    p.totalMinutes,
    p.downtimeMinutes,
    p.nodataMinutes,
    p.uptimePercent,
    p.credit.percent,
  ]);

describe('GitHub status incidents as an event log under the GitHub enterprise policy', () => {
  let r: SlaReport;
  beforeAll(async () => {
    r = await report([
      '--policy',
      'public/policies/github-enterprise.json',
      '--events',
      `${REAL}/github-status/downtime_windows.csv`,
      '--where-not',
      'impact=maintenance',
    ]);
  });

  it('reads every non-maintenance incident', () => {
    expect(r.inputs[0]).toMatchObject({ rows: 801, skippedRows: 0, monitors: ['downtime_windows'] });
  });

  it('gives the quarterly figures of an independent minute count', () => {
    // Coverage: the UTC months from 2022-03 to 2026-08; Q1 2022 and Q3 2026 are partial.
    expect(rows(r)).toEqual([
      ['2022-Q1', 129600, 595, 84960, (100 * (129600 - 595)) / 129600, 10],
      ['2022-Q2', 131040, 3183, 0, (100 * (131040 - 3183)) / 131040, 25],
      ['2022-Q3', 132480, 5131, 0, (100 * (132480 - 5131)) / 132480, 25],
      ['2022-Q4', 132480, 3350, 0, (100 * (132480 - 3350)) / 132480, 25],
      ['2023-Q1', 129600, 5945, 0, (100 * (129600 - 5945)) / 129600, 25],
      ['2023-Q2', 131040, 3997, 0, (100 * (131040 - 3997)) / 131040, 25],
      ['2023-Q3', 132480, 4191, 0, (100 * (132480 - 4191)) / 132480, 25],
      ['2023-Q4', 132480, 1828, 0, (100 * (132480 - 1828)) / 132480, 25],
      ['2024-Q1', 131040, 3438, 0, (100 * (131040 - 3438)) / 131040, 25],
      ['2024-Q2', 131040, 3766, 0, (100 * (131040 - 3766)) / 131040, 25],
      ['2024-Q3', 132480, 4393, 0, (100 * (132480 - 4393)) / 132480, 25],
      ['2024-Q4', 132480, 1736, 0, (100 * (132480 - 1736)) / 132480, 25],
      ['2025-Q1', 129600, 4687, 0, (100 * (129600 - 4687)) / 129600, 25],
      ['2025-Q2', 131040, 10772, 0, (100 * (131040 - 10772)) / 131040, 25],
      ['2025-Q3', 132480, 6677, 0, (100 * (132480 - 6677)) / 132480, 25],
      ['2025-Q4', 132480, 10482, 0, (100 * (132480 - 10482)) / 132480, 25],
      ['2026-Q1', 129600, 13402, 0, (100 * (129600 - 13402)) / 129600, 25],
      ['2026-Q2', 131040, 15343, 0, (100 * (131040 - 15343)) / 131040, 25],
      ['2026-Q3', 132480, 5199, 43200, (100 * (132480 - 5199)) / 132480, 25],
    ]);
    expect(r.periods.map((p) => p.partial)).toEqual(
      r.periods.map((p) => p.label === '2022-Q1' || p.label === '2026-Q3'),
    );
  });

  it('without the filter, maintenance windows count too', async () => {
    const all = await report([
      '--policy',
      'public/policies/github-enterprise.json',
      '--events',
      `${REAL}/github-status/downtime_windows.csv`,
    ]);
    expect(all.inputs[0]!.rows).toBe(819);
    expect(all.periods[0]!.downtimeMinutes).toBeGreaterThan(595);
  });
});

describe('Upptime histories as state-change logs under Clarus LIS (Africa/Cairo)', () => {
  const upptime = (site: string) =>
    report(['--policy', 'clarus-lis', '--states', `${REAL}/upptime/${site}-probes.csv`]);
  const pct = (total: number, down: number) => (100 * (total - down)) / total;

  it('honch-io', async () => {
    const r = await upptime('honch-io');
    expect(r.inputs[0]).toMatchObject({ rows: 489, skippedRows: 0 });
    expect(rows(r)).toEqual([
      ['2026-06', 43200, 69, 23136, pct(43200, 69), 10],
      ['2026-07', 44640, 0, 0, 100, 0],
      ['2026-08', 44640, 0, 0, 100, 0],
    ]);
    expect(r.outages).toEqual([
      {
        start: '2026-06-17T01:37:00+03:00',
        end: '2026-06-17T02:46:00+03:00',
        minutes: 69,
        qualifies: true,
        excludedMinutes: 0,
        countedMinutes: 69,
      },
    ]);
    expect(r.periods[0]!.claimBy).toBe('2026-07-31T00:00:00+03:00');
    expect(r.periods[0]!.claimStatus).toBe('expired');
  });

  it('manticoresoftware', async () => {
    const r = await upptime('manticoresoftware');
    expect(r.inputs[0]).toMatchObject({ rows: 332, skippedRows: 0 });
    expect(r.inputs[0]!.monitors).toHaveLength(18);
    expect(rows(r)).toEqual([['2026-08', 44640, 643, 15246, pct(44640, 643), 25]]);
    expect(r.outages).toHaveLength(18);
  });

  it('FoodCoopX', async () => {
    const r = await upptime('FoodCoopX');
    expect(r.inputs[0]).toMatchObject({ rows: 6274, skippedRows: 0 });
    expect(rows(r)).toEqual([
      ['2025-11', 43200, 67, 33921, pct(43200, 67), 10],
      ['2025-12', 44640, 186, 0, pct(44640, 186), 10],
      ['2026-01', 44640, 2948, 0, pct(44640, 2948), 50], // 93.40 % < 95.0
      ['2026-02', 40320, 916, 0, pct(40320, 916), 25], // 97.73 % < 99.0
      ['2026-03', 44640, 19733, 0, pct(44640, 19733), 50],
      // Egypt moves its clocks forward on the last Friday of April.
      ['2026-04', 43140, 24724, 0, pct(43140, 24724), 50],
      ['2026-05', 44640, 44640, 0, 0, 50],
      ['2026-06', 43200, 43200, 0, 0, 50],
    ]);
    expect(r.outages).toHaveLength(35);
    expect(r.termination).toEqual([
      {
        rule: '3 consecutive months below target',
        triggered: true,
        periods: ['2025-11', '2025-12', '2026-01'],
        noticeBy: null,
        noticeStatus: null,
        noticeDaysLeft: null,
      },
    ]);
  });
});

describe('the sla command as a process', { timeout: 300_000 }, () => {
  const run = (args: string[]) => sla(args, { env: { ...process.env, NODE_NO_WARNINGS: '1' } });

  it('prints a valid sla-report/1, byte-identical across runs', () => {
    const args = [
      '--policy',
      'clarus-lis',
      '--probes',
      `${REAL}/upptime/honch-io-probes.csv`,
      '--format',
      'json',
      '--as-of',
      '2026-11-21',
    ];
    const a = execFileSync(process.execPath, [SLA_BUNDLE, ...args], { encoding: 'utf8' });
    const b = execFileSync(process.execPath, [SLA_BUNDLE, ...args], { encoding: 'utf8' });
    expect(a).toBe(b);
    const r = JSON.parse(a) as SlaReport;
    expect(r.schema).toBe('sla-report/1');
    expect(r.asOf).toBe('2026-11-21');
    expect(Object.keys(r)).toEqual(
      expect.arrayContaining([
        'contract',
        'inputs',
        'periods',
        'outages',
        'exclusions',
        'tickets',
        'resolutions',
        'termination',
      ]),
    );
  });

  it.each([
    [['--policy', 'nope', '--probes', 'x.csv'], 2, /unknown preset "nope"/],
    [['--policy', 'medos', '--probes', 'missing.csv'], 1, /missing\.csv: no such file/],
    [['--policy', 'medos'], 2, /at least one input file/],
    [
      ['--policy', 'test/fixtures/cli/bad-policy.json', '--probes', 'x.csv'],
      1,
      /credit\.bands\[1\]\.below: expected a number from 0 to 100/,
    ],
    [['--policy', 'medos', '--probes', 'test/fixtures/cli/garbage.csv'], 1, /garbage\.csv: no usable rows/],
  ])('%j exits %i with one clear line', (args, code, message) => {
    const r = run(args);
    expect(r.status).toBe(code);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toMatch(message);
  });
});
