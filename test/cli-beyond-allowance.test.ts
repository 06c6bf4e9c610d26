// A credit on the downtime beyond the target's allowance, run by the command line on a
// small export: "one day of service for every 15 minutes of downtime beyond the 0.1%
// threshold" (Virteche), worked out by hand from the sample rows.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/cli/args';
import { runSla } from '../src/cli/run';
import { blankPolicy } from '../src/engine/blank-policy';
import type { SlaReport } from '../src/engine/report';
import { virtecheDays } from './support/public-terms';

const dir = mkdtempSync(join(tmpdir(), 'sla-beyond-'));
const states = ['--states', 'test/fixtures/policies/virteche-states.csv'];

function policyFile(name: string, credit: Record<string, unknown>): string {
  const path = join(dir, `${name}.json`);
  writeFileSync(
    path,
    JSON.stringify({
      ...blankPolicy(),
      id: 'virteche',
      name: 'Virteche network',
      credit,
      claim: { kind: 'afterPeriodEnd', days: 30 },
    }),
  );
  return path;
}

const run = async (argv: string[]) =>
  JSON.parse(
    await runSla(parseArgs([...argv, '--as-of', '2026-04-15']), new Date('2026-04-15T12:00:00Z')),
  ) as SlaReport;

const days = (rounding: 'ceil' | 'floor', beyond: boolean) => virtecheDays(rounding, beyond);

describe('Virteche: a day of service for every 15 minutes beyond 0.1 % of the month', () => {
  it('counts the 15.36 minutes of 60 beyond 44.64 as one whole block, two started ones', async () => {
    const row = (r: SlaReport) => {
      const p = r.periods[0]!;
      return [p.label, p.downtimeMinutes, p.met, p.credit.days, p.claimBy];
    };
    // 30 + 30 minutes down in March (44 640 minutes): 0.1 % allows 44.64.
    const floor = await run(['--policy', policyFile('floor', days('floor', true)), ...states]);
    expect(row(floor)).toEqual(['2026-03', 60, false, 1, '2026-05-01T00:00:00+00:00']);
    const ceil = await run(['--policy', policyFile('ceil', days('ceil', true)), ...states]);
    expect(row(ceil)).toEqual(['2026-03', 60, false, 2, '2026-05-01T00:00:00+00:00']);
    const every = await run(['--policy', policyFile('every', days('floor', false)), ...states]);
    expect(row(every)).toEqual(['2026-03', 60, false, 4, '2026-05-01T00:00:00+00:00']);
  });

  it('prices the same minutes beyond the allowance at the fee given on the command line', async () => {
    // 15.36 minutes at 4464 USD / 44 640 minutes = 1.536, rounded to 1.54 USD.
    const r = await run([
      '--policy',
      policyFile('price', {
        kind: 'lostTime',
        multiple: 1,
        hourlyRate: null,
        whenMissed: true,
        capPercent: null,
        beyondAllowance: true,
      }),
      '--fee',
      '4464',
      '--currency',
      'USD',
      ...states,
    ]);
    expect([r.periods[0]!.credit.amount, r.periods[0]!.credit.currency]).toEqual([1.54, 'USD']);
  });

  it('refuses the credit on every lost minute with the field named', async () => {
    await expect(
      run(['--policy', policyFile('refused', { ...days('floor', true), whenMissed: false }), ...states]),
    ).rejects.toThrow('credit.beyondAllowance: expected credit.whenMissed true');
  });
});
