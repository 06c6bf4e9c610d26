// Lost time beyond the allowance priced in whole started hours, run by the command line on
// a small export: Rackspace's "prorated monthly Fees for each full or partial hour of
// downtime in excess of the Availability SLA", worked out by hand from the sample rows.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/cli/args';
import { runSla } from '../src/cli/run';
import { blankPolicy } from '../src/engine/blank-policy';
import type { SlaReport } from '../src/engine/report';
import { rackspaceLostTime } from './support/public-terms';

const dir = mkdtempSync(join(tmpdir(), 'sla-blocks-'));
const inputs = [
  '--states',
  'test/fixtures/policies/rackspace-states.csv',
  '--fee',
  '4464',
  '--currency',
  'USD',
];

function policyFile(name: string, credit: Record<string, unknown>): string {
  const path = join(dir, `${name}.json`);
  writeFileSync(
    path,
    JSON.stringify({
      ...blankPolicy(),
      id: 'rackspace',
      name: 'Rackspace cloud',
      target: 99.95,
      credit: { ...rackspaceLostTime, ...credit },
      claim: { kind: 'afterPeriodEnd', days: 30 },
    }),
  );
  return path;
}

const run = (argv: string[]) =>
  runSla(parseArgs([...argv, '--as-of', '2026-04-15']), new Date('2026-04-15T12:00:00Z'));
const report = async (argv: string[]) => JSON.parse(await run(argv)) as SlaReport;

describe('Rackspace: prorated fees for each full or partial hour of downtime beyond 99.95 %', () => {
  it('prices the 67.68 minutes of 90 beyond 22.32 as two started hours of the month’s fee', async () => {
    // 50 + 40 minutes down in March (44 640 minutes): 0.05 % allows 22.32, 67.68 lie beyond.
    // Two hours: 4464 USD × 120 / 44 640 = 12.00; one whole hour 6.00; to the minute 6.77.
    const amount = async (name: string, credit: Record<string, unknown>) => {
      const p = (await report(['--policy', policyFile(name, credit), ...inputs])).periods[0]!;
      return [p.label, p.downtimeMinutes, p.met, p.credit.amount, p.claimBy];
    };
    expect(await amount('started', { perMinutes: 60, rounding: 'ceil' })).toEqual([
      '2026-03',
      90,
      false,
      12,
      '2026-05-01T00:00:00+00:00',
    ]);
    expect((await amount('whole', { perMinutes: 60, rounding: 'floor' }))[3]).toBe(6);
    expect((await amount('exact', {}))[3]).toBe(6.77);
  });

  it('writes the credit in the text report', async () => {
    const text = await run([
      '--policy',
      policyFile('text', { perMinutes: 60, rounding: 'ceil' }),
      ...inputs,
      '--format',
      'text',
    ]);
    expect(text).toMatch(
      /^2026-03 +99\.7984 +NO +90 +0 +0 +44640 +12 USD +2026-05-01T00:00:00\+00:00 +open, 16 d left$/m,
    );
  });

  it('refuses whole blocks with a cap per outage, the field named', async () => {
    await expect(
      run([
        '--policy',
        policyFile('refused', { perMinutes: 60, rounding: 'ceil', capPerOutagePercent: 100 }),
        ...inputs,
      ]),
    ).rejects.toThrow('credit.perMinutes: expected no credit.capPerOutagePercent');
  });
});
