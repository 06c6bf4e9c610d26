// The example policies of published SLAs, run by the command line on their sample data:
// every figure below is worked out by hand from the sample rows and the clause it tests.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/cli/args';
import { runSla } from '../src/cli/run';
import type { SlaReport } from '../src/engine/report';

const dir = mkdtempSync(join(tmpdir(), 'sla-examples-'));
const fixture = (name: string) => `test/fixtures/policies/${name}`;
const today = new Date('2026-04-15T12:00:00Z');
const run = async (argv: string[]) =>
  JSON.parse(await runSla(parseArgs([...argv, '--as-of', '2026-04-15']), today)) as SlaReport;

/** The shipped policy with each scope's fee (its own bill) and any reading chosen, as a file. */
function policyFile(name: string, scopeFees: number[], readings: Record<string, string> = {}): string {
  const policy = JSON.parse(readFileSync(`public/policies/${name}.json`, 'utf8'));
  scopeFees.forEach((amount, i) => {
    policy.scopes[i].fee.amount = amount;
  });
  for (const it of policy.interpretations) if (readings[it.id]) it.chosen = readings[it.id];
  const path = join(dir, `${name}-${Object.values(readings).join('-') || 'default'}.json`);
  writeFileSync(path, JSON.stringify(policy));
  return path;
}

const scopeRows = (r: SlaReport) =>
  r.scopes!.map((s) => {
    const p = s.periods[0]!;
    return [
      s.id,
      p.label,
      p.downtimeMinutes,
      p.uptimePercent,
      p.met,
      p.credit.amount,
      p.claimBy,
      p.claimDaysLeft,
    ];
  });

describe('Google Cloud Functions: per function, an error rate above 10 % over at least 100 executions', () => {
  it('counts the minutes of 11 % errors, not 10 % nor 99 executions, and credits 10 % of the failing function’s bill', async () => {
    const r = await run([
      '--policy',
      policyFile('google-cloud-functions', [200, 50]),
      '--probes',
      fixture('gcf-executions.csv'),
    ]);
    expect(r.inputs[0]).toMatchObject({ rows: 1938, skippedRows: 0, monitors: ['checkout', 'thumbnails'] });
    // checkout: 10:00 has 10 errors in 100 (exactly 10 %), 10:15 has 50 in 99 (under the
    // minimum); sixteen bursts of 11 in 100 from 10:30 to 14:15 each hold for the 15
    // minutes to the next burst, which is clean at 14:30: 240 minutes. 44 400 / 44 640 =
    // 99.4624 % is in "99% to < 99.5%": 10 % of 200 USD. The claim runs 30 days from the
    // close of March. thumbnails: one burst of 20 % at 16:00, 15 minutes, 99.9664 %, met.
    expect(scopeRows(r)).toEqual([
      ['checkout', '2026-03', 240, (100 * 44_400) / 44_640, false, 20, '2026-05-01T00:00:00+00:00', 16],
      ['thumbnails', '2026-03', 15, (100 * 44_625) / 44_640, true, 0, null, null],
    ]);
    // Rows come in bursts 15 minutes apart (hold 30): checkout has data 09:00–15:30,
    // thumbnails 09:00–17:30, the rest of March none (counted as available).
    expect(r.scopes!.map((s) => [s.periods[0]!.partial, s.periods[0]!.nodataMinutes])).toEqual([
      [true, 44_640 - 390],
      [true, 44_640 - 510],
    ]);
    expect(r.scopes![0]!.outages.map((o) => [o.start, o.end, o.minutes])).toEqual([
      ['2026-03-10T10:30:00+00:00', '2026-03-10T14:30:00+00:00', 240],
    ]);
  });

  it('the other reading of the claim window runs 30 days from the minute March fell below 99.5 %', async () => {
    const r = await run([
      '--policy',
      policyFile('google-cloud-functions', [200, 50], { 'claim-window': 'breach' }),
      '--probes',
      fixture('gcf-executions.csv'),
    ]);
    // 99.5 % of 44 640 minutes allows 223; the 224th down minute is 10:30 + 223 = 14:13.
    expect(r.scopes![0]!.periods[0]).toMatchObject({
      claimBy: '2026-04-09T14:14:00+00:00',
      claimStatus: 'expired',
    });
  });
});

describe('DigitalOcean Droplets and Volumes: 5-minute intervals in which every request failed', () => {
  const states = ['--states', fixture('do-states.csv')];

  it('prices the lost time of each product at its own hourly rate, claimable for three months', async () => {
    const r = await run(['--policy', policyFile('digitalocean-droplets-volumes', [96, 100]), ...states]);
    // droplet-web: down at 10:02, up at 14:01 → 10:00–14:00 (the first interval holds
    // only the failed check, the one at 14:00 a good one): 240 minutes; 08:01 down and
    // 08:03 up share an interval, which is not all failed; 09:07 down, 09:11 up → the
    // interval 09:05–09:10: 5. 245 × 96 / 44 640 = 0.5269 USD. volume-data: 03:00 down,
    // 03:06 up → 03:00–03:05: 5 minutes, over the 4 that 99.99 % allows; 5 × 100 /
    // 44 640 = 0.0112 USD. Three months after the end of March: 1 July.
    expect(scopeRows(r)).toEqual([
      ['droplets', '2026-03', 245, (100 * 44_395) / 44_640, false, 0.53, '2026-07-01T00:00:00+00:00', 77],
      ['volumes', '2026-03', 5, (100 * 44_635) / 44_640, false, 0.01, '2026-07-01T00:00:00+00:00', 77],
    ]);
  });

  it('read as "longer than 5 minutes", single failed intervals no longer count', async () => {
    const r = await run([
      '--policy',
      policyFile('digitalocean-droplets-volumes', [96, 100], { unavailability: 'longer' }),
      ...states,
    ]);
    // 240 × 96 / 44 640 = 0.5161; the volume's one interval is not Unavailability.
    expect(scopeRows(r)).toEqual([
      ['droplets', '2026-03', 240, (100 * 44_400) / 44_640, false, 0.52, '2026-07-01T00:00:00+00:00', 77],
      ['volumes', '2026-03', 0, 100, true, 0, null, null],
    ]);
  });
});

describe('Slack: ten times the fee for the time down, maintenance capped at 10 hours a year', () => {
  const inputs = [
    '--fee',
    '1296',
    '--states',
    fixture('slack-states.csv'),
    '--exclusions',
    fixture('slack-maintenance.csv'),
  ];

  it('counts short-notice maintenance and the hour past the cap, and credits 10 × what that time cost', async () => {
    const r = await run(['--policy', 'public/policies/slack.json', ...inputs]);
    // Q1 2026: 90 days = 129 600 minutes. 20 Jan 02:00–08:00 (72 h notice) and 5 Mar
    // 02:00–07:00 (96 h) are excluded up to 10 hours: 360 + 240 minutes, the last hour of
    // March's window counts. 20 Feb 03:00–03:30 had 15 h of the 48 required. Downtime:
    // 30 (10 Feb) + 30 + 60 = 120; 129 480 / 129 600 = 99.9074 %. Credit: 10 × 120 ×
    // (3 × 1296) / 129 600 = 36 USD. The Business+ condition stays unanswered.
    expect(r.periods).toEqual([
      expect.objectContaining({
        label: '2026-Q1',
        partial: false,
        totalMinutes: 129_600,
        excludedMinutes: 600,
        downtimeMinutes: 120,
        uptimePercent: (100 * 129_480) / 129_600,
        met: false,
        credit: {
          percent: null,
          days: null,
          amount: 36,
          currency: 'USD',
          eligible: true,
          conditions: [{ condition: 'The workspace is on the Business+ plan or above', met: null }],
          // No deadline to claim by: all of it is still owed.
          claimable: { percent: null, days: null, amount: 36 },
          lapsed: { percent: null, days: null, amount: 0 },
          lapsedWindows: 0,
        },
        claimBy: null,
        claimStatus: null,
      }),
    ]);
    expect(r.exclusions.map((e) => [e.start, e.excluded])).toEqual([
      ['2026-01-20T02:00:00+00:00', true],
      ['2026-02-20T03:00:00+00:00', false],
      ['2026-03-05T02:00:00+00:00', true],
    ]);
    expect(r.outages.map((o) => [o.start, o.minutes, o.excludedMinutes, o.countedMinutes])).toEqual([
      ['2026-01-20T02:00:00+00:00', 360, 360, 0],
      ['2026-02-10T14:00:00+00:00', 30, 0, 30],
      ['2026-02-20T03:00:00+00:00', 30, 0, 30],
      ['2026-03-05T02:00:00+00:00', 300, 240, 60],
    ]);
  });

  it('with no fee given, the credit is 10 × the share of the quarter lost, written to 4 decimals', async () => {
    const argv = ['--policy', 'public/policies/slack.json', ...inputs.slice(2), '--as-of', '2026-04-15'];
    // 10 × 120 / 129 600 = 0.9259… % of the quarter's fee, owed with no time set to claim it.
    const r = JSON.parse(await runSla(parseArgs(argv), today)) as SlaReport;
    expect(r.periods[0]!.credit).toMatchObject({ percent: (10 * 100 * 120) / 129_600, amount: null });
    const text = await runSla(parseArgs([...argv, '--format', 'text']), today);
    expect(text).toMatch(/^2026-Q1 +99\.9074 +NO +120 +600 +0 +129600 +0\.9259 % +— +—$/m);
  });

  it('read as a bare promise, all announced maintenance is excluded', async () => {
    const promise = JSON.parse(readFileSync('public/policies/slack.json', 'utf8'));
    promise.interpretations[0].chosen = 'promise';
    const path = join(dir, 'slack-promise.json');
    writeFileSync(path, JSON.stringify(promise));
    const r = await run(['--policy', path, ...inputs]);
    // 660 minutes excluded, 60 down: 10 × 60 × 3888 / 129 600 = 18 USD.
    expect(r.periods[0]).toMatchObject({ excludedMinutes: 660, downtimeMinutes: 60, credit: { amount: 18 } });
  });
});
